import { useLockNow, useLockStatus } from './useLock';
import './lock.css';

/** "Lock" in the header, on every screen, whenever there is a passphrase to lock with. */
export function HeaderLockButton() {
  const status = useLockStatus();
  const lockNow = useLockNow();
  if (status.data?.state !== 'unlocked') return null;
  return (
    <button
      type="button"
      className="govuk-button govuk-button--inverse app-header__lock"
      disabled={lockNow.isPending}
      onClick={() => lockNow.mutate()}
    >
      Lock Appeal Bundle
    </button>
  );
}
