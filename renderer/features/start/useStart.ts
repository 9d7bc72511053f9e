import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Temporal } from 'temporal-polyfill';
import type { CaseDetail } from '../../../shared/api/types';
import type { CaseFacts } from '../../../shared/domain/caseFacts';
import type { IsoDate } from '../../../shared/domain/dates';
import { call } from '../../api/call';
import { caseKeys } from '../cases/useCases';
import { backUrl, nextDestination, startUrl, type StepId } from './flow';

/** Today in England, so deadlines never shift with the computer's time zone. */
export function useToday(): IsoDate {
  return useMemo(() => Temporal.Now.plainDateISO('Europe/London').toString(), []);
}

/** Saves the whole set of interview answers; the case and the workspace list are then refreshed. */
export function useSaveFacts(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (facts: CaseFacts) => call(window.api.cases.saveFacts({ id, facts })),
    onSuccess: async (saved) => {
      client.setQueryData(caseKeys.one(saved.id), saved);
      await client.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

/** Everything one question page needs: its Back link, and "save, then go on". */
export function useStep(step: StepId, appeal: CaseDetail) {
  const today = useToday();
  const [params] = useSearchParams();
  const change = params.get('change') === '1';
  const navigate = useNavigate();
  const save = useSaveFacts(appeal.id);
  return {
    today,
    facts: appeal.facts,
    back: backUrl(appeal.id, step, appeal.facts, today, change),
    pending: save.isPending,
    saveError: save.error,
    submit: (facts: CaseFacts) =>
      save.mutate(facts, {
        onSuccess: (saved) => {
          const next = nextDestination(step, saved.facts, today, change, appeal.facts);
          void navigate(startUrl(appeal.id, next, change));
        },
      }),
  };
}
