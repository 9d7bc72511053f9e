import { PDFDocument, PDFPage, ParseSpeeds, type PDFImage } from '@cantoo/pdf-lib';
import type { BundlePage } from '../../../shared/bundle/bundleTypes';

// environment.md: copy each source's pages with ONE copyPages call (per-page calls duplicate fonts),
// load each source once, and never decode images: a JPEG is embedded as is (DCT passthrough) once,
// however many pages show it. Pages are copied text and all, so the bundle stays searchable.

export type DocumentPagePlan = Extract<BundlePage, { kind: 'document' }>;
export type LoadSource = (sha256: string) => Promise<Uint8Array>;

const A4: [number, number] = [595.28, 841.89];
/** Room around a photo, wider than the stamp band on every side so any turn keeps the band clear. */
const PHOTO_MARGIN = 36;

export class BundleSourceError extends Error {
  constructor(
    message: string,
    readonly sourceSha256: string,
  ) {
    super(message);
    this.name = 'BundleSourceError';
  }
}

function photoPage(doc: PDFDocument, image: PDFImage): PDFPage {
  const landscape = image.width > image.height;
  const [w, h] = landscape ? [A4[1], A4[0]] : A4;
  const page = PDFPage.create(doc);
  page.setSize(w, h);
  const scale = Math.min((w - 2 * PHOTO_MARGIN) / image.width, (h - 2 * PHOTO_MARGIN) / image.height);
  const dw = image.width * scale;
  const dh = image.height * scale;
  page.drawImage(image, { x: (w - dw) / 2, y: (h - dh) / 2, width: dw, height: dh });
  return page;
}

/**
 * Returns a fresh page object for every planned document page, keyed by bundle page number.
 * `onSource` is called after each source file is done (for progress and cancelling).
 */
export async function copySourcePages(
  doc: PDFDocument,
  pages: DocumentPagePlan[],
  loadSource: LoadSource,
  onSource: () => void,
): Promise<Map<number, PDFPage>> {
  const result = new Map<number, PDFPage>();
  const pdfSources = new Map<string, DocumentPagePlan[]>();
  const jpegSources = new Map<string, DocumentPagePlan[]>();
  for (const page of pages) {
    const map = page.source.kind === 'pdf' ? pdfSources : jpegSources;
    const list = map.get(page.source.sourceSha256) ?? [];
    list.push(page);
    map.set(page.source.sourceSha256, list);
  }

  for (const [sha, uses] of pdfSources) {
    const bytes = await loadSource(sha);
    let source: PDFDocument;
    try {
      source = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fast });
    } catch {
      throw new BundleSourceError('A stored PDF could not be opened to build the bundle.', sha);
    }
    const count = source.getPageCount();
    // A page used twice (the same source page in two documents) needs two copies; one call copies
    // each index once, so repeats go in a second round.
    let remaining = uses;
    while (remaining.length > 0) {
      const seen = new Set<number>();
      const round: DocumentPagePlan[] = [];
      const later: DocumentPagePlan[] = [];
      for (const use of remaining) {
        const index = use.source.kind === 'pdf' ? use.source.pageIndex : -1;
        if (index < 0 || index >= count)
          throw new BundleSourceError('A stored PDF has fewer pages than expected.', sha);
        if (seen.has(index)) later.push(use);
        else {
          seen.add(index);
          round.push(use);
        }
      }
      const copied = await doc.copyPages(
        source,
        round.map((use) => (use.source.kind === 'pdf' ? use.source.pageIndex : 0)),
      );
      round.forEach((use, i) => {
        const page = copied[i];
        if (page) result.set(use.number, page);
      });
      remaining = later;
    }
    onSource();
  }

  for (const [sha, uses] of jpegSources) {
    let image: PDFImage;
    try {
      image = await doc.embedJpg(await loadSource(sha));
    } catch {
      throw new BundleSourceError('A stored photo could not be read to build the bundle.', sha);
    }
    for (const use of uses) result.set(use.number, photoPage(doc, image));
    onSource();
  }
  return result;
}

export function sourceCount(pages: DocumentPagePlan[]): number {
  return new Set(pages.map((p) => `${p.source.kind}:${p.source.sourceSha256}`)).size;
}
