import { useState } from 'react';
import type { CaseDetail } from '../../../shared/api/types';
import { computeAppellant } from '../../../shared/domain/computeAppellant';
import type { SummaryItem } from '../../components/ErrorSummary';
import { CaseLoader } from '../cases/CaseLoader';
import { Details, Radios } from './fields';
import { QuestionForm } from './QuestionForm';
import { useStep } from './useStart';

const QUESTION = 'Can the young person make the decision to appeal themselves?';

type Answer = 'yes' | 'no' | 'unsure';

export function CapacityQuestion() {
  return <CaseLoader>{(appeal) => <CapacityForm appeal={appeal} />}</CaseLoader>;
}

function toAnswer(saved: boolean | 'unsure' | undefined): Answer | undefined {
  if (saved === undefined) return undefined;
  return saved === 'unsure' ? 'unsure' : saved ? 'yes' : 'no';
}

function CapacityForm({ appeal }: { appeal: CaseDetail }) {
  const step = useStep('capacity', appeal);
  const [answer, setAnswer] = useState(toAnswer(step.facts.youngPersonHasCapacity));
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const { dateOfBirth } = step.facts;
  // Asked before the answer is known, the rules explain the starting point: the appeal is theirs.
  const appellant =
    dateOfBirth === undefined
      ? null
      : computeAppellant({ dateOfBirth, onDate: step.today, youngPersonHasCapacity: undefined });

  const onSubmit = () => {
    if (answer === undefined) {
      setErrors([{ fieldId: 'capacity', message: 'Select whether the young person can make the decision to appeal' }]);
      return;
    }
    step.submit({ ...step.facts, youngPersonHasCapacity: answer === 'unsure' ? 'unsure' : answer === 'yes' });
  };

  return (
    <QuestionForm
      title={QUESTION}
      heading
      caption={appeal.name}
      back={step.back}
      errors={errors}
      saveError={step.saveError}
      pending={step.pending}
      onSubmit={onSubmit}
    >
      {appellant?.messages.map((message) => (
        <p className="govuk-body" key={message}>
          {message}
        </p>
      ))}
      <Radios
        id="capacity"
        legend="Can they make this decision, with help if they need it?"
        error={errors[0]?.message}
        value={answer}
        onChange={setAnswer}
        choices={[
          { value: 'yes', label: 'Yes, they can decide for themselves' },
          {
            value: 'no',
            label: 'No, they cannot make this decision, even with help',
            hint: 'Someone else, usually you, then appeals as the “alternative person” and must act in their best interests.',
          },
          { value: 'unsure', label: 'I’m not sure' },
        ]}
      />
      {appellant && appellant.capacityQuestions.length > 0 ? (
        <Details summary="How to decide">
          <p className="govuk-body">
            Go through these questions together. If the answer to the first four is yes, they can decide.
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {appellant.capacityQuestions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </Details>
      ) : null}
    </QuestionForm>
  );
}
