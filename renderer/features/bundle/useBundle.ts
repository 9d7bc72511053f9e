import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BundleOverview, ExportStatus } from '../../../shared/api/types';
import type { SectionId } from '../../../shared/bundle/bundleTypes';
import { call } from '../../api/call';

export const bundleKeys = {
  overview: (caseId: string) => ['bundle', 'overview', caseId] as const,
  history: (caseId: string) => ['bundle', 'history', caseId] as const,
  status: (exportId: string) => ['bundle', 'export', exportId] as const,
};

/** How often the screen asks how an export is going: often enough for a smooth progress bar. */
const POLL_MS = 250;

export function useBundleOverview(caseId: string) {
  return useQuery({ queryKey: bundleKeys.overview(caseId), queryFn: () => call(window.api.bundle.get({ caseId })) });
}

export function useExportHistory(caseId: string) {
  return useQuery({
    queryKey: bundleKeys.history(caseId),
    queryFn: () => call(window.api.bundle.history({ caseId })),
  });
}

export type SectionOrder = { sectionId: SectionId; documentIds: string[] }[];

/** Reorders the cached plan straight away, so the list does not jump back while the order is saved. */
function withOrder(overview: BundleOverview, order: SectionOrder): BundleOverview {
  const byId = new Map(overview.plan.documents.map((d) => [d.id, d]));
  const sections = overview.plan.sections.map((section) => {
    const ids = order.find((o) => o.sectionId === section.id)?.documentIds ?? [];
    return { ...section, documents: ids.flatMap((id) => byId.get(id) ?? []) };
  });
  return { ...overview, plan: { ...overview.plan, sections } };
}

export function useSaveOrder(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sections: SectionOrder) => call(window.api.bundle.saveOrder({ caseId, sections })),
    onMutate: (sections) => {
      const current = client.getQueryData<BundleOverview>(bundleKeys.overview(caseId));
      if (current) client.setQueryData(bundleKeys.overview(caseId), withOrder(current, sections));
      return { current };
    },
    onError: (_error, _sections, context) => {
      if (context?.current) client.setQueryData(bundleKeys.overview(caseId), context.current);
    },
    onSuccess: (saved) => client.setQueryData(bundleKeys.overview(caseId), saved),
  });
}

export function useSaveOptions(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: BundleOverview['settings']) => call(window.api.bundle.saveOptions({ caseId, ...settings })),
    onSuccess: (saved) => client.setQueryData(bundleKeys.overview(caseId), saved),
  });
}

export function useStartExport(caseId: string) {
  return useMutation({ mutationFn: (split: boolean) => call(window.api.bundle.export({ caseId, split })) });
}

/** Polls an export until it has finished; then the case history is read again. */
export function useExportStatus(caseId: string, exportId: string | null) {
  const client = useQueryClient();
  return useQuery({
    queryKey: bundleKeys.status(exportId ?? ''),
    enabled: exportId !== null,
    queryFn: async (): Promise<ExportStatus> => {
      const status = await call(window.api.bundle.exportStatus({ exportId: exportId ?? '' }));
      if (status.state !== 'running') await client.invalidateQueries({ queryKey: bundleKeys.history(caseId) });
      return status;
    },
    refetchInterval: (query) => (query.state.data?.state === 'running' || !query.state.data ? POLL_MS : false),
  });
}

export function useCancelExport() {
  return useMutation({ mutationFn: (exportId: string) => call(window.api.bundle.cancelExport({ exportId })) });
}
