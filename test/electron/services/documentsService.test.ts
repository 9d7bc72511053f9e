import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBlobsRepo } from '../../../electron/db/repositories/blobsRepo';
import { intakeMessage, wrongPasswordMessage } from '../../../electron/pdf/intake/intakeMessages';
import { importDocumentInput, updateDocumentInput, MAX_IMPORT_BYTES } from '../../../shared/api/schemas';
import type { ImportOutcome } from '../../../shared/api/types';
import { isUprightPattern } from '../../fixtures/checkOrientation';
import { run, scratchPath, writeScratch } from '../../fixtures/externalTools';
import { patternImage } from '../../fixtures/imageFixtures';
import { buildPdf } from '../../fixtures/pdfFixtures';
import { useDocumentsWorkspace } from './documentsWorkspace';

const workspace = useDocumentsWorkspace();

function imported(outcome: ImportOutcome) {
  if (outcome.kind !== 'imported') throw new Error(`expected imported, got ${JSON.stringify(outcome)}`);
  return outcome.document;
}

function lockWithPassword(pdf: Uint8Array, password: string): Uint8Array {
  const input = writeScratch(pdf, 'pdf');
  const output = scratchPath('locked.pdf');
  const result = run('qpdf', ['--encrypt', password, 'owner-secret', '256', '--', input, output]);
  if (result.status !== 0) throw new Error('qpdf could not encrypt the fixture');
  return new Uint8Array(readFileSync(output));
}

async function letterPdf(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font }));
  return doc.save();
}

/** A phone photo of a portrait page taken with the phone on its side: EXIF orientation 6. */
async function rotatedPhoto(): Promise<Uint8Array> {
  const stored = await patternImage('portrait').rotate(270).png().toBuffer();
  return new Uint8Array(
    await (await import('sharp')).default(stored).withMetadata({ orientation: 6 }).jpeg({ quality: 90 }).toBuffer(),
  );
}

describe('documents service: import', () => {
  it('imports a PDF: original and stored blobs, cached contents, one page row per page, suggestions', async () => {
    const { services, count, db } = workspace();
    const appeal = services.cases.create({ name: 'Maya' });
    const pdf = await buildPdf('ep', [{}, { rotation: 90 }, { scanned: true }]);
    const outcome = await services.documents.import({
      caseId: appeal.id,
      fileName: '2026-03-14 EP report.pdf',
      bytes: pdf,
    });
    const doc = imported(outcome);
    expect(doc).toMatchObject({
      title: 'EP report',
      documentDate: '2026-03-14',
      category: null,
      pageCount: 3,
      fileName: '2026-03-14 EP report.pdf',
    });
    expect(count('documents')).toBe(1);
    expect(count('document_pages')).toBe(3);
    expect(count('blob_contents')).toBe(1);

    const detail = services.documents.get({ id: doc.id });
    expect(detail.pagesChanged).toBe(false);
    expect(detail.pages.map((p) => p.rotation)).toEqual([0, 0, 0]);
    // Page 2 has /Rotate 90: drawn landscape.
    expect(detail.pages[1]?.width).toBeGreaterThan(detail.pages[1]?.height ?? 0);
    const original = db
      .prepare('SELECT media_type FROM blobs WHERE sha256 = (SELECT original_sha256 FROM documents)')
      .get();
    expect(original).toEqual({ media_type: 'application/pdf' });
    expect(services.documents.list({ caseId: appeal.id }).map((d) => d.id)).toEqual([doc.id]);
  });

  it('suggests the title from the first line and the date from the text when the file name says nothing', async () => {
    const { services } = workspace();
    const appeal = services.cases.create({ name: 'Sam' });
    const pdf = await letterPdf(['Decision not to issue an EHC plan', 'Date: 3rd February 2026', 'Dear Ms Example']);
    const doc = imported(await services.documents.import({ caseId: appeal.id, fileName: 'scan0001.pdf', bytes: pdf }));
    expect(doc.title).toBe('Decision not to issue an EHC plan');
    expect(doc.documentDate).toBe('2026-02-03');
  });

  it('warns about a duplicate in the same case, with the existing copy; imports it when asked', async () => {
    const { services, count } = workspace();
    const appeal = services.cases.create({ name: 'Maya' });
    const other = services.cases.create({ name: 'Sam' });
    const pdf = await buildPdf('dup', [{}]);
    const first = imported(await services.documents.import({ caseId: appeal.id, fileName: 'letter.pdf', bytes: pdf }));
    const again = await services.documents.import({ caseId: appeal.id, fileName: 'letter copy.pdf', bytes: pdf });
    expect(again).toMatchObject({ kind: 'duplicate', existing: { id: first.id, title: 'letter' } });
    if (again.kind === 'duplicate') expect(again.message).toContain('is already in this appeal as “letter”');
    expect(count('documents')).toBe(1);
    // Another case is not a duplicate; the blobs are shared, not copied.
    imported(await services.documents.import({ caseId: other.id, fileName: 'letter.pdf', bytes: pdf }));
    const blobsBefore = count('blobs');
    imported(
      await services.documents.import({
        caseId: appeal.id,
        fileName: 'letter copy.pdf',
        bytes: pdf,
        allowDuplicate: true,
      }),
    );
    expect(count('documents')).toBe(3);
    expect(count('blobs')).toBe(blobsBefore);
  });

  it('asks for the password of a locked PDF, says when it is wrong, and imports it with the right one', async () => {
    const { services, count } = workspace();
    const appeal = services.cases.create({ name: 'Maya' });
    const locked = lockWithPassword(await buildPdf('locked', [{}, {}]), 'Parent-2026');
    const ask = await services.documents.import({ caseId: appeal.id, fileName: 'council.pdf', bytes: locked });
    expect(ask).toEqual({
      kind: 'needsPassword',
      wrongPassword: false,
      message: intakeMessage('locked', 'council.pdf'),
    });
    const wrong = await services.documents.import({
      caseId: appeal.id,
      fileName: 'council.pdf',
      bytes: locked,
      password: 'parent-2026',
    });
    expect(wrong).toEqual({ kind: 'needsPassword', wrongPassword: true, message: wrongPasswordMessage('council.pdf') });
    expect(count('documents') + count('blobs')).toBe(0);
    const doc = imported(
      await services.documents.import({
        caseId: appeal.id,
        fileName: 'council.pdf',
        bytes: locked,
        password: 'Parent-2026',
      }),
    );
    expect(doc.pageCount).toBe(2);
    // The stored copy opens without a password, so bundles and thumbnails need no secret.
    const thumb = await services.documents.thumbnail({ id: doc.id, pageIndex: 1 });
    expect(thumb?.png.subarray(0, 4)).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });

  it('refuses a damaged file and a Word file with the catalogue message and writes nothing', async () => {
    const { services, count } = workspace();
    const appeal = services.cases.create({ name: 'Maya' });
    const pdf = await buildPdf('cut', [{}, {}, {}]);
    const damaged = pdf.subarray(0, 300);
    const outcome = await services.documents.import({ caseId: appeal.id, fileName: 'cut.pdf', bytes: damaged });
    expect(outcome.kind).toBe('refused');
    if (outcome.kind === 'refused')
      expect([intakeMessage('damaged', 'cut.pdf'), intakeMessage('pageCountUntrusted', 'cut.pdf')]).toContain(
        outcome.message,
      );
    const word = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(600).fill(0)]);
    expect(await services.documents.import({ caseId: appeal.id, fileName: 'statement.doc', bytes: word })).toEqual({
      kind: 'refused',
      message: intakeMessage('wordDocument', 'statement.doc'),
    });
    expect(
      await services.documents.import({ caseId: appeal.id, fileName: 'empty.pdf', bytes: new Uint8Array() }),
    ).toEqual({
      kind: 'refused',
      message: intakeMessage('empty', 'empty.pdf'),
    });
    expect(count('documents') + count('blobs') + count('document_pages') + count('blob_contents')).toBe(0);
  });

  it('imports a sideways phone photo as one upright JPEG page, with the original kept', async () => {
    const { services, db } = workspace();
    const appeal = services.cases.create({ name: 'Maya' });
    const photo = await rotatedPhoto();
    const doc = imported(
      await services.documents.import({ caseId: appeal.id, fileName: 'IMG_4032.JPG', bytes: photo }),
    );
    expect(doc).toMatchObject({ pageCount: 1, title: 'IMG 4032' });
    const page = services.documents.get({ id: doc.id }).pages[0];
    expect(page && page.height > page.width).toBe(true);
    const blobs = createBlobsRepo(db);
    const row = db.prepare('SELECT source_sha256 AS sha FROM document_pages').get() as { sha: string };
    expect(await isUprightPattern(blobs.get(row.sha) ?? new Uint8Array(), 'portrait')).toBe(true);
    const original = db.prepare('SELECT original_sha256 AS sha FROM documents').get() as { sha: string };
    expect(blobs.get(original.sha)).toEqual(Buffer.from(photo));
    const thumb = await services.documents.thumbnail({ id: doc.id, pageIndex: 0 });
    expect(thumb && thumb.height > thumb.width).toBe(true);
  });

  it('refuses files over the size cap before they reach the service, and unknown cases', async () => {
    const { services } = workspace();
    const tooBig = importDocumentInput.safeParse({
      caseId: crypto.randomUUID(),
      fileName: 'huge.pdf',
      bytes: new Uint8Array(MAX_IMPORT_BYTES + 1),
    });
    expect(tooBig.success).toBe(false);
    expect(tooBig.error?.issues[0]?.message).toMatch(/too large/);
    await expect(
      services.documents.import({ caseId: crypto.randomUUID(), fileName: 'a.pdf', bytes: await buildPdf('x', [{}]) }),
    ).rejects.toThrow(/could not find/);
  });
});

describe('documents service: library and page edits', () => {
  async function threePageDocument() {
    const ws = workspace();
    const appeal = ws.services.cases.create({ name: 'Maya' });
    const doc = imported(
      await ws.services.documents.import({
        caseId: appeal.id,
        fileName: 'plan.pdf',
        bytes: await buildPdf('plan', [{}, {}, {}]),
      }),
    );
    return { ...ws, appeal, doc };
  }

  it('saves metadata, with blanks as not given, and refuses bad values with plain messages', async () => {
    const { services, doc } = await threePageDocument();
    const saved = services.documents.update({
      id: doc.id,
      title: '  Final EHC plan ',
      documentDate: '2026-01-31',
      author: ' ',
      category: 'EHCP_FINAL',
      notes: 'Section F is vague',
    });
    expect(saved).toMatchObject({
      title: 'Final EHC plan',
      documentDate: '2026-01-31',
      author: null,
      category: 'EHCP_FINAL',
      notes: 'Section F is vague',
    });
    expect(services.documents.list({ caseId: doc.caseId })[0]?.category).toBe('EHCP_FINAL');
    const bad = updateDocumentInput.safeParse({
      id: doc.id,
      title: '',
      documentDate: '2026-02-30',
      author: null,
      category: 'NOPE',
      notes: null,
    });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['title', 'Enter a title for this document.'],
      ['documentDate', 'The date on the document must be a real date, for example 27 3 2026.'],
      ['category', 'Choose a type of document from the list.'],
    ]);
  });

  it('rotates, removes and resets pages; refuses removing every page', async () => {
    const { services, doc } = await threePageDocument();
    const right = services.documents.rotatePage({ id: doc.id, pageIndex: 1, turn: 'right' });
    expect(right.pages.map((p) => p.rotation)).toEqual([0, 90, 0]);
    expect(right.pagesChanged).toBe(true);
    expect(
      services.documents.rotatePage({ id: doc.id, pageIndex: 1, turn: 'left' }).pages.map((p) => p.rotation),
    ).toEqual([0, 0, 0]);
    expect(
      services.documents.rotatePage({ id: doc.id, pageIndex: 0, turn: 'left' }).pages.map((p) => p.rotation),
    ).toEqual([270, 0, 0]);
    const removed = services.documents.removePages({ id: doc.id, pageIndexes: [1] });
    expect(removed.pageCount).toBe(2);
    expect(removed.pages.map((p) => p.rotation)).toEqual([270, 0]);
    expect(() => services.documents.removePages({ id: doc.id, pageIndexes: [0, 1] })).toThrow(/check the answers/i);
    expect(() => services.documents.rotatePage({ id: doc.id, pageIndex: 7, turn: 'left' })).toThrow();
    const reset = services.documents.resetPages({ id: doc.id });
    expect(reset).toMatchObject({ pageCount: 3, pagesChanged: false });
    expect(reset.pages.map((p) => p.rotation)).toEqual([0, 0, 0]);
  });

  it('extracts pages into a new document that keeps their turns and resets to just those pages', async () => {
    const { services, doc, db } = await threePageDocument();
    services.documents.update({
      id: doc.id,
      title: 'Plan',
      documentDate: '2026-01-31',
      author: 'Council',
      category: 'EHCP_FINAL',
      notes: null,
    });
    services.documents.rotatePage({ id: doc.id, pageIndex: 2, turn: 'right' });
    const extracted = services.documents.extractPages({ id: doc.id, pageIndexes: [2, 0], title: 'Section F' });
    expect(extracted).toMatchObject({
      title: 'Section F',
      pageCount: 2,
      documentDate: '2026-01-31',
      author: 'Council',
      category: 'EHCP_FINAL',
    });
    expect(extracted.pages.map((p) => p.rotation)).toEqual([0, 90]);
    const sources = db
      .prepare('SELECT source_page_index AS i FROM document_pages WHERE document_id = ? ORDER BY page_index')
      .all(extracted.id);
    expect(sources).toEqual([{ i: 0 }, { i: 2 }]);
    expect(services.documents.resetPages({ id: extracted.id }).pages.map((p) => p.rotation)).toEqual([0, 0]);
    expect(services.documents.get({ id: doc.id }).pageCount).toBe(3);
    expect(services.documents.list({ caseId: doc.caseId }).map((d) => d.title)).toEqual(['Plan', 'Section F']);
  });

  it('draws thumbnails once and serves them from the cache keyed by blob hash', async () => {
    const { services, doc, count } = await threePageDocument();
    const first = await services.documents.thumbnail({ id: doc.id, pageIndex: 0 });
    expect(first && Math.max(first.width, first.height)).toBe(320);
    expect(count('page_thumbnails')).toBe(1);
    expect(await services.documents.thumbnail({ id: doc.id, pageIndex: 0 })).toEqual(first);
    expect(count('page_thumbnails')).toBe(1);
    await expect(services.documents.thumbnail({ id: doc.id, pageIndex: 5 })).rejects.toThrow(/could not find/);
  });

  it('deleting a document removes only the blobs nothing else uses, with their cached data', async () => {
    const { services, doc, count } = await threePageDocument();
    const shared = await buildPdf('shared', [{}]);
    const a = imported(await services.documents.import({ caseId: doc.caseId, fileName: 'a.pdf', bytes: shared }));
    const b = imported(
      await services.documents.import({ caseId: doc.caseId, fileName: 'b.pdf', bytes: shared, allowDuplicate: true }),
    );
    await services.documents.thumbnail({ id: doc.id, pageIndex: 0 });
    // Plain PDFs are stored as they came, so each is one blob (original and pages alike).
    expect(count('blobs')).toBe(2);
    services.documents.delete({ id: a.id });
    expect(count('blobs')).toBe(2);
    services.documents.delete({ id: b.id });
    expect(count('blobs')).toBe(1);
    services.documents.delete({ id: doc.id });
    expect(count('blobs') + count('blob_contents') + count('page_thumbnails') + count('document_sources')).toBe(0);
    expect(() => services.documents.delete({ id: doc.id })).toThrow(/could not find/);
  });

  it('a removed page keeps its blob so undo still works after other deletions', async () => {
    const { services, appeal } = await threePageDocument();
    const photo = imported(
      await services.documents.import({
        caseId: appeal.id,
        fileName: 'two.tiff',
        bytes: new Uint8Array(
          await (
            await import('sharp')
          )
            .default(
              [await patternImage('portrait').png().toBuffer(), await patternImage('landscape').png().toBuffer()],
              { join: { animated: true } },
            )
            .tiff()
            .toBuffer(),
        ),
      }),
    );
    expect(photo.pageCount).toBe(2);
    services.documents.removePages({ id: photo.id, pageIndexes: [1] });
    const other = imported(
      await services.documents.import({ caseId: appeal.id, fileName: 'x.pdf', bytes: await buildPdf('x', [{}]) }),
    );
    services.documents.delete({ id: other.id });
    expect(services.documents.resetPages({ id: photo.id }).pageCount).toBe(2);
    expect(await services.documents.thumbnail({ id: photo.id, pageIndex: 1 })).not.toBeNull();
  });

  it('deleting a case removes its documents and their blobs', async () => {
    const { services, appeal, count } = await threePageDocument();
    expect(count('blobs')).toBeGreaterThan(0);
    services.cases.delete({ id: appeal.id, confirm: true });
    expect(
      count('documents') +
        count('document_pages') +
        count('document_sources') +
        count('blobs') +
        count('blob_contents'),
    ).toBe(0);
  });
});
