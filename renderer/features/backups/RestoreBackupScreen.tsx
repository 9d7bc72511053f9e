import { Link, useParams } from 'react-router';
import type { BackupInfo, RestoreOutcome } from '../../../shared/api/types';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { WarningText } from '../../components/WarningText';
import { describeBackup, describeCases } from './describeBackup';
import { RestoreLockedBackupForm } from './RestoreLockedBackupForm';
import { useBackups, useRestoreBackup, useRestoreLockedBackup } from './useBackups';

/** Asks before restoring; afterwards says what happened and offers to undo it. */
export function RestoreBackupScreen() {
  const name = useParams().backupName ?? '';
  const backups = useBackups();
  const restore = useRestoreBackup();
  const restoreLocked = useRestoreLockedBackup();
  // After an undo the plain restore's outcome is the newer one.
  const outcome = restore.data ?? restoreLocked.data;
  if (outcome)
    return (
      <Restored
        outcome={outcome}
        lockAdopted={restoreLocked.data?.lockAdopted === true}
        onUndo={(undo) => restore.mutate(undo.name)}
        pending={restore.isPending}
      />
    );
  const backup = backups.data?.find((item) => item.name === name);
  return (
    <Page title="Restore this backup?">
      <Link to="/backups" className="govuk-back-link">
        Back to backups
      </Link>
      {backups.isError ? <ProblemPanel error={backups.error} /> : null}
      {restore.isError ? <ProblemPanel error={restore.error} /> : null}
      {backups.isSuccess && !backup ? (
        <p className="govuk-body">We could not find that backup. It may have been replaced by a newer one.</p>
      ) : null}
      {backup?.locked ? <RestoreLockedBackupForm backup={backup} restore={restoreLocked} /> : null}
      {backup && !backup.locked ? (
        <>
          <p className="govuk-body">
            Backup made {describeBackup(backup)}. It has {describeCases(backup)}.
          </p>
          <WarningText>
            Every appeal, document and note will be put back as it was then. Changes made since will be replaced.
          </WarningText>
          <p className="govuk-body">
            Your appeals as they are now are saved as a backup first, so you can undo this straight afterwards or later
            from the list of backups.
          </p>
          <div className="app-button-group-inline">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              disabled={restore.isPending}
              onClick={() => restore.mutate(backup.name)}
            >
              Yes, restore this backup
            </button>
            <Link className="govuk-link" to="/backups">
              No, go back
            </Link>
          </div>
          <p className="govuk-body" role="status">
            {restore.isPending ? 'Restoring…' : ''}
          </p>
        </>
      ) : null}
    </Page>
  );
}

function Restored({
  outcome,
  lockAdopted,
  onUndo,
  pending,
}: {
  outcome: RestoreOutcome;
  lockAdopted: boolean;
  onUndo: (undo: BackupInfo) => void;
  pending: boolean;
}) {
  return (
    <Page title="Backup restored">
      <div className="govuk-panel govuk-panel--confirmation">
        <div className="govuk-panel__body">
          Your appeals are now as they were in the backup made {describeBackup(outcome.restoredFrom)}.
        </div>
      </div>
      {lockAdopted ? (
        <>
          <h2 className="govuk-heading-m">The passphrase lock is on</h2>
          <p className="govuk-body">
            Like the backup, your appeals are now locked with a passphrase: the one the backup was made with. Use it to
            open Appeal Bundle from now on. The recovery key from that time still works if you forget it. You can change
            the passphrase or turn the lock off on the Passphrase lock page.
          </p>
        </>
      ) : null}
      <h2 className="govuk-heading-m">To undo this</h2>
      <p className="govuk-body">
        Your appeals as they were just before are kept as the backup made {describeBackup(outcome.undo)}. Restore it to
        undo, now or later from the list of backups.
      </p>
      <div className="app-button-group-inline">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={pending}
          onClick={() => onUndo(outcome.undo)}
        >
          Undo this restore
        </button>
        <Link className="govuk-link" to="/">
          Go to your appeals
        </Link>
      </div>
    </Page>
  );
}
