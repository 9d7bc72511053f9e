import { useState } from 'react';
import type { CaseDetail } from '../../../shared/api/types';
import {
  appealableDecisionTypeIds,
  notAppealableMatterIds,
  type DecisionTypeId,
} from '../../../shared/domain/decisionTypes';
import type { SummaryItem } from '../../components/ErrorSummary';
import { CaseLoader } from '../cases/CaseLoader';
import { Details, Radios, type Choice } from './fields';
import { APPEALABLE_CHOICES, NOT_APPEALABLE_CHOICES } from './labels';
import { QuestionForm } from './QuestionForm';
import { useStep } from './useStart';

const QUESTION = 'What did the council decide, or what is the disagreement about?';

const CHOICES: Choice<DecisionTypeId>[] = [
  ...appealableDecisionTypeIds.map((id) => ({ value: id, ...APPEALABLE_CHOICES[id] })),
  ...notAppealableMatterIds.map((id, index) => ({
    value: id,
    ...NOT_APPEALABLE_CHOICES[id],
    dividerBefore: index === 0,
  })),
];

export function DecisionQuestion() {
  return <CaseLoader>{(appeal) => <DecisionForm appeal={appeal} />}</CaseLoader>;
}

function DecisionForm({ appeal }: { appeal: CaseDetail }) {
  const step = useStep('decision', appeal);
  const [value, setValue] = useState(step.facts.decisionType);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const error = errors[0]?.message;

  const onSubmit = () => {
    if (value === undefined) {
      setErrors([
        { fieldId: 'decision-type', message: 'Select what the council decided, or what the disagreement is about' },
      ]);
      return;
    }
    const next = { ...step.facts, decisionType: value };
    // Answers that belonged to a different kind of decision are dropped, so they are asked again.
    if (step.facts.decisionType !== value) {
      delete next.sections;
      delete next.alsoHasAppealableDecision;
    }
    step.submit(next);
  };

  return (
    <QuestionForm
      title={QUESTION}
      caption={appeal.name}
      back={step.back}
      errors={errors}
      saveError={step.saveError}
      pending={step.pending}
      onSubmit={onSubmit}
    >
      <Radios
        id="decision-type"
        legend={QUESTION}
        isHeading
        hint="Look at the council’s most recent letter. Choose the answer that fits best – you can change it later."
        error={error}
        choices={CHOICES}
        value={value}
        onChange={setValue}
      />
      <Details summary="What does this mean?">
        <p className="govuk-body">
          An <strong>EHC plan</strong> (education, health and care plan) is a legal document from the council. It
          describes a child’s or young person’s special educational needs and the help they must get.
        </p>
        <p className="govuk-body">
          An <strong>EHC needs assessment</strong> is how the council finds out whether a child needs a plan. Its
          decision comes in a letter – the <strong>decision letter</strong>.
        </p>
        <p className="govuk-body">
          The answers above the word “or” are decisions you can appeal to the SEND Tribunal, an independent court that
          deals with these disagreements. The answers below it cannot be appealed there, but there are other things you
          can do, and we will show you what they are.
        </p>
      </Details>
    </QuestionForm>
  );
}
