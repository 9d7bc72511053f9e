import type { SummaryItem } from '../../components/ErrorSummary';
import { submissionAnswersSchema, type SubmissionAnswers } from '../../../shared/submissions/submissionAnswersSchema';
import { fieldId } from './submissionPaths';

/**
 * Checks the answers with the same schema the main process uses, so a typing mistake (an email
 * without "@") is shown next to its field before anything is sent. Each problem links to the
 * input whose id is its path with dots as dashes ("contact.email" → "contact-email").
 */
export function answerErrors(answers: SubmissionAnswers): SummaryItem[] {
  const parsed = submissionAnswersSchema.safeParse(answers);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    fieldId: fieldId(issue.path.map(String).join('.')),
    message: issue.message,
  }));
}

/** The message for one field, for the field's own error line. */
export function errorFor(errors: readonly SummaryItem[], id: string): string | undefined {
  return errors.find((error) => error.fieldId === id)?.message;
}
