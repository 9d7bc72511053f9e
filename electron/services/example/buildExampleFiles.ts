import { PDFDocument, StandardFonts, degrees, rgb } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { EXAMPLE_MARK, type ExampleDocument } from '../../../shared/domain/exampleCase';

// The example case's files, made here rather than shipped, so they always carry the mark and the
// dates of the day they were made. A photo is a JPEG of a page of text, like a phone picture.

const RED = rgb(0.83, 0.27, 0.19);

// Standard fonts only cover WinAnsi: the en dash is in it, so the mark prints as written.
async function buildPdf(doc: ExampleDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  pdf.setTitle(`${doc.title} (${EXAMPLE_MARK})`);
  for (const lines of doc.pages) {
    const page = pdf.addPage([595.28, 841.89]);
    page.drawText(EXAMPLE_MARK, { x: 50, y: 790, size: 14, font: bold, color: RED });
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 740 - i * 22, size: 12, font }));
    page.drawText(EXAMPLE_MARK, {
      x: 120,
      y: 250,
      size: 30,
      font: bold,
      color: RED,
      opacity: 0.25,
      rotate: degrees(40),
    });
  }
  return pdf.save();
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function buildPhoto(doc: ExampleDocument): Promise<Uint8Array> {
  const lines = doc.pages[0] ?? [];
  const text = lines
    .map((line, i) => `<text x="70" y="${260 + i * 48}" font-size="34" fill="#222">${escapeXml(line)}</text>`)
    .join('');
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1200" font-family="sans-serif">' +
    '<rect width="900" height="1200" fill="#cfc8ba"/><rect x="40" y="40" width="820" height="1120" fill="#f6f1e6"/>' +
    `<text x="70" y="140" font-size="40" font-weight="bold" fill="#d4351c">${escapeXml(EXAMPLE_MARK)}</text>` +
    text +
    `<text x="120" y="900" font-size="52" fill="#d4351c" opacity="0.3" transform="rotate(-35 450 900)">${escapeXml(EXAMPLE_MARK)}</text>` +
    '</svg>';
  return new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer());
}

export function buildExampleFile(doc: ExampleDocument): Promise<Uint8Array> {
  return doc.kind === 'pdf' ? buildPdf(doc) : buildPhoto(doc);
}
