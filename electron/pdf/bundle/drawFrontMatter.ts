import { rgb, type PDFPage, type PDFRef } from '@cantoo/pdf-lib';
import type { BundlePlan, PlannedSection } from '../../../shared/bundle/bundleTypes';
import type { BundlePart } from '../../../shared/bundle/splitIntoParts';
import { INDEX_LAYOUT as L } from '../../../shared/bundle/indexLayout';
import { formatDateForHumans } from '../../../shared/domain/dates';
import type { BundleFonts } from './drawIndex';
import { addPageLink } from './linkAnnotation';
import { fitText } from './pdfText';

// The cover, section dividers and the first page of each emailed part. Plain and neutral (§7.3:
// no logos), A4 portrait, with the stamp band at the bottom left empty.

const width = L.pageWidth - 2 * L.marginLeft;
const grey = rgb(0.3, 0.3, 0.3);

function line(page: PDFPage, fonts: BundleFonts, value: string, y: number, size: number, bold = false): void {
  const fitted = fitText(bold ? fonts.bold : fonts.regular, value, size, width);
  page.drawText(fitted.text, { x: L.marginLeft, y, size: fitted.size, font: bold ? fonts.bold : fonts.regular });
}

function fields(page: PDFPage, fonts: BundleFonts, rows: [string, string][], top: number): number {
  let y = top;
  for (const [name, value] of rows) {
    page.drawText(name, { x: L.marginLeft, y, size: 11, font: fonts.bold, color: grey });
    const fitted = fitText(fonts.regular, value, 13, width - 170);
    page.drawText(fitted.text, { x: L.marginLeft + 170, y, size: fitted.size, font: fonts.regular });
    y -= 28;
  }
  return y;
}

export function drawCover(page: PDFPage, plan: BundlePlan, fonts: BundleFonts): void {
  const d = plan.caseDetails;
  page.setSize(L.pageWidth, L.pageHeight);
  line(page, fonts, 'First-tier Tribunal (Special Educational Needs and Disability)', 740, 12);
  line(page, fonts, 'Appeal bundle', 690, 28, true);
  line(page, fonts, 'Evidence from the family', 662, 14);
  const y = fields(
    page,
    fonts,
    [
      ['Child or young person', d.childName],
      ['Council', d.council],
      ['Appeal', d.appealTypeLabel],
      ['Tribunal reference', d.tribunalReference ?? 'Not yet registered'],
      ['Date prepared', formatDateForHumans(d.datePrepared)],
      ['Pages', `${plan.pageCount} (numbered at the foot of each page)`],
    ],
    580,
  );
  line(page, fonts, 'The index on the next page lists every document with its page numbers.', y - 20, 10);
}

export function drawDivider(page: PDFPage, section: PlannedSection, fonts: BundleFonts): void {
  page.setSize(L.pageWidth, L.pageHeight);
  line(page, fonts, `Section ${section.id}`, 520, 32, true);
  line(page, fonts, section.title, 480, 20);
  const count = section.documents.length;
  line(page, fonts, `Pages ${section.rangeText} - ${count} ${count === 1 ? 'document' : 'documents'}`, 450, 12);
}

/** The first page of an emailed part: which part, which bundle pages, and what it holds (linked). */
export function drawPartCover(
  page: PDFPage,
  plan: BundlePlan,
  part: BundlePart,
  fonts: BundleFonts,
  refOf: (bundlePage: number) => PDFRef | undefined,
): void {
  page.setSize(L.pageWidth, L.pageHeight);
  const d = plan.caseDetails;
  line(page, fonts, `Part ${part.number} of ${part.total}`, 740, 28, true);
  line(page, fonts, `Appeal bundle for ${d.childName}`, 705, 14);
  line(page, fonts, `Bundle pages ${part.rangeText} (of ${plan.pageCount})`, 682, 12);
  if (d.tribunalReference) line(page, fonts, `Tribunal reference ${d.tribunalReference}`, 662, 12);
  let y = 620;
  line(page, fonts, 'In this part', y, 12, true);
  y -= 22;
  const docs = plan.documents.filter((doc) => part.documentIds.includes(doc.id));
  const maxRows = Math.floor((y - 60) / 16);
  for (const [i, doc] of docs.entries()) {
    if (i === maxRows - 1 && docs.length > maxRows) {
      line(page, fonts, `and ${docs.length - i} more documents (see the index in part 1)`, y, 10);
      break;
    }
    const first = Math.max(doc.firstPage, part.firstPage);
    const last = Math.min(doc.lastPage, part.lastPage);
    const range = first === last ? label(plan, first) : `${label(plan, first)}–${label(plan, last)}`;
    const fitted = fitText(fonts.regular, doc.title, 10, width - 100);
    page.drawText(fitted.text, { x: L.marginLeft, y, size: fitted.size, font: fonts.regular });
    const r = fitText(fonts.regular, range, 10, 95);
    page.drawText(r.text, {
      x: L.marginLeft + width - fonts.regular.widthOfTextAtSize(r.text, r.size),
      y,
      size: r.size,
      font: fonts.regular,
    });
    const target = refOf(first);
    if (target) addPageLink(page, { x: L.marginLeft, y: y - 3, width, height: 14 }, target);
    y -= 16;
  }
}

function label(plan: BundlePlan, n: number): string {
  return plan.pages[n - 1]?.label ?? String(n);
}
