import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBundleParts, type WrittenFile } from '../../../../electron/pdf/bundle/writeBundle';
import { emailSubject } from '../../../../shared/bundle/emailSubject';
import { planBundle } from '../../../../shared/bundle/planBundle';
import { splitIntoParts, type BundlePart } from '../../../../shared/bundle/splitIntoParts';
import type { BundlePlan } from '../../../../shared/bundle/bundleTypes';
import { buildCase, pdfPages, type GeneratedCase } from '../../../fixtures/bundle/bundleCase';
import {
  bottomBandText,
  pageGeometry,
  pageLinks,
  pageText,
  pdfinfoPages,
  qpdfCheck,
  qpdfJson,
} from '../../../fixtures/bundle/inspectBundle';
import { BUNDLE_FONT_FILES } from '../../../fixtures/bundle/bundleFontFiles';

const folder = mkdtempSync(join(tmpdir(), 'bundle-parts-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('writeBundleParts', () => {
  let generated: GeneratedCase;
  let plan: BundlePlan;
  let parts: BundlePart[];
  let files: WrittenFile[];

  beforeAll(async () => {
    generated = await buildCase(
      [
        { id: 'decision', title: 'Decision letter', category: 'LA_DECISION', date: '2026-01-01', source: pdfPages(2) },
        {
          id: 'scan1',
          title: 'Scanned school report',
          category: 'SCHOOL',
          date: '2026-02-01',
          source: pdfPages(6, { scanned: true }),
        },
        {
          id: 'scan2',
          title: 'Scanned health letter',
          category: 'HEALTH',
          date: '2026-03-01',
          source: pdfPages(6, { scanned: true }),
        },
        {
          id: 'scan3',
          title: 'Scanned OT report',
          category: 'EXPERT_REPORT',
          date: '2026-04-01',
          source: pdfPages(6, { scanned: true }),
        },
      ],
      { id: 'refusalToAssess' },
      { sectionPrefixes: true, dividerPages: true },
    );
    plan = planBundle(generated.input);
    const scanBytes = generated.sizes[Object.keys(generated.sizes)[1] ?? '']?.bytes ?? 0;
    // A budget a little over one scanned document, so each lands in its own part.
    ({ parts } = splitIntoParts(plan, generated.sizes, Math.round(scanBytes * 1.4 + 60_000)));
    const out = join(folder, 'ok');
    mkdirSync(out);
    files = await writeBundleParts({
      fontFiles: BUNDLE_FONT_FILES,
      plan,
      parts,
      loadSource: generated.loadSource,
      outputPathFor: (part) => join(out, `Bundle part ${part.number} of ${part.total}.pdf`),
    });
  });

  it('writes one valid PDF per part, each with its own first page then its bundle pages', () => {
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(files).toHaveLength(parts.length);
    parts.forEach((part, i) => {
      const file = files[i]?.path ?? '';
      expect(pdfinfoPages(file)).toBe(part.lastPage - part.firstPage + 2);
      expect(files[i]?.pageCount).toBe(part.lastPage - part.firstPage + 2);
      expect(qpdfCheck(file)).toBe(0);
      const first = pageText(file, 1);
      expect(first).toContain(`Part ${part.number} of ${part.total}`);
      expect(first).toContain(`Bundle pages ${part.rangeText} (of ${plan.pageCount})`);
      const geometry = pageGeometry(file, part.lastPage - part.firstPage + 2);
      const stamps = geometry.map((g, p) => bottomBandText(file, p + 1, g));
      expect(stamps).toEqual([
        `Part ${part.number} of ${part.total}`,
        ...plan.pages.slice(part.firstPage - 1, part.lastPage).map((p) => p.label),
      ]);
      expect(statSync(file).size).toBe(files[i]?.bytes);
    });
  });

  it('links the documents listed on each part page to their first page in that file', () => {
    parts.forEach((part, i) => {
      const links = pageLinks(qpdfJson(files[i]?.path ?? ''), 1);
      const expected = plan.documents
        .filter((d) => part.documentIds.includes(d.id))
        .map((d) => Math.max(d.firstPage, part.firstPage) - part.firstPage + 2);
      expect(links.map((l) => l.targetPage)).toEqual(expected);
    });
  });

  it('gives each part the email subject to use', () => {
    const details = { childName: 'Sam Example', dateOfBirth: '2015-05-12', tribunalReference: null };
    expect(parts.map((p) => emailSubject(p, details))).toEqual(
      parts.map((p) => `New Appeal - Sam Example - 12/05/2015 - Part ${p.number} of ${p.total}`),
    );
  });

  it('cancelling part-way leaves none of the parts', async () => {
    const out = join(folder, 'cancelled');
    mkdirSync(out);
    const controller = new AbortController();
    let saves = 0;
    const written = writeBundleParts({
      fontFiles: BUNDLE_FONT_FILES,
      plan,
      parts,
      loadSource: generated.loadSource,
      outputPathFor: (part) => join(out, `part ${part.number}.pdf`),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'saving' && ++saves === 2) controller.abort();
      },
    });
    await expect(written).rejects.toThrow(/abort/i);
    expect(readdirSync(out)).toEqual([]);
  });
});
