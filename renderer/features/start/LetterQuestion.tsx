import { useState } from 'react';
import type { CaseDetail } from '../../../shared/api/types';
import { assessCase } from '../../../shared/domain/assessCase';
import type { LetterItemId } from '../../../shared/domain/checkDecisionLetter';
import type { SummaryItem } from '../../components/ErrorSummary';
import { CaseLoader } from '../cases/CaseLoader';
import { Checkboxes, Details } from './fields';
import { QuestionForm } from './QuestionForm';
import { useStep } from './useStart';

const QUESTION = 'What does the decision letter tell you?';
const NO_ERRORS: SummaryItem[] = [];

export function LetterQuestion() {
  return <CaseLoader>{(appeal) => <LetterForm appeal={appeal} />}</CaseLoader>;
}

function LetterForm({ appeal }: { appeal: CaseDetail }) {
  const step = useStep('letter', appeal);
  const items = (assessCase(step.facts, step.today).letterCheck?.items ?? []).filter(
    (item) => item.status !== 'notApplicable',
  );
  const [ticked, setTicked] = useState<ReadonlySet<LetterItemId>>(
    new Set(items.filter((item) => item.status === 'included').map((item) => item.id)),
  );

  // No answer is wrong here: an empty box means the letter left that out, which is worth knowing.
  const onSubmit = () => {
    const letter = { ...step.facts.letter };
    for (const item of items) letter[item.id] = ticked.has(item.id);
    step.submit({ ...step.facts, letter });
  };

  return (
    <QuestionForm
      title={QUESTION}
      caption={appeal.name}
      back={step.back}
      errors={NO_ERRORS}
      saveError={step.saveError}
      pending={step.pending}
      onSubmit={onSubmit}
    >
      <Checkboxes
        id="letter"
        legend={QUESTION}
        isHeading
        hint="Have the letter in front of you. Tick each question where the answer is yes. Leave a box empty if the letter does not say it."
        choices={items.map((item) => ({ value: item.id, label: item.question }))}
        values={ticked}
        onChange={setTicked}
      />
      <Details summary="Why we ask">
        <p className="govuk-body">
          The council’s letter must tell you certain things, such as your right to appeal and the time limit. If it left
          something out, that does not stop you appealing. But if your appeal ends up being late, telling the Tribunal
          what the letter left out may help it decide to accept your appeal.
        </p>
      </Details>
    </QuestionForm>
  );
}
