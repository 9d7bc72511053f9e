import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createFileLogger } from '../../../electron/main/log';
import { createServices } from '../../../electron/services/createServices';
import type { DocumentWorkers } from '../../../electron/services/documents/documentWorkers';
import { keyFileFor } from '../../../electron/workspace/keyFile';
import type { KdfParameters } from '../../../electron/workspace/keyWrapping';
import { createWorkspaceSession, type WorkspaceSession } from '../../../electron/workspace/workspaceSession';
import { useTempFolder } from '../../helpers/tempFolder';

/** scrypt at its smallest allowed cost, so tests that do not measure the KDF stay quick. */
export const QUICK_KDF: KdfParameters = { N: 2 ** 14, r: 8, p: 1 };

export const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * A real workspace in a temp folder (data folder, a separate backup folder and an exports
 * folder for files the person saves), opened through the same session as the app. `session()`
 * starts a new session over the same files, as a restart of the app would.
 */
export function useLockWorkspace(options: { kdf?: KdfParameters; documentWorkers?: () => DocumentWorkers } = {}) {
  const folder = useTempFolder();
  const sessions: WorkspaceSession[] = [];
  afterEach(() => {
    for (const session of sessions.splice(0)) session.closeNow();
  });
  return () => {
    const dataFolder = join(folder(), 'data');
    const backupFolder = join(folder(), 'backups');
    const exportsFolder = join(folder(), 'exports');
    for (const path of [dataFolder, exportsFolder]) mkdirSync(path, { recursive: true });
    const databaseFile = join(dataFolder, 'workspace.sqlite');
    const log = createFileLogger(join(dataFolder, 'logs'));
    const dialogs = {
      chooseSaveLocation: ({ suggestedName }: { suggestedName: string }) =>
        Promise.resolve(join(exportsFolder, suggestedName)),
      chooseFolder: () => Promise.resolve(exportsFolder),
    };
    let tick = 0;
    const now = () => new Date(Date.UTC(2026, 10, 23, 9, 0, tick++)).toISOString();
    const session = (): WorkspaceSession => {
      const opened = createWorkspaceSession({
        databaseFile,
        backupFolder,
        log,
        kdf: options.kdf ?? QUICK_KDF,
        buildServices: (db, databaseKey) =>
          createServices(db, {
            dialogs,
            now,
            today: () => '2026-11-23',
            documentWorkers: options.documentWorkers?.(),
            backups: { folder: backupFolder, databaseKey },
          }),
      });
      opened.start();
      sessions.push(opened);
      return opened;
    };
    return { dataFolder, backupFolder, exportsFolder, databaseFile, keyFile: keyFileFor(databaseFile), session };
  };
}
