import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/call';
import { caseKeys } from '../cases/useCases';

const notesKey = (caseId: string) => [...caseKeys.one(caseId), 'notes'] as const;

export function useNotes(caseId: string) {
  return useQuery({ queryKey: notesKey(caseId), queryFn: () => call(window.api.notes.list({ caseId })) });
}

function useNotesChange<TInput>(caseId: string, run: (input: TInput) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: notesKey(caseId) });
    },
  });
}

export const useCreateNote = (caseId: string) =>
  useNotesChange(caseId, (body: string) => call(window.api.notes.create({ caseId, body })));

export const useUpdateNote = (caseId: string) =>
  useNotesChange(caseId, (input: { id: string; body: string }) => call(window.api.notes.update(input)));

export const useDeleteNote = (caseId: string) =>
  useNotesChange(caseId, (id: string) => call(window.api.notes.delete({ id, confirm: true })));
