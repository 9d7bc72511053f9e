import { Link } from 'react-router';
import { formatDateForHumans } from '../../../shared/domain/dates';
import type { EnteredDateKind } from '../../../shared/domain/timelineKinds';
import type { TimelineEntry } from '../../../shared/domain/timelineTypes';
import { ProblemPanel } from '../../components/ProblemPanel';
import { describeDays } from './describeDays';
import { useExportTimeline, useRemoveDate, useTimeline } from './useTimeline';

const STATUS_TAG: Record<TimelineEntry['status'], string> = {
  past: 'govuk-tag govuk-tag--grey',
  soon: 'govuk-tag govuk-tag--orange',
  later: 'govuk-tag govuk-tag--blue',
};

/** The case page's "Dates for this appeal": every date in order, with a way to add and export them. */
export function CaseTimeline({ caseId }: { caseId: string }) {
  const timeline = useTimeline(caseId);
  const remove = useRemoveDate();
  const exportFile = useExportTimeline();
  const entries = timeline.data?.entries ?? [];
  return (
    <section aria-labelledby="timeline-heading">
      <h2 className="govuk-heading-m" id="timeline-heading">
        Dates for this appeal
      </h2>
      {timeline.isError ? <ProblemPanel error={timeline.error} /> : null}
      {remove.isError ? <ProblemPanel error={remove.error} /> : null}
      {exportFile.isError ? <ProblemPanel error={exportFile.error} /> : null}
      {timeline.isSuccess && entries.length === 0 ? (
        <p className="govuk-body">
          No dates yet. Dates appear here once you give the date on the decision letter, and when you add dates from the
          Tribunal’s letters.
        </p>
      ) : null}
      {entries.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Dates for this appeal, earliest first
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Date
              </th>
              <th scope="col" className="govuk-table__header">
                What
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {entries.map((entry) => (
              <tr className="govuk-table__row" key={entry.kind}>
                <td className="govuk-table__cell">
                  {formatDateForHumans(entry.date)}
                  <br />
                  <strong className={STATUS_TAG[entry.status]}>{describeDays(entry.daysAway)}</strong>
                </td>
                <td className="govuk-table__cell">
                  {entry.label}
                  <br />
                  <span className="app-case-list__meta">
                    {entry.source === 'answers' ? 'From your answers' : 'From the Tribunal’s letter'}
                  </span>
                  {entry.note ? <p className="govuk-body-s govuk-!-margin-bottom-0">{entry.note}</p> : null}
                </td>
                <td className="govuk-table__cell">
                  {entry.source === 'tribunalLetter' ? (
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      disabled={remove.isPending}
                      onClick={() => remove.mutate({ caseId, kind: entry.kind as EnteredDateKind })}
                    >
                      Remove<span className="govuk-visually-hidden"> {entry.label}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="app-button-group-inline">
        <Link className="govuk-button" to={`/cases/${caseId}/dates/add`}>
          Add a date from the Tribunal’s letter
        </Link>
        {entries.length > 0 ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={exportFile.isPending}
            onClick={() => exportFile.mutate(caseId)}
          >
            Save these dates to your calendar
          </button>
        ) : null}
      </div>
      <p className="govuk-body" role="status">
        {exportFile.data?.saved ? `Saved as ${exportFile.data.fileName}.` : ''}
      </p>
    </section>
  );
}
