import { Link } from 'react-router';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import type { SubmissionDocument } from '../../../../shared/submissions/documentModel';
import { Details } from '../../start/fields';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { appealHubUrl, checkAnswersUrl } from '../submissionPaths';
import { DocumentPreview } from './DocumentPreview';
import { DocumentProblems } from './DocumentProblems';
import { DOCUMENT_PURPOSES } from './documentPurposes';
import { NoTribunalForm } from './NoTribunalForm';
import { ReviewPage } from './ReviewPage';
import { SubmissionExport } from './SubmissionExport';
import { SubmissionExportHistory } from './SubmissionExportHistory';
import './review.css';

const TITLE = 'Your appeal documents';

export function SubmissionDocumentsScreen() {
  return (
    <SubmissionsLoader>{(appeal, overview) => <Documents appeal={appeal} overview={overview} />}</SubmissionsLoader>
  );
}

function Documents({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const caseId = appeal.id;
  if (overview.documents.length === 0) {
    return (
      <ReviewPage title={TITLE} caption={appeal.name} back={appealHubUrl(caseId)}>
        <NoTribunalForm appeal={appeal} />
      </ReviewPage>
    );
  }
  const missing = overview.missingAnswers.length;
  return (
    <ReviewPage title={TITLE} caption={appeal.name} back={checkAnswersUrl(caseId)}>
      <p className="govuk-body">
        These documents are made from your answers. Read them here, then save them as Word or PDF files. You can open
        the Word files in a word processor and change them, for example to add to your reasons; the PDF files are ready
        to send as they are.
      </p>
      <div className="govuk-inset-text">
        Appeal Bundle gives information, not legal advice, and cannot tell you whether an appeal will succeed. An
        adviser, such as your local SEND Information, Advice and Support Service (SENDIASS), can go through your
        documents with you for free.
      </div>
      {missing > 0 ? (
        <p className="govuk-body">
          {missing === 1 ? '1 answer the Tribunal needs is' : `${missing} answers the Tribunal needs are`} still
          missing, so the documents say “Not answered yet” in their place.{' '}
          <Link className="govuk-link" to={checkAnswersUrl(caseId)}>
            See what is missing
          </Link>
        </p>
      ) : null}
      <DocumentProblems caseId={caseId} problems={overview.problems} />
      <h2 className="govuk-heading-m">The documents</h2>
      {overview.documents.map((document) => (
        <DocumentSection key={document.id} document={document} />
      ))}
      <h2 className="govuk-heading-m">Save your documents</h2>
      <p className="govuk-body">
        Choose a folder. The app makes a new folder inside it with one file for each document above, so nothing you
        saved before is replaced.
      </p>
      <SubmissionExport caseId={caseId} />
      <h2 className="govuk-heading-m">Documents you have saved</h2>
      <SubmissionExportHistory history={overview.history} />
    </ReviewPage>
  );
}

function DocumentSection({ document }: { document: SubmissionDocument }) {
  const headingId = `document-${document.id}`;
  const problems = document.problems.length;
  return (
    <section className="app-document" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s" id={headingId}>
        {document.title}
      </h3>
      <p className="govuk-body">{DOCUMENT_PURPOSES[document.id]}</p>
      {problems > 0 ? (
        <p className="govuk-body">
          <strong className="govuk-tag govuk-tag--yellow">Check this</strong> {problems}{' '}
          {problems === 1 ? 'problem' : 'problems'} to look at, listed above.
        </p>
      ) : null}
      <Details summary={`Read “${document.title}”`}>
        <DocumentPreview document={document} />
      </Details>
    </section>
  );
}
