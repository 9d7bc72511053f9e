import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { CaseDetail, SubmissionsOverview } from '../../../shared/api/types';
import type { SubmissionAnswers } from '../../../shared/submissions/submissionAnswersSchema';
import type { SubmissionPageId } from '../../../shared/submissions/submissionPages';
import type { SummaryItem } from '../../components/ErrorSummary';
import { answerErrors } from './answerErrors';
import { nextUrl, previousUrl, returnUrl } from './submissionPaths';
import { useSaveAnswers } from './useSubmissions';

/**
 * Everything one "write your appeal" page needs: the saved answers, its Back link, and "check,
 * save, then go on" – to the next page that applies, or back to "check your answers" or the
 * evidence map when the page was opened from one of their links.
 */
export function useAnswerPage(page: SubmissionPageId, appeal: CaseDetail, overview: SubmissionsOverview) {
  const [params] = useSearchParams();
  const returnTo = returnUrl(appeal.id, params);
  const navigate = useNavigate();
  const save = useSaveAnswers(appeal.id);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  return {
    answers: overview.answers,
    back: returnTo ?? previousUrl(appeal.id, overview.pages, page),
    errors,
    pending: save.isPending,
    saveError: save.error,
    /** Saves `answers` (the saved ones with this page's changes), unless `problems` or the schema object. */
    submit: (answers: SubmissionAnswers, problems: SummaryItem[] = []) => {
      const found = [...problems, ...answerErrors(answers)];
      setErrors(found);
      if (found.length > 0) return;
      save.mutate(answers, {
        onSuccess: (saved) => void navigate(returnTo ?? nextUrl(appeal.id, saved.pages, page)),
      });
    },
  };
}
