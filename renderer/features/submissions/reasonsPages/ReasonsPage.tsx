import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import { DECISION_LABELS } from '../../../../shared/submissions/submissionInput';
import { TextArea } from '../../../components/TextArea';
import { startUrl } from '../../start/flow';
import { Details } from '../../start/fields';
import { AnswerForm } from '../AnswerForm';
import { errorFor } from '../answerErrors';
import { fieldId } from '../submissionPaths';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerPageLoader } from './AnswerPageLoader';
import { boxText, optionalText } from '../answerText';
import { citationsValue, savedCitations, unaddedCitation } from './citations';
import { CitationsField } from './CitationsField';
import { reasonsGuidance } from './reasonsHints';

const REASONS_ID = fieldId('generalReasons.reasons');
const EVIDENCE_ID = fieldId('generalReasons.evidence');

/** #/cases/:caseId/appeal/reasons: why the family disagrees, for appeals not about plan wording. */
export function ReasonsPage() {
  return (
    <AnswerPageLoader page="reasons">
      {(appeal, overview) => <ReasonsForm appeal={appeal} overview={overview} />}
    </AnswerPageLoader>
  );
}

function ReasonsForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('reasons', appeal, overview);
  const saved = page.answers.generalReasons;
  const [reasons, setReasons] = useState(boxText(saved?.reasons));
  const [evidence, setEvidence] = useState(() => citationsValue(saved?.evidence));
  const decision = appeal.facts.decisionType;
  const guidance = reasonsGuidance(decision, overview.known.appellant === 'youngPerson');

  const onSubmit = () =>
    page.submit(
      {
        ...page.answers,
        generalReasons: { ...saved, reasons: optionalText(reasons), evidence: savedCitations(evidence) },
      },
      unaddedCitation(EVIDENCE_ID, evidence),
    );

  return (
    <AnswerForm appeal={appeal} page={page} title="Why do you disagree with the decision?" onSubmit={onSubmit}>
      {decision !== undefined ? (
        <p className="govuk-body">
          The decision you are appealing: {DECISION_LABELS[decision]}.{' '}
          <Link className="govuk-link" to={startUrl(appeal.id, 'decision', true)}>
            Change<span className="govuk-visually-hidden"> the decision you are appealing</span>
          </Link>
        </p>
      ) : null}
      <Details summary="What the Tribunal looks at">
        {guidance.test.map((line) => (
          <p className="govuk-body" key={line}>
            {line}
          </p>
        ))}
      </Details>
      <TextArea
        id={REASONS_ID}
        label="Your reasons"
        boldLabel
        hint={guidance.hint}
        rows={12}
        error={errorFor(page.errors, REASONS_ID)}
        value={reasons}
        onChange={(event) => setReasons(event.target.value)}
      />
      <CitationsField
        id={EVIDENCE_ID}
        legend="Evidence for your reasons"
        hint="Point to the pages of your documents that back up what you say, for example a page of a report or a letter from the school."
        caseId={appeal.id}
        documents={overview.citableDocuments}
        value={evidence}
        onChange={setEvidence}
        error={errorFor(page.errors, EVIDENCE_ID)}
      />
    </AnswerForm>
  );
}
