import { randomBytes } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { isPlainDatabaseFile, sqliteKey, type DatabaseKey } from '../../db/databaseEncryption';
import { schemaVersion } from '../../db/migrate';
import { openDatabase, type Db } from '../../db/openDatabase';
import { removeWithSidecars } from './takeBackup';

/**
 * The key a backup file needs: the workspace's data key if the file is encrypted. A backup made
 * before the lock was turned on may still be plain for a moment while it is being encrypted.
 */
export function keyForBackup(file: string, key: DatabaseKey): DatabaseKey {
  return isPlainDatabaseFile(file) ? undefined : key;
}

/**
 * Makes a working copy of a backup, brought up to this app's schema by the usual migrations, so
 * the backup file itself is never changed. A backup from a newer app or a damaged one is refused
 * here, before anything in the workspace is touched. The copy is exactly as encrypted as the
 * backup it was made from.
 */
export function prepareRestoreSource(backupFile: string, workFolder: string, key: DatabaseKey): string {
  const work = join(workFolder, `.restore-${randomBytes(6).toString('hex')}.partial`);
  try {
    copyFileSync(backupFile, work);
    const source = openDatabase(work, { key });
    try {
      if (source.pragma('integrity_check', { simple: true }) !== 'ok') throw new AppError('DATABASE_DAMAGED');
    } finally {
      source.close();
    }
    return work;
  } catch (error) {
    removeWithSidecars(work);
    throw error;
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Replaces every row of the workspace with the rows of `sourceFile`, in one transaction on the
 * live connection. Restoring this way, rather than closing the database and swapping files, means
 * every service keeps its open handle and prepared statements, and a failure part way (a full
 * disk, a crash) rolls back to the workspace as it was: SQLite's atomic commit does the work.
 * Foreign keys are checked once at commit (defer_foreign_keys), so tables can be filled in any order.
 */
export function restoreTables(db: Db, sourceFile: string, sourceKey: DatabaseKey): void {
  // The key is always given: without one SQLite3MC would try the workspace's own key, and an
  // empty one says "not encrypted".
  const key = sqliteKey(sourceKey);
  try {
    db.prepare('ATTACH DATABASE ? AS restore_source KEY ?').run(sourceFile, key);
  } finally {
    key.fill(0);
  }
  try {
    const sourceVersion = db.pragma('restore_source.user_version', { simple: true }) as number;
    if (sourceVersion !== schemaVersion(db)) throw new AppError('DATABASE_DAMAGED');
    const tablesIn = (schema: string) =>
      db
        .prepare<[], string>(
          `SELECT name FROM ${schema}.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid`,
        )
        .pluck()
        .all();
    const tables = tablesIn('main');
    const sourceTables = new Set(tablesIn('restore_source'));
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      for (const table of [...tables].reverse()) db.exec(`DELETE FROM main.${quote(table)}`);
      for (const table of tables) {
        if (!sourceTables.has(table)) continue;
        const names = (db.pragma(`main.table_info(${quote(table)})`) as { name: string }[])
          .map((column) => quote(column.name))
          .join(', ');
        db.exec(`INSERT INTO main.${quote(table)} (${names}) SELECT ${names} FROM restore_source.${quote(table)}`);
      }
    })();
  } finally {
    db.exec('DETACH DATABASE restore_source');
  }
}
