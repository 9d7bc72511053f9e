import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EnteredDateKind } from '../../../shared/domain/timelineKinds';
import { call } from '../../api/call';
import { caseKeys } from '../cases/useCases';

// Under caseKeys.all, so a change to any case (new answers, archiving) refreshes these too.
export const timelineKeys = {
  one: (caseId: string) => [...caseKeys.one(caseId), 'timeline'] as const,
  reminders: [...caseKeys.all, 'reminders'] as const,
};

export function useTimeline(caseId: string) {
  return useQuery({ queryKey: timelineKeys.one(caseId), queryFn: () => call(window.api.timeline.get({ caseId })) });
}

export function useReminders() {
  return useQuery({ queryKey: timelineKeys.reminders, queryFn: () => call(window.api.timeline.reminders({})) });
}

function useTimelineChange<TInput extends { caseId: string }>(run: (input: TInput) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

export const useSetDate = () =>
  useTimelineChange((input: { caseId: string; kind: EnteredDateKind; date: string; note: string }) =>
    call(window.api.timeline.setDate(input)),
  );

export const useRemoveDate = () =>
  useTimelineChange((input: { caseId: string; kind: EnteredDateKind }) => call(window.api.timeline.removeDate(input)));

export function useExportTimeline() {
  return useMutation({ mutationFn: (caseId: string) => call(window.api.timeline.exportCalendar({ caseId })) });
}
