import { useState } from 'react';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import { DECISION_LABELS, humanDate } from '../../../../shared/submissions/submissionInput';
import { TextArea } from '../../../components/TextArea';
import { Radios } from '../../start/fields';
import { startUrl } from '../../start/flow';
import { errorFor } from '../answerErrors';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { fieldUrl } from '../submissionPaths';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerForm } from '../AnswerForm';
import { optionalText } from '../answerText';
import { KnownAnswers } from './KnownAnswers';
import { fromYesNo, toYesNo, yesNoChoices } from './yesNo';

/** The decision as "start a case" and the case details hold it, then the form's own two questions. */
export function AboutDecisionPage() {
  return (
    <SubmissionsLoader>
      {(appeal, overview) => <AboutDecisionForm appeal={appeal} overview={overview} />}
    </SubmissionsLoader>
  );
}

function AboutDecisionForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('aboutDecision', appeal, overview);
  const [annualReview, setAnnualReview] = useState(toYesNo(page.answers.followsAnnualReview));
  const [urgency, setUrgency] = useState(page.answers.urgency ?? '');
  const { decisionType, decisionDate } = appeal.facts;

  const onSubmit = () =>
    page.submit({ ...page.answers, followsAnnualReview: fromYesNo(annualReview), urgency: optionalText(urgency) });

  return (
    <AnswerForm appeal={appeal} page={page} title="About the decision" onSubmit={onSubmit}>
      <KnownAnswers
        rows={[
          {
            question: 'The decision',
            answer: decisionType === undefined ? undefined : DECISION_LABELS[decisionType],
            href: startUrl(appeal.id, 'decision', true),
            what: 'the decision',
          },
          {
            question: 'Date on the decision letter',
            answer: decisionDate === undefined ? undefined : humanDate(decisionDate),
            href: fieldUrl(appeal.id, 'facts.decisionDate'),
            what: 'date on the decision letter',
          },
          {
            question: 'The council that made it',
            answer: overview.known.council ?? undefined,
            href: fieldUrl(appeal.id, 'council.name'),
            what: 'council',
          },
        ]}
      />
      <Radios
        id="followsAnnualReview"
        legend="Did the decision follow an annual review of an EHC plan?"
        hint="An annual review is the yearly meeting to check whether an EHC plan is still right. Choose no if there was no plan before."
        error={errorFor(page.errors, 'followsAnnualReview')}
        value={annualReview}
        onChange={setAnnualReview}
        choices={yesNoChoices()}
      />
      {/* §4 and §7.1: phase transfer, out-of-education and exclusion cases can ask to be heard sooner. */}
      <TextArea
        id="urgency"
        label="Is there anything that makes the appeal urgent?"
        boldLabel
        hint="For example, the child is moving school or college this year, is out of education, or has been permanently excluded. The Tribunal may hear urgent appeals sooner. Leave this blank if not."
        error={errorFor(page.errors, 'urgency')}
        value={urgency}
        onChange={(event) => setUrgency(event.target.value)}
      />
    </AnswerForm>
  );
}
