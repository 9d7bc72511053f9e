import { useState } from 'react';
import type { CaseDetail } from '../../../shared/api/types';
import type { SummaryItem } from '../../components/ErrorSummary';
import { CaseLoader } from '../cases/CaseLoader';
import { Details, Radios } from './fields';
import { QuestionForm } from './QuestionForm';
import { useStep } from './useStart';

const QUESTION = 'Do you also have a decision letter from the council that you can appeal?';

type YesNo = 'yes' | 'no';

export function OtherDecisionQuestion() {
  return <CaseLoader>{(appeal) => <OtherDecisionForm appeal={appeal} />}</CaseLoader>;
}

function OtherDecisionForm({ appeal }: { appeal: CaseDetail }) {
  const step = useStep('otherDecision', appeal);
  const saved = step.facts.alsoHasAppealableDecision;
  const [value, setValue] = useState<YesNo | undefined>(saved === undefined ? undefined : saved ? 'yes' : 'no');
  const [errors, setErrors] = useState<SummaryItem[]>([]);

  const onSubmit = () => {
    if (value === undefined) {
      setErrors([{ fieldId: 'also-appealable', message: 'Select yes if you also have a decision you can appeal' }]);
      return;
    }
    step.submit({ ...step.facts, alsoHasAppealableDecision: value === 'yes' });
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
        id="also-appealable"
        legend={QUESTION}
        isHeading
        hint="For example, a letter refusing an assessment, refusing to issue a plan, or a new or changed EHC plan you disagree with."
        error={errors[0]?.message}
        choices={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        value={value}
        onChange={setValue}
      />
      <Details summary="Why we ask">
        <p className="govuk-body">
          What you told us cannot be appealed to the SEND Tribunal on its own. But if you also have a decision that can
          be appealed, the appeal usually comes first: complaints about the same things are usually turned down while an
          appeal is possible, and health and social care can sometimes be added to an appeal.
        </p>
        <p className="govuk-body">If you are not sure, choose No. You can change your answer later.</p>
      </Details>
    </QuestionForm>
  );
}
