// Turns one written submission (shared/submissions/documentModel.ts) into a PDF with pdfmake, a
// real layout engine (issue 6: wrapping, headings, tables, page numbers – not hand-placed text on
// pdf-lib). DejaVu Sans from resources/fonts is embedded (subset) so the PDF looks the same
// everywhere and every character the family types can be shown. Headings become bookmarks.
// Not tagged: pdfmake 0.3.11 can pass `tagged: true` to PDFKit, but it then writes an empty
// structure tree (no headings, paragraphs or tables in it), and a PDF marked as tagged with nothing
// in its tree can leave screen readers with nothing to read. Untagged, they fall back to the page's
// reading order. The language and title are still set; the DOCX is the fully accessible version.
import { join, resolve, sep } from 'node:path';
import pdfmake from 'pdfmake';
import type { Block, Inline, SubmissionDocument } from '../../../shared/submissions/documentModel';

export interface PdfFonts {
  /** Folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf (resources/fonts in the app). */
  folder: string;
}

const FONT = 'DejaVuSans';
const BODY_SIZE = 12;
const HEADING_SIZES = { 1: 20, 2: 16, 3: 13 } as const;

type Content = Record<string, unknown> | string;

function spans(content: readonly Inline[]): Content[] {
  return content.map((inline) => {
    switch (inline.kind) {
      case 'text':
        return { text: inline.text };
      case 'strong':
        return { text: inline.text, bold: true };
      case 'citation':
        // A reference that could not be found in the bundle stands out so it is fixed before sending.
        return inline.resolved ? { text: inline.text } : { text: inline.text, bold: true, background: '#ffff00' };
    }
  });
}

function table(block: Extract<Block, { kind: 'table' }>): Content[] {
  const widths = block.header.length === 2 ? ['40%', '60%'] : block.header.map(() => '*');
  return [
    { text: block.caption, bold: true, margin: [0, 4, 0, 4] },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths,
        body: [
          block.header.map((h) => ({ text: h, bold: true, fillColor: '#eeeeee' })),
          ...block.rows.map((row) => row.map((cell) => ({ text: spans(cell) }))),
        ],
      },
      margin: [0, 0, 0, 12],
    },
  ];
}

function blocksToContent(blocks: readonly Block[]): Content[] {
  let number = 0;
  let headingId = 0;
  let parent: string | undefined;
  return blocks.flatMap((block): Content[] => {
    switch (block.kind) {
      case 'heading': {
        const id = `h${++headingId}`;
        const node = {
          text: block.text,
          style: `heading${block.level}`,
          outline: true,
          id,
          ...(block.level === 3 && parent !== undefined ? { outlineParentId: parent } : {}),
        };
        if (block.level <= 2) parent = id;
        return [node];
      }
      case 'numbered':
        number += 1;
        return [
          {
            columns: [
              { width: 30, text: `${number}.` },
              { width: '*', text: spans(block.content) },
            ],
            columnGap: 0,
            margin: [0, 0, 0, 8],
          },
        ];
      case 'paragraph':
        return [{ text: spans(block.content), margin: [0, 0, 0, 8] }];
      case 'list':
        return [{ ul: block.items.map((item) => ({ text: spans(item) })), margin: [0, 0, 0, 8] }];
      case 'table':
        return table(block);
      case 'pageBreak':
        return [{ text: '', pageBreak: 'after' }];
    }
  });
}

/** The document as PDF bytes (A4, 12-point body text, page numbers in the footer). */
export async function renderSubmissionPdf(doc: SubmissionDocument, fonts: PdfFonts): Promise<Uint8Array> {
  const folder = resolve(fonts.folder);
  pdfmake.setFonts({
    [FONT]: {
      normal: join(folder, 'DejaVuSans.ttf'),
      bold: join(folder, 'DejaVuSans-Bold.ttf'),
      italics: join(folder, 'DejaVuSans.ttf'),
      bolditalics: join(folder, 'DejaVuSans-Bold.ttf'),
    },
  });
  // Offline app: never fetch anything, and read only the font files.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(folder + sep));

  const title = `${doc.title} – ${doc.caseTitle}`;
  const definition = {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    tagged: false,
    displayTitle: true,
    language: 'en-GB',
    version: '1.7',
    info: {
      title,
      subject: doc.caseTitle,
      author: 'Appeal Bundle',
      creator: 'Appeal Bundle',
      producer: 'Appeal Bundle',
    },
    defaultStyle: { font: FONT, fontSize: BODY_SIZE, lineHeight: 1.2 },
    styles: {
      heading1: { fontSize: HEADING_SIZES[1], bold: true, margin: [0, 0, 0, 6] },
      heading2: { fontSize: HEADING_SIZES[2], bold: true, margin: [0, 14, 0, 6] },
      heading3: { fontSize: HEADING_SIZES[3], bold: true, margin: [0, 10, 0, 4] },
    },
    footer: (currentPage: number, pageCount: number) => ({
      text: `Page ${currentPage} of ${pageCount}`,
      alignment: 'center',
      fontSize: 10,
      margin: [0, 24, 0, 0],
    }),
    content: [
      { text: doc.title, style: 'heading1', outline: true },
      { text: doc.caseTitle, bold: true, margin: [0, 0, 0, 12] },
      ...blocksToContent(doc.blocks),
    ],
  };
  return new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
}
