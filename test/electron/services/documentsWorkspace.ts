import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/openDatabase';
import { forkNodeWorker } from '../../../electron/pdf/intake/forkNodeWorker';
import { createIntakeRunner } from '../../../electron/pdf/intake/intakeRunner';
import { createThumbnailRunner } from '../../../electron/pdf/thumbnails/thumbnailRunner';
import { createServices } from '../../../electron/services/createServices';
import type { DocumentWorkers } from '../../../electron/services/documents/documentWorkers';
import { intakeWorkerExternals } from '../../fixtures/buildIntakeWorker';
import { useTempFolder } from '../../helpers/tempFolder';

// The documents service over a real SQLite file with the real intake and thumbnail workers,
// compiled the way the app build compiles them. Built into a folder of its own so this file's
// tests never race other test files that compile the intake worker at the same time.
const outDir = resolve('node_modules/.cache/documents-workers');

async function compile(entry: string, name: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: intakeWorkerExternals,
    logLevel: 'silent',
  });
  return outfile;
}

export function useDocumentsWorkspace() {
  const folder = useTempFolder();
  let workers: DocumentWorkers | undefined;
  const open: Db[] = [];
  beforeAll(async () => {
    const [intakePath, thumbnailPath] = await Promise.all([
      compile('electron/pdf/intake/intakeWorker.ts', 'intakeWorker'),
      compile('electron/pdf/thumbnails/thumbnailWorker.ts', 'thumbnailWorker'),
    ]);
    workers = {
      intake: createIntakeRunner({ spawn: forkNodeWorker(intakePath) }),
      thumbnails: createThumbnailRunner({ spawn: forkNodeWorker(thumbnailPath) }),
    };
  });
  afterAll(() => {
    workers?.intake.close();
    workers?.thumbnails.close();
  });
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
  });
  return () => {
    const db = openDatabase(join(folder(), 'workspace.sqlite'));
    open.push(db);
    let tick = 0;
    const now = () => new Date(Date.UTC(2026, 10, 23, 9, 0, tick++)).toISOString();
    const dialogs = {
      chooseSaveLocation: () => Promise.resolve(undefined),
      chooseFolder: () => Promise.resolve(undefined),
    };
    const services = createServices(db, { now, dialogs, today: () => '2026-11-23', documentWorkers: workers });
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { db, services, count, folder };
  };
}
