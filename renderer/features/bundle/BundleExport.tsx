import { useState } from 'react';
import type { BundleOverview, ExportStatus } from '../../../shared/api/types';
import { ProblemPanel } from '../../components/ProblemPanel';
import { ExportFiles } from './ExportFiles';
import { useCancelExport, useExportStatus, useStartExport } from './useBundle';

const PHASES: Record<Extract<ExportStatus, { state: 'running' }>['phase'], string> = {
  preparing: 'Getting ready',
  copying: 'Copying your documents',
  stamping: 'Numbering the pages',
  saving: 'Putting the file together',
  writing: 'Saving the file',
};

/** Choose one file or email-sized parts, export with progress and Cancel, then see what was written. */
export function BundleExport({ overview }: { overview: BundleOverview }) {
  const caseId = overview.caseId;
  const [split, setSplit] = useState(false);
  const [exportId, setExportId] = useState<string | null>(null);
  const start = useStartExport(caseId);
  const status = useExportStatus(caseId, exportId);
  const cancel = useCancelExport();
  const running = start.isPending || status.data?.state === 'running' || (exportId !== null && !status.data);
  const partCount = overview.parts.length;

  const onExport = () => {
    setExportId(null);
    start.mutate(split, { onSuccess: (started) => setExportId(started.started ? started.exportId : null) });
  };

  return (
    <>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="export-kind-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">How do you want to save it?</legend>
          <div id="export-kind-hint" className="govuk-hint">
            The bundle is about the size of {partCount <= 1 ? 'one email' : `${partCount} emails`} at your email limit.
          </div>
          <div className="govuk-radios govuk-radios--small">
            <div className="govuk-radios__item">
              <input
                className="govuk-radios__input"
                id="export-whole"
                type="radio"
                name="export-kind"
                checked={!split}
                onChange={() => setSplit(false)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor="export-whole">
                One PDF file
              </label>
            </div>
            <div className="govuk-radios__item">
              <input
                className="govuk-radios__input"
                id="export-parts"
                type="radio"
                name="export-kind"
                checked={split}
                onChange={() => setSplit(true)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor="export-parts">
                Email-sized parts, each with its own subject line
              </label>
            </div>
          </div>
        </fieldset>
      </div>
      {!overview.ready ? (
        <p className="govuk-body">Fix the problems marked “Must fix” above, then you can export the bundle.</p>
      ) : null}
      <button
        type="button"
        className="govuk-button"
        // aria-disabled, not disabled: keyboard focus stays on the button while the export runs.
        aria-disabled={!overview.ready || running}
        onClick={() => {
          if (overview.ready && !running) onExport();
        }}
      >
        Export the bundle
      </button>
      {start.isError ? <ProblemPanel error={start.error} /> : null}
      {start.isSuccess && !start.data.started ? (
        <p className="govuk-body" role="status">
          You closed the save window, so nothing was saved.
        </p>
      ) : null}
      <ExportProgress
        status={status.data}
        onCancel={() => {
          if (exportId) cancel.mutate(exportId);
        }}
      />
    </>
  );
}

function ExportProgress({ status, onCancel }: { status: ExportStatus | undefined; onCancel: () => void }) {
  if (!status) return null;
  if (status.state === 'running') {
    const part = status.part ? ` (part ${status.part.number} of ${status.part.total})` : '';
    return (
      <div className="app-export-progress">
        <label className="govuk-label" htmlFor="export-progress">
          {PHASES[status.phase]}
          {part}: {status.percent}%
        </label>
        <progress id="export-progress" className="app-progress" max={100} value={status.percent}>
          {status.percent}%
        </progress>
        <p className="govuk-visually-hidden" role="status">
          Exporting the bundle.
        </p>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel the export
        </button>
      </div>
    );
  }
  if (status.state === 'cancelled') {
    return (
      <p className="govuk-body" role="status">
        Export cancelled. Nothing was saved.
      </p>
    );
  }
  if (status.state === 'failed') {
    return (
      <div className="govuk-error-summary" role="alert">
        <h3 className="govuk-error-summary__title">The bundle was not saved</h3>
        <p className="govuk-body">{status.message}</p>
      </div>
    );
  }
  const { record } = status;
  return (
    <div role="status">
      <div className="govuk-panel govuk-panel--confirmation">
        <h3 className="govuk-panel__title">Bundle saved</h3>
        <div className="govuk-panel__body">
          {record.split ? `${record.files.length} files, ` : ''}
          {record.pageCount} pages
        </div>
      </div>
      <p className="govuk-body">
        {record.split
          ? 'Send each part in its own email, with the subject line shown, in order.'
          : 'Keep the fingerprint below: it shows exactly which file you sent.'}
      </p>
      <ExportFiles record={record} />
    </div>
  );
}
