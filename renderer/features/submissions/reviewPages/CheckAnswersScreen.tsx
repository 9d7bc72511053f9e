import { Link } from 'react-router';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import { SUBMISSION_GROUP_TITLES } from '../../../../shared/submissions/submissionPages';
import { summariseAnswers } from '../../../../shared/submissions/summariseAnswers';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { appealHubUrl, documentsUrl } from '../submissionPaths';
import { AnswerSummaryCard } from './AnswerSummaryCard';
import { DocumentProblems } from './DocumentProblems';
import { MissingAnswers } from './MissingAnswers';
import { GROUP_ORDER } from './groupOrder';
import { NoTribunalForm } from './NoTribunalForm';
import { ReviewPage } from './ReviewPage';
import './review.css';

export function CheckAnswersScreen() {
  return (
    <SubmissionsLoader>{(appeal, overview) => <CheckAnswers appeal={appeal} overview={overview} />}</SubmissionsLoader>
  );
}

function CheckAnswers({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const caseId = appeal.id;
  if (overview.pages.length === 0) {
    return (
      <ReviewPage title="Check your answers" caption={appeal.name} back={`/cases/${caseId}`}>
        <NoTribunalForm appeal={appeal} />
      </ReviewPage>
    );
  }
  const summaries = summariseAnswers({
    answers: overview.answers,
    facts: appeal.facts,
    pages: overview.pages,
    documents: overview.citableDocuments,
    known: overview.known,
  });
  return (
    <ReviewPage title="Check your answers" caption={appeal.name} back={appealHubUrl(caseId)}>
      <MissingAnswers caseId={caseId} missing={overview.missingAnswers} />
      <DocumentProblems caseId={caseId} problems={overview.problems} />
      <p className="govuk-body">
        Some answers, such as the date of birth and the decision, were given in “start a case” or in the case details.
        Their Change links take you back there.
      </p>
      {GROUP_ORDER.map((group) => {
        const inGroup = summaries.filter((summary) => summary.group === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`answers-group-${group}`}>
            <h2 className="govuk-heading-m" id={`answers-group-${group}`}>
              {SUBMISSION_GROUP_TITLES[group]}
            </h2>
            {inGroup.map((summary) => (
              <AnswerSummaryCard key={summary.page} caseId={caseId} summary={summary} />
            ))}
          </section>
        );
      })}
      <h2 className="govuk-heading-m">Now create your documents</h2>
      <p className="govuk-body">
        Your answers are saved. The next page shows the documents made from them, to read and then save as Word or PDF
        files.
      </p>
      <Link className="govuk-button" to={documentsUrl(caseId)} draggable={false}>
        Continue to your documents
      </Link>
    </ReviewPage>
  );
}
