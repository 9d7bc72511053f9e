import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentDetail } from '../../../shared/api/types';
import { call } from '../../api/call';

export const documentKeys = {
  list: (caseId: string) => ['documents', 'list', caseId] as const,
  one: (id: string) => ['documents', 'one', id] as const,
  // The document's updatedAt is part of the key: after a page edit, page N may be another page.
  thumbnail: (id: string, version: string, pageIndex: number) =>
    ['documents', 'thumbnail', id, version, pageIndex] as const,
};

export function useDocumentList(caseId: string) {
  return useQuery({ queryKey: documentKeys.list(caseId), queryFn: () => call(window.api.documents.list({ caseId })) });
}

export function useDocument(id: string) {
  return useQuery({ queryKey: documentKeys.one(id), queryFn: () => call(window.api.documents.get({ id })) });
}

/** After any change to a document, it and its case's list are read again. */
function useDocumentMutation<TInput>(run: (input: TInput) => Promise<DocumentDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (saved) => {
      client.setQueryData(documentKeys.one(saved.id), saved);
      await client.invalidateQueries({ queryKey: documentKeys.list(saved.caseId) });
    },
  });
}

type Api = typeof window.api.documents;
type InputOf<M extends keyof Api> = Parameters<Api[M]>[0];

export const useUpdateDocument = () =>
  useDocumentMutation((input: InputOf<'update'>) => call(window.api.documents.update(input)));
export const useRotatePage = () =>
  useDocumentMutation((input: InputOf<'rotatePage'>) => call(window.api.documents.rotatePage(input)));
export const useRemovePages = () =>
  useDocumentMutation((input: InputOf<'removePages'>) => call(window.api.documents.removePages(input)));
export const useExtractPages = () =>
  useDocumentMutation((input: InputOf<'extractPages'>) => call(window.api.documents.extractPages(input)));
export const useResetPages = () =>
  useDocumentMutation((input: InputOf<'resetPages'>) => call(window.api.documents.resetPages(input)));

export function useDeleteDocument(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(window.api.documents.delete({ id })),
    onSuccess: async (_result, id) => {
      client.removeQueries({ queryKey: documentKeys.one(id) });
      await client.invalidateQueries({ queryKey: documentKeys.list(caseId) });
    },
  });
}
