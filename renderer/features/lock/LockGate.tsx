import { useCallback, type ReactNode } from 'react';
import { ProblemPanel } from '../../components/ProblemPanel';
import { LockedScreen } from './LockedScreen';
import { useIdleLock } from './useIdleLock';
import { useLockNow, useLockStatus } from './useLock';

/**
 * Shows the screens only when the workspace is open. While it is locked, nothing but the unlock
 * screen is rendered: the routed screen is unmounted and its data forgotten (lockCache.ts), so no
 * child's name or record is in the page (issue 7).
 */
export function LockGate({ children }: { children: ReactNode }) {
  const status = useLockStatus();
  const { mutate: lockNow } = useLockNow();
  const onIdle = useCallback(() => lockNow(), [lockNow]);
  const state = status.data?.state;
  useIdleLock(state === 'unlocked' ? (status.data?.idleMinutes ?? null) : null, onIdle);

  if (status.isError && !status.data) return <ProblemPanel error={status.error} />;
  if (!state) {
    return (
      <p className="govuk-body" role="status">
        Opening Appeal Bundle…
      </p>
    );
  }
  if (state === 'locked') return <LockedScreen />;
  return <>{children}</>;
}
