import {
  PDFArray,
  PDFContentStream,
  PDFDict,
  PDFNumber,
  PDFName,
  beginText,
  concatTransformationMatrix,
  endText,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rotateAndSkewTextDegreesAndTranslate,
  setFillingGrayscaleColor,
  setFontAndSize,
  showText,
  type PDFContext,
  type PDFFont,
  type PDFPage,
  type PDFRef,
} from '@cantoo/pdf-lib';

// Page numbers go in a band along the bottom of the page *as the reader sees it*. pdf-lib measures
// pages before /Rotate (environment.md), so everything here works in "visible" coordinates
// (u to the right, v up, origin at the visible bottom-left of the crop box) and maps them back.
//
// Decision (no content is ever covered): we cannot tell from the bytes whether a page has a blank
// margin (scans are often edge to edge), so every copied page's content is scaled down about its
// visible top-centre just enough to free the band (about 2.5% on A4 portrait), keeping the page
// size. Pages we draw ourselves (cover, index, dividers, photos) already leave the band empty.

export const STAMP_BAND = 20;
const STAMP_SIZE = 10;
const STAMP_BASELINE = 6;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** /Rotate as 0, 90, 180 or 270 (it may be stored as -90 or 450). */
export function normaliseRotation(angle: number): 0 | 90 | 180 | 270 {
  const r = (((Math.round(angle / 90) * 90) % 360) + 360) % 360;
  return r as 0 | 90 | 180 | 270;
}

export function visibleSize(box: Box, rotation: number): { width: number; height: number } {
  return rotation % 180 === 0 ? { width: box.width, height: box.height } : { width: box.height, height: box.width };
}

/** Maps a visible point to the page's own coordinates (clockwise /Rotate, as PDF viewers apply it). */
export function visibleToUser(box: Box, rotation: number, u: number, v: number): { x: number; y: number } {
  const { x, y, width: w, height: h } = box;
  switch (normaliseRotation(rotation)) {
    case 0:
      return { x: x + u, y: y + v };
    case 90:
      return { x: x + w - v, y: y + u };
    case 180:
      return { x: x + w - u, y: y + h - v };
    case 270:
      return { x: x + v, y: y + h - u };
  }
}

// Pages of the same size and turn share one tiny "q cm" stream and all share one "Q" stream, left
// uncompressed: thousands of separately deflated ten-byte streams cost more time than they save.
const wrapStreams = new WeakMap<PDFContext, Map<string, PDFRef>>();

function wrapStream(context: PDFContext, key: string, operators: () => ReturnType<typeof pushGraphicsState>[]): PDFRef {
  let cache = wrapStreams.get(context);
  if (!cache) {
    cache = new Map();
    wrapStreams.set(context, cache);
  }
  let ref = cache.get(key);
  if (!ref) {
    ref = context.register(PDFContentStream.of(context.obj({}), operators(), false));
    cache.set(key, ref);
  }
  return ref;
}

/** Shrinks the page's content (and its annotations) so the visible bottom band is free. */
export function reserveBand(page: PDFPage): void {
  const box = page.getCropBox();
  const rotation = normaliseRotation(page.getRotation().angle);
  const { height } = visibleSize(box, rotation);
  if (height <= STAMP_BAND * 2) return; // a sliver of a page: stamp over it rather than shrink to nothing
  const scale = (height - STAMP_BAND) / height;
  const { width } = visibleSize(box, rotation);
  const fixed = visibleToUser(box, rotation, width / 2, height);
  const tx = fixed.x * (1 - scale);
  const ty = fixed.y * (1 - scale);

  const context = page.doc.context;
  page.node.normalize();
  const start = wrapStream(context, `${scale} ${tx} ${ty}`, () => [
    pushGraphicsState(),
    concatTransformationMatrix(scale, 0, 0, scale, tx, ty),
  ]);
  page.node.wrapContentStreams(
    start,
    wrapStream(context, 'end', () => [popGraphicsState()]),
  );

  // Links and form fields on the page move with the content, so they still sit over their text.
  const annots = page.node.Annots();
  if (!annots) return;
  for (let i = 0; i < annots.size(); i++) {
    const annot = annots.lookupMaybe(i, PDFDict);
    const rect = annot?.lookupMaybe(PDFName.of('Rect'), PDFArray);
    if (!annot || !rect || rect.size() !== 4) continue;
    const n = [0, 1, 2, 3].map((k) => rect.lookupMaybe(k, PDFNumber)?.asNumber() ?? 0);
    const mapped = [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 0].map(
      (value, k) => value * scale + (k % 2 === 0 ? tx : ty),
    );
    annot.set(PDFName.of('Rect'), context.obj(mapped));
  }
}

/**
 * Draws `label` centred in the visible bottom band, upright for the reader, on a white strip. Written
 * as one small uncompressed stream of plain operators: deflating a separate stream per page was a
 * measurable share of a 1,000-page export.
 */
export function stampPage(page: PDFPage, label: string, font: PDFFont): void {
  const box = page.getCropBox();
  const rotation = normaliseRotation(page.getRotation().angle);
  const { width } = visibleSize(box, rotation);

  const a = visibleToUser(box, rotation, 0, 0);
  const b = visibleToUser(box, rotation, width, STAMP_BAND);
  const textWidth = font.widthOfTextAtSize(label, STAMP_SIZE);
  const origin = visibleToUser(box, rotation, (width - textWidth) / 2, STAMP_BASELINE);

  const fontName = page.node.newFontDictionary(font.name, font.ref);
  const context = page.doc.context;
  const operators = [
    pushGraphicsState(),
    setFillingGrayscaleColor(1),
    rectangle(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y)),
    fill(),
    setFillingGrayscaleColor(0),
    beginText(),
    setFontAndSize(fontName, STAMP_SIZE),
    rotateAndSkewTextDegreesAndTranslate(rotation, 0, 0, origin.x, origin.y),
    showText(font.encodeText(label)),
    endText(),
    popGraphicsState(),
  ];
  page.node.addContentStream(context.register(PDFContentStream.of(context.obj({}), operators, false)));
}
