import { Link, useParams } from 'react-router';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { SuccessBanner } from '../../components/SuccessBanner';
import { useNotice } from '../../components/useNotice';
import { useCase } from '../cases/useCases';
import { DocumentLibrary } from './DocumentLibrary';
import { ImportPanel } from './ImportPanel';
import { ImportProgressList } from './ImportProgressList';
import { useDocumentList } from './useDocuments';
import { useImportQueue } from './useImportQueue';
import './documents.css';

/** #/cases/:caseId/documents: add files and see every document in the appeal. */
export function DocumentsScreen() {
  const caseId = useParams().caseId ?? '';
  const found = useCase(caseId);
  const documents = useDocumentList(caseId);
  const queue = useImportQueue(caseId);
  const notice = useNotice();

  if (found.isPending)
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  if (found.isError) {
    return (
      <Page title="We could not open this appeal">
        <ProblemPanel error={found.error} />
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to your appeals
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Documents" caption={found.data.name}>
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
