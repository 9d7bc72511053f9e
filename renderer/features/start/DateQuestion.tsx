import { useState, type ReactNode } from 'react';
import type { CaseDetail } from '../../../shared/api/types';
import type { SummaryItem } from '../../components/ErrorSummary';
import { DateInput } from './DateInput';
import { checkDateAnswer, dateWarnings, type DateField } from './dateChecks';
import { toDateParts, type DatePart } from './dateParts';
import type { StepId } from './flow';
import { QuestionForm } from './QuestionForm';
import { useStep } from './useStart';
import { WarningText } from '../../components/WarningText';

export interface DateQuestionProps {
  appeal: CaseDetail;
  step: StepId;
  field: Exclude<DateField, 'certificateDate'>;
  id: string;
  question: string;
  /** Names the date inside error messages, e.g. "the date on the decision letter". */
  what: string;
  hint: string;
  children: ReactNode;
}

/** A question page asking for one date with the GOV.UK date input. */
export function DateQuestion({ appeal, step: stepId, field, id, question, what, hint, children }: DateQuestionProps) {
  const step = useStep(stepId, appeal);
  const [parts, setParts] = useState(toDateParts(step.facts[field]));
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [errorParts, setErrorParts] = useState<DatePart[]>([]);
  const warnings = dateWarnings(field, step.facts, step.today);

  const onSubmit = () => {
    const checked = checkDateAnswer(parts, what, field, step.facts, step.today);
    if ('problem' in checked) {
      const first = checked.problem.parts[0] ?? 'day';
      setErrorParts(checked.problem.parts);
      setErrors([{ fieldId: `${id}-${first}`, message: checked.problem.message }]);
      return;
    }
    setErrors([]);
    step.submit({ ...step.facts, [field]: checked.date });
  };

  return (
    <QuestionForm
      title={question}
      caption={appeal.name}
      back={step.back}
      errors={errors}
      saveError={step.saveError}
      pending={step.pending}
      onSubmit={onSubmit}
    >
      <DateInput
        id={id}
        legend={question}
        isHeading
        hint={hint}
        error={errors[0]?.message}
        errorParts={errorParts}
        value={parts}
        onChange={setParts}
      />
      {warnings.map((warning) => (
        <WarningText key={warning.code}>{warning.message}</WarningText>
      ))}
      {children}
    </QuestionForm>
  );
}
