import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forkNodeWorker } from '../../../electron/pdf/intake/forkNodeWorker';
import { createIntakeRunner } from '../../../electron/pdf/intake/intakeRunner';
import { createThumbnailRunner } from '../../../electron/pdf/thumbnails/thumbnailRunner';
import type { DocumentWorkers } from '../../../electron/services/documents/documentWorkers';
import { DEFAULT_KDF } from '../../../electron/workspace/keyWrapping';
import { intakeWorkerExternals } from '../../fixtures/buildIntakeWorker';
import { buildPdf } from '../../fixtures/pdfFixtures';
import { useLockWorkspace } from './lockWorkspace';

// Issue 7, "Lock" test (reliability.md B5): with a passphrase set, a canary child name written
// through the app is found in plain text (UTF-8, UTF-16LE or UTF-16BE) in no file the app wrote:
// database, WAL, backups, temp files, logs and the handover file. The same journey without a
// passphrase is the control: there the scan must find the name, or it proves nothing.

const CANARY = 'Zephyrine Quillfeather';
const NEEDLES = [Buffer.from(CANARY, 'utf8'), Buffer.from(CANARY, 'utf16le'), Buffer.from(CANARY, 'utf16le').swap16()];

const outDir = resolve('node_modules/.cache/lock-canary-workers');
let workers: DocumentWorkers | undefined;

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  const compile = async (entry: string, name: string) => {
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
  };
  const [intake, thumbnails] = await Promise.all([
    compile('electron/pdf/intake/intakeWorker.ts', 'intakeWorker'),
    compile('electron/pdf/thumbnails/thumbnailWorker.ts', 'thumbnailWorker'),
  ]);
  workers = {
    intake: createIntakeRunner({ spawn: forkNodeWorker(intake) }),
    thumbnails: createThumbnailRunner({ spawn: forkNodeWorker(thumbnails) }),
  };
});
afterAll(() => {
  workers?.intake.close();
  workers?.thumbnails.close();
});

// The real scrypt cost, as the app uses it.
const workspace = useLockWorkspace({
  kdf: DEFAULT_KDF,
  documentWorkers: () => {
    if (!workers) throw new Error('the document workers did not start');
    return workers;
  },
});

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

function filesContainingCanary(files: string[]): string[] {
  return files.filter((file) => {
    // A file that went between listing and reading (a temp file, say) holds nothing any more.
    const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    return NEEDLES.some((needle) => bytes.includes(needle));
  });
}

/**
 * The whole journey through the app's services: a case named after the canary, with its council,
 * a session note, a document (its title and its text), submission answers, a backup and a
 * handover file. Returns every file the app may have written, scanned with the app still open
 * (WAL and all) and again after it locks or closes.
 */
async function writeCanaryEverywhere(withLock: boolean) {
  const tempBefore = new Set(readdirSync(tmpdir()));
  const w = workspace();
  const session = w.session();
  if (withLock) await session.lock.setPassphrase({ passphrase: 'kettle banjo meadow' });
  const services = session.services();
  const appeal = services.cases.create({ name: CANARY });
  services.cases.updateDetails({ id: appeal.id, council: `${CANARY} Borough Council` });
  services.notes.create({ caseId: appeal.id, body: `Met ${CANARY} and her mother at school.` });
  const outcome = await services.documents.import({
    caseId: appeal.id,
    fileName: 'EP report.pdf',
    bytes: await buildPdf(CANARY, [{}, {}]),
  });
  if (outcome.kind !== 'imported') throw new Error(`import failed: ${outcome.kind}`);
  services.documents.update({
    id: outcome.document.id,
    title: `Educational psychologist report on ${CANARY}`,
    documentDate: '2026-03-14',
    author: null,
    category: null,
    notes: `Written after observing ${CANARY} in class.`,
  });
  services.submissions.saveAnswers({ caseId: appeal.id, answers: { child: { firstName: CANARY } } });
  await services.backups.create({});
  const handover = await services.handover.export({
    caseId: appeal.id,
    passphrase: 'a different passphrase',
    includeNotes: true,
  });
  if (!handover.saved) throw new Error('the handover file was not saved');

  const written = () => [
    ...filesUnder(w.dataFolder),
    ...filesUnder(w.backupFolder),
    ...filesUnder(join(w.exportsFolder, handover.fileName)),
    ...[...readdirSync(tmpdir())]
      .filter((name) => !tempBefore.has(name))
      .flatMap((name) => filesUnder(join(tmpdir(), name))),
  ];
  // Each scan reads the files as they are at that moment (the WAL goes when the database closes).
  const scan = () => {
    const files = written();
    return { files, withCanary: filesContainingCanary(files) };
  };
  const whileOpen = scan();
  if (withLock) await session.lock.lockNow({});
  else session.closeNow();
  return { whileOpen, afterClosing: scan(), w };
}

describe('passphrase lock: the canary child name at rest', () => {
  it('is found in no file the app wrote when the lock is on', async () => {
    const { whileOpen, afterClosing, w } = await writeCanaryEverywhere(true);
    // The scan covered the database, its WAL, the backups, the log folder and the handover file.
    expect(whileOpen.files.some((file) => file.endsWith('workspace.sqlite-wal'))).toBe(true);
    expect(afterClosing.files.filter((file) => file.startsWith(w.backupFolder)).length).toBeGreaterThanOrEqual(2);
    expect(afterClosing.files.some((file) => file.endsWith('.appealcase'))).toBe(true);
    expect(whileOpen.withCanary).toEqual([]);
    expect(afterClosing.withCanary).toEqual([]);
  }, 120_000);

  it('control: the same scan finds it when no passphrase is set', async () => {
    const { whileOpen, afterClosing, w } = await writeCanaryEverywhere(false);
    const found = [...new Set([...whileOpen.withCanary, ...afterClosing.withCanary])];
    expect(found).toContain(w.databaseFile);
    expect(found.some((file) => file.startsWith(w.backupFolder))).toBe(true);
    // The handover file is encrypted with its own passphrase either way.
    expect(found.some((file) => file.endsWith('.appealcase'))).toBe(false);
  }, 120_000);
});
