import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/db/openDatabase';
import { createServices } from '../../electron/services/createServices';
import { createDocumentSeeder } from '../electron/services/handoverSeed';

// Issue 7's benchmark: a workspace of 200 cases with 30 documents each (small generated PDFs
// written straight into the tables), then the main-process calls a person waits for, timed beside
// a baseline from the same run: the cheapest possible query round trip.

const CASES = 200;
const DOCUMENTS_PER_CASE = 30;
const RUNS = 20;
const COUNCILS = ['Leeds City Council', 'Kent County Council', 'Bristol City Council', 'Cornwall Council'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const ms = (value: number) => `${value.toFixed(2)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function time<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

async function medianOf(work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await time(work)).ms);
  return median(times);
}

export async function runWorkspaceBench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'appeal-bundle-workspace-bench-'));
  const db = openDatabase(join(folder, 'workspace.sqlite'));
  try {
    const saves = join(folder, 'saved');
    const services = createServices(db, {
      dialogs: {
        chooseSaveLocation: ({ suggestedName }) => Promise.resolve(join(saves, suggestedName)),
        chooseFolder: () => Promise.resolve(saves),
      },
      backups: { folder: join(folder, 'backups') },
    });
    mkdirSync(saves, { recursive: true });

    console.log(`Generating ${String(CASES)} cases with ${String(DOCUMENTS_PER_CASE)} documents each…`);
    const addDocument = createDocumentSeeder(db);
    const generated = await time(() =>
      db.transaction(() => {
        const ids: string[] = [];
        for (let c = 0; c < CASES; c++) {
          const appeal = services.cases.create({ name: `Child ${String(c).padStart(3, '0')}` });
          services.cases.updateDetails({
            id: appeal.id,
            council: COUNCILS[c % COUNCILS.length],
            tribunalReference: `EH${String(100 + (c % 800))}/26/${String(c).padStart(5, '0')}`,
          });
          const now = new Date().toISOString();
          for (let d = 0; d < DOCUMENTS_PER_CASE; d++)
            addDocument(appeal.id, `Case ${String(c)} document ${String(d)}`, d, now);
          ids.push(appeal.id);
        }
        return ids;
      })(),
    );
    const caseIds = generated.result;
    const databaseBytes = statSync(join(folder, 'workspace.sqlite')).size;
    console.log(`  made in ${ms(generated.ms)}; database ${mb(databaseBytes)} (before checkpoint)`);

    const someCase = caseIds[Math.floor(caseIds.length / 2)] ?? '';
    const baseline = await medianOf(() => db.prepare('SELECT count(*) FROM cases').pluck().get());
    const list = await medianOf(() => services.cases.list({}));
    const search = await medianOf(() => services.cases.list({ search: 'Kent' }));
    const searchReference = await medianOf(() => services.cases.list({ search: 'EH150' }));
    const open = await medianOf(() => {
      services.cases.get({ id: someCase });
      services.documents.list({ caseId: someCase });
    });
    const backup = await time(() => services.backups.create({}));
    const handover = await time(() =>
      services.handover.export({ caseId: someCase, passphrase: 'kettle banjo meadow', includeNotes: false }),
    );
    const handoverBytes = handover.result.saved ? handover.result.sizeBytes : 0;

    const row = (label: string, value: string, target = '') =>
      console.log(`  ${label.padEnd(44)} ${value.padStart(12)}  ${target}`);
    console.log(`Workspace (median of ${String(RUNS)} calls in the main process)`);
    row('baseline: SELECT count(*) FROM cases', ms(baseline));
    row('workspace list (200 cases)', ms(list), `target < 100 ms: ${list < 100 ? 'met' : 'NOT met'}`);
    row('search by council ("Kent")', ms(search), `target < 100 ms: ${search < 100 ? 'met' : 'NOT met'}`);
    row(
      'search by Tribunal reference ("EH150")',
      ms(searchReference),
      `target < 100 ms: ${searchReference < 100 ? 'met' : 'NOT met'}`,
    );
    row('open a case (cases.get + documents.list)', ms(open), `target < 200 ms: ${open < 200 ? 'met' : 'NOT met'}`);
    row('full backup (online backup API)', ms(backup.ms), `size ${mb(backup.result.sizeBytes)}`);
    row(
      'handover export of one case (30 documents)',
      ms(handover.ms),
      `size ${mb(handoverBytes)}, includes scrypt N=2^17`,
    );
  } finally {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
