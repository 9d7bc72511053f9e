import { BrowserWindow, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { openDatabase, type Db } from '../db/openDatabase';
import { startBackupSchedule } from '../services/backups/backupSchedule';
import { createServices } from '../services/createServices';
import type { DocumentWorkers } from '../services/documents/documentWorkers';
import { APP_HOST, APP_SCHEME, isAppUrl } from './appOrigin';
import { createElectronDialogs } from './dialogs';
import { backUpAtExit } from './backUpAtExit';
import { createDispatcher, registerIpc } from './ipc/handle';
import { createHandlers } from './ipc/handlers';
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
let db: Db | undefined;
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
    db?.close();
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

  try {
    db = openDatabase(paths.databaseFile);
  } catch (error) {
    const message = error instanceof AppError ? error.message : 'Appeal Bundle could not open your workspace.';
    log.error('Could not open the workspace', error);
    dialog.showErrorBox('Appeal Bundle cannot open your workspace', message);
    app.quit();
    return;
  }

  documentWorkers = startDocumentWorkers(join(__dirname, '..'));
  const services = createServices(db, {
    dialogs: createElectronDialogs(dialog, () => mainWindow),
    documentWorkers,
    backups: { folder: paths.backupFolder },
  });
  startBackupSchedule(services.backups, log);
  backUpAtExit(app, services.backups, log);
  const dispatch = createDispatcher({
    handlers: createHandlers(services),
    isTrustedSender: (sender) => isAppUrl(sender.url),
    log,
    newReference: newErrorReference,
  });
  registerIpc(ipcMain, dispatch);
  mainWindow = createMainWindow(BrowserWindow, join(__dirname, '..', 'preload', 'index.cjs'));
}
