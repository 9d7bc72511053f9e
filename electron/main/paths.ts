import type { App } from 'electron';
import { join } from 'node:path';

export interface AppPaths {
  dataFolder: string;
  databaseFile: string;
  logFolder: string;
  /** Backups live beside the data folder, not in it, so damage to one leaves the other (reliability.md A2.4). */
  backupFolder: string;
}

/**
 * Where the workspace lives. Tests and the Electron end-to-end spec point the app at a temporary
 * folder with APPEAL_BUNDLE_DATA_DIR; a packaged app ignores it, so it always uses its own folder.
 */
export function resolvePaths(app: App): AppPaths {
  const override = process.env.APPEAL_BUNDLE_DATA_DIR;
  const dataFolder = !app.isPackaged && override ? override : app.getPath('userData');
  return {
    dataFolder,
    databaseFile: join(dataFolder, 'workspace.sqlite'),
    logFolder: join(dataFolder, 'logs'),
    backupFolder:
      !app.isPackaged && override
        ? (process.env.APPEAL_BUNDLE_BACKUP_DIR ?? join(dataFolder, 'backups'))
        : join(app.getPath('appData'), 'Appeal Bundle Backups'),
  };
}
