import { useState } from 'react';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';
import { UnlockForm } from './UnlockForm';
import './lock.css';

/** The only screen while locked: the passphrase, or the recovery key for someone who forgot it. */
export function LockedScreen() {
  const [useRecoveryKey, setUseRecoveryKey] = useState(false);
  return useRecoveryKey ? (
    <RecoveryUnlockForm onBack={() => setUseRecoveryKey(false)} />
  ) : (
    <UnlockForm onForgotten={() => setUseRecoveryKey(true)} />
  );
}
