import { AppError } from '../../../shared/api/errors';
import { looksLikeRecoveryKey, parseRecoveryKey } from '../../../shared/api/recoveryKey';
import { keyOpensDatabaseFile } from '../../db/databaseEncryption';
import { readBackupKeyCopies } from '../../workspace/backupKeyCopies';
import type { KeyFile } from '../../workspace/keyFile';
import { passphraseBytes, unwrapKey } from '../../workspace/keyWrapping';

export interface UnlockedBackup {
  /** The key file copy that opened it: its lock, which a workspace without one may take on. */
  keys: KeyFile;
  /** The data key; the caller wipes it when done. */
  dataKey: Buffer;
}

/**
 * The data key of a backup locked with a passphrase the workspace does not have, unwrapped from
 * the key file copies in the backup folder with what the person typed: the passphrase, or the
 * recovery key (told apart by its shape; a passphrase that happens to look like one is tried as
 * both). Only a key that really opens this backup counts, since the folder may hold the copies of
 * more than one lock. A wrong secret changes nothing: the GCM tag check fails before any file is
 * opened for writing.
 */
export async function unlockBackup(folder: string, backupFile: string, secret: string): Promise<UnlockedBackup> {
  const recoveryKey = looksLikeRecoveryKey(secret) ? parseRecoveryKey(secret) : undefined;
  const passphrase = passphraseBytes(secret);
  try {
    for (const keys of readBackupKeyCopies(folder)) {
      const candidates = [
        () => unwrapKey(keys.passphrase, passphrase, 'passphrase'),
        ...(recoveryKey ? [() => unwrapKey(keys.recoveryKey, recoveryKey, 'recoveryKey')] : []),
      ];
      for (const unwrap of candidates) {
        const dataKey = await unwrap();
        if (dataKey && keyOpensDatabaseFile(backupFile, dataKey)) return { keys, dataKey };
        dataKey?.fill(0);
      }
    }
  } finally {
    passphrase.fill(0);
    recoveryKey?.fill(0);
  }
  throw new AppError(recoveryKey ? 'WRONG_RECOVERY_KEY' : 'WRONG_PASSPHRASE');
}
