import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { formatRecoveryKey, parseRecoveryKey, RECOVERY_KEY_BYTES } from '../../shared/api/recoveryKey';
import type { LockNowInput, LockStatusInput, RestoreLockedBackupInput } from '../../shared/api/schemas';
import type { BackupInfo, LockedRestoreOutcome, LockState, LockStatus } from '../../shared/api/types';
import { isPlainDatabaseFile, type DatabaseKey } from '../db/databaseEncryption';
import { openDatabase, type Db } from '../db/openDatabase';
import { reencryptDatabaseFile } from '../db/reencryptDatabaseFile';
import type { LockHandlers } from '../main/ipc/handlers';
import { decryptBackups, encryptPlainBackups } from '../services/backups/convertBackups';
import { unlockBackup } from '../services/backups/unlockBackup';
import type { Services } from '../services/createServices';
import { removeBackupKeyCopy, syncBackupKeyCopy, writeBackupKeyCopy } from './backupKeyCopies';
import { prepareRestoreSource } from '../services/backups/restoreTables';
import { removeWithSidecars } from '../services/backups/takeBackup';
import { hasKeyFile, keyFileFor, NEW_KEY_FILE_DEFAULTS, readKeyFile, removeKeyFile, writeKeyFile } from './keyFile';
import type { KeyFile } from './keyFile';
import { DATA_KEY_BYTES, DEFAULT_KDF, passphraseBytes, unwrapKey, wrapKey, type KdfParameters } from './keyWrapping';
import { removeLeftovers } from './removeLeftovers';
import { trackExports } from './trackExports';

export interface WorkspaceSessionOptions {
  databaseFile: string;
  backupFolder: string;
  /** Builds every service over the open workspace; the data key is for the backups. */
  buildServices: (db: Db, databaseKey: DatabaseKey) => Services;
  log: { error(message: string, detail?: unknown): void };
  /** scrypt's cost; the default is the handover files' (tests pass a cheaper one). */
  kdf?: KdfParameters;
}

interface OpenWorkspace {
  db: Db;
  key: DatabaseKey;
  services: Services;
  cancelExports: () => Promise<void>;
}

/**
 * The workspace as the app sees it (issue 7, the optional passphrase lock): owns whether it is
 * open, opens and closes the database, and builds the services over it. While it is locked the
 * database is closed, the data key is wiped from memory and every API method but the `lock`
 * namespace answers LOCKED without touching anything. The lock operations run one at a time.
 */
export function createWorkspaceSession(options: WorkspaceSessionOptions) {
  const { databaseFile, backupFolder, log } = options;
  const kdf = options.kdf ?? DEFAULT_KDF;
  const keyFile = keyFileFor(databaseFile);
  let state: LockState = 'noPassphrase';
  let open: OpenWorkspace | undefined;
  /** The key file's idle time, remembered so `status` never reads the disk. */
  let idleMinutes: number | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const status = (): LockStatus => ({ state, idleMinutes: state === 'noPassphrase' ? null : idleMinutes });

  const openWorkspace = (key: DatabaseKey): void => {
    const db = openDatabase(databaseFile, { key });
    try {
      const built = options.buildServices(db, key);
      const exports = trackExports(built.bundle);
      // A workspace without a lock takes on a locked backup's lock before restoring it: only the
      // session can turn a lock on (the backups service alone refuses, see restoreLocked there).
      const backups = {
        ...built.backups,
        restoreLocked: (input: RestoreLockedBackupInput) =>
          state === 'noPassphrase' ? adoptBackupLock(input) : built.backups.restoreLocked(input),
      };
      open = {
        db,
        key,
        services: { ...built, bundle: exports.bundle, backups },
        cancelExports: () => exports.cancelAll(),
      };
    } catch (error) {
      db.close();
      throw error;
    }
  };

  /**
   * Encrypts any backup still plain (after an interrupted turn-on), then opens the workspace. The
   * key copy in the backup folder is brought up to date first (a lock turned on before copies
   * were kept has none): should that fail, the backups are still encrypted, as nothing may stay
   * plain, and the next unlock tries again.
   */
  const openLocked = (keys: KeyFile, dataKey: Buffer): LockStatus => {
    try {
      try {
        syncBackupKeyCopy(backupFolder, keys);
      } catch (error) {
        log.error('The copy of the key file in the backup folder could not be written', error);
      }
      encryptPlainBackups(backupFolder, dataKey, log);
      openWorkspace(dataKey);
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
    state = 'unlocked';
    idleMinutes = keys.idleMinutes;
    return status();
  };

  /**
   * Stops new calls at once (they get LOCKED or "busy"), lets running exports stop, takes a last
   * backup if anything changed, then closes the database and wipes the key.
   */
  const closeWorkspace = async (): Promise<void> => {
    const current = open;
    if (!current) return;
    open = undefined;
    await current.cancelExports();
    await current.services.backups
      .backUpIfChanged()
      .catch((error: unknown) => log.error('The backup before closing the workspace failed', error));
    current.db.close();
    current.key?.fill(0);
  };

  const unwrapWithPassphrase = async (keys: KeyFile, passphrase: string): Promise<Buffer> => {
    const dataKey = await unwrapKey(keys.passphrase, passphraseBytes(passphrase), 'passphrase');
    if (!dataKey) throw new AppError('WRONG_PASSPHRASE');
    return dataKey;
  };

  /** A copy left behind (the backup folder gone, say) holds only wrapped keys: logged, not fatal. */
  const removeKeyCopy = (keys: KeyFile): void => {
    try {
      removeBackupKeyCopy(backupFolder, keys);
    } catch (error) {
      log.error('The copy of the key file in the backup folder could not be removed', error);
    }
  };

  /**
   * Saves a change to the key file: the copy beside the backups first, then the key file itself,
   * both atomically and durably. If the copy cannot be written nothing has changed; if the key
   * file then cannot be, the next unlock puts the copy back in step with it.
   */
  const saveKeys = (keys: KeyFile): void => {
    writeBackupKeyCopy(backupFolder, keys);
    writeKeyFile(keyFile, keys);
  };

  /**
   * Turns the lock on for the plain workspace, which is closed: the key file (and its copy beside
   * the backups) is on disk before the database is encrypted, so an encrypted workspace never
   * exists without the key file that opens it. A crash before the rename leaves the plain
   * workspace and a stray key file, which the next start removes. On failure (a full disk, say)
   * the lock stays off and the workspace opens as it was. Then opens it unlocked.
   */
  const encryptWorkspace = (keys: KeyFile, dataKey: Buffer, removeCopyOnFailure: boolean): LockStatus => {
    try {
      saveKeys(keys);
      if (existsSync(databaseFile)) reencryptDatabaseFile(databaseFile, undefined, dataKey);
    } catch (error) {
      dataKey.fill(0);
      removeKeyFile(keyFile);
      openWorkspace(undefined);
      if (removeCopyOnFailure) removeKeyCopy(keys);
      throw error;
    }
    state = 'locked';
    return openLocked(keys, dataKey);
  };

  /**
   * Restores a backup locked with a passphrase, into a workspace without a lock: the workspace
   * takes on the backup's lock (its key copy becomes the key file and the workspace is encrypted
   * with its data key, as when the lock is turned on), and only then is the backup restored, in
   * the usual way, so the backup's rows never reach a plain file. A wrong secret or a damaged
   * backup is found before anything changes.
   */
  const adoptBackupLock = (input: RestoreLockedBackupInput): Promise<LockedRestoreOutcome> =>
    oneAtATime(async () => {
      // The workspace may have got a lock of its own while this call waited its turn.
      if (state !== 'noPassphrase') return openServices().backups.restoreLocked(input);
      // The name matched the backup-name pattern, so it names a file in the backup folder only.
      const backupFile = join(backupFolder, input.name);
      if (!existsSync(backupFile)) throw new AppError('NOT_FOUND');
      const { keys, dataKey } = await unlockBackup(backupFolder, backupFile, input.secret);
      try {
        removeWithSidecars(prepareRestoreSource(backupFile, backupFolder, dataKey));
      } catch (error) {
        dataKey.fill(0);
        throw error;
      }
      await closeWorkspace();
      // The copy is already beside the backups, so on failure it stays: its backups need it.
      encryptWorkspace(keys, dataKey, false);
      const outcome = await openServices().backups.restore({ name: input.name, confirm: true });
      return { ...outcome, lockAdopted: true };
    });

  const openServices = (): Services => {
    if (!open) throw closedError();
    return open.services;
  };

  const mustBeUnlocked = (): KeyFile => {
    if (state === 'locked') throw new AppError('LOCKED');
    if (state === 'noPassphrase') throw new AppError('CONFLICT');
    return readKeyFile(keyFile);
  };

  const lock = {
    status: (_input: LockStatusInput) => status(),

    unlock: ({ passphrase }) =>
      oneAtATime(async () => {
        if (state !== 'locked') return status();
        const keys = readKeyFile(keyFile);
        // A wrong passphrase fails the wrap's tag check here: the database is never opened,
        // created or changed (reliability.md B5).
        return openLocked(keys, await unwrapWithPassphrase(keys, passphrase));
      }),

    unlockWithRecoveryKey: ({ recoveryKey, newPassphrase }) =>
      oneAtATime(async () => {
        if (state !== 'locked') throw new AppError('CONFLICT');
        const keys = readKeyFile(keyFile);
        const secret = parseRecoveryKey(recoveryKey);
        const dataKey = secret && (await unwrapKey(keys.recoveryKey, secret, 'recoveryKey'));
        secret?.fill(0);
        if (!dataKey) throw new AppError('WRONG_RECOVERY_KEY');
        let renewed: KeyFile;
        try {
          renewed = { ...keys, passphrase: await wrapKey(dataKey, passphraseBytes(newPassphrase), 'passphrase', kdf) };
          saveKeys(renewed);
        } catch (error) {
          dataKey.fill(0);
          throw error;
        }
        return openLocked(renewed, dataKey);
      }),

    setPassphrase: ({ passphrase }) =>
      oneAtATime(async () => {
        if (state !== 'noPassphrase') throw new AppError('CONFLICT');
        const dataKey = randomBytes(DATA_KEY_BYTES);
        const recovery = randomBytes(RECOVERY_KEY_BYTES);
        const [passphraseWrap, recoveryWrap] = await Promise.all([
          wrapKey(dataKey, passphraseBytes(passphrase), 'passphrase', kdf),
          wrapKey(dataKey, recovery, 'recoveryKey', kdf),
        ]);
        const keys: KeyFile = { ...NEW_KEY_FILE_DEFAULTS, passphrase: passphraseWrap, recoveryKey: recoveryWrap };
        await closeWorkspace();
        let unlocked: LockStatus;
        try {
          unlocked = encryptWorkspace(keys, dataKey, true);
        } catch (error) {
          recovery.fill(0);
          throw error;
        }
        try {
          return { status: unlocked, recoveryKey: formatRecoveryKey(recovery) };
        } finally {
          recovery.fill(0);
        }
      }),

    changePassphrase: ({ currentPassphrase, newPassphrase }) =>
      oneAtATime(async () => {
        const keys = mustBeUnlocked();
        const dataKey = await unwrapWithPassphrase(keys, currentPassphrase);
        try {
          const passphraseWrap = await wrapKey(dataKey, passphraseBytes(newPassphrase), 'passphrase', kdf);
          saveKeys({ ...keys, passphrase: passphraseWrap });
        } finally {
          dataKey.fill(0);
        }
        return status();
      }),

    removePassphrase: ({ passphrase }) =>
      oneAtATime(async () => {
        const keys = mustBeUnlocked();
        const dataKey = await unwrapWithPassphrase(keys, passphrase);
        await closeWorkspace();
        // Backups first, then the workspace, then the key file and its copy: until the very end
        // everything encrypted can still be opened, and a crash leaves a state the next start
        // understands. The copy stays while any of this lock's backups could not be decrypted.
        const stillEncrypted = decryptBackups(backupFolder, dataKey, log);
        try {
          if (existsSync(databaseFile)) reencryptDatabaseFile(databaseFile, dataKey, undefined);
        } catch (error) {
          openLocked(keys, dataKey);
          throw error;
        }
        dataKey.fill(0);
        state = 'noPassphrase';
        idleMinutes = null;
        try {
          if (stillEncrypted === 0) removeKeyCopy(keys);
          // Should this fail, the key file beside a plain database is removed at the next start.
          removeKeyFile(keyFile);
        } finally {
          openWorkspace(undefined);
        }
        return status();
      }),

    lockNow: (_input: LockNowInput) =>
      oneAtATime(async () => {
        if (state !== 'unlocked') return status();
        state = 'locked';
        await closeWorkspace();
        return status();
      }),

    setIdleMinutes: ({ minutes }) =>
      oneAtATime(() => {
        const keys = mustBeUnlocked();
        saveKeys({ ...keys, idleMinutes: minutes });
        idleMinutes = minutes;
        return Promise.resolve(status());
      }),
  } satisfies LockHandlers;

  return {
    lock,

    /**
     * Removes leftovers of an interrupted run and works out the state from the files: a key file
     * beside a *plain* database means turning the lock on (or off) stopped before the end, and
     * the plain database is the true one. Opens the workspace unless a passphrase is set.
     */
    start(): void {
      removeLeftovers([dirname(databaseFile), backupFolder]);
      if (hasKeyFile(keyFile) && existsSync(databaseFile) && isPlainDatabaseFile(databaseFile)) {
        log.error('Turning the passphrase lock on or off was interrupted; the workspace stays unencrypted');
        removeKeyFile(keyFile);
      }
      if (hasKeyFile(keyFile)) {
        state = 'locked';
        idleMinutes = readIdleMinutes();
      } else {
        state = 'noPassphrase';
        openWorkspace(undefined);
      }
    },

    /** The services over the open workspace; LOCKED (or "busy" while the lock changes) otherwise. */
    services(): Services {
      if (open) return open.services;
      throw closedError();
    },

    /**
     * Why the workspace cannot be used right now, or undefined when it is open: for a call that
     * was already running when the app locked and then failed on the closed database.
     */
    closedError: (): AppError | undefined => (open ? undefined : closedError()),

    /** For the backup schedule and quitting: nothing to do while the workspace is closed. */
    backUpIfChanged(): Promise<BackupInfo | undefined> {
      return open ? open.services.backups.backUpIfChanged() : Promise.resolve(undefined);
    },

    /** Closes the database at once, when the process is about to end. */
    closeNow(): void {
      open?.db.close();
      open?.key?.fill(0);
      open = undefined;
    },
  };

  function closedError(): AppError {
    return new AppError(state === 'locked' ? 'LOCKED' : 'DATABASE_BUSY');
  }

  function readIdleMinutes(): number | null {
    try {
      return readKeyFile(keyFile).idleMinutes;
    } catch {
      return null;
    }
  }
}

export type WorkspaceSession = ReturnType<typeof createWorkspaceSession>;
