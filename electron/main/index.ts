import { BrowserWindow, app, dialog, ipcMain, powerMonitor, protocol, session, shell } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { startBackupSchedule } from '../services/backups/backupSchedule';
import { createServices } from '../services/createServices';
import type { DocumentWorkers } from '../services/documents/documentWorkers';
import { createWorkspaceSession, type WorkspaceSession } from '../workspace/workspaceSession';
import { APP_HOST, APP_SCHEME, isAppUrl } from './appOrigin';
import { createElectronDialogs } from './dialogs';
import { backUpAtExit } from './backUpAtExit';
import { createDispatcher, registerIpc } from './ipc/handle';
import { createHandlers } from './ipc/handlers';
import { lockWhenAway } from './lockWhenAway';
import { createFileLogger, newErrorReference } from './log';
import { resolvePaths } from './paths';
import { serveRendererFile } from './rendererFiles';
import { startDocumentWorkers } from './startDocumentWorkers';
import { hardenApp, hardenSession } from './security';
import { createMainWindow } from './window';

// Wiring only: each piece lives in its own module.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | undefined;
let workspace: WorkspaceSession | undefined;
let documentWorkers: DocumentWorkers | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  hardenApp(app, shell);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    documentWorkers?.intake.close();
    documentWorkers?.thumbnails.close();
    workspace?.closeNow();
  });
  void app.whenReady().then(start);
}

function start(): void {
  const paths = resolvePaths(app);
  mkdirSync(paths.dataFolder, { recursive: true });
  const log = createFileLogger(paths.logFolder);
  hardenSession(session.defaultSession);
  const rendererRoot = join(__dirname, '..', 'renderer');
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    return url.host === APP_HOST ? serveRendererFile(rendererRoot, url.pathname) : new Response(null, { status: 404 });
  });

  const workers = startDocumentWorkers(join(__dirname, '..'));
  documentWorkers = workers;
  const dialogs = createElectronDialogs(dialog, () => mainWindow);
  // The workspace is opened here when no passphrase is set, and on unlocking when one is; the
  // services are built afresh over it each time (electron/workspace/workspaceSession.ts).
  const opened = createWorkspaceSession({
    databaseFile: paths.databaseFile,
    backupFolder: paths.backupFolder,
    log,
    buildServices: (db, databaseKey) =>
      createServices(db, {
        dialogs,
        documentWorkers: workers,
        backups: { folder: paths.backupFolder, databaseKey },
        // Packaged: extraResources in electron-builder.yml; from a checkout: the repository's resources/.
        fontsFolder: app.isPackaged
          ? join(process.resourcesPath, 'fonts')
          : join(__dirname, '..', '..', 'resources', 'fonts'),
      }),
  });
  try {
    opened.start();
  } catch (error) {
    const message = error instanceof AppError ? error.message : 'Appeal Bundle could not open your workspace.';
    log.error('Could not open the workspace', error);
    dialog.showErrorBox('Appeal Bundle cannot open your workspace', message);
    app.quit();
    return;
  }
  workspace = opened;

  // While locked these find nothing to back up: the schedule pauses.
  startBackupSchedule(opened, log);
  backUpAtExit(app, opened, log);
  lockWhenAway(powerMonitor, opened.lock, log);
  const dispatch = createDispatcher({
    handlers: createHandlers(() => opened.services(), opened.lock),
    isTrustedSender: (sender) => isAppUrl(sender.url),
    log,
    newReference: newErrorReference,
    workspaceClosedError: opened.closedError,
  });
  registerIpc(ipcMain, dispatch);
  mainWindow = createMainWindow(BrowserWindow, join(__dirname, '..', 'preload', 'index.cjs'));
}
