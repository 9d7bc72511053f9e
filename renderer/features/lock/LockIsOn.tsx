import { Link } from 'react-router';
import { ProblemPanel } from '../../components/ProblemPanel';
import { IdleTimeForm } from './IdleTimeForm';
import { useLockNow } from './useLock';

/** The lock is on and the appeals are open: lock now, how soon it locks itself, change or turn off. */
export function LockIsOn({ idleMinutes }: { idleMinutes: number | null }) {
  const lockNow = useLockNow();
  return (
    <>
      <p className="govuk-body">
        The passphrase lock is on. Your appeals, documents, notes and backups can only be read with your passphrase.
      </p>
      {lockNow.isError ? <ProblemPanel error={lockNow.error} /> : null}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        disabled={lockNow.isPending}
        onClick={() => lockNow.mutate()}
      >
        Lock now
      </button>
      <IdleTimeForm current={idleMinutes} />
      <h2 className="govuk-heading-m">Passphrase</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/lock/change">
            Change your passphrase
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/lock/turn-off">
            Turn off the passphrase lock
          </Link>
        </li>
      </ul>
    </>
  );
}
