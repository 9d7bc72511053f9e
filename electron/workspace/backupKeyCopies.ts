import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { readKeyFile, removeKeyFile, writeKeyFile, type KeyFile } from './keyFile';

// A copy of the key file in the backup folder. The backups are kept apart from the data folder so
// that losing one leaves the other (reliability.md A2.4), but an encrypted backup opens only with
// the data key, which is stored only wrapped in the key file: without a copy beside the backups,
// losing the data folder would lose them too. The copy holds only wrapped keys, so it is as safe
// as the original. Each lock has its own copy, named after its recovery-key wrap (made once, when
// the lock is turned on, and never rewrapped): a new lock turned on later beside backups of an
// old one must not take away what opens them.

const COPY_PATTERN = /^appeal-bundle-keys-[0-9a-f]{16}\.json$/;

/** The copy's file name for this lock: 8 bytes of the recovery wrap's random salt, in hex. */
export function backupKeyCopyFile(folder: string, keys: KeyFile): string {
  const id = Buffer.from(keys.recoveryKey.kdf.salt, 'base64').subarray(0, 8).toString('hex');
  return join(folder, `appeal-bundle-keys-${id}.json`);
}

/** Writes the copy atomically and durably, as the key file itself is written. */
export function writeBackupKeyCopy(folder: string, keys: KeyFile): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  writeKeyFile(backupKeyCopyFile(folder, keys), keys);
}

/** Writes the copy only if it is missing or differs (a lock turned on before copies were kept). */
export function syncBackupKeyCopy(folder: string, keys: KeyFile): void {
  const file = backupKeyCopyFile(folder, keys);
  if (!isDeepStrictEqual(readIfValid(file), keys)) writeBackupKeyCopy(folder, keys);
}

export function removeBackupKeyCopy(folder: string, keys: KeyFile): void {
  removeKeyFile(backupKeyCopyFile(folder, keys));
}

/** Every readable key copy in the backup folder; a damaged one is passed over. */
export function readBackupKeyCopies(folder: string): KeyFile[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => COPY_PATTERN.test(name))
    .flatMap((name) => readIfValid(join(folder, name)) ?? []);
}

function readIfValid(file: string): KeyFile | undefined {
  try {
    return readKeyFile(file);
  } catch {
    return undefined;
  }
}
