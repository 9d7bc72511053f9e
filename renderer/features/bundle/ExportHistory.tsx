import { formatTimestamp } from '../../components/formatTimestamp';
import { ProblemPanel } from '../../components/ProblemPanel';
import { ExportFiles } from './ExportFiles';
import { useExportHistory } from './useBundle';

/** Every export of this bundle: a local record of exactly what was saved (and sent) and when. */
export function ExportHistory({ caseId }: { caseId: string }) {
  const history = useExportHistory(caseId);
  if (history.isPending) return <p className="govuk-body">Loading…</p>;
  if (history.isError) return <ProblemPanel error={history.error} />;
  if (history.data.length === 0) return <p className="govuk-body">You have not exported this bundle yet.</p>;
  return (
    <ol className="govuk-list app-export-history">
      {history.data.map((record) => (
        <li key={record.id}>
          <h3 className="govuk-heading-s">
            {formatTimestamp(record.createdAt)}: {record.pageCount} pages, {record.documentIds.length}{' '}
            {record.documentIds.length === 1 ? 'document' : 'documents'}
          </h3>
          <ExportFiles record={record} />
        </li>
      ))}
    </ol>
  );
}
