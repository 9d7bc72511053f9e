import type { QueryClient } from '@tanstack/react-query';
import type { LockStatus } from '../../../shared/api/types';

export const lockStatusKey = ['lock', 'status'] as const;

/**
 * Forgets everything the screens had read or sent (names, answers, notes, passphrases typed
 * into forms), keeping only the lock's own status, so that once the app is locked no child's
 * data is left in memory for the page to show (issue 7: the locked screen shows no child data).
 */
export function forgetEverything(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== lockStatusKey[0] });
  client.getMutationCache().clear();
}

/** The app has locked (by the person, after the idle time, or found so by any call). */
export function showLocked(client: QueryClient, status?: LockStatus): void {
  forgetEverything(client);
  const previous = client.getQueryData<LockStatus>(lockStatusKey);
  client.setQueryData<LockStatus>(
    lockStatusKey,
    status ?? { state: 'locked', idleMinutes: previous?.idleMinutes ?? null },
  );
}
