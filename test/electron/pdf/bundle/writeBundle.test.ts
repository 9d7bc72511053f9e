import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBundle, type WrittenFile } from '../../../../electron/pdf/bundle/writeBundle';
import { planBundle } from '../../../../shared/bundle/planBundle';
import type { BundlePlan } from '../../../../shared/bundle/bundleTypes';
import { buildCase, mixedCaseSpecs, pdfPages, type DocSpec } from '../../../fixtures/bundle/bundleCase';
import {
  bottomBandText,
  pageGeometry,
  pageLinks,
  pageText,
  pdfinfoPages,
  qpdfCheck,
  qpdfJson,
  type QpdfView,
} from '../../../fixtures/bundle/inspectBundle';
import { run } from '../../../fixtures/externalTools';
import { BUNDLE_FONT_FILES } from '../../../fixtures/bundle/bundleFontFiles';

const folder = mkdtempSync(join(tmpdir(), 'bundle-write-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Enough documents (with long titles) for the index to run onto a second page.
function manyDocuments(): DocSpec[] {
  return Array.from({ length: 45 }, (_, i) => ({
    id: `school${String(i).padStart(2, '0')}`,
    title: `School report number ${i} with a long description of attendance, behaviour and attainment this term`,
    category: 'SCHOOL' as const,
    date: `2025-${String((i % 12) + 1).padStart(2, '0')}-10`,
    author: i % 3 === 0 ? 'Class teacher and the special educational needs co-ordinator' : null,
    source: pdfPages(1),
  }));
}

describe.each([
  { name: 'prefixes and dividers', options: { sectionPrefixes: true, dividerPages: true }, extra: false },
  { name: 'plain numbers, several index pages', options: { sectionPrefixes: false, dividerPages: false }, extra: true },
])('writeBundle ($name)', ({ options, extra }) => {
  let plan: BundlePlan;
  let written: WrittenFile;
  let file: string;
  let view: QpdfView;
  const phases = new Set<string>();

  beforeAll(async () => {
    const generated = await buildCase([...mixedCaseSpecs(), ...(extra ? manyDocuments() : [])], undefined, options);
    generated.input.caseDetails.tribunalReference = 'EH936/23/00567';
    plan = planBundle(generated.input);
    file = join(folder, `${extra ? 'plain' : 'prefixed'}.pdf`);
    written = await writeBundle({
      fontFiles: BUNDLE_FONT_FILES,
      plan,
      loadSource: generated.loadSource,
      outputPath: file,
      onProgress: (p) => phases.add(p.phase),
    });
    view = qpdfJson(file);
  });

  it('has exactly the planned pages (pdfinfo), returns the file hash and reports progress', () => {
    expect(pdfinfoPages(file)).toBe(plan.pageCount);
    expect(written.pageCount).toBe(plan.pageCount);
    expect(written.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect([...phases]).toEqual(['copying', 'stamping', 'saving', 'writing']);
    expect(readdirSync(folder).filter((n) => n.startsWith('.'))).toEqual([]);
    if (extra) expect(plan.indexPages.length).toBeGreaterThan(1);
  });

  it('stamps every page with its label in the bottom band (pdftotext)', () => {
    const geometry = pageGeometry(file, plan.pageCount);
    const stamps = plan.pages.map((p) =>
      bottomBandText(file, p.number, geometry[p.number - 1] ?? { width: 0, height: 0, rotation: 0 }),
    );
    expect(stamps).toEqual(plan.pages.map((p) => p.label));
  });

  it('writes page labels that match the stamps', () => {
    const labels = view.pages.map((p) => {
      const prefix = p.label?.['/P'];
      const start = p.label?.['/St'];
      return `${typeof prefix === 'string' ? prefix.replace(/^u:/, '') : ''}${typeof start === 'number' ? start : ''}`;
    });
    expect(labels).toEqual(plan.pages.map((p) => p.label));
  });

  it('prints every index row with its date, title, author and page range', () => {
    const text = plan.indexPages.map((_, i) => pageText(file, 2 + i)).join('\n');
    const lines = text.split('\n');
    for (const row of plan.indexPages.flat()) {
      const line =
        row.kind === 'section'
          ? lines.find((l) => l.includes(row.title.replace('  ', ' ')) && l.trimEnd().endsWith(row.rangeText))
          : lines.find(
              (l) =>
                l.includes(row.dateText) && l.includes(row.titleLines[0] ?? '') && l.trimEnd().endsWith(row.rangeText),
            );
      expect(line, JSON.stringify(row)).toBeDefined();
      if (row.kind === 'document' && row.authorLines[0]) expect(line).toContain(row.authorLines[0]);
    }
  });

  it('links each index row to the first page of its section or document', () => {
    plan.indexPages.forEach((rows, i) => {
      const links = pageLinks(view, 2 + i);
      expect(links.map((l) => l.targetPage)).toEqual(rows.map((r) => r.targetPage));
    });
  });

  it('has bookmarks for the index, each section and each document (qpdf --json)', () => {
    const outline = view.outlines.map((o) => ({
      title: o.title,
      page: o.destpageposfrom1,
      kids: o.kids.map((k) => ({ title: k.title, page: k.destpageposfrom1 })),
    }));
    expect(outline).toEqual([
      { title: 'Index', page: 2, kids: [] },
      ...plan.sections.map((s) => ({
        title: `${s.id}  ${s.title}`,
        page: s.firstPage,
        kids: s.documents.map((d) => ({ title: d.title, page: d.firstPage })),
      })),
    ]);
  });

  it('keeps text searchable, shows the case on the cover and sets the metadata', () => {
    const plannedPage = plan.documents.find((d) => d.id === 'plan');
    expect(pageText(file, plannedPage?.firstPage ?? 0, false)).toContain('Fixture plan: page 1 of 4');
    const cover = pageText(file, 1);
    for (const value of [
      'Sam Example',
      'Exampleshire County Council',
      'Contents of the EHC plan',
      'EH936/23/00567',
      'Monday 23 November 2026',
    ]) {
      expect(cover).toContain(value);
    }
    const info = run('pdfinfo', [file]).stdout;
    expect(info).toMatch(/^Title:\s+Appeal bundle - Sam Example$/m);
    expect(info).toMatch(/^Author:\s+Prepared with Appeal Bundle$/m);
    expect(info).toMatch(/^Subject:\s+Evidence bundle for an appeal to the First-tier Tribunal \(SEND\)/m);
  });

  it('passes qpdf --check', () => {
    expect(qpdfCheck(file)).toBe(0);
  });
});

describe('writeBundle text in other alphabets', () => {
  it('prints names as written, marks only what the font lacks, and keeps everything in bookmarks', async () => {
    const generated = await buildCase([
      {
        id: 'letter',
        title: 'Łukasz’s letter – 学校 report',
        category: 'LA_DECISION',
        date: '2026-01-01',
        author: 'Zoë Ørsted',
        source: pdfPages(1),
      },
    ]);
    generated.input.caseDetails.childName = 'Łukasz Nowak';
    const plan = planBundle(generated.input);
    const file = join(folder, 'unicode.pdf');
    await writeBundle({ fontFiles: BUNDLE_FONT_FILES, plan, loadSource: generated.loadSource, outputPath: file });
    expect(pageText(file, 1)).toContain('Łukasz Nowak');
    // DejaVu Sans has no Chinese characters: those alone become "?" on the page.
    expect(pageText(file, 2)).toContain('Łukasz’s letter – ?? report');
    expect(pageText(file, 2)).toContain('Zoë Ørsted');
    expect(qpdfJson(file).outlines[1]?.kids[0]?.title).toBe('Łukasz’s letter – 学校 report');
    expect(run('pdfinfo', [file]).stdout).toMatch(/^Title:\s+Appeal bundle - Łukasz Nowak$/m);
  });
});
