import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ExportHandoverInput, ImportHandoverInput } from '../../../shared/api/schemas';
import { call } from '../../api/call';
import { caseKeys } from '../cases/useCases';

export const useExportHandover = () =>
  useMutation({ mutationFn: (input: ExportHandoverInput) => call(window.api.handover.export(input)) });

/** After an import the case list (and any open case) is read again. */
export function useImportHandover() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportHandoverInput) => call(window.api.handover.import(input)),
    onSuccess: async (outcome) => {
      if (outcome.kind === 'imported') await client.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}
