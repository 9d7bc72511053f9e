import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { caseNameSchema } from '../../../shared/api/schemas';
import { ApiError } from '../../api/ApiError';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ProblemPanel } from '../../components/ProblemPanel';
import { TextField } from '../../components/TextField';

const formSchema = z.object({ name: caseNameSchema });
type FormValues = z.input<typeof formSchema>;

interface CaseNameFormProps {
  question: string;
  submitLabel: string;
  defaultName?: string;
  pending: boolean;
  /** A failed save, shown beside the field when it is about the name. */
  saveError: unknown;
  onSubmit: (name: string) => void;
}

/** The one question "what do you call this appeal?", used to create and to rename a case. */
export function CaseNameForm({ question, submitLabel, defaultName, pending, saveError, onSubmit }: CaseNameFormProps) {
  const { register, handleSubmit, formState, setError } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: defaultName ?? '' },
    shouldFocusError: false,
  });

  useEffect(() => {
    const nameProblem =
      saveError instanceof ApiError ? saveError.shape.fields?.find((f) => f.path === 'name') : undefined;
    if (nameProblem) setError('name', { message: nameProblem.message });
  }, [saveError, setError]);

  const nameError = formState.errors.name?.message;
  const otherProblem = saveError && !(saveError instanceof ApiError && saveError.shape.code === 'VALIDATION');
  return (
    <form noValidate onSubmit={(event) => void handleSubmit((values) => onSubmit(values.name))(event)}>
      <ErrorSummary items={nameError ? [{ fieldId: 'case-name', message: nameError }] : []} />
      {otherProblem ? <ProblemPanel error={saveError} /> : null}
      <TextField
        id="case-name"
        label={question}
        labelIsHeading
        hint="Usually the child's or young person's first name. It is only used to tell your appeals apart, and you can change it later."
        error={nameError}
        autoComplete="off"
        spellCheck={false}
        {...register('name')}
      />
      <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
