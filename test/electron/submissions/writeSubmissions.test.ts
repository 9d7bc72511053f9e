import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSubmissionDocx } from '../../../electron/docx/writeSubmissionDocx';
import { writeSubmissionPdf } from '../../../electron/pdf/submissions/writeSubmissionPdf';
import { buildSubmissions } from '../../../shared/submissions/buildSubmissions';
import type { SubmissionDocument } from '../../../shared/submissions/documentModel';
import { hasTool, independentPageCount, run } from '../../fixtures/externalTools';
import {
  ALL_FIXTURES,
  contentWithRecommendations,
  fixtureInput,
  type SubmissionFixture,
} from '../../fixtures/submissions/submissionCases';

// Every document for every fixture case, written as DOCX and PDF and checked from the outside
// (issue 6): the DOCX XML unzipped, a few DOCX opened by LibreOffice (one soffice call: it is slow),
// and the PDFs read by poppler's pdftotext, pdfinfo and pdffonts.

const FONTS = { folder: path.resolve('resources/fonts') };
const out = mkdtempSync(path.join(os.tmpdir(), 'submissions-'));

interface Written {
  fixture: SubmissionFixture;
  doc: SubmissionDocument;
  docx: string;
  pdf: string;
  docxSha: string;
}
const written: Written[] = [];

const unzip = (file: string, member: string): string =>
  execFileSync('unzip', ['-p', file, member], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
const pdfText = (file: string): string => run('pdftotext', ['-layout', file, '-']).stdout;

const hasLibreOffice = hasTool('soffice');
const converted = path.join(out, 'libreoffice');

beforeAll(async () => {
  for (const [index, fixture] of ALL_FIXTURES.entries()) {
    for (const doc of buildSubmissions(fixtureInput(fixture)).documents) {
      const base = path.join(out, `${index}-${doc.fileName}`);
      const docx = await writeSubmissionDocx(doc, `${base}.docx`);
      const pdf = await writeSubmissionPdf(doc, `${base}.pdf`, FONTS);
      expect(pdf.sha256).toBe(createHash('sha256').update(readFileSync(pdf.path)).digest('hex'));
      written.push({ fixture, doc, docx: docx.path, pdf: pdf.path, docxSha: docx.sha256 });
    }
  }
  if (hasLibreOffice) {
    // One document of each kind: LibreOffice takes a few seconds to start, so convert them together.
    const kinds = new Map(written.map((w) => [w.doc.id, w.docx]));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(out, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        converted,
        ...kinds.values(),
      ],
      { stdio: 'ignore', timeout: 60_000 },
    );
  }
}, 90_000);

describe('written submissions as files', () => {
  it('writes every document of every fixture case, with nothing half-written left behind', () => {
    expect(written.map((w) => w.doc.id).sort()).toEqual(
      [
        ...Array(5).fill('appealFormAnswers'),
        ...Array(5).fill('reasonsForAppeal'),
        'councilLetter',
        'lateAppealExplanation',
        'mediationAdviserLetter',
        'recommendationsRequest',
      ].sort(),
    );
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  describe('DOCX', () => {
    it.each(ALL_FIXTURES.map((f) => [f.name, f] as const))('%s: headings, numbering, 12 pt body', (_name, fixture) => {
      for (const w of written.filter((x) => x.fixture === fixture)) {
        const xml = unzip(w.docx, 'word/document.xml');
        expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
        expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
        // No run smaller than 12 pt (w:sz is in half-points); the default is exactly 12 pt.
        const sizes = [...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));
        expect(sizes.every((size) => size >= 24)).toBe(true);
        const styles = unzip(w.docx, 'word/styles.xml');
        expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>.*?<w:sz w:val="24"\/>/);
        expect(styles).toContain('w:styleId="Heading1"');
        expect(unzip(w.docx, 'docProps/core.xml')).toContain(
          `<dc:title>${w.doc.title} – ${w.doc.caseTitle}</dc:title>`,
        );
        expect(xml).toContain(w.doc.title);
        if (w.doc.blocks.some((b) => b.kind === 'numbered')) {
          expect(xml).toContain('<w:numPr>');
          expect(unzip(w.docx, 'word/numbering.xml')).toContain('<w:numFmt w:val="decimal"/>');
        }
        if (w.doc.blocks.some((b) => b.kind === 'table')) {
          expect(xml).toContain('<w:tbl>');
          expect(xml).toContain('<w:tblHeader/>');
        }
      }
    });

    it('holds the family’s words and the resolved citations', () => {
      const reasons = written.find((w) => w.fixture === contentWithRecommendations && w.doc.id === 'reasonsForAppeal');
      const xml = unzip(reasons?.docx ?? '', 'word/document.xml');
      expect(xml).toContain('1:1 speech and language therapy for 45 minutes weekly by a qualified SALT.');
      expect(xml).toMatch(/EP report, p\.12 \(bundle page C\d+\)/);
    });

    it.runIf(hasLibreOffice)('opens in LibreOffice, which lays out every kind of document', () => {
      const pdfs = readdirSync(converted).filter((name) => name.endsWith('.pdf'));
      expect(pdfs).toHaveLength(6);
      for (const name of pdfs) {
        const file = path.join(converted, name);
        expect(independentPageCount(file)).toBeGreaterThanOrEqual(1);
        expect(pdfText(file)).toContain('SEND Tribunal appeal');
      }
      const form = pdfs.find((name) => name.includes('appeal-form-answers')) ?? '';
      expect(independentPageCount(path.join(converted, form))).toBeGreaterThanOrEqual(3);
    });
  });

  describe('PDF', () => {
    it.each(ALL_FIXTURES.map((f) => [f.name, f] as const))(
      '%s: text, page numbers, embedded font',
      (_name, fixture) => {
        for (const w of written.filter((x) => x.fixture === fixture)) {
          const pages = independentPageCount(w.pdf) ?? 0;
          expect(pages).toBeGreaterThanOrEqual(1);
          const textContent = pdfText(w.pdf);
          expect(textContent.replace(/\s+/g, ' ')).toContain(w.doc.title);
          for (let page = 1; page <= pages; page++) expect(textContent).toContain(`Page ${page} of ${pages}`);
          const fonts = run('pdffonts', [w.pdf]).stdout.split('\n').slice(2).filter(Boolean);
          expect(fonts.length).toBeGreaterThan(0);
          for (const line of fonts) {
            expect(line).toContain('DejaVuSans');
            expect(line).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, with a Unicode map
          }
          const info = run('pdfinfo', [w.pdf]).stdout;
          expect(info).toContain(`Title:           ${w.doc.title} – ${w.doc.caseTitle}`);
          // pdfmake cannot write a structure tree, so the PDF must not claim to be tagged (see the writer).
          expect(info).toMatch(/Tagged:\s+no/);
        }
      },
    );

    it('wraps long text and draws tables', () => {
      const form = written.find((w) => w.fixture === contentWithRecommendations && w.doc.id === 'appealFormAnswers');
      const textContent = pdfText(form?.pdf ?? '');
      expect(textContent).toMatch(/Question\s+Your answer/);
      expect(textContent).toMatch(/Documents sent with the appeal, in bundle order/);
    });
  });

  it('cites different bundle pages after the bundle is reordered', async () => {
    const pageOf = async (savedOrder: Parameters<typeof fixtureInput>[1], name: string): Promise<string> => {
      const doc = buildSubmissions(fixtureInput(contentWithRecommendations, savedOrder)).documents.find(
        (d) => d.id === 'reasonsForAppeal',
      );
      if (doc === undefined) throw new Error('no reasons document');
      const { path: file } = await writeSubmissionPdf(doc, path.join(out, name), FONTS);
      return /EP report, p\.12 \(bundle page (C\d+)\)/.exec(pdfText(file).replace(/\s+/g, ' '))?.[1] ?? 'none';
    };
    const before = await pageOf({}, 'before.pdf');
    const after = await pageOf({ C: ['school', 'salt', 'ep'] }, 'after.pdf');
    expect(before).toMatch(/^C\d+$/);
    expect(Number(after.slice(1)) - Number(before.slice(1))).toBe(12);
  });
});
