import { randomBytes } from 'node:crypto';
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

interface WorkspaceFigures {
  baseline: number;
  list: number;
  search: number;
  searchReference: number;
  open: number;
  backupMs: number;
  backupBytes: number;
  handoverMs: number;
  handoverBytes: number;
}

/** Builds the generated workspace (encrypted when `key` is given) and times the calls. */
async function measureWorkspace(key: Buffer | undefined): Promise<WorkspaceFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'appeal-bundle-workspace-bench-'));
  const db = openDatabase(join(folder, 'workspace.sqlite'), { key });
  try {
    const saves = join(folder, 'saved');
    const services = createServices(db, {
      dialogs: {
        chooseSaveLocation: ({ suggestedName }) => Promise.resolve(join(saves, suggestedName)),
        chooseFolder: () => Promise.resolve(saves),
      },
      backups: { folder: join(folder, 'backups'), databaseKey: key },
    });
    mkdirSync(saves, { recursive: true });

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
    console.log(
      `  ${key ? 'encrypted' : 'plain'} workspace made in ${ms(generated.ms)}; database ${mb(databaseBytes)} (before checkpoint)`,
    );

    const someCase = caseIds[Math.floor(caseIds.length / 2)] ?? '';
    const backup = await time(() => services.backups.create({}));
    const handover = await time(() =>
      services.handover.export({ caseId: someCase, passphrase: 'kettle banjo meadow', includeNotes: false }),
    );
    return {
      baseline: await medianOf(() => db.prepare('SELECT count(*) FROM cases').pluck().get()),
      list: await medianOf(() => services.cases.list({})),
      search: await medianOf(() => services.cases.list({ search: 'Kent' })),
      searchReference: await medianOf(() => services.cases.list({ search: 'EH150' })),
      open: await medianOf(() => {
        services.cases.get({ id: someCase });
        services.documents.list({ caseId: someCase });
      }),
      backupMs: backup.ms,
      backupBytes: backup.result.sizeBytes,
      handoverMs: handover.ms,
      handoverBytes: handover.result.saved ? handover.result.sizeBytes : 0,
    };
  } finally {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function runWorkspaceBench(): Promise<void> {
  console.log(
    `Generating ${String(CASES)} cases with ${String(DOCUMENTS_PER_CASE)} documents each, plain and encrypted…`,
  );
  const plain = await measureWorkspace(undefined);
  // The passphrase lock's whole-file encryption (a random 256-bit data key), same workload.
  const locked = await measureWorkspace(randomBytes(32));

  const target = (value: number, limit: number) => `< ${String(limit)} ms: ${value < limit ? 'met' : 'NOT met'}`;
  const row = (label: string, a: number, b: number, format: (n: number) => string, note = '') =>
    console.log(
      `  ${label.padEnd(44)} ${format(a).padStart(10)} ${format(b).padStart(10)} ${`×${(b / a).toFixed(2)}`.padStart(7)}  ${note}`,
    );
  console.log(`Workspace (median of ${String(RUNS)} calls in the main process; ratio = encrypted / plain)`);
  console.log(`  ${''.padEnd(44)} ${'plain'.padStart(10)} ${'encrypted'.padStart(10)} ${'ratio'.padStart(7)}`);
  row('baseline: SELECT count(*) FROM cases', plain.baseline, locked.baseline, ms);
  row('workspace list (200 cases)', plain.list, locked.list, ms, target(Math.max(plain.list, locked.list), 100));
  row(
    'search by council ("Kent")',
    plain.search,
    locked.search,
    ms,
    target(Math.max(plain.search, locked.search), 100),
  );
  row(
    'search by Tribunal reference ("EH150")',
    plain.searchReference,
    locked.searchReference,
    ms,
    target(Math.max(plain.searchReference, locked.searchReference), 100),
  );
  row(
    'open a case (cases.get + documents.list)',
    plain.open,
    locked.open,
    ms,
    target(Math.max(plain.open, locked.open), 200),
  );
  row('full backup (online backup / VACUUM INTO)', plain.backupMs, locked.backupMs, ms);
  row('full backup size', plain.backupBytes, locked.backupBytes, mb);
  row('handover export of one case (30 documents)', plain.handoverMs, locked.handoverMs, ms, 'includes scrypt N=2^17');
  row('handover file size', plain.handoverBytes, locked.handoverBytes, mb);
}
