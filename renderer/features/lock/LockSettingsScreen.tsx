import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { SuccessBanner } from '../../components/SuccessBanner';
import { useNotice } from '../../components/useNotice';
import { LockIsOn } from './LockIsOn';
import { RecoveryKeyScreen } from './RecoveryKeyScreen';
import { TurnOnLockForm } from './TurnOnLockForm';
import { useLockStatus, useSetPassphrase } from './useLock';
import './lock.css';

/** "Passphrase lock": turn it on, or, when it is on, lock now, the idle time, change or turn off. */
export function LockSettingsScreen() {
  const status = useLockStatus();
  const turnOn = useSetPassphrase();
  const notice = useNotice();
  if (turnOn.data) return <RecoveryKeyScreen recoveryKey={turnOn.data.recoveryKey} onSaved={turnOn.confirmSaved} />;
  return (
    <Page title="Passphrase lock">
      <Link to="/" className="govuk-back-link">
        Back to your appeals
      </Link>
      {notice ? <SuccessBanner message={notice} /> : null}
      {status.isError ? <ProblemPanel error={status.error} /> : null}
      {status.data?.state === 'noPassphrase' ? <TurnOnLockForm turnOn={turnOn} /> : null}
      {status.data?.state === 'unlocked' ? <LockIsOn idleMinutes={status.data.idleMinutes} /> : null}
    </Page>
  );
}
