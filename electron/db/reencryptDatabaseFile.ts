import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { flushFile, flushFolder } from '../services/files/syncToDisk';
import { openDatabaseFile, sqliteKey, type DatabaseKey } from './databaseEncryption';

const SIDECARS = ['-journal', '-wal', '-shm'];
/** Work files of an interrupted conversion end like this; they are removed at the next start. */
export const CONVERTING_SUFFIX = '.converting';

/**
 * Encrypts, decrypts or re-keys a database file that nobody has open, so that a crash at any
 * moment leaves the file as it was or as it should be, never half of each (issue 7: turning the
 * lock on must not risk the workspace). SQLite3MC's in-place rekey is not safe against a crash,
 * so the work happens on a copy beside the file:
 * 1. VACUUM INTO a work file: one consistent copy (the WAL included), still under the old key;
 * 2. rekey the copy to the new key (or to none) and check every page of it under the new key;
 * 3. flush it, then rename it over the file: the rename is the single moment of change.
 */
export function reencryptDatabaseFile(file: string, from: DatabaseKey, to: DatabaseKey): void {
  const work = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}${CONVERTING_SUFFIX}`);
  try {
    const source = openDatabaseFile(file, from);
    let version: unknown;
    try {
      version = source.pragma('user_version', { simple: true });
      source.prepare('VACUUM INTO ?').run(work);
    } finally {
      source.close();
    }
    rekey(work, from, to);
    check(work, to, version);
    flushFile(work);
    clearSidecars(file);
    renameSync(work, file);
    flushFolder(dirname(file));
  } catch (error) {
    removeDatabaseFile(work);
    throw error;
  }
}

function rekey(work: string, from: DatabaseKey, to: DatabaseKey): void {
  const copy = openDatabaseFile(work, from);
  const key = sqliteKey(to);
  try {
    // SQLite3MC only rekeys in rollback-journal mode. The rekey rewrites every page through a
    // VACUUM whose scratch copy may be as large as the workspace, so it goes to a temp file
    // rather than memory. That adds no exposure: one side of this conversion is plain anyway.
    copy.pragma('journal_mode = DELETE');
    copy.pragma('temp_store = FILE');
    copy.rekey(key);
  } finally {
    key.fill(0);
    copy.close();
  }
}

function check(work: string, key: DatabaseKey, version: unknown): void {
  const copy = openDatabaseFile(work, key, { readonly: true });
  try {
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`The converted copy failed its integrity check: ${String(result)}`);
    if (copy.pragma('user_version', { simple: true }) !== version) {
      throw new Error('The converted copy does not have the schema version of the original.');
    }
  } finally {
    copy.close();
  }
}

/**
 * Once the last connection has closed cleanly SQLite has folded the WAL into the file and removed
 * it. A WAL still holding frames would be replayed onto the new file and damage it, so stop.
 */
function clearSidecars(file: string): void {
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new Error('The database still has unsaved changes in its write-ahead log; it was left as it was.');
  }
  for (const suffix of SIDECARS) rmSync(file + suffix, { force: true });
}

/** Removes a database file and its journal, WAL and shared-memory files. */
export function removeDatabaseFile(file: string): void {
  for (const suffix of ['', ...SIDECARS]) rmSync(file + suffix, { force: true });
}
