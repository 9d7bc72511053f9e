import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { CaseDetail, SubmissionsOverview } from '../../../shared/api/types';
import type { SubmissionAnswers } from '../../../shared/submissions/submissionAnswersSchema';
import type { SubmissionPageId } from '../../../shared/submissions/submissionPages';
import type { SummaryItem } from '../../components/ErrorSummary';
import { answerErrors } from './answerErrors';
import { checkAnswersUrl, nextUrl, previousUrl } from './submissionPaths';
import { useSaveAnswers } from './useSubmissions';

/**
 * Everything one "write your appeal" page needs: the saved answers, its Back link, and "check,
 * save, then go on" – to the next page that applies, or back to "check your answers" when the
 * page was opened from one of its Change links.
 */
export function useAnswerPage(page: SubmissionPageId, appeal: CaseDetail, overview: SubmissionsOverview) {
  const [params] = useSearchParams();
  const change = params.get('change') === '1';
  const navigate = useNavigate();
  const save = useSaveAnswers(appeal.id);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  return {
    answers: overview.answers,
    back: change ? checkAnswersUrl(appeal.id) : previousUrl(appeal.id, overview.pages, page),
    errors,
    pending: save.isPending,
    saveError: save.error,
    /** Saves `answers` (the saved ones with this page's changes), unless `problems` or the schema object. */
    submit: (answers: SubmissionAnswers, problems: SummaryItem[] = []) => {
      const found = [...problems, ...answerErrors(answers)];
      setErrors(found);
      if (found.length > 0) return;
      save.mutate(answers, {
        onSuccess: (saved) =>
          void navigate(change ? checkAnswersUrl(appeal.id) : nextUrl(appeal.id, saved.pages, page)),
      });
    },
  };
}
