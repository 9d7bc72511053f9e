import type Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { AppError } from '../../../shared/api/errors';
import type * as S from '../../../shared/api/schemas';
import type { BackupInfo, BackupKind, BackupStatus, LockedRestoreOutcome } from '../../../shared/api/types';
import type { RestoreOutcome } from '../../../shared/api/types';
import { isPlainDatabaseFile, openDatabaseFile, type DatabaseKey } from '../../db/databaseEncryption';
import type { ServiceDeps } from '../deps';
import { toAppError } from '../toAppError';
import { formatBackupName, parseBackupName } from './backupNames';
import { planRotation } from './planRotation';
import { keyForBackup, prepareRestoreSource, restoreTables } from './restoreTables';
import { encryptedCopy, onlineBackup, removeWithSidecars, takeBackup, type CopyDatabase } from './takeBackup';
import { unlockBackup } from './unlockBackup';

export interface BackupOptions {
  /** Where backups go: outside the workspace's own folder, so damage to one leaves the other. */
  folder: string;
  /** How the copy is made; tests pass one that fails as a full disk would. */
  copyDatabase?: CopyDatabase;
  /** The workspace's data key when the passphrase lock is on: backups are encrypted with it too. */
  databaseKey?: DatabaseKey;
}

const englandDay = (iso: string) =>
  Temporal.Instant.from(iso).toZonedDateTimeISO('Europe/London').toPlainDate().toString();

/**
 * Backups of the whole workspace: on request, on a schedule when something changed, and before a
 * restore. Every operation runs one at a time (a restore never meets a backup half way).
 */
export function createBackupsService({ db, now }: Pick<ServiceDeps, 'db' | 'now'>, options: BackupOptions) {
  const { folder, databaseKey } = options;
  const copy = options.copyDatabase ?? (databaseKey ? encryptedCopy : onlineBackup);
  const changesCounter = db.prepare<[], number>('SELECT total_changes()').pluck();
  /** The connection's change count when the last backup was taken; a different count means work to save. */
  let changesAtLastBackup: number | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  /** Reported to the person (issue 7: a full disk during a backup "tells the user"); cleared by any backup that works. */
  let lastAutomaticFailure: BackupStatus['lastAutomaticFailure'] = null;
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const describe = (name: string, caseCount?: number): BackupInfo | undefined => {
    const parsed = parseBackupName(name);
    const file = join(folder, name);
    if (!parsed || !existsSync(file)) return undefined;
    const count = caseCount ?? countCases(file, keyForBackup(file, databaseKey));
    return {
      name,
      ...parsed,
      sizeBytes: statSync(file).size,
      caseCount: count,
      // Encrypted, and this workspace's key (or its lack of one) does not open it.
      locked: count === null && !isPlainDatabaseFile(file),
    };
  };

  const listAll = (): BackupInfo[] => {
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .flatMap((name) => describe(name) ?? [])
      .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  };

  const rotate = (): void => {
    const items = readdirSync(folder).flatMap((name) => {
      const parsed = parseBackupName(name);
      return parsed ? [{ name, ...parsed, day: englandDay(parsed.takenAt) }] : [];
    });
    for (const name of planRotation(items, englandDay(now()))) rmSync(join(folder, name), { force: true });
  };

  const backUp = async (kind: BackupKind): Promise<BackupInfo> => {
    const changes = changesCounter.get() ?? 0;
    let takenAt = now();
    // Two backups in the same millisecond would share a name; the second waits its turn.
    while (existsSync(join(folder, formatBackupName(takenAt, kind))))
      takenAt = new Date(Date.parse(takenAt) + 1).toISOString();
    const name = formatBackupName(takenAt, kind);
    const caseCount = await takeBackup(db, folder, name, copy, databaseKey);
    changesAtLastBackup = changes;
    rotate();
    lastAutomaticFailure = null;
    const info = describe(name, caseCount);
    if (!info) throw new Error('The backup was written but could not be found afterwards.');
    return info;
  };

  /** The restore itself, run in the queue by its callers, with the key that opens the backup. */
  const restoreFrom = async (name: string, sourceKey: DatabaseKey): Promise<RestoreOutcome> => {
    const restoredFrom = describe(name);
    if (!restoredFrom) throw new AppError('NOT_FOUND');
    const backupFile = join(folder, name);
    const source = prepareRestoreSource(backupFile, folder, sourceKey);
    try {
      const undo = await backUp('beforeRestore');
      restoreTables(db, source, sourceKey);
      // The rows just replaced may still sit in the WAL; leave no stray copy of them there.
      db.pragma('wal_checkpoint(TRUNCATE)');
      return { restoredFrom, undo };
    } finally {
      removeWithSidecars(source);
    }
  };

  return {
    list(_input: S.ListBackupsInput): BackupInfo[] {
      return listAll();
    },

    create(_input: S.CreateBackupInput): Promise<BackupInfo> {
      return oneAtATime(() => backUp('manual'));
    },

    /** For the schedule and for quitting: a backup only if something changed since the last one. */
    backUpIfChanged(): Promise<BackupInfo | undefined> {
      return oneAtATime(async () => {
        if (changesCounter.get() === changesAtLastBackup) return undefined;
        try {
          return await backUp('automatic');
        } catch (error) {
          lastAutomaticFailure = { at: now(), message: whyBackupFailed(error) };
          throw error;
        }
      });
    },

    status(): BackupStatus {
      return { lastAutomaticFailure };
    },

    /**
     * Saves the workspace as it is now, then replaces its contents with the backup's. The copy
     * saved first is returned so the screen can offer to undo. If that first copy cannot be made
     * (a full disk), nothing is restored.
     */
    restore(input: S.RestoreBackupInput): Promise<RestoreOutcome> {
      return oneAtATime(() => restoreFrom(input.name, keyForBackup(join(folder, input.name), databaseKey)));
    },

    /**
     * Restores a backup locked with another lock's data key (see unlockBackup.ts) into this
     * workspace, which must have a lock of its own: the rows are then encrypted under it, so the
     * workspace is no less protected than the backup was. A workspace without a lock is refused
     * here, as putting the backup's rows in it would leave them in plain text; the workspace
     * session, which alone can turn a lock on, takes on the backup's lock first instead.
     */
    restoreLocked(input: S.RestoreLockedBackupInput): Promise<LockedRestoreOutcome> {
      return oneAtATime(async () => {
        if (!databaseKey) throw new AppError('CONFLICT');
        if (!describe(input.name)) throw new AppError('NOT_FOUND');
        const { dataKey } = await unlockBackup(folder, join(folder, input.name), input.secret);
        try {
          return { ...(await restoreFrom(input.name, dataKey)), lockAdopted: false };
        } finally {
          dataKey.fill(0);
        }
      });
    },
  };
}

/** The cause in plain words, for the warning shown on the workspace and backups screens. */
function whyBackupFailed(error: unknown): string {
  switch (toAppError(error)?.code) {
    case 'STORAGE_FULL':
      return 'there was not enough space on the disk. Free some space, for example by emptying the recycle bin.';
    case 'STORAGE_READ_ONLY':
      return 'Appeal Bundle could not write to its backups folder. Check that the disk is not full or read-only.';
    default:
      return 'the copy could not be made.';
  }
}

/** How many appeals a backup holds, read without changing it; null if it cannot be read. */
function countCases(file: string, key: DatabaseKey): number | null {
  let copy: Database.Database | undefined;
  try {
    copy = openDatabaseFile(file, key, { readonly: true });
    return copy.prepare<[], number>('SELECT count(*) FROM cases').pluck().get() ?? null;
  } catch {
    return null;
  } finally {
    copy?.close();
  }
}

export type BackupsService = ReturnType<typeof createBackupsService>;
