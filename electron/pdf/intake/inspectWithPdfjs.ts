import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfPageInfo } from './intakeTypes';
import { maxImagePixels, maxPdfPages, textPageCount } from './intakeLimits';
import { pdfjsAssetDirs } from './pdfjsAssets';

export type PdfjsInspection =
  | {
      ok: true;
      pageCount: number;
      pages: PdfPageInfo[];
      text: string;
      /** pdf.js had to rebuild the cross-reference table (the file's index of objects was broken). */
      reconstructed: boolean;
      /** A page failed to load, or its content was undecodable and would have shown blank. */
      pageFailed: boolean;
    }
  | { ok: false; reason: 'needsPassword' | 'wrongPassword' | 'damaged' | 'tooManyPages' };

// pdf.js reports recoverable problems only as console warnings; with errors ignored (its default,
// needed to open real-world files) a corrupt content stream simply renders blank. These warnings
// are how we learn a page lost content, or that the xref was rebuilt.
const pageDamageWarning =
  /Invalid stream|FormatError|ignoring errors|Unable to decode|Unknown compression|Bad FCHECK|Bad FDICT|Unknown block type|Bad encoding in flate|circular reference|checkLastPage|Unterminated|JpegError|JpxError|Jbig2Error/i;
// pdf.js found the page tree's /Count wrong or looping and guessed: the count is not to be trusted.
const pageTreeWarning = /checkLastPage|circular reference|Pages tree/i;
const reconstructionWarning = /Indexing all PDF objects|Invalid XRef|bad XRef|Trying to recover/i;

let workerReady: Promise<void> | null = null;

// Running pdf.js's worker code in-process (the "fake worker") is deliberate: this whole module
// already runs inside the intake worker process, which is the isolation boundary.
function ensurePdfjsWorker(): Promise<void> {
  workerReady ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((worker) => {
    Object.assign(globalThis, { pdfjsWorker: worker });
  });
  return workerReady;
}

export async function inspectWithPdfjs(bytes: Uint8Array, password: string | undefined): Promise<PdfjsInspection> {
  await ensurePdfjsWorker();
  const warnings: string[] = [];
  const restoreConsole = captureWarnings(warnings);
  const assets = pdfjsAssetDirs();
  const task = pdfjs.getDocument({
    // pdf.js detaches the buffer it is given; the caller still needs its bytes.
    data: bytes.slice(),
    password,
    verbosity: pdfjs.VerbosityLevel.WARNINGS,
    standardFontDataUrl: assets.standardFonts,
    cMapUrl: assets.cMaps,
    cMapPacked: true,
    wasmUrl: assets.wasm,
    iccUrl: assets.icc,
    maxImageSize: maxImagePixels,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
  });
  try {
    let doc: pdfjs.PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (error) {
      return { ok: false, reason: classifyOpenError(error) };
    }
    const reconstructed = warnings.some((w) => reconstructionWarning.test(w));
    const treeDamaged = () => warnings.some((w) => pageTreeWarning.test(w));
    if (doc.numPages > maxPdfPages) return { ok: false, reason: 'tooManyPages' };

    const pages: PdfPageInfo[] = [];
    const texts: string[] = [];
    let pageFailed = false;
    for (let n = 1; n <= doc.numPages && !pageFailed; n++) {
      const warningsBefore = warnings.length;
      try {
        const page = await doc.getPage(n);
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
        pages.push({ width: Math.abs(x1 - x0), height: Math.abs(y1 - y0), rotation: normaliseRotation(page.rotate) });
        // Building the operator list parses every content stream, font and image on the page:
        // everything a render does except painting pixels.
        await page.getOperatorList();
        if (n <= textPageCount) texts.push(textOf(await page.getTextContent()));
        page.cleanup();
      } catch {
        pageFailed = true;
      }
      if (warnings.slice(warningsBefore).some((w) => pageDamageWarning.test(w))) pageFailed = true;
    }
    pageFailed ||= treeDamaged();
    return { ok: true, pageCount: doc.numPages, pages, text: texts.join('\n\n').trim(), reconstructed, pageFailed };
  } finally {
    await task.destroy().catch(() => undefined);
    restoreConsole();
  }
}

function classifyOpenError(error: unknown): 'needsPassword' | 'wrongPassword' | 'damaged' {
  if (error instanceof pdfjs.PasswordException) {
    return error.code === pdfjs.PasswordResponses.INCORRECT_PASSWORD ? 'wrongPassword' : 'needsPassword';
  }
  return 'damaged';
}

function textOf(content: Awaited<ReturnType<pdfjs.PDFPageProxy['getTextContent']>>): string {
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str + (item.hasEOL ? '\n' : '');
  }
  return text;
}

function normaliseRotation(rotate: number): number {
  return (((Math.round(rotate / 90) * 90) % 360) + 360) % 360;
}

function captureWarnings(into: string[]): () => void {
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    into.push(args.map(String).join(' '));
  };
  return () => {
    console.warn = original;
  };
}
