import { useState } from 'react';
import { Link } from 'react-router';
import type { BackupInfo } from '../../../shared/api/types';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { ProblemPanel } from '../../components/ProblemPanel';
import { TextField } from '../../components/TextField';
import { WarningText } from '../../components/WarningText';
import { useProblems } from '../lock/lockProblems';
import { useLockStatus } from '../lock/useLock';
import { describeBackup } from './describeBackup';
import type { useRestoreLockedBackup } from './useBackups';

const FIELDS = { WRONG_PASSPHRASE: 'secret', WRONG_RECOVERY_KEY: 'secret', secret: 'secret' };

/**
 * A backup locked with a passphrase this workspace does not have (made before Appeal Bundle's own
 * folder was lost, say): it opens with the passphrase or the recovery key it was made with. A
 * workspace without a lock takes on the backup's, so the appeals stay as protected as they were.
 */
export function RestoreLockedBackupForm({
  backup,
  restore,
}: {
  backup: BackupInfo;
  restore: ReturnType<typeof useRestoreLockedBackup>;
}) {
  const lockStatus = useLockStatus();
  const [secret, setSecret] = useState('');
  const [missing, setMissing] = useState<SummaryItem[]>([]);
  const problems = useProblems(missing, restore.error, FIELDS);
  const hasOwnLock = lockStatus.data !== undefined && lockStatus.data.state !== 'noPassphrase';

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found =
          secret === '' ? [{ fieldId: 'secret', message: 'Enter the passphrase or the recovery key.' }] : [];
        setMissing(found);
        if (found.length === 0) restore.mutate({ name: backup.name, secret });
      }}
    >
      <ErrorSummary items={problems} />
      {restore.isError && problems.length === 0 ? <ProblemPanel error={restore.error} /> : null}
      <p className="govuk-body">Backup made {describeBackup(backup)}. It is locked with a passphrase.</p>
      <p className="govuk-body">
        It was made while the passphrase lock was on, with a passphrase these appeals do not use now. This happens, for
        example, when the folder where Appeal Bundle keeps your appeals was lost or replaced. To restore it, enter the
        passphrase that was used then, or the recovery key that was shown when that lock was turned on.
      </p>
      {hasOwnLock ? (
        <p className="govuk-body">Your appeals stay locked with your current passphrase.</p>
      ) : (
        <p className="govuk-body">
          Restoring it also turns the passphrase lock on again, with the passphrase and recovery key of the backup, so
          your appeals stay as protected as the backup was. From then on, that passphrase opens Appeal Bundle.
        </p>
      )}
      <WarningText>
        Every appeal, document and note will be put back as it was then. Changes made since will be replaced.
      </WarningText>
      <p className="govuk-body">
        Your appeals as they are now are saved as a backup first, so you can undo this straight afterwards or later from
        the list of backups.
      </p>
      <TextField
        id="secret"
        label="Passphrase or recovery key"
        hint="The recovery key is 32 letters and numbers in 8 groups of 4. Capital letters and spaces in a passphrase count."
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={secret}
        error={problems.find((problem) => problem.fieldId === 'secret')?.message}
        onChange={(event) => setSecret(event.target.value)}
      />
      <div className="app-button-group-inline">
        <button type="submit" className="govuk-button govuk-button--warning" disabled={restore.isPending}>
          Yes, restore this backup
        </button>
        <Link className="govuk-link" to="/backups">
          No, go back
        </Link>
      </div>
      <p className="govuk-body" role="status">
        {restore.isPending ? 'Restoring…' : ''}
      </p>
    </form>
  );
}
