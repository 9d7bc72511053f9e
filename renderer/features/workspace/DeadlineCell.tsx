import { daysBetween, formatDateForHumans } from '../../../shared/domain/dates';

/** The last day to appeal with a countdown, or what is still needed to work it out. */
export function DeadlineCell({ deadline, today }: { deadline: string | null; today: string }) {
  if (deadline === null) return <span className="app-case-list__meta">Not worked out yet</span>;
  const days = daysBetween(today, deadline);
  const countdown =
    days < 0
      ? 'passed: you can still ask to appeal late'
      : days === 0
        ? 'today, by 5pm'
        : `${String(days)} ${days === 1 ? 'day' : 'days'} left`;
  return (
    <>
      {formatDateForHumans(deadline)}
      <br />
      {days < 0 ? (
        <strong className="govuk-tag govuk-tag--red">{countdown}</strong>
      ) : days <= 14 ? (
        <strong className="govuk-tag govuk-tag--orange">{countdown}</strong>
      ) : (
        <span className="app-case-list__meta">{countdown}</span>
      )}
    </>
  );
}
