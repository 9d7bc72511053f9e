import { Link } from 'react-router';
import { formatDateForHumans } from '../../../shared/domain/dates';
import { ProblemPanel } from '../../components/ProblemPanel';
import { describeDays } from './describeDays';
import { useReminders } from './useTimeline';

/** The workspace's "coming up" panel: overdue dates and dates in the next 14 days, across appeals. */
export function UpcomingReminders() {
  const reminders = useReminders();
  if (reminders.isError) return <ProblemPanel error={reminders.error} />;
  if (!reminders.data || reminders.data.length === 0) return null;
  return (
    <section className="govuk-inset-text" aria-labelledby="reminders-heading">
      <h2 className="govuk-heading-m" id="reminders-heading">
        Coming up in the next 14 days
      </h2>
      <ul className="govuk-list app-reminders">
        {reminders.data.map((reminder) => (
          <li key={`${reminder.caseId}-${reminder.kind}`}>
            {reminder.urgency === 'overdue' ? (
              <strong className="govuk-tag govuk-tag--red">Overdue</strong>
            ) : (
              <strong className="govuk-tag govuk-tag--orange">{describeDays(reminder.daysAway)}</strong>
            )}{' '}
            <Link className="govuk-link" to={`/cases/${reminder.caseId}`}>
              {reminder.caseName}
            </Link>
            : {reminder.label}, {formatDateForHumans(reminder.date)}
            {reminder.urgency === 'overdue' ? ` (${describeDays(reminder.daysAway)})` : ''}. {reminder.action}
          </li>
        ))}
      </ul>
    </section>
  );
}
