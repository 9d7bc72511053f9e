import type { Database } from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/api/errors';
import type { Migration } from './migrations/types';

/** The schema version stored in the file header (PRAGMA user_version). */
export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to `target` (default: the newest migration). Each step runs in its own
 * transaction together with its version bump, so a crash leaves the file at a whole version.
 * A database newer than this app is refused before anything is written.
 */
export function migrate(db: Database, migrations: readonly Migration[], target?: number): number {
  const newest = migrations.at(-1)?.version ?? 0;
  const goal = target ?? newest;
  const current = schemaVersion(db);
  if (current > newest) throw new AppError('DATABASE_TOO_NEW');
  for (const step of migrations) {
    if (step.version <= current || step.version > goal) continue;
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${String(step.version)}`);
    })();
  }
  return schemaVersion(db);
}
