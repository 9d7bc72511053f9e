import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/api/errors';
import { createDispatcher } from '../../electron/main/ipc/handle';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { createFileLogger, newErrorReference } from '../../electron/main/log';
import { serveRendererFile } from '../../electron/main/rendererFiles';
import { startBackupSchedule } from '../../electron/services/backups/backupSchedule';
import { createServices } from '../../electron/services/createServices';
import { createWorkspaceSession } from '../../electron/workspace/workspaceSession';
import { forkNodeWorker } from '../../electron/pdf/intake/forkNodeWorker';
import { createIntakeRunner } from '../../electron/pdf/intake/intakeRunner';
import { createThumbnailRunner } from '../../electron/pdf/thumbnails/thumbnailRunner';
import { MAX_IMPORT_BYTES } from '../../shared/api/schemas';
import { decodeJson, encodeJson } from './bytesJson';
import { createHarnessDialogs } from './harnessDialogs';

// The browser harness: the built renderer in an ordinary browser, with `window.api` backed by
// the same main-process services and the same dispatcher (sender check, validation, Result) as
// in Electron. It listens on 127.0.0.1 only and every request must carry the random token
// (set as a same-site cookie by the /open link printed below).

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '..', 'renderer');
const apiScript = readFileSync(join(here, 'api.js'));
const dataFolder = process.env.APPEAL_BUNDLE_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'appeal-bundle-'));
mkdirSync(dataFolder, { recursive: true });
const token = randomBytes(24).toString('hex');
// Room for the largest importable file as base64 (4 characters per 3 bytes) and the JSON around it.
const MAX_BODY = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 1024 * 1024;

const log = createFileLogger(join(dataFolder, 'logs'));
let origin = '';
// The same built worker files the app uses (out/intake/), started with child_process.fork here.
const workersFolder = join(here, '..', 'intake');
const documentWorkers = {
  intake: createIntakeRunner({ spawn: forkNodeWorker(join(workersFolder, 'intakeWorker.mjs')) }),
  thumbnails: createThumbnailRunner({ spawn: forkNodeWorker(join(workersFolder, 'thumbnailWorker.mjs')) }),
};
// Backups go to APPEAL_BUNDLE_BACKUP_DIR when set, else a `backups` folder inside the temporary
// workspace folder, so a test run cleans them up with everything else.
const backupFolder = process.env.APPEAL_BUNDLE_BACKUP_DIR ?? join(dataFolder, 'backups');
const dialogs = createHarnessDialogs(dataFolder);
// The same workspace session as in Electron: the passphrase lock works here too.
const workspace = createWorkspaceSession({
  databaseFile: join(dataFolder, 'workspace.sqlite'),
  backupFolder,
  log,
  buildServices: (db, databaseKey) =>
    createServices(db, {
      dialogs,
      documentWorkers,
      backups: { folder: backupFolder, databaseKey },
      // out/harness/server.mjs → the repository's resources/fonts.
      fontsFolder: join(here, '..', '..', 'resources', 'fonts'),
    }),
});
try {
  workspace.start();
} catch (error) {
  console.error(error instanceof AppError ? error.message : 'The workspace could not be opened.');
  process.exit(1);
}
// Browser tests shorten the 30-minute schedule to see an automatic backup fail.
const backupEvery = Number(process.env.APPEAL_BUNDLE_BACKUP_INTERVAL_MS ?? '') || undefined;
const stopBackupSchedule = startBackupSchedule(workspace, log, backupEvery);
const dispatch = createDispatcher({
  handlers: createHandlers(() => workspace.services(), workspace.lock),
  isTrustedSender: (sender) => sender.url === origin,
  log,
  newReference: newErrorReference,
  workspaceClosedError: workspace.closedError,
});

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    log.error('Harness request failed', error);
    if (!response.headersSent) response.writeHead(500).end();
  });
});

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  // Refuse other host names (DNS rebinding) and anything without the token cookie.
  if (request.headers.host !== new URL(origin).host) return void response.writeHead(403).end();
  const url = new URL(request.url ?? '/', origin);
  if (url.pathname === '/open') {
    if (!sameSecret(url.searchParams.get('token') ?? '', token)) return void response.writeHead(403).end();
    response.writeHead(302, { 'Set-Cookie': `harness=${token}; HttpOnly; SameSite=Strict; Path=/`, Location: '/' });
    return void response.end();
  }
  if (!sameSecret(readCookie(request, 'harness'), token)) {
    response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
    return void response.end('Open the link printed in the terminal where you ran npm run dev:browser.');
  }
  if (url.pathname.startsWith('/api/') && request.method === 'POST') return answerApiCall(request, response, url);
  if (url.pathname === '/__harness/api.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
    return void response.end(apiScript);
  }
  const page = await serveRendererFile(rendererRoot, url.pathname);
  let body = Buffer.from(await page.arrayBuffer());
  if (page.headers.get('Content-Type')?.startsWith('text/html')) {
    // The init script must run before the app's module script, as the preload does in Electron.
    body = Buffer.from(body.toString('utf8').replace('<head>', '<head><script src="/__harness/api.js"></script>'));
  }
  response.writeHead(page.status, Object.fromEntries(page.headers));
  response.end(body);
}

async function answerApiCall(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  if (request.headers.origin !== origin || !request.headers['content-type']?.startsWith('application/json')) {
    return void response.writeHead(403).end();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return void response.writeHead(413).end();
    chunks.push(chunk);
  }
  let input: unknown;
  try {
    input = decodeJson(Buffer.concat(chunks).toString('utf8'));
  } catch {
    input = undefined;
  }
  const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
  const result = await dispatch(channel, input, { url: origin });
  response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  response.end(encodeJson(result));
}

function readCookie(request: IncomingMessage, name: string): string {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return '';
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const port = Number(process.env.PORT ?? 0);
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  origin = `http://127.0.0.1:${String(actualPort)}`;
  console.log(`Appeal Bundle is running in your browser harness.`);
  console.log(`Workspace folder: ${dataFolder}`);
  console.log(`Open: ${origin}/open?token=${token}`);
});

const stop = () => {
  stopBackupSchedule();
  server.close();
  documentWorkers.intake.close();
  documentWorkers.thumbnails.close();
  workspace.closeNow();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
