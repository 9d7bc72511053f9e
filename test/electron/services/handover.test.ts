import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/openDatabase';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { discoverCaseGraph } from '../../../electron/services/handover/caseGraph';
import { blobsOfCase, copyBlobs, copyCaseRows } from '../../../electron/services/handover/copyCaseRows';
import { openHandover, sealHandover } from '../../../electron/services/handover/handoverCrypto';
import { createHandoverService } from '../../../electron/services/handover/handoverService';
import { AppError } from '../../../shared/api/errors';
import type { HandoverImportOutcome } from '../../../shared/api/types';
import type { SubmissionAnswers } from '../../../shared/submissions/submissionAnswersSchema';
import { useTempFolder } from '../../helpers/tempFolder';
import { blobHashes, dumpCase, useComputers } from './handoverWorkspaces';

const computer = useComputers();
const scratch = useTempFolder();
const PASSPHRASE = 'kettle banjo meadow';
const NOTE = 'Mum is worried about the transport to school.';

/** An adviser's computer with one case that has something in every table. */
function adviserWithCase() {
  const adviser = computer('adviser');
  const { services } = adviser;
  const maya = services.cases.create({ name: 'Maya Canary' });
  services.cases.saveFacts({
    id: maya.id,
    facts: { decisionType: 'refusalToAssess', decisionDate: '2026-10-01', dateOfBirth: '2015-05-04' },
  });
  services.cases.updateDetails({ id: maya.id, council: 'Leeds City Council', tribunalReference: 'EH383/26/00012' });
  services.timeline.setDate({ caseId: maya.id, kind: 'hearing', date: '2027-03-01', note: 'By video' });
  services.timeline.setDate({ caseId: maya.id, kind: 'finalEvidence', date: '2027-02-01', note: '' });
  services.notes.create({ caseId: maya.id, body: NOTE });
  const docs = ['EP report', 'EHC plan', 'Decision letter'].map((title, i) =>
    adviser.addDocument(maya.id, title, i, adviser.now()),
  );
  // A second case on the same computer that must not travel with Maya's.
  const sam = services.cases.create({ name: 'Sam' });
  adviser.addDocument(sam.id, 'Sam only', 0, adviser.now());
  // The bundle's settings and export history, which refer to documents by id (one inside JSON).
  adviser.db.prepare('INSERT INTO bundle_options VALUES (?, 1, 0, 10000000, ?)').run(maya.id, adviser.now());
  adviser.db.prepare('INSERT INTO bundle_orders VALUES (?, ?, ?, 0)').run(maya.id, docs[0], 'C');
  adviser.db
    .prepare("INSERT INTO exports VALUES ('9d0e0b9a-1a52-4c5f-9f59-0c6b8e0d2a11', ?, 'bundle', ?, 0, 3, ?)")
    .run(maya.id, adviser.now(), JSON.stringify(docs));
  // The written-submission answers (citing a document by id, inside JSON) and their export history.
  services.submissions.saveAnswers({ caseId: maya.id, answers: submissionAnswersCiting(docs[0] ?? '') });
  adviser.db
    .prepare("INSERT INTO submission_exports VALUES (?, ?, ?, 'pdf', 'Appeal documents - Maya Canary - 2026-11-23')")
    .run(SUBMISSION_EXPORT_ID, maya.id, adviser.now());
  adviser.db
    .prepare("INSERT INTO submission_export_files VALUES (?, 0, 'reasonsForAppeal', 'reasons-for-appeal.pdf', ?, 1234)")
    .run(SUBMISSION_EXPORT_ID, 'b'.repeat(64));
  return { ...adviser, caseId: maya.id, docs };
}

const SUBMISSION_EXPORT_ID = '5b7c2f8e-3d41-4a9b-8c2e-1f6a7d9e0b33';

const submissionAnswersCiting = (documentId: string): SubmissionAnswers => ({
  child: { firstName: 'Maya', lastName: 'Canary' },
  generalReasons: { reasons: 'Maya may have special educational needs.', evidence: [{ documentId, page: 1 }] },
});

async function exportCase(
  source: ReturnType<typeof adviserWithCase>,
  includeNotes: boolean,
  passphrase = PASSPHRASE,
): Promise<Buffer> {
  const outcome = await source.services.handover.export({ caseId: source.caseId, passphrase, includeNotes });
  if (!outcome.saved) throw new Error('not saved');
  expect(outcome.fileName).toMatch(/\.appealcase$/);
  return readFileSync(join(source.downloads, outcome.fileName));
}

const imported = (outcome: HandoverImportOutcome) => {
  if (outcome.kind !== 'imported') throw new Error(`expected imported, got ${outcome.kind}`);
  return outcome;
};

async function expectRefused(run: Promise<unknown>, code: string) {
  const error: unknown = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

const WORKSPACE_FILES = ['workspace.sqlite', 'workspace.sqlite-shm', 'workspace.sqlite-wal'];

/** Every file below a folder, as sorted relative paths. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

describe('handover file', () => {
  it('round trip into a fresh workspace: every answer, date, document row and blob hash identical, notes when chosen', async () => {
    const adviser = adviserWithCase();
    const file = await exportCase(adviser, true);
    const family = computer('family');
    const outcome = imported(await family.services.handover.import({ bytes: file, passphrase: PASSPHRASE }));
    expect(outcome).toMatchObject({ caseId: adviser.caseId, name: 'Maya Canary', documentCount: 3, how: 'new' });

    expect(dumpCase(family.db, adviser.caseId, { withNotes: true })).toEqual(
      dumpCase(adviser.db, adviser.caseId, { withNotes: true }),
    );
    expect(blobHashes(family.db, adviser.caseId)).toEqual(blobHashes(adviser.db, adviser.caseId));
    expect(blobHashes(family.db, adviser.caseId)).toHaveLength(3);
    expect(family.services.cases.get({ id: adviser.caseId })).toEqual(
      adviser.services.cases.get({ id: adviser.caseId }),
    );
    expect(family.services.timeline.get({ caseId: adviser.caseId })).toEqual(
      adviser.services.timeline.get({ caseId: adviser.caseId }),
    );
    expect(family.services.notes.list({ caseId: adviser.caseId }).map((n) => n.body)).toEqual([NOTE]);
    // The written-submission answers and their export history, with the citation still resolving.
    const submissions = family.services.submissions.get({ caseId: adviser.caseId });
    expect(submissions).toEqual(adviser.services.submissions.get({ caseId: adviser.caseId }));
    expect(submissions.answers).toEqual(submissionAnswersCiting(adviser.docs[0] ?? ''));
    expect(submissions.history.map((h) => [h.id, h.files.map((f) => f.fileName)])).toEqual([
      [SUBMISSION_EXPORT_ID, ['reasons-for-appeal.pdf']],
    ]);
    expect(submissions.evidenceMap.items[0]?.references[0]?.resolved).toBe(true);
    // Only Maya travelled; the cached page data came with her files.
    expect(family.services.cases.list({}).map((c) => c.name)).toEqual(['Maya Canary']);
    expect(family.db.prepare('SELECT count(*) FROM blob_contents').pluck().get()).toBe(3);
    expect(family.db.pragma('foreign_key_check')).toEqual([]);
    // The case is copied in memory: beside each workspace there is only the workspace itself, so
    // no unencrypted copy of the case was ever written.
    expect(filesUnder(adviser.home)).toEqual(WORKSPACE_FILES);
    expect(filesUnder(family.home)).toEqual(WORKSPACE_FILES);
  });

  it('leaves session notes out unless asked, and the file shows nothing in plain text', async () => {
    const adviser = adviserWithCase();
    const file = await exportCase(adviser, false);
    for (const canary of ['Maya Canary', 'Leeds City Council', 'SQLite format']) {
      expect(file.includes(Buffer.from(canary, 'utf8'))).toBe(false);
      expect(file.includes(Buffer.from(canary, 'utf16le'))).toBe(false);
    }
    expect(file.subarray(0, 10).toString('ascii')).toBe('APPEALCASE');
    const family = computer('family');
    imported(await family.services.handover.import({ bytes: file, passphrase: PASSPHRASE }));
    expect(family.services.notes.list({ caseId: adviser.caseId })).toEqual([]);
    expect(family.db.prepare('SELECT count(*) FROM case_notes').pluck().get()).toBe(0);
    expect(dumpCase(family.db, adviser.caseId, { withNotes: false })).toEqual(
      dumpCase(adviser.db, adviser.caseId, { withNotes: false }),
    );
  });

  it('records the KDF and cipher in an authenticated header', async () => {
    const adviser = adviserWithCase();
    const file = await exportCase(adviser, false);
    const headerLength = file.readUInt32BE(11);
    const header = JSON.parse(file.subarray(15, 15 + headerLength).toString('utf8')) as Record<string, unknown>;
    expect(file[10]).toBe(1);
    expect(header).toMatchObject({ kdf: { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 }, cipher: { name: 'aes-256-gcm' } });
    // Fresh salt and nonce every time: the same case twice gives different files.
    expect((await exportCase(adviser, false)).equals(file)).toBe(false);
  });

  it('refuses a wrong passphrase and changes nothing', async () => {
    const adviser = adviserWithCase();
    const file = await exportCase(adviser, true);
    const family = computer('family');
    family.services.cases.create({ name: 'Already here' });
    const before = readFileSync(join(family.home, 'workspace.sqlite'));
    await expectRefused(
      family.services.handover.import({ bytes: file, passphrase: 'kettle banjo meadoW' }),
      'HANDOVER_UNREADABLE',
    );
    expect(family.services.cases.list({}).map((c) => c.name)).toEqual(['Already here']);
    expect(family.db.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(0);
    expect(readFileSync(join(family.home, 'workspace.sqlite')).equals(before)).toBe(true);
    expect(new AppError('HANDOVER_UNREADABLE').message).toMatch(
      /^The passphrase is wrong, or the file has been changed or damaged/,
    );
  });

  it('refuses a file with one byte changed, in the header or in the body, or cut short', async () => {
    const adviser = adviserWithCase();
    const file = await exportCase(adviser, true);
    const family = computer('family');
    const headerEnd = 15 + file.readUInt32BE(11);
    const saltAt = file.indexOf('"salt":"') + 10;
    const places = {
      magic: 3,
      version: 10,
      salt: saltAt,
      nonce: headerEnd - 5,
      body: Math.floor((headerEnd + file.length) / 2),
      tag: file.length - 1,
    };
    for (const [where, at] of Object.entries(places)) {
      const changed = Buffer.from(file);
      changed[at] = (changed[at] ?? 0) ^ 0x01;
      await expectRefused(
        family.services.handover.import({ bytes: changed, passphrase: PASSPHRASE }),
        'HANDOVER_UNREADABLE',
      ).catch((error: unknown) => {
        throw new Error(`a change in the ${where} was not refused: ${String(error)}`);
      });
    }
    await expectRefused(
      family.services.handover.import({ bytes: file.subarray(0, file.length - 100), passphrase: PASSPHRASE }),
      'HANDOVER_UNREADABLE',
    );
    await expectRefused(
      family.services.handover.import({ bytes: Buffer.from('not a case file'), passphrase: PASSPHRASE }),
      'HANDOVER_UNREADABLE',
    );
    expect(family.services.cases.list({})).toEqual([]);
    // The untouched file still opens.
    imported(await family.services.handover.import({ bytes: file, passphrase: PASSPHRASE }));
  });

  it('importing the same case twice asks first; "replace" is refused when the file is not newer', async () => {
    const adviser = adviserWithCase();
    const file = await exportCase(adviser, false);
    const family = computer('family');
    imported(await family.services.handover.import({ bytes: file, passphrase: PASSPHRASE }));
    const before = dumpCase(family.db, adviser.caseId, { withNotes: true });
    const again = await family.services.handover.import({ bytes: file, passphrase: PASSPHRASE });
    const version = {
      name: 'Maya Canary',
      updatedAt: adviser.services.cases.get({ id: adviser.caseId }).updatedAt,
      documentCount: 3,
    };
    expect(again).toEqual({ kind: 'choiceNeeded', existing: version, incoming: version, canReplace: false });
    await expectRefused(
      family.services.handover.import({ bytes: file, passphrase: PASSPHRASE, choice: 'replace' }),
      'CONFLICT',
    );
    expect(dumpCase(family.db, adviser.caseId, { withNotes: true })).toEqual(before);
    expect(family.services.cases.list({})).toHaveLength(1);
  });

  it('"keep both" adds a second case with new ids for every row, all its documents, and shared files stored once', async () => {
    const adviser = adviserWithCase();
    const file = await exportCase(adviser, true);
    const family = computer('family');
    imported(await family.services.handover.import({ bytes: file, passphrase: PASSPHRASE }));
    const copy = imported(
      await family.services.handover.import({ bytes: file, passphrase: PASSPHRASE, choice: 'keepBoth' }),
    );
    expect(copy.how).toBe('keptBoth');
    expect(copy.caseId).not.toBe(adviser.caseId);
    expect(family.services.cases.list({ sort: 'name' }).map((c) => c.name)).toEqual([
      'Maya Canary',
      'Maya Canary (from case file)',
    ]);
    const originalDocs = family.services.documents.list({ caseId: adviser.caseId });
    const copiedDocs = family.services.documents.list({ caseId: copy.caseId });
    expect(copiedDocs.map((d) => d.title)).toEqual(originalDocs.map((d) => d.title));
    expect(copiedDocs.map((d) => d.id).filter((id) => adviser.docs.includes(id))).toEqual([]);
    expect(blobHashes(family.db, copy.caseId)).toEqual(blobHashes(adviser.db, adviser.caseId));
    expect(family.db.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(3);
    // References follow the new ids, including the JSON list in the export history.
    const history = family.db.prepare('SELECT id, document_ids FROM exports WHERE case_id = ?').get(copy.caseId) as {
      id: string;
      document_ids: string;
    };
    expect(JSON.parse(history.document_ids)).toEqual(copiedDocs.map((d) => d.id));
    expect(history.id).not.toBe('9d0e0b9a-1a52-4c5f-9f59-0c6b8e0d2a11');
    expect(family.db.prepare('SELECT document_id FROM bundle_orders WHERE case_id = ?').pluck().get(copy.caseId)).toBe(
      copiedDocs[0]?.id,
    );
    expect(family.services.notes.list({ caseId: copy.caseId }).map((n) => n.body)).toEqual([NOTE]);
    // The copy's answers cite the copy's own document, and its export history is its own.
    const copied = family.services.submissions.get({ caseId: copy.caseId });
    const copiedEp = copiedDocs.find((d) => d.title === 'EP report')?.id ?? '';
    expect(copied.answers).toEqual(submissionAnswersCiting(copiedEp));
    expect(copied.evidenceMap.items[0]?.references).toEqual([
      expect.objectContaining({ documentId: copiedEp, resolved: true }),
    ]);
    expect(copied.history).toHaveLength(1);
    expect(copied.history[0]?.id).not.toBe(SUBMISSION_EXPORT_ID);
    expect(copied.history[0]?.files).toEqual(
      family.services.submissions.get({ caseId: adviser.caseId }).history[0]?.files,
    );
    expect(family.db.pragma('foreign_key_check')).toEqual([]);
    // The first copy is untouched.
    expect(dumpCase(family.db, adviser.caseId, { withNotes: true })).toEqual(
      dumpCase(adviser.db, adviser.caseId, { withNotes: true }),
    );
  });

  it('"replace with the newer" swaps in the newer version and keeps the adviser’s own notes', async () => {
    const adviser = adviserWithCase();
    const first = await exportCase(adviser, false);
    const family = computer('family', Date.UTC(2026, 11, 1));
    imported(await family.services.handover.import({ bytes: first, passphrase: PASSPHRASE }));
    // The family works on the case and hands it back.
    family.services.cases.rename({ id: adviser.caseId, name: 'Maya (family’s copy)' });
    const familyDoc = family.addDocument(adviser.caseId, 'School report', 3, family.now());
    family.services.documents.delete({ id: adviser.docs[2] ?? '' });
    family.services.submissions.saveAnswers({
      caseId: adviser.caseId,
      answers: { ...submissionAnswersCiting(familyDoc), hearing: { attendance: 'inPerson' } },
    });
    const back = await family.services.handover.export({
      caseId: adviser.caseId,
      passphrase: PASSPHRASE,
      includeNotes: false,
    });
    if (!back.saved) throw new Error('not saved');
    const returned = readFileSync(join(family.downloads, back.fileName));

    const choice = await adviser.services.handover.import({ bytes: returned, passphrase: PASSPHRASE });
    expect(choice).toMatchObject({
      kind: 'choiceNeeded',
      canReplace: true,
      existing: { name: 'Maya Canary', documentCount: 3 },
      incoming: { name: 'Maya (family’s copy)', documentCount: 3 },
    });
    const replaced = imported(
      await adviser.services.handover.import({ bytes: returned, passphrase: PASSPHRASE, choice: 'replace' }),
    );
    expect(replaced).toMatchObject({ caseId: adviser.caseId, how: 'replaced' });
    expect(dumpCase(adviser.db, adviser.caseId, { withNotes: false })).toEqual(
      dumpCase(family.db, adviser.caseId, { withNotes: false }),
    );
    expect(adviser.services.documents.list({ caseId: adviser.caseId }).map((d) => d.id)).toContain(familyDoc);
    expect(adviser.services.notes.list({ caseId: adviser.caseId }).map((n) => n.body)).toEqual([NOTE]);
    expect(adviser.services.submissions.get({ caseId: adviser.caseId }).answers).toEqual({
      ...submissionAnswersCiting(familyDoc),
      hearing: { attendance: 'inPerson' },
    });
    // The deleted document's file went with it; Sam's case is untouched.
    expect(adviser.db.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(4);
    expect(adviser.services.cases.list({ sort: 'name' }).map((c) => c.name)).toEqual(['Maya (family’s copy)', 'Sam']);
    expect(adviser.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('imports a file made by an older version of the app (schema N-1), migrating a copy', async () => {
    const adviser = adviserWithCase();
    const previous = (MIGRATIONS.at(-1)?.version ?? 1) - 1;
    const path = join(scratch(), 'older.sqlite');
    const older = openDatabase(path, { targetVersion: previous });
    const graph = discoverCaseGraph(older);
    copyBlobs(adviser.db, older, graph, blobsOfCase(adviser.db, graph, adviser.caseId, false));
    copyCaseRows(adviser.db, older, graph, adviser.caseId, { includeNotes: false });
    older.pragma('journal_mode = DELETE');
    expect(older.pragma('user_version', { simple: true })).toBe(previous);
    older.close();
    const file = await sealHandover(readFileSync(path), PASSPHRASE);

    const family = computer('family');
    const outcome = imported(await family.services.handover.import({ bytes: file, passphrase: PASSPHRASE }));
    expect(outcome.documentCount).toBe(3);
    expect(family.services.cases.get({ id: adviser.caseId })).toEqual(
      adviser.services.cases.get({ id: adviser.caseId }),
    );
    expect(blobHashes(family.db, adviser.caseId)).toEqual(blobHashes(adviser.db, adviser.caseId));
    expect(filesUnder(family.home)).toEqual(WORKSPACE_FILES);
  });

  it('imports a file made before written submissions existed (schema 6): the case arrives with none yet', async () => {
    const adviser = adviserWithCase();
    const path = join(scratch(), 'version6.sqlite');
    const older = openDatabase(path, { targetVersion: 6 });
    const graph = discoverCaseGraph(older);
    copyBlobs(adviser.db, older, graph, blobsOfCase(adviser.db, graph, adviser.caseId, false));
    copyCaseRows(adviser.db, older, graph, adviser.caseId, { includeNotes: false });
    older.pragma('journal_mode = DELETE');
    older.close();
    const file = await sealHandover(readFileSync(path), PASSPHRASE);

    const family = computer('family');
    imported(await family.services.handover.import({ bytes: file, passphrase: PASSPHRASE }));
    const submissions = family.services.submissions.get({ caseId: adviser.caseId });
    expect(submissions).toMatchObject({ answers: {}, history: [] });
    expect(submissions.citableDocuments).toHaveLength(3);
    // Answers can be written from here on, as for any case.
    family.services.submissions.saveAnswers({ caseId: adviser.caseId, answers: { child: { firstName: 'Maya' } } });
    expect(family.services.submissions.get({ caseId: adviser.caseId }).answers).toEqual({
      child: { firstName: 'Maya' },
    });
  });

  it('refuses a file from a newer version of the app with the "newer version" message', async () => {
    const adviser = adviserWithCase();
    const plain = await openHandover(await exportCase(adviser, false), PASSPHRASE);
    const path = join(scratch(), 'newer.sqlite');
    writeFileSync(path, plain);
    const newer = openDatabase(path);
    newer.pragma(`user_version = ${String((MIGRATIONS.at(-1)?.version ?? 0) + 1)}`);
    newer.pragma('journal_mode = DELETE');
    newer.close();
    const family = computer('family');
    await expectRefused(
      family.services.handover.import({
        bytes: await sealHandover(readFileSync(path), PASSPHRASE),
        passphrase: PASSPHRASE,
      }),
      'DATABASE_TOO_NEW',
    );
    expect(family.services.cases.list({})).toEqual([]);
  });

  it('saves nothing when the person closes the save window, and says NOT_FOUND for a missing case', async () => {
    const adviser = adviserWithCase();
    const closing = createHandoverService({
      db: adviser.db,
      newId: randomUUID,
      dialogs: {
        chooseSaveLocation: () => Promise.resolve(undefined),
        chooseFolder: () => Promise.resolve(undefined),
      },
    });
    expect(await closing.export({ caseId: adviser.caseId, passphrase: PASSPHRASE, includeNotes: true })).toEqual({
      saved: false,
    });
    expect(existsSync(adviser.downloads)).toBe(false);
    await expectRefused(
      closing.export({ caseId: '00000000-0000-4000-8000-000000000000', passphrase: PASSPHRASE, includeNotes: false }),
      'NOT_FOUND',
    );
  });
});
