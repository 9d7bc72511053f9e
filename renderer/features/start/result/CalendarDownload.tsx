import { useMutation } from '@tanstack/react-query';
import { call } from '../../../api/call';
import { ProblemPanel } from '../../../components/ProblemPanel';

/** Saves the deadline and mediation-adviser dates as an .ics file, each with a reminder a week before. */
export function CalendarDownload({ caseId }: { caseId: string }) {
  const exportCalendar = useMutation({ mutationFn: () => call(window.api.cases.exportCalendar({ id: caseId })) });
  const outcome = exportCalendar.data;
  return (
    <div className="govuk-!-margin-bottom-6">
      <p className="govuk-body">
        Add these dates to the calendar on your phone or computer. Each comes with a reminder a week before.
      </p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
        disabled={exportCalendar.isPending}
        aria-disabled={exportCalendar.isPending}
        onClick={() => exportCalendar.mutate()}
      >
        Download calendar file
      </button>
      <p className="govuk-body" role="status">
        {outcome === undefined ? '' : outcome.saved ? `Saved as ${outcome.fileName}` : 'Nothing was saved.'}
      </p>
      {exportCalendar.isError ? <ProblemPanel error={exportCalendar.error} /> : null}
    </div>
  );
}
