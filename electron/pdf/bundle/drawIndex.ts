import { rgb, type PDFFont, type PDFPage, type PDFRef } from '@cantoo/pdf-lib';
import type { BundlePlan, IndexRow } from '../../../shared/bundle/bundleTypes';
import { INDEX_LAYOUT as L } from '../../../shared/bundle/indexLayout';
import { addPageLink } from './linkAnnotation';
import { fitText } from './pdfText';

// Draws the planner's index rows exactly as laid out (shared/bundle/indexLayout.ts), so the index
// page count reserved before numbering is the count drawn. Each row links to its first page.

export interface BundleFonts {
  regular: PDFFont;
  bold: PDFFont;
}

const grey = rgb(0.35, 0.35, 0.35);

function text(
  page: PDFPage,
  font: PDFFont,
  value: string,
  x: number,
  y: number,
  width: number,
  size: number = L.fontSize,
) {
  const fitted = fitText(font, value, size, width);
  page.drawText(fitted.text, { x, y, size: fitted.size, font });
}

function rightText(page: PDFPage, font: PDFFont, value: string, right: number, y: number, width: number) {
  const fitted = fitText(font, value, L.fontSize, width);
  const w = font.widthOfTextAtSize(fitted.text, fitted.size);
  page.drawText(fitted.text, { x: right - w, y, size: fitted.size, font });
}

function columnHeadings(page: PDFPage, fonts: BundleFonts, y: number): number {
  const c = L.columns;
  text(page, fonts.bold, 'Date', c.date.x, y, c.date.width);
  text(page, fonts.bold, 'Document', c.title.x, y, c.title.width);
  text(page, fonts.bold, 'Author', c.author.x, y, c.author.width);
  rightText(page, fonts.bold, 'Pages', c.pages.x + c.pages.width, y, c.pages.width);
  page.drawLine({
    start: { x: L.marginLeft, y: y - 4 },
    end: { x: c.pages.x + c.pages.width, y: y - 4 },
    thickness: 0.5,
    color: grey,
  });
  return y - 2 * L.lineHeight;
}

function drawRow(page: PDFPage, fonts: BundleFonts, row: IndexRow, top: number, target: PDFRef | undefined): void {
  const c = L.columns;
  const right = c.pages.x + c.pages.width;
  let y = top;
  if (row.kind === 'section') {
    if (row.lines > 1) y -= L.lineHeight * (row.lines - 1);
    text(page, fonts.bold, row.title, c.date.x, y, c.author.x + c.author.width - c.date.x, L.fontSize + 1);
    rightText(page, fonts.bold, row.rangeText, right, y, c.pages.width);
  } else {
    text(page, fonts.regular, row.dateText, c.date.x, y, c.date.width);
    row.titleLines.forEach((line, i) =>
      text(page, fonts.regular, line, c.title.x, y - i * L.lineHeight, c.title.width),
    );
    row.authorLines.forEach((line, i) =>
      text(page, fonts.regular, line, c.author.x, y - i * L.lineHeight, c.author.width),
    );
    rightText(page, fonts.regular, row.rangeText, right, y, c.pages.width);
  }
  if (target) {
    const rowTop = top + L.fontSize;
    const rowBottom = top - L.lineHeight * (row.lines - 1) - 3;
    addPageLink(page, { x: c.date.x, y: rowBottom, width: right - c.date.x, height: rowTop - rowBottom }, target);
  }
}

/** Draws index page `pageIndex` (0-based). `refOf` gives a bundle page's object if it is in this file. */
export function drawIndexPage(
  page: PDFPage,
  plan: BundlePlan,
  pageIndex: number,
  fonts: BundleFonts,
  refOf: (bundlePage: number) => PDFRef | undefined,
): void {
  page.setSize(L.pageWidth, L.pageHeight);
  let y = L.pageHeight - L.marginTop;
  if (pageIndex === 0) {
    page.drawText('Index', { x: L.marginLeft, y, size: 20, font: fonts.bold });
    y -= 2 * L.lineHeight;
    const d = plan.caseDetails;
    text(
      page,
      fonts.regular,
      `${d.childName} - ${d.appealTypeLabel}`,
      L.marginLeft,
      y,
      L.pageWidth - 2 * L.marginLeft,
      10,
    );
    y -= 2 * L.lineHeight;
  } else {
    text(
      page,
      fonts.regular,
      `Index (continued, page ${pageIndex + 1} of ${plan.indexPages.length})`,
      L.marginLeft,
      y,
      300,
      10,
    );
    y -= 2 * L.lineHeight;
  }
  y = columnHeadings(page, fonts, y);
  for (const row of plan.indexPages[pageIndex] ?? []) {
    drawRow(page, fonts, row, y, refOf(row.targetPage));
    y -= row.lines * L.lineHeight;
  }
}
