import type { SubmissionExportRecord } from '../../../../shared/api/types';
import { ProblemPanel } from '../../../components/ProblemPanel';
import { useExportSubmissions } from '../useSubmissions';
import { FORMAT_LABELS } from './exportFormats';
import { SubmissionExportFiles } from './SubmissionExportFiles';

type Format = SubmissionExportRecord['format'];

/** "Save as Word" and "Save as PDF": the main process asks for a folder and writes every document. */
export function SubmissionExport({ caseId }: { caseId: string }) {
  const save = useExportSubmissions(caseId);
  const run = (format: Format) => {
    if (!save.isPending) save.mutate({ format });
  };
  return (
    <>
      <div className="govuk-button-group">
        {/* aria-disabled, not disabled: keyboard focus stays on the button while the files are written. */}
        <button type="button" className="govuk-button" aria-disabled={save.isPending} onClick={() => run('docx')}>
          Save as Word documents (DOCX)
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={save.isPending}
          onClick={() => run('pdf')}
        >
          Save as PDF
        </button>
      </div>
      {save.isPending ? (
        <p className="govuk-body" role="status">
          Saving your documents as {FORMAT_LABELS[save.variables.format]} files…
        </p>
      ) : null}
      {save.isError ? <ProblemPanel error={save.error} /> : null}
      {save.isSuccess && !save.data.saved ? (
        <p className="govuk-body" role="status">
          You closed the folder window, so nothing was saved.
        </p>
      ) : null}
      {save.isSuccess && save.data.saved ? <SavedPanel record={save.data.record} /> : null}
    </>
  );
}

function SavedPanel({ record }: { record: SubmissionExportRecord }) {
  const count = record.files.length;
  return (
    <div role="status">
      <div className="govuk-panel govuk-panel--confirmation">
        <h3 className="govuk-panel__title">Documents saved</h3>
        <div className="govuk-panel__body">
          {count} {FORMAT_LABELS[record.format]} {count === 1 ? 'file' : 'files'} in the folder{' '}
          <strong className="app-export-folder">{record.folderName}</strong>
        </div>
      </div>
      <p className="govuk-body">Keep the fingerprints below: they show exactly which files you sent.</p>
      <SubmissionExportFiles record={record} />
    </div>
  );
}
