import { useQuery } from '@tanstack/react-query';
import type { CaseFilter } from '../../../shared/api/workspaceSchemas';
import { call } from '../../api/call';
import { caseKeys } from '../cases/useCases';

/** The workspace list narrowed in the main process (SQL), so it stays quick with many families. */
export function useCaseSearch(search: string, show: CaseFilter) {
  return useQuery({
    // Under caseKeys.all, so any change to a case refreshes the results too.
    queryKey: [...caseKeys.all, 'search', search, show] as const,
    queryFn: () => call(window.api.cases.list({ search, show })),
  });
}
