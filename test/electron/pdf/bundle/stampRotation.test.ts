import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../../../../electron/pdf/bundle/writeBundle';
import { planBundle } from '../../../../shared/bundle/planBundle';
import type { BundlePlan } from '../../../../shared/bundle/bundleTypes';
import { A4_LANDSCAPE, buildCase, fullBleedPdf, pdfPages } from '../../../fixtures/bundle/bundleCase';
import {
  bottomBandText,
  darkPixels,
  pageGeometry,
  qpdfCheck,
  renderGray,
  type GeometryPage,
} from '../../../fixtures/bundle/inspectBundle';
import { BUNDLE_FONT_FILES } from '../../../fixtures/bundle/bundleFontFiles';

// Stamps must read upright at the foot of the page as the reader sees it, whatever the page's own
// /Rotate, the person's turn, or a landscape shape (environment.md: pdf-lib ignores /Rotate).

const folder = mkdtempSync(join(tmpdir(), 'bundle-rotation-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const DPI = 50;
const BAND_PX = Math.round((20 * DPI) / 72); // the 20-point stamp band

describe('stamps on rotated and landscape pages', () => {
  let plan: BundlePlan;
  let file: string;
  let geometry: GeometryPage[];

  beforeAll(async () => {
    const generated = await buildCase([
      {
        id: 'own',
        title: 'Pages with their own /Rotate',
        category: 'SCHOOL',
        date: '2026-01-01',
        source: { kind: 'pdf', pages: [{ rotation: 90 }, { rotation: 180 }, { rotation: 270 }] },
      },
      {
        id: 'landscape',
        title: 'Landscape pages',
        category: 'SCHOOL',
        date: '2026-01-02',
        source: { kind: 'pdf', pages: [{ size: A4_LANDSCAPE }, { size: A4_LANDSCAPE, rotation: 90 }] },
      },
      {
        id: 'turned',
        title: 'Pages the person turned',
        category: 'SCHOOL',
        date: '2026-01-03',
        source: pdfPages(3),
        rotations: [90, 180, 270],
      },
      {
        id: 'both',
        title: 'Own turn plus the person’s',
        category: 'SCHOOL',
        date: '2026-01-04',
        source: { kind: 'pdf', pages: [{ rotation: 90 }] },
        rotations: [90],
      },
      {
        id: 'photo',
        title: 'Landscape photo turned',
        category: 'SCHOOL',
        date: '2026-01-05',
        source: { kind: 'jpeg', shape: 'landscape' },
        rotations: [90],
      },
      {
        id: 'bleed',
        title: 'Full-bleed page',
        category: 'SCHOOL',
        date: '2026-01-06',
        source: { kind: 'pdfBytes', bytes: await fullBleedPdf(), pageCount: 1 },
      },
      {
        id: 'bleedTurned',
        title: 'Full-bleed landscape page with /Rotate 90',
        category: 'SCHOOL',
        date: '2026-01-07',
        source: { kind: 'pdfBytes', bytes: await fullBleedPdf(A4_LANDSCAPE), pageCount: 1 },
        rotations: [90],
      },
    ]);
    plan = planBundle(generated.input);
    file = join(folder, 'rotated.pdf');
    await writeBundle({ fontFiles: BUNDLE_FONT_FILES, plan, loadSource: generated.loadSource, outputPath: file });
    geometry = pageGeometry(file, plan.pageCount);
  });

  it('pdftotext reads each label horizontally in the visible bottom band', () => {
    for (const page of plan.pages) {
      const g = geometry[page.number - 1];
      if (!g) throw new Error('missing page');
      expect(bottomBandText(file, page.number, g), `page ${page.number}`).toBe(page.label);
    }
  });

  it('renders the stamp in the bottom margin of the displayed page, not at the top or sides', () => {
    const documentPages = plan.pages.filter((p) => p.kind === 'document');
    for (const page of documentPages) {
      const image = renderGray(file, page.number, DPI, join(folder, `p${page.number}`));
      const cx = Math.floor(image.width / 2);
      const bottom = darkPixels(image, cx - 20, image.height - BAND_PX, cx + 20, image.height);
      expect(bottom, `page ${page.number} bottom`).toBeGreaterThan(5);
      if (page.documentId !== 'bleed' && page.documentId !== 'bleedTurned') {
        expect(darkPixels(image, cx - 20, 0, cx + 20, BAND_PX), `page ${page.number} top`).toBe(0);
        expect(
          darkPixels(image, 0, image.height - 3 * BAND_PX, BAND_PX, image.height),
          `page ${page.number} left foot`,
        ).toBe(0);
      }
    }
  });

  it('shrinks edge-to-edge content above the band instead of covering it', () => {
    for (const id of ['bleed', 'bleedTurned']) {
      const page = plan.documents.find((d) => d.id === id)?.firstPage ?? 0;
      const image = renderGray(file, page, DPI, join(folder, `bleed${page}`));
      const cx = Math.floor(image.width / 2);
      // The band is white apart from the label; the black page starts right above it and still
      // reaches the top edge (scaled about the top centre), with a thin white margin at each side.
      const bandLeft = darkPixels(image, 2, image.height - BAND_PX + 2, cx - 30, image.height - 2);
      expect(bandLeft, id).toBe(0);
      const above = darkPixels(image, cx - 20, image.height - BAND_PX - 4, cx + 20, image.height - BAND_PX - 1);
      expect(above, id).toBeGreaterThan(100);
      expect(darkPixels(image, cx - 20, 0, cx + 20, 2), id).toBeGreaterThan(60);
      const middle = Math.floor(image.height / 2);
      expect(darkPixels(image, 0, middle - 10, 2, middle + 10), id).toBe(0);
      expect(darkPixels(image, image.width - 2, middle - 10, image.width, middle + 10), id).toBe(0);
      if (id === 'bleedTurned') expect(image.width).toBeLessThan(image.height); // landscape turned to portrait
    }
  });

  it('passes qpdf --check', () => {
    expect(qpdfCheck(file)).toBe(0);
  });
});
