import type { SubmissionExportRecord } from '../../../../shared/api/types';
import { formatTimestamp } from '../../../components/formatTimestamp';
import { FORMAT_LABELS } from './exportFormats';
import { SubmissionExportFiles } from './SubmissionExportFiles';

/** Every time these documents were saved: a local record of exactly what was written, where and when. */
export function SubmissionExportHistory({ history }: { history: readonly SubmissionExportRecord[] }) {
  if (history.length === 0) return <p className="govuk-body">You have not saved these documents yet.</p>;
  return (
    <ol className="govuk-list">
      {history.map((record) => (
        <li key={record.id} className="app-export-record">
          <h3 className="govuk-heading-s">
            {formatTimestamp(record.createdAt)}: {record.files.length} {FORMAT_LABELS[record.format]}{' '}
            {record.files.length === 1 ? 'file' : 'files'}
          </h3>
          <p className="govuk-body">
            Folder: <span className="app-export-folder">{record.folderName}</span>
          </p>
          <SubmissionExportFiles record={record} />
        </li>
      ))}
    </ol>
  );
}
