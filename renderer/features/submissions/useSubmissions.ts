import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExportSubmissionsInput } from '../../../shared/api/schemas';
import type { SubmissionsOverview } from '../../../shared/api/types';
import type { SubmissionAnswers } from '../../../shared/submissions/submissionAnswersSchema';
import { call } from '../../api/call';

export const submissionKeys = {
  overview: (caseId: string) => ['submissions', 'overview', caseId] as const,
};

export function useSubmissions(caseId: string) {
  return useQuery({
    queryKey: submissionKeys.overview(caseId),
    queryFn: () => call(window.api.submissions.get({ caseId })),
  });
}

/** Saves the whole set of answers; the overview (pages, missing answers, documents) comes back fresh. */
export function useSaveAnswers(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answers: SubmissionAnswers) => call(window.api.submissions.saveAnswers({ caseId, answers })),
    onSuccess: (saved: SubmissionsOverview) => client.setQueryData(submissionKeys.overview(caseId), saved),
  });
}

export function useExportSubmissions(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<ExportSubmissionsInput, 'caseId'>) =>
      call(window.api.submissions.export({ caseId, ...input })),
    onSuccess: () => client.invalidateQueries({ queryKey: submissionKeys.overview(caseId) }),
  });
}
