import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { openDatabaseFile, type DatabaseKey } from '../../db/databaseEncryption';
import type { Db } from '../../db/openDatabase';
import { flushFile, flushFolder } from '../files/syncToDisk';

/** Copies the live database to a file. Injected so tests can simulate a full disk. */
export type CopyDatabase = (db: Db, target: string) => Promise<unknown>;

/**
 * SQLite's online backup (reliability.md A2.3): a consistent copy page by page while the app keeps
 * working, never a file copy of a live database with its WAL (A2.1, "how to corrupt").
 */
export const onlineBackup: CopyDatabase = (db, target) => db.backup(target);

/**
 * The copy for a workspace under the passphrase lock. SQLite3MC refuses the online backup API
 * between an encrypted database and an unkeyed target ("backup is not supported with incompatible
 * source and target databases"), and better-sqlite3 cannot key the target it opens. VACUUM INTO
 * can: its target is attached with the main database's key, so the copy is encrypted with the
 * same data key from its first page, and never exists in plain text (reliability.md B4: backups
 * are encrypted the same as the database). It reads one consistent snapshot, like the online
 * backup, but in one step, so the app waits for it.
 */
export const encryptedCopy: CopyDatabase = (db, target) => {
  db.prepare('VACUUM INTO ?').run(target);
  return Promise.resolve();
};

/**
 * Takes one backup into `folder` under `name`: copy to a temporary name, check the copy with
 * integrity_check, flush it to disk and only then rename it, so the folder only ever holds whole,
 * checked backups. Nothing here writes to the workspace itself, so a failure (such as a full disk)
 * leaves it exactly as it was; the partial copy is removed. Returns how many cases the copy holds.
 */
export async function takeBackup(
  db: Db,
  folder: string,
  name: string,
  copy: CopyDatabase,
  key: DatabaseKey,
): Promise<number> {
  const final = join(folder, name);
  const temp = join(folder, `.${name}.${randomBytes(6).toString('hex')}.partial`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    await copy(db, temp);
    const caseCount = checkCopy(temp, key);
    flushFile(temp);
    renameSync(temp, final);
    flushFolder(folder);
    return caseCount;
  } catch (error) {
    removeWithSidecars(temp);
    throw asStorageError(error);
  }
}

/**
 * Opens the copy on its own, turns it into a single self-contained file (no WAL beside it, so it
 * can later be opened read-only and moved safely) and checks every page.
 */
function checkCopy(file: string, key: DatabaseKey): number {
  const copy = openDatabaseFile(file, key);
  try {
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`The backup copy failed its integrity check: ${String(result)}`);
    return copy.prepare<[], number>('SELECT count(*) FROM cases').pluck().get() ?? 0;
  } finally {
    copy.close();
  }
}

export function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/** A full disk reads as STORAGE_FULL, whichever layer noticed it (Node's ENOSPC or SQLite's FULL). */
export function asStorageError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOSPC' || code.startsWith('SQLITE_FULL')) return new AppError('STORAGE_FULL', { cause: error });
  return error;
}
