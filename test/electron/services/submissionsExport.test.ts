import { existsSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSubmissionFiles } from '../../../electron/services/submissions/writeSubmissionFiles';
import type { SubmissionExportRecord } from '../../../shared/api/types';
import { REMOVED_DOCUMENT_TEXT } from '../../../shared/submissions/citeEvidence';
import type { SubmissionDocumentId } from '../../../shared/submissions/documentModel';
import { hasTool } from '../../fixtures/externalTools';
import {
  ALL_FIXTURES,
  contentWithRecommendations,
  lateAppeal,
  placementOnly,
  refusalToAssess,
  youngPerson,
  type SubmissionFixture,
} from '../../fixtures/submissions/submissionCases';
import {
  convertWithLibreOffice,
  docxText,
  expectRefused,
  FOLDER,
  normalised,
  pdfPages,
  pdfText,
  saved,
  serviceOver,
  sha256Of,
} from './submissionsChecks';
import { useSubmissionsWorkspace } from './submissionsWorkspace';

// Exports of the written submissions for the fixture cases (issue 6), checked from the outside.

const workspace = useSubmissionsWorkspace();

/** Words each fixture's documents must carry, as the family wrote them (document id -> phrases). */
const EXPECTED_TEXT = new Map<SubmissionFixture, Partial<Record<SubmissionDocumentId, string[]>>>([
  [
    refusalToAssess,
    {
      appealFormAnswers: ['Appeal form answers (SEND35a)', 'Alex Example'],
      reasonsForAppeal: ['he is two years behind in reading', 'EP report, p.12 (bundle page'],
    },
  ],
  [
    contentWithRecommendations,
    {
      appealFormAnswers: ['Appeal form answers (SEND35)', 'Hillside Primary School'],
      reasonsForAppeal: [
        '1:1 speech and language therapy for 45 minutes weekly by a qualified SALT.',
        'Oakwood School',
        'SALT report, p.3 (bundle page',
      ],
      recommendationsRequest: ['Short breaks of 4 hours a week.', 'Section H2'],
      councilLetter: ['Appendix 4: OT advice', 'Word format'],
    },
  ],
  [
    youngPerson,
    {
      appealFormAnswers: ['The young person (appealing in their own name)', 'Riley Example'],
      reasonsForAppeal: ['I still need my plan to finish my course.'],
      mediationAdviserLetter: ['Letter to the mediation adviser'],
    },
  ],
  [placementOnly, { reasonsForAppeal: ['Brookside Academy', 'It is the nearest school with a resourced provision.'] }],
  [
    lateAppeal,
    {
      lateAppealExplanation: ['I was in hospital from August to October.', 'Why my appeal is late'],
      reasonsForAppeal: ['The assessment showed Sam needs more than the school can give.'],
    },
  ],
]);

describe('submissions service: export', () => {
  it.each(ALL_FIXTURES.map((f) => [f.name, f] as const))(
    '%s: every document as DOCX and PDF, checked from the outside, with hashes in the history',
    async (_name, fixture) => {
      const w = workspace();
      const { caseId } = await w.seedFixture(fixture);
      const expectedIds = w.submissions.get({ caseId }).documents.map((d) => d.id);

      const docx = saved(await w.submissions.export({ caseId, format: 'docx' }));
      const pdf = saved(await w.submissions.export({ caseId, format: 'pdf' }));
      expect(w.folderDialog.asked).toEqual([
        'Choose where to save your appeal documents',
        'Choose where to save your appeal documents',
      ]);
      expect(docx.folderName).toBe(FOLDER);
      expect(pdf.folderName).toBe(`${FOLDER} (2)`);
      expect(readdirSync(w.out).sort()).toEqual([FOLDER, `${FOLDER} (2)`]);

      for (const record of [docx, pdf]) {
        expect(record.files.map((f) => f.documentId)).toEqual(expectedIds);
        const folder = join(w.out, record.folderName);
        // Exactly the recorded files, whole: no temp files left, each hash matching the bytes on disk.
        expect(readdirSync(folder).sort()).toEqual(record.files.map((f) => f.fileName).sort());
        for (const file of record.files) {
          expect(file.fileName.endsWith(`.${record.format}`)).toBe(true);
          expect(sha256Of(join(folder, file.fileName))).toBe(file.sha256);
          expect(readFileSync(join(folder, file.fileName)).byteLength).toBe(file.bytes);
        }
      }
      expect(w.submissions.get({ caseId }).history).toEqual([pdf, docx]);

      const expected = EXPECTED_TEXT.get(fixture) ?? {};
      const docxFiles: string[] = [];
      for (const file of docx.files) {
        const path = join(w.out, docx.folderName, file.fileName);
        docxFiles.push(path);
        const { xml, text } = docxText(path);
        expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
        expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
        for (const phrase of expected[file.documentId] ?? []) expect(normalised(text)).toContain(phrase);
      }
      for (const file of pdf.files) {
        const path = join(w.out, pdf.folderName, file.fileName);
        expect(pdfPages(path)).toBeGreaterThan(0);
        const text = pdfText(path);
        for (const phrase of expected[file.documentId] ?? []) expect(text).toContain(phrase);
      }

      if (hasTool('soffice')) {
        const converted = join(w.folder(), 'libreoffice');
        convertWithLibreOffice(docxFiles, converted);
        for (const file of docx.files) {
          const pages = pdfPages(join(converted, file.fileName.replace(/\.docx$/, '.pdf')));
          expect(pages).toBeGreaterThan(0);
        }
      }
    },
    120_000,
  );

  it('writes only the documents asked for', async () => {
    const w = workspace();
    const { caseId } = await w.seedFixture(contentWithRecommendations);
    const record = saved(
      await w.submissions.export({ caseId, format: 'pdf', documents: ['reasonsForAppeal', 'councilLetter'] }),
    );
    expect(record.files.map((f) => [f.documentId, f.fileName])).toEqual([
      ['reasonsForAppeal', 'reasons-for-appeal.pdf'],
      ['councilLetter', 'letter-to-the-council.pdf'],
    ]);
    // A late-appeal explanation does not apply to an appeal in time: nothing to write, nothing written.
    await expectRefused(
      () => w.submissions.export({ caseId, format: 'pdf', documents: ['lateAppealExplanation'] }),
      'PRECONDITION',
    );
    expect(readdirSync(w.out)).toEqual([FOLDER]);
    // Refused before the folder dialog opened.
    expect(w.folderDialog.asked).toHaveLength(1);
  });

  it('citations follow the bundle: reordered, the cited bundle pages change in the next export', async () => {
    const w = workspace();
    const { caseId, ids } = await w.seedFixture(contentWithRecommendations);
    const citedPage = (record: SubmissionExportRecord) => {
      const reasons = record.files.find((f) => f.documentId === 'reasonsForAppeal')?.fileName ?? '';
      const text = normalised(docxText(join(w.out, record.folderName, reasons)).text);
      return Number(/EP report, p\.12 \(bundle page (\d+)\)/.exec(text)?.[1]);
    };
    const planned = (which: string) => w.bundle.get({ caseId }).plan.documents.find((d) => d.id === ids.get(which));

    const first = saved(await w.submissions.export({ caseId, format: 'docx' }));
    expect(citedPage(first)).toBe((planned('ep')?.firstPage ?? 0) + 11);

    // Put the school report and the SALT report before the EP report in "Our evidence".
    const sectionC = ['school', 'salt', 'ep'].map((id) => ids.get(id) ?? '');
    w.bundle.saveOrder({
      caseId,
      sections: [
        { sectionId: 'A', documentIds: [ids.get('decision') ?? ''] },
        { sectionId: 'B', documentIds: [ids.get('plan') ?? ''] },
        { sectionId: 'C', documentIds: sectionC },
      ],
    });
    const second = saved(await w.submissions.export({ caseId, format: 'docx' }));
    expect(citedPage(second)).toBe((planned('ep')?.firstPage ?? 0) + 11);
    // School report (4 pages) and SALT report (8) now come first: 12 pages later than before.
    expect(citedPage(second)).toBe(citedPage(first) + 12);
    // The PDF says the same.
    const pdf = saved(await w.submissions.export({ caseId, format: 'pdf', documents: ['reasonsForAppeal'] }));
    expect(pdfText(join(w.out, pdf.folderName, 'reasons-for-appeal.pdf'))).toContain(
      `EP report, p.12 (bundle page ${citedPage(second)})`,
    );
  });

  it('a citation to a deleted document is flagged in the problems and in the file', async () => {
    const w = workspace();
    const { caseId, ids } = await w.seedFixture(contentWithRecommendations);
    w.services.documents.delete({ id: ids.get('salt') ?? '' });
    const overview = w.submissions.get({ caseId });
    expect(overview.problems.filter((p) => p.kind === 'citationRemoved').map((p) => p.where)).toEqual([
      'Section B: special educational needs',
      'Section F: special educational provision',
    ]);
    const sectionB = overview.evidenceMap.items.find((i) => i.key === 'sectionB');
    expect(sectionB?.references.map((r) => r.resolved)).toEqual([false]);

    const record = saved(await w.submissions.export({ caseId, format: 'docx', documents: ['reasonsForAppeal'] }));
    const { text } = docxText(join(w.out, record.folderName, 'reasons-for-appeal.docx'));
    expect(normalised(text)).toContain(`Unknown document, p.3 ${REMOVED_DOCUMENT_TEXT}`);
    const pdf = saved(await w.submissions.export({ caseId, format: 'pdf', documents: ['reasonsForAppeal'] }));
    expect(pdfText(join(w.out, pdf.folderName, 'reasons-for-appeal.pdf'))).toContain(REMOVED_DOCUMENT_TEXT);
  });

  it('never overwrites: an existing folder of the same name is left as it was', async () => {
    const w = workspace();
    const { caseId } = await w.seedFixture(placementOnly);
    mkdirSync(join(w.out, FOLDER));
    writeFileSync(join(w.out, FOLDER, 'reasons-for-appeal.pdf'), 'the family’s own file');
    mkdirSync(join(w.out, `${FOLDER} (2)`));

    const record = saved(await w.submissions.export({ caseId, format: 'pdf' }));
    expect(record.folderName).toBe(`${FOLDER} (3)`);
    expect(readFileSync(join(w.out, FOLDER, 'reasons-for-appeal.pdf'), 'utf8')).toBe('the family’s own file');
    expect(readdirSync(join(w.out, `${FOLDER} (2)`))).toEqual([]);
    expect(readdirSync(join(w.out, `${FOLDER} (3)`))).toContain('reasons-for-appeal.pdf');
  });

  it('makes a folder name every system accepts from any case name', async () => {
    const w = workspace();
    const { caseId } = await w.seedFixture(placementOnly, 'Sam: "B/F" <draft>?.\u0007');
    const record = saved(await w.submissions.export({ caseId, format: 'docx', documents: ['reasonsForAppeal'] }));
    expect(record.folderName).toBe('Appeal documents - Sam_ _B_F_ _draft__._ - 2026-11-23');
    expect(existsSync(join(w.out, record.folderName, 'reasons-for-appeal.docx'))).toBe(true);
  });

  it('cancelling the folder dialog writes and records nothing', async () => {
    const w = workspace();
    const { caseId } = await w.seedFixture(refusalToAssess);
    w.folderDialog.answer = 'cancel';
    expect(await w.submissions.export({ caseId, format: 'docx' })).toEqual({ saved: false });
    expect(w.folderDialog.asked).toHaveLength(1);
    expect(readdirSync(w.out)).toEqual([]);
    expect(w.submissions.get({ caseId }).history).toEqual([]);
  });

  it('refuses a disagreement that cannot go to the Tribunal before asking for a folder', async () => {
    const w = workspace();
    const appeal = w.services.cases.create({ name: 'Budget' });
    w.services.cases.saveFacts({ id: appeal.id, facts: { decisionType: 'personalBudget' } });
    await expectRefused(() => w.submissions.export({ caseId: appeal.id, format: 'pdf' }), 'PRECONDITION');
    const undecided = w.services.cases.create({ name: 'Not yet' });
    await expectRefused(() => w.submissions.export({ caseId: undecided.id, format: 'docx' }), 'PRECONDITION');
    expect(w.folderDialog.asked).toEqual([]);
    expect(readdirSync(w.out)).toEqual([]);
  });

  it('a failure while writing removes what was written and records nothing', async () => {
    const w = workspace();
    const { caseId } = await w.seedFixture(contentWithRecommendations);
    // Fonts that are not there: the PDF writer fails, after the export's folder was made.
    const broken = serviceOver(w.db, join(w.folder(), 'no-fonts-here'), w.out);
    await expect(broken.export({ caseId, format: 'pdf' })).rejects.toThrow();
    expect(readdirSync(w.out)).toEqual([]);
    expect(w.submissions.get({ caseId }).history).toEqual([]);
    // The same export with the fonts in place works, into the name the failed one would have had.
    expect(saved(await w.submissions.export({ caseId, format: 'pdf' })).folderName).toBe(FOLDER);
  });

  it('keeps hostile text as text: markup typed into an answer is written literally, not as markup', async () => {
    const w = workspace();
    const { caseId, answers } = await w.seedFixture(refusalToAssess);
    const hostile = 'Reasons </w:t></w:r><w:r><w:t>injected & <script>alert(1)</script> "quoted"';
    w.submissions.saveAnswers({ caseId, answers: { ...answers, generalReasons: { reasons: hostile } } });
    const record = saved(await w.submissions.export({ caseId, format: 'docx', documents: ['reasonsForAppeal'] }));
    const { xml, text } = docxText(join(w.out, record.folderName, 'reasons-for-appeal.docx'));
    expect(text).toContain(hostile);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;/w:t&gt;');
  });
});

describe('writeSubmissionFiles', () => {
  it('a failure part way removes the files already written and the folder, and nothing else', async () => {
    const w = workspace();
    const { caseId } = await w.seedFixture(contentWithRecommendations);
    const [first, second] = w.submissions.get({ caseId }).documents;
    if (!first || !second) throw new Error('expected two documents');
    const folder = join(w.out, 'export');
    mkdirSync(folder);
    // Watch the folder, to see that the first file was really there before the failure.
    const seen = new Set<string>();
    const watcher = watch(folder, (_event, name) => {
      if (name !== null) seen.add(name);
    });
    // The second file's name points into a folder that does not exist, so its write fails.
    const failing = writeSubmissionFiles({
      documents: [first, { ...second, fileName: join('missing', second.fileName) }],
      folder,
      format: 'docx',
      fonts: { folder: w.fontsFolder },
    });
    await expect(failing).rejects.toMatchObject({ code: 'ENOENT' });
    await new Promise((done) => setTimeout(done, 100));
    watcher.close();
    expect(seen).toContain(`${first.fileName}.docx`);
    expect(existsSync(folder)).toBe(false);
    expect(readdirSync(w.out)).toEqual([]);
  });
});
