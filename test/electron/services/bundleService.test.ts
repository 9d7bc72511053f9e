import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageText, pdfinfoPages } from '../../fixtures/bundle/inspectBundle';
import { patternImage } from '../../fixtures/imageFixtures';
import { expectDone, heavyPdf, textPdf, useBundleWorkspace } from './bundleWorkspace';

const workspace = useBundleWorkspace();

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A refusal-to-issue case (sections A and C) with a decision letter, an EP report and a photo. */
async function startCase(w: ReturnType<typeof workspace>) {
  const appeal = w.services.cases.create({ name: 'Sam' });
  w.services.cases.saveFacts({ id: appeal.id, facts: { decisionType: 'refusalToIssue', decisionDate: '2026-10-01' } });
  const letter = await w.addDocument(appeal.id, 'letter.pdf', await textPdf('Decision letter', 2), {
    title: 'Decision letter',
    documentDate: '2026-10-01',
    category: 'LA_DECISION',
  });
  const report = await w.addDocument(appeal.id, 'ep.pdf', await textPdf('EP report', 3), {
    title: 'EP report',
    documentDate: '2026-05-10',
    category: 'EXPERT_REPORT',
  });
  const photo = new Uint8Array(await patternImage('portrait').jpeg().toBuffer());
  const school = await w.addDocument(appeal.id, 'school.jpg', photo, {
    title: 'School report',
    documentDate: '2026-07-15',
    category: 'SCHOOL',
  });
  return { appeal, letter, report, school };
}

const idsBySection = (overview: { plan: { sections: { id: string; documents: { id: string }[] }[] } }) =>
  Object.fromEntries(overview.plan.sections.map((s) => [s.id, s.documents.map((d) => d.id)]));

describe('bundle service: plan', () => {
  it('plans the bundle from stored documents, pages and case details, with checks', async () => {
    const w = workspace();
    const { appeal, letter, report, school } = await startCase(w);
    w.services.cases.updateDetails({ id: appeal.id, council: 'Exampleshire Council' });
    const overview = w.bundle.get({ caseId: appeal.id });

    expect(idsBySection(overview)).toEqual({ A: [letter.id], C: [report.id, school.id] });
    // Cover, one index page, then 2 + 3 + 1 document pages.
    expect(overview.plan.pageCount).toBe(8);
    expect(overview.plan.documents.map((d) => d.rangeText)).toEqual(['3–4', '5–7', '8']);
    expect(overview.plan.caseDetails).toMatchObject({
      childName: 'Sam',
      council: 'Exampleshire Council',
      appealTypeLabel: 'Refusal to issue an EHC plan',
      tribunalReference: null,
      datePrepared: '2026-11-23',
    });
    expect(overview.ready).toBe(true);
    expect(overview.checks.map((c) => c.code)).toContain('sizeWithinBudget');
    expect(overview.settings).toEqual({ sectionPrefixes: false, dividerPages: false, emailBudgetMb: 20 });
    expect(overview.parts).toHaveLength(1);
    expect(overview.parts[0]?.emailSubject).toBe('New Appeal - Sam');
  });

  it('is not ready without a decision letter, and says what the case still needs', async () => {
    const w = workspace();
    const appeal = w.services.cases.create({ name: 'Ola' });
    await w.addDocument(appeal.id, 'ep.pdf', await textPdf('EP', 1), {
      title: 'EP report',
      documentDate: null,
      category: 'EXPERT_REPORT',
    });
    const overview = w.bundle.get({ caseId: appeal.id });
    expect(overview.ready).toBe(false);
    expect(overview.checks.map((c) => c.code)).toEqual(
      expect.arrayContaining(['appealTypeUnknown', 'decisionLetterMissing', 'undatedDocument']),
    );
    await expect(w.bundle.export({ caseId: appeal.id, split: false })).rejects.toMatchObject({ code: 'PRECONDITION' });
    expect(readdirSync(w.out)).toEqual([]);
  });
});

describe('bundle service: order and options', () => {
  it('keeps the saved order (and a move to another section) after a document is added', async () => {
    const w = workspace();
    const { appeal, letter, report, school } = await startCase(w);
    // The school report first, and the EP report moved into the appeal documents.
    const saved = w.bundle.saveOrder({
      caseId: appeal.id,
      sections: [
        { sectionId: 'A', documentIds: [letter.id, report.id] },
        { sectionId: 'C', documentIds: [school.id] },
      ],
    });
    expect(idsBySection(saved)).toEqual({ A: [letter.id, report.id], C: [school.id] });

    const older = await w.addDocument(appeal.id, 'older.pdf', await textPdf('Older', 1), {
      title: 'Speech therapy report',
      documentDate: '2026-01-01',
      category: 'HEALTH',
    });
    const after = w.bundle.get({ caseId: appeal.id });
    expect(idsBySection(after)).toEqual({ A: [letter.id, report.id], C: [older.id, school.id] });
    expect(after.plan.documents.find((d) => d.id === older.id)?.placedBy).toBe('date');

    // A deleted document drops out of the saved order with it.
    w.services.documents.delete({ id: report.id });
    expect(idsBySection(w.bundle.get({ caseId: appeal.id }))).toEqual({ A: [letter.id], C: [older.id, school.id] });
  });

  it('ignores ids of documents from another case', async () => {
    const w = workspace();
    const { appeal, letter } = await startCase(w);
    const other = w.services.cases.create({ name: 'Other' });
    const stranger = await w.addDocument(other.id, 'x.pdf', await textPdf('X', 1), {
      title: 'Not this case',
      documentDate: null,
      category: null,
    });
    const saved = w.bundle.saveOrder({
      caseId: appeal.id,
      sections: [{ sectionId: 'A', documentIds: [stranger.id, letter.id] }],
    });
    expect(saved.plan.documents.map((d) => d.id)).not.toContain(stranger.id);
  });

  it('saves section prefixes, divider pages and the email budget', async () => {
    const w = workspace();
    const { appeal } = await startCase(w);
    const saved = w.bundle.saveOptions({
      caseId: appeal.id,
      sectionPrefixes: true,
      dividerPages: true,
      emailBudgetMb: 8.5,
    });
    expect(saved.settings).toEqual({ sectionPrefixes: true, dividerPages: true, emailBudgetMb: 8.5 });
    // Two dividers (A and C) added; ranges carry the section letter.
    expect(saved.plan.pageCount).toBe(10);
    expect(saved.plan.sections.map((s) => s.rangeText)).toEqual(['A3–A5', 'C6–C10']);
    expect(w.bundle.get({ caseId: appeal.id }).settings.emailBudgetMb).toBe(8.5);
  });
});

describe('bundle service: export', () => {
  it('writes the bundle where the person chose and records its SHA-256 in the case history', async () => {
    const w = workspace();
    const { appeal, letter, report, school } = await startCase(w);
    const plan = w.bundle.get({ caseId: appeal.id }).plan;
    const record = expectDone(await w.exportAndWait(appeal.id));

    expect(readdirSync(w.out)).toEqual(['Appeal bundle - Sam - 2026-11-23.pdf']);
    const file = join(w.out, 'Appeal bundle - Sam - 2026-11-23.pdf');
    expect(pdfinfoPages(file)).toBe(plan.pageCount);
    expect(record.files).toEqual([
      {
        fileName: 'Appeal bundle - Sam - 2026-11-23.pdf',
        sha256: sha256(file),
        bytes: readFileSync(file).byteLength,
        pageCount: plan.pageCount,
        emailSubject: 'New Appeal - Sam',
      },
    ]);
    expect(pageText(file, 5)).toContain('EP report page 1');

    const history = w.bundle.history({ caseId: appeal.id });
    expect(history).toEqual([record]);
    expect(history[0]).toMatchObject({ kind: 'bundle', split: false, pageCount: 8 });
    expect(history[0]?.documentIds).toEqual([letter.id, report.id, school.id]);
  });

  it('does nothing when the person closes the save window', async () => {
    const w = workspace();
    const { appeal } = await startCase(w);
    w.dialog.answer = 'cancel';
    expect(await w.bundle.export({ caseId: appeal.id, split: false })).toEqual({ started: false });
    expect(w.bundle.history({ caseId: appeal.id })).toEqual([]);
  });

  it('splits into email-sized parts, each with its subject line and fingerprint', async () => {
    const w = workspace();
    const { appeal } = await startCase(w);
    w.services.cases.updateDetails({ id: appeal.id, tribunalReference: 'EH936/26/00567' });
    await w.addDocument(appeal.id, 'photos.pdf', await heavyPdf(8), {
      title: 'Photos of work',
      documentDate: '2026-06-01',
      category: 'SCHOOL',
    });
    const overview = w.bundle.saveOptions({
      caseId: appeal.id,
      sectionPrefixes: false,
      dividerPages: false,
      emailBudgetMb: 1,
    });
    expect(overview.checks.map((c) => c.code)).toContain('sizeOverBudget');
    const total = overview.parts.length;
    expect(total).toBeGreaterThan(1);

    const record = expectDone(await w.exportAndWait(appeal.id, true));
    expect(record.split).toBe(true);
    expect(record.files.map((f) => f.fileName)).toEqual(
      overview.parts.map((p) => `Appeal bundle - Sam - 2026-11-23 - part ${p.number} of ${total}.pdf`),
    );
    expect(record.files.map((f) => f.emailSubject)).toEqual(
      overview.parts.map((p) => `EH936/26/00567 - Part ${p.number} of ${total}`),
    );
    let bundlePages = 0;
    for (const file of record.files) {
      const path = join(w.out, file.fileName);
      expect(sha256(path)).toBe(file.sha256);
      expect(pdfinfoPages(path)).toBe(file.pageCount);
      expect(file.bytes).toBeLessThanOrEqual(1024 * 1024);
      bundlePages += file.pageCount - 1; // each part adds its own "Part n of N" page
    }
    expect(bundlePages).toBe(overview.plan.pageCount);
    expect(readdirSync(w.out)).toHaveLength(total);
  });

  it('cancelling leaves no file and no record', async () => {
    const w = workspace();
    const { appeal } = await startCase(w);
    const started = await w.bundle.export({ caseId: appeal.id, split: false });
    if (!started.started) throw new Error('not started');
    expect(w.bundle.exportStatus({ exportId: started.exportId }).state).toBe('running');
    w.bundle.cancelExport({ exportId: started.exportId });
    expect(await w.bundle.waitForExport(started.exportId)).toEqual({ state: 'cancelled' });
    expect(readdirSync(w.out)).toEqual([]);
    expect(w.bundle.history({ caseId: appeal.id })).toEqual([]);
  });

  it('deleting the case deletes its export history', async () => {
    const w = workspace();
    const { appeal } = await startCase(w);
    expectDone(await w.exportAndWait(appeal.id));
    w.services.cases.delete({ id: appeal.id, confirm: true });
    expect(w.count('exports')).toBe(0);
    expect(w.count('export_files')).toBe(0);
    expect(w.count('bundle_options')).toBe(0);
  });
});
