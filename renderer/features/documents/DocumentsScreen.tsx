import { Link } from 'react-router';
import type { CaseDetail } from '../../../shared/api/types';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { SuccessBanner } from '../../components/SuccessBanner';
import { useNotice } from '../../components/useNotice';
import { CaseLoader } from '../cases/CaseLoader';
import { DocumentLibrary } from './DocumentLibrary';
import { ImportPanel } from './ImportPanel';
import { ImportProgressList } from './ImportProgressList';
import { useDocumentList } from './useDocuments';
import { useImportQueue } from './useImportQueue';
import './documents.css';

/** #/cases/:caseId/documents: add files and see every document in the appeal. */
export function DocumentsScreen() {
  return <CaseLoader>{(appeal) => <CaseDocuments appeal={appeal} />}</CaseLoader>;
}

function CaseDocuments({ appeal }: { appeal: CaseDetail }) {
  const caseId = appeal.id;
  const documents = useDocumentList(caseId);
  const queue = useImportQueue(caseId);
  const notice = useNotice();
  return (
    <Page title="Documents" caption={appeal.name}>
      <Link to={`/cases/${caseId}`} className="govuk-back-link">
        Back to the appeal
      </Link>
      {notice ? <SuccessBanner message={notice} /> : null}
      <p className="govuk-body">
        Add the letters, reports, plans and photos you have. They are copied into Appeal Bundle and stay on this
        computer. Photos are turned the right way up and their hidden details, such as location, are removed.
      </p>
      <h2 className="govuk-heading-m">Add documents</h2>
      <ImportPanel onFiles={queue.addFiles} />
      <ImportProgressList caseId={caseId} items={queue.items} onRetry={queue.retry} />
      <h2 className="govuk-heading-m">Your documents</h2>
      {documents.isPending ? <p className="govuk-body">Loading…</p> : null}
      {documents.isError ? <ProblemPanel error={documents.error} /> : null}
      {documents.data ? <DocumentLibrary caseId={caseId} documents={documents.data} /> : null}
    </Page>
  );
}
