import { createCanvas } from '@napi-rs/canvas';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { maxImagePixels } from '../intake/intakeLimits';
import { pdfjsAssetDirs } from '../intake/pdfjsAssets';
import type { Thumbnail, ThumbnailRequest } from './thumbnailProtocol';

let workerReady: Promise<void> | null = null;

// pdf.js's worker code runs in-process (its "fake worker"): this module already runs inside the
// thumbnail worker process, which is the isolation boundary.
function ensurePdfjsWorker(): Promise<void> {
  workerReady ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((worker) => {
    Object.assign(globalThis, { pdfjsWorker: worker });
  });
  return workerReady;
}

// Thumbnails are asked for page after page of the same document, so the last parsed PDF is kept.
let open: { sha256: string; doc: Promise<pdfjs.PDFDocumentProxy>; destroy: () => Promise<void> } | null = null;

function openPdf(sha256: string, bytes: Uint8Array): Promise<pdfjs.PDFDocumentProxy> {
  if (open?.sha256 === sha256) return open.doc;
  const previous = open;
  open = null;
  void previous?.destroy().catch(() => undefined);
  const assets = pdfjsAssetDirs();
  const task = pdfjs.getDocument({
    // A plain copy: bytes may arrive as a Node Buffer, which pdf.js refuses, and pdf.js detaches it.
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
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
  open = { sha256, doc: task.promise, destroy: () => task.destroy() };
  return task.promise;
}

/** Renders a stored PDF page (with its own /Rotate) to a small PNG. */
async function renderPdfPage(request: ThumbnailRequest): Promise<Thumbnail> {
  await ensurePdfjsWorker();
  const doc = await openPdf(request.sha256, request.bytes);
  const page = await doc.getPage(request.pageIndex + 1);
  try {
    const unscaled = page.getViewport({ scale: 1 });
    const scale = request.maxSide / Math.max(unscaled.width, unscaled.height);
    const viewport = page.getViewport({ scale });
    const width = Math.max(1, Math.round(viewport.width));
    const height = Math.max(1, Math.round(viewport.height));
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    // PDFs assume white paper; a transparent page would show the app's background through it.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
    return { png: new Uint8Array(await canvas.encode('png')), width, height };
  } finally {
    page.cleanup();
  }
}

/** Shrinks a stored (already upright) JPEG page to a small PNG. */
async function renderJpegPage(request: ThumbnailRequest): Promise<Thumbnail> {
  const { data, info } = await sharp(request.bytes, { limitInputPixels: maxImagePixels })
    .resize({ width: request.maxSide, height: request.maxSide, fit: 'inside', withoutEnlargement: true })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { png: new Uint8Array(data), width: info.width, height: info.height };
}

/** A thumbnail, or null when the page cannot be drawn (the screen then says "No preview"). */
export async function renderThumbnail(request: ThumbnailRequest): Promise<Thumbnail | null> {
  try {
    return request.kind === 'pdf' ? await renderPdfPage(request) : await renderJpegPage(request);
  } catch {
    return null;
  }
}
