import type { App } from 'electron';
import { join } from 'node:path';

export interface AppPaths {
  dataFolder: string;
  databaseFile: string;
  logFolder: string;
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
  };
}
