import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChangePassphraseInput,
  RemovePassphraseInput,
  SetIdleMinutesInput,
  SetPassphraseInput,
  UnlockInput,
  UnlockWithRecoveryKeyInput,
} from '../../../shared/api/schemas';
import type { LockStatus } from '../../../shared/api/types';
import { call } from '../../api/call';
import { forgetEverything, lockStatusKey, showLocked } from './lockCache';

/**
 * Whether the workspace is locked. Read again every 15 seconds and when the window comes back
 * into view, because the main process also locks it (when the computer's screen locks, it
 * sleeps, or it sits idle) and the page must then stop showing anything at once.
 */
export function useLockStatus() {
  return useQuery({
    queryKey: lockStatusKey,
    queryFn: () => call(window.api.lock.status({})),
    refetchInterval: 15_000,
    refetchOnWindowFocus: true,
  });
}

/** After unlocking: a clean start, with nothing kept from before (not even the passphrase typed). */
function useOpens<TInput>(run: (input: TInput) => Promise<LockStatus>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (status) => {
      forgetEverything(client);
      client.setQueryData(lockStatusKey, status);
    },
  });
}

export const useUnlock = () => useOpens((input: UnlockInput) => call(window.api.lock.unlock(input)));

export const useUnlockWithRecoveryKey = () =>
  useOpens((input: UnlockWithRecoveryKeyInput) => call(window.api.lock.unlockWithRecoveryKey(input)));

/** Changes that leave the workspace open: only the status is new. */
function useSettingChange<TInput>(run: (input: TInput) => Promise<LockStatus>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (status) => client.setQueryData(lockStatusKey, status),
  });
}

export const useChangePassphrase = () =>
  useSettingChange((input: ChangePassphraseInput) => call(window.api.lock.changePassphrase(input)));

export const useRemovePassphrase = () =>
  useSettingChange((input: RemovePassphraseInput) => call(window.api.lock.removePassphrase(input)));

export const useSetIdleMinutes = () =>
  useSettingChange((input: SetIdleMinutesInput) => call(window.api.lock.setIdleMinutes(input)));

/**
 * Turning the lock on. The status is only updated when the person has confirmed they saved the
 * recovery key (`confirmSaved`), so the settings screen keeps showing the key until then.
 */
export function useSetPassphrase() {
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: (input: SetPassphraseInput) => call(window.api.lock.setPassphrase(input)),
  });
  const confirmSaved = () => {
    if (mutation.data) client.setQueryData(lockStatusKey, mutation.data.status);
    // The recovery key is shown once: it is dropped from memory here.
    mutation.reset();
  };
  return { ...mutation, confirmSaved };
}

export function useLockNow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(window.api.lock.lockNow({})),
    onSuccess: (status) => showLocked(client, status),
  });
}
