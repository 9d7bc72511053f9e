import * as fontkit from '@cantoo/fontkit';
import type { PDFDocument } from '@cantoo/pdf-lib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleFonts } from './drawIndex';

/** The font files the bundle's own pages use: DejaVu Sans, shipped in resources/fonts. */
export interface BundleFontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

export function readBundleFontFiles(folder: string): BundleFontFiles {
  return {
    regular: readFileSync(join(folder, 'DejaVuSans.ttf')),
    bold: readFileSync(join(folder, 'DejaVuSans-Bold.ttf')),
  };
}

/**
 * Embeds DejaVu Sans, subset to the characters drawn, so children's and authors' names in Polish,
 * Czech, Turkish, Vietnamese, Greek or Cyrillic print as written on the cover, index and dividers
 * (the standard Helvetica fonts only cover Western European letters). Subsetting keeps the cost to
 * a few tens of kilobytes per file, inside the estimate's per-file overhead (estimateBundleSize.ts).
 */
export async function embedBundleFonts(doc: PDFDocument, files: BundleFontFiles): Promise<BundleFonts> {
  doc.registerFontkit(fontkit);
  return {
    regular: await doc.embedFont(files.regular, { subset: true }),
    bold: await doc.embedFont(files.bold, { subset: true }),
  };
}
