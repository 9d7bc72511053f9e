import { Link, useParams } from 'react-router';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { SuccessBanner } from '../../components/SuccessBanner';
import { useNotice } from '../../components/useNotice';
import { DeleteDocument } from './DeleteDocument';
import { DocumentDetailsForm } from './DocumentDetailsForm';
import { DocumentPages } from './DocumentPages';
import { useDocument } from './useDocuments';
import './documents.css';

/** #/cases/:caseId/documents/:documentId: one document's pages and details. */
export function DocumentScreen() {
  const params = useParams();
  const caseId = params.caseId ?? '';
  const found = useDocument(params.documentId ?? '');
  const notice = useNotice();
  const back = (
    <Link to={`/cases/${caseId}/documents`} className="govuk-back-link">
      Back to documents
    </Link>
  );
  if (found.isPending)
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  if (found.isError) {
    return (
      <Page title="We could not open this document">
        {back}
        <ProblemPanel error={found.error} />
      </Page>
    );
  }
  const document = found.data;
  return (
    <Page title={document.title} caption={`Document from “${document.fileName}”`}>
      {back}
      {notice ? <SuccessBanner message={notice} /> : null}
      <DocumentPages document={document} />
      {/* Keyed by the saved version so the form starts from what was saved last. */}
      <DocumentDetailsForm key={document.id} document={document} />
      <DeleteDocument document={document} />
    </Page>
  );
}
