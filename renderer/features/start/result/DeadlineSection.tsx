import type { DeadlineAdjustmentRule, DeadlineResult } from '../../../../shared/domain/computeDeadline';
import type { MediationContactResult } from '../../../../shared/domain/computeMediationContactDate';
import { formatDateForHumans } from '../../../../shared/domain/dates';
import { WarningText } from '../../../components/WarningText';
import { CalendarDownload } from './CalendarDownload';

const RULE_NAMES: Record<DeadlineAdjustmentRule, string> = {
  christmas: 'The Christmas rule',
  august: 'The August rule',
  weekend: 'A weekend',
  bankHoliday: 'A bank holiday',
};

export function countdownText(daysRemaining: number | null): string | null {
  if (daysRemaining === null) return null;
  if (daysRemaining < 0) return 'This date has passed — you can still ask the Tribunal to accept a late appeal';
  if (daysRemaining === 0) return 'Today is the last day';
  return `${daysRemaining} day${daysRemaining === 1 ? '' : 's'} left`;
}

interface DeadlineSectionProps {
  caseId: string;
  deadline: DeadlineResult;
  /** The 5pm warning, shown here with the date it is about. */
  receivedByWarning: string | undefined;
  /** Section-I-only appeals need no certificate, so only the decision date counts. */
  certificateExempt: boolean;
}

/** The deadline in large text with its countdown, how it was worked out, and the calendar file. */
export function DeadlineSection({ caseId, deadline, receivedByWarning, certificateExempt }: DeadlineSectionProps) {
  const { candidates } = deadline;
  const countdown = countdownText(deadline.daysRemaining);
  return (
    <section aria-labelledby="deadline-heading">
      <h2 className="govuk-heading-m" id="deadline-heading">
        Your deadline
      </h2>
      <p className="govuk-body govuk-!-margin-bottom-1">The Tribunal must receive your appeal by 5pm on</p>
      <p
        className="govuk-body govuk-!-font-size-48 govuk-!-font-weight-bold govuk-!-margin-bottom-2"
        id="deadline-date"
      >
        {deadline.deadlineForHumans}
      </p>
      {countdown ? (
        <p className="govuk-body-l govuk-!-font-weight-bold" id="deadline-countdown">
          {countdown}
        </p>
      ) : null}
      {receivedByWarning ? <WarningText>{receivedByWarning}</WarningText> : null}
      <CalendarDownload caseId={caseId} />

      <h3 className="govuk-heading-s">How we worked this out</h3>
      <p className="govuk-body">
        {certificateExempt
          ? 'This appeal needs no mediation certificate, so your deadline counts from the decision letter, then moves on if the Tribunal is closed:'
          : 'Your deadline is the later of these two dates, then moved on if the Tribunal is closed:'}
      </p>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Decision letter date plus 2 months</dt>
          <dd className="govuk-summary-list__value">
            {formatDateForHumans(candidates.decisionPlusTwoMonths)}
            {deadline.governedBy === 'decision' ? ' (this one counts)' : ''}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Mediation certificate date plus 1 month</dt>
          <dd className="govuk-summary-list__value">
            {candidates.certificatePlusOneMonth === null
              ? certificateExempt
                ? 'Does not apply – this appeal needs no certificate'
                : 'Not known yet – you have not given a certificate date'
              : `${formatDateForHumans(candidates.certificatePlusOneMonth)}${deadline.governedBy === 'certificate' ? ' (this one counts)' : ''}`}
          </dd>
        </div>
        {deadline.adjustments.length > 0 ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Moved because of</dt>
            <dd className="govuk-summary-list__value">
              {deadline.adjustments.map((a) => RULE_NAMES[a.rule]).join(', ')}
            </dd>
          </div>
        ) : null}
      </dl>
      <ol className="govuk-list govuk-list--number">
        {deadline.explanation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </section>
  );
}

/** §6.5: the last day to contact the mediation adviser, never moved for weekends or holidays. */
export function MediationContactSection({
  contact,
  warning,
}: {
  contact: MediationContactResult;
  warning?: string | undefined;
}) {
  return (
    <section aria-labelledby="mediation-heading">
      <h2 className="govuk-heading-m" id="mediation-heading">
        Contact the mediation adviser by {formatDateForHumans(contact.contactBy)}
      </h2>
      {contact.explanation.map((line) => (
        <p className="govuk-body" key={line}>
          {line}
        </p>
      ))}
      {warning ? <WarningText>{warning}</WarningText> : null}
    </section>
  );
}
