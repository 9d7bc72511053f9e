import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/db/openDatabase';
import { forkNodeWorker } from '../../electron/pdf/intake/forkNodeWorker';
import { createIntakeRunner } from '../../electron/pdf/intake/intakeRunner';
import { createThumbnailRunner } from '../../electron/pdf/thumbnails/thumbnailRunner';
import { createServices } from '../../electron/services/createServices';
import { writeDocumentsCorpus, type CorpusFile } from './documentsCorpus';

// npm run bench: imports issue 4's generated corpus through the real documents service and the
// real intake worker (the built out/intake/intakeWorker.mjs), and prints the figures with a
// baseline measured in the same run: reading the same bytes from disk and hashing them (SHA-256),
// the least any import must do.

const MB = 1024 * 1024;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number) => `${ms.toFixed(1)} ms`;
const fileSize = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

function baseline(files: CorpusFile[]): { totalMs: number; photoMedianMs: number; pdfMedianMs: number } {
  const times: { kind: CorpusFile['kind']; ms: number }[] = [];
  const started = performance.now();
  for (const file of files) {
    const t0 = performance.now();
    createHash('sha256').update(readFileSync(file.path)).digest('hex');
    times.push({ kind: file.kind, ms: performance.now() - t0 });
  }
  return {
    totalMs: performance.now() - started,
    photoMedianMs: median(times.filter((t) => t.kind === 'photo').map((t) => t.ms)),
    pdfMedianMs: median(times.filter((t) => t.kind === 'pdf').map((t) => t.ms)),
  };
}

export async function runDocumentsBench(workersFolder: string): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'appeal-bundle-bench-'));
  try {
    const corpusFolder = join(folder, 'corpus');
    mkdirSync(corpusFolder);
    console.log('Generating the corpus…');
    const generated = performance.now();
    const files = await writeDocumentsCorpus(corpusFolder);
    const pdfPages = files.filter((f) => f.kind === 'pdf').reduce((n, f) => n + f.pages, 0);
    const corpusBytes = files.reduce((n, f) => n + fileSize(f.path), 0);
    console.log(
      `  ${String(files.length)} files (${String(files.filter((f) => f.kind === 'pdf').length)} PDFs with ${String(pdfPages)} pages, ${String(files.filter((f) => f.kind === 'photo').length)} photos), ${(corpusBytes / MB).toFixed(0)} MB, made in ${seconds(performance.now() - generated)}`,
    );

    const databaseFile = join(folder, 'workspace.sqlite');
    const db = openDatabase(databaseFile);
    const intake = createIntakeRunner({ spawn: forkNodeWorker(join(workersFolder, 'intakeWorker.mjs')) });
    const thumbnails = createThumbnailRunner({ spawn: forkNodeWorker(join(workersFolder, 'thumbnailWorker.mjs')) });
    const services = createServices(db, {
      dialogs: {
        chooseSaveLocation: () => Promise.resolve(undefined),
        chooseFolder: () => Promise.resolve(undefined),
      },
      documentWorkers: { intake, thumbnails },
    });
    const appeal = services.cases.create({ name: 'Benchmark' });
    db.pragma('wal_checkpoint(TRUNCATE)');
    const dbBefore = fileSize(databaseFile) + fileSize(`${databaseFile}-wal`);

    // Warm the worker (process start, pdf.js and sharp loading) so the per-file figures are steady.
    await intake.intake(readFileSync(files[0]?.path ?? ''), 'warm-up.pdf');
    (globalThis as { gc?: () => void }).gc?.();
    const rssBefore = process.memoryUsage.rss();
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    }, 50);

    const times: { kind: CorpusFile['kind']; ms: number; outcome: string }[] = [];
    const started = performance.now();
    for (const file of files) {
      const t0 = performance.now();
      const bytes = new Uint8Array(readFileSync(file.path));
      const outcome = await services.documents.import({ caseId: appeal.id, fileName: file.fileName, bytes });
      times.push({ kind: file.kind, ms: performance.now() - t0, outcome: outcome.kind });
      rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    }
    const wallMs = performance.now() - started;
    clearInterval(sampler);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const dbAfter = fileSize(databaseFile) + fileSize(`${databaseFile}-wal`);
    const storedPages = services.documents.list({ caseId: appeal.id }).reduce((n, d) => n + d.pageCount, 0);
    const notImported = times.filter((t) => t.outcome !== 'imported');

    const base = baseline(files);
    const photoMedian = median(times.filter((t) => t.kind === 'photo').map((t) => t.ms));
    const pdfMedian = median(times.filter((t) => t.kind === 'pdf').map((t) => t.ms));
    const mainGrowth = (rssPeak - rssBefore) / MB;
    const workerPeak = intake.peakRssBytes() / MB;
    const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');

    console.log('\nDocuments import benchmark (one file at a time, as the app does)');
    console.log(
      `  imported              ${String(times.length - notImported.length)} of ${String(times.length)} files, ${String(storedPages)} pages stored${notImported.length ? ` (not imported: ${notImported.map((t) => t.outcome).join(', ')})` : ''}`,
    );
    console.log(
      `  wall time             ${seconds(wallMs)}   baseline (read + SHA-256) ${seconds(base.totalMs)}   target < 60 s: ${verdict(wallMs < 60_000)}`,
    );
    console.log(
      `  photo median          ${seconds(photoMedian)}   baseline ${millis(base.photoMedianMs)}   target < 0.5 s: ${verdict(photoMedian < 500)}`,
    );
    console.log(`  PDF median            ${seconds(pdfMedian)}   baseline ${millis(base.pdfMedianMs)}`);
    console.log(
      `  main process RSS      ${(rssBefore / MB).toFixed(0)} MB before, peak ${(rssPeak / MB).toFixed(0)} MB: grew ${mainGrowth.toFixed(0)} MB   target < 200 MB: ${verdict(mainGrowth < 200)}`,
    );
    console.log(
      `  intake worker RSS     peak ${workerPeak.toFixed(0)} MB   target < 1.5 GB: ${verdict(workerPeak < 1536)}   (worker restarts: ${String(intake.restartCount())})`,
    );
    console.log(
      `  database growth       ${((dbAfter - dbBefore) / MB).toFixed(1)} MB for ${(corpusBytes / MB).toFixed(1)} MB of files (originals are kept, plus upright pages of photos)`,
    );
    intake.close();
    thumbnails.close();
    db.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
