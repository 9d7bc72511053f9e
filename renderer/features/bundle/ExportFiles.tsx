import type { ExportRecord } from '../../../shared/api/types';
import { formatSize } from './formatSize';

/** The files of one export: name, pages, size, fingerprint and, for parts, the email subject to use. */
export function ExportFiles({ record }: { record: ExportRecord }) {
  return (
    <dl className="govuk-summary-list app-export-files">
      {record.files.map((file) => (
        <div className="govuk-summary-list__row" key={file.fileName}>
          <dt className="govuk-summary-list__key app-export-files__name">{file.fileName}</dt>
          <dd className="govuk-summary-list__value">
            <p className="govuk-body govuk-!-margin-bottom-1">
              {file.pageCount} pages, {formatSize(file.bytes)}
            </p>
            {record.split && file.emailSubject ? (
              <p className="govuk-body govuk-!-margin-bottom-1">
                Email subject: <strong>{file.emailSubject}</strong>
              </p>
            ) : null}
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              SHA-256 fingerprint: <code className="app-sha">{file.sha256}</code>
            </p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
