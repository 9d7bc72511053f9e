import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/call';
import { caseKeys } from './useCases';

/** Saves the council or the Tribunal reference; the case and every list are read again. */
export function useUpdateCaseDetails() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; council?: string; tribunalReference?: string }) =>
      call(window.api.cases.updateDetails(input)),
    onSuccess: async (saved) => {
      client.setQueryData(caseKeys.one(saved.id), saved);
      await client.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}
