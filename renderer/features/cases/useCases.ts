import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseDetail } from '../../../shared/api/types';
import { call } from '../../api/call';

export const caseKeys = {
  all: ['cases'] as const,
  one: (id: string) => ['cases', id] as const,
};

export function useCaseList() {
  return useQuery({ queryKey: caseKeys.all, queryFn: () => call(window.api.cases.list({})) });
}

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.one(id), queryFn: () => call(window.api.cases.get({ id })) });
}

/** After any change to a case, the list and that case are read again from the database. */
function useCaseMutation<TInput>(run: (input: TInput) => Promise<CaseDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (saved) => {
      client.setQueryData(caseKeys.one(saved.id), saved);
      await client.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

export const useCreateCase = () => useCaseMutation((name: string) => call(window.api.cases.create({ name })));

export const useRenameCase = () =>
  useCaseMutation((input: { id: string; name: string }) => call(window.api.cases.rename(input)));

export const useSetArchived = () =>
  useCaseMutation((input: { id: string; archived: boolean }) => call(window.api.cases.setArchived(input)));

export function useDeleteCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(window.api.cases.delete({ id, confirm: true })),
    onSuccess: async (_result, id) => {
      client.removeQueries({ queryKey: caseKeys.one(id) });
      await client.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}
