import type { ReactNode } from 'react';
import type { CaseDetail } from '../../../shared/api/types';
import { QuestionForm } from '../start/QuestionForm';
import type { useAnswerPage } from './useAnswerPage';

interface AnswerFormProps {
  appeal: CaseDetail;
  page: ReturnType<typeof useAnswerPage>;
  /** The page's h1 and window title. */
  title: string;
  onSubmit: () => void;
  submitLabel?: string;
  children: ReactNode;
}

/** One "write your appeal" page: Back link, errors, the case name as caption, the title and "Save and continue". */
export function AnswerForm({ appeal, page, title, onSubmit, submitLabel, children }: AnswerFormProps) {
  return (
    <QuestionForm
      title={title}
      heading
      caption={appeal.name}
      back={page.back}
      errors={page.errors}
      saveError={page.saveError}
      pending={page.pending}
      onSubmit={onSubmit}
      submitLabel={submitLabel ?? 'Save and continue'}
    >
      {children}
    </QuestionForm>
  );
}
