import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync } from 'node:fs';
import { AppError } from '../../shared/api/errors';
import { keyConnection, type DatabaseKey } from './databaseEncryption';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export type Db = Database.Database;

/**
 * Opens (or creates) the workspace database, encrypted with `key` when the passphrase lock is on.
 * Order matters: an existing file is first read read-only, so a file from a newer app, a damaged
 * file or a key that does not fit is refused without a single byte written. Only then are
 * durability settings applied and migrations run.
 */
export function openDatabase(
  path: string,
  options: { migrations?: readonly Migration[]; targetVersion?: number; key?: DatabaseKey } = {},
): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  if (path !== ':memory:' && existsSync(path)) refuseIfUnusable(path, migrations, options.key);

  const db = new Database(path);
  try {
    // The key comes before anything else touches the file, so a new workspace is encrypted from
    // its first page (reliability.md A2.5).
    keyConnection(db, options.key);
    // WAL + synchronous=FULL: an acknowledged save survives a crash or power cut (reliability.md A2.1).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Deleted data is overwritten, not left in free pages: families delete cases to remove them.
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations, options.targetVersion);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function refuseIfUnusable(path: string, migrations: readonly Migration[], key: DatabaseKey): void {
  let probe: Database.Database | undefined;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
    keyConnection(probe, key);
    const version = probe.pragma('user_version', { simple: true }) as number;
    const newest = migrations.at(-1)?.version ?? 0;
    if (version > newest) throw new AppError('DATABASE_TOO_NEW');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('DATABASE_DAMAGED', { cause: error });
  } finally {
    probe?.close();
  }
}
