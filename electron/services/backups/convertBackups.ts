import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isPlainDatabaseFile, keyOpensDatabaseFile, type DatabaseKey } from '../../db/databaseEncryption';
import { reencryptDatabaseFile, removeDatabaseFile } from '../../db/reencryptDatabaseFile';
import { parseBackupName } from './backupNames';

interface Log {
  error(message: string, detail?: unknown): void;
}

function backupFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => parseBackupName(name) !== undefined)
    .map((name) => join(folder, name));
}

/**
 * When the passphrase lock is on, every backup is encrypted with the workspace's data key: a
 * plain backup left behind would expose the child's records (issue 7; reliability.md B4). Each is
 * converted on its own, atomically. A plain backup that cannot be read cannot be restored either,
 * so rather than leave it readable it is deleted. Returns how many were encrypted.
 */
export function encryptPlainBackups(folder: string, key: Buffer, log: Log): number {
  let encrypted = 0;
  for (const file of backupFiles(folder)) {
    if (!isPlainDatabaseFile(file)) continue;
    try {
      reencryptDatabaseFile(file, undefined, key);
      encrypted++;
    } catch (error) {
      log.error('A plain backup could not be encrypted, so it was deleted', error);
      removeDatabaseFile(file);
    }
  }
  return encrypted;
}

/**
 * When the lock is turned off, the backups are decrypted with the workspace, so they can still be
 * restored once the key file is gone. One that cannot be decrypted is left as it is: unreadable,
 * it exposes nothing. Backups of another lock (made before the data folder was lost, say) are not
 * this key's to decrypt and are left with their own key copy. Returns how many of this key's
 * backups are still encrypted, so its key copy is kept while any is.
 */
export function decryptBackups(folder: string, key: DatabaseKey, log: Log): number {
  let failed = 0;
  for (const file of backupFiles(folder)) {
    if (isPlainDatabaseFile(file) || !keyOpensDatabaseFile(file, key)) continue;
    try {
      reencryptDatabaseFile(file, key, undefined);
    } catch (error) {
      log.error('An encrypted backup could not be decrypted and was left as it was', error);
      failed++;
    }
  }
  return failed;
}
