import type { SubmissionExportRecord } from '../../../../shared/api/types';
import { formatSize } from '../../bundle/formatSize';

/** The files of one export: name, size and fingerprint, so the family can show exactly what they sent. */
export function SubmissionExportFiles({ record }: { record: SubmissionExportRecord }) {
  return (
    <dl className="govuk-summary-list">
      {record.files.map((file) => (
        <div className="govuk-summary-list__row" key={file.fileName}>
          <dt className="govuk-summary-list__key app-export-file-name">{file.fileName}</dt>
          <dd className="govuk-summary-list__value">
            <p className="govuk-body govuk-!-margin-bottom-1">{formatSize(file.bytes)}</p>
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              SHA-256 fingerprint: <code className="app-export-sha">{file.sha256}</code>
            </p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
