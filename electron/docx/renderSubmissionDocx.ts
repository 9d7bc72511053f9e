// Turns one written submission (shared/submissions/documentModel.ts) into a Word document that
// works with a screen reader and can be edited by the family or an adviser (issue 6): real
// Heading1–3 styles (the navigation pane and screen readers list them), one numbering definition
// for the numbered paragraphs, 12-point body text at least, real tables with a repeating header
// row, the case title in the file's properties, and page numbers in the footer. The model has no
// images, so there is nothing that needs alt text.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  HighlightColor,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, Inline, SubmissionDocument } from '../../shared/submissions/documentModel';

const FONT = 'Arial';
/** Half-points: 24 = 12 pt, the minimum for body text (issue 6). */
const BODY_SIZE = 24;
const NUMBERED = 'numbered-paragraphs';
const BULLETS = 'bullets';

const HEADING_LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function runs(content: readonly Inline[]): ParagraphChild[] {
  return content.map((inline) => {
    switch (inline.kind) {
      case 'text':
        return new TextRun({ text: inline.text });
      case 'strong':
        return new TextRun({ text: inline.text, bold: true });
      case 'citation':
        // A reference that could not be found in the bundle stands out so it is fixed before sending.
        return inline.resolved
          ? new TextRun({ text: inline.text })
          : new TextRun({ text: inline.text, bold: true, highlight: HighlightColor.YELLOW });
    }
  });
}

function table(block: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  const cell = (children: ParagraphChild[]): TableCell =>
    new TableCell({ children: [new Paragraph({ children, spacing: { before: 40, after: 40 } })] });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.header.map((h) => cell([new TextRun({ text: h, bold: true })])),
  });
  const rows = block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(runs(c))) }));
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun({ text: block.caption })] }),
    new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
    new Paragraph({ children: [] }),
  ];
}

function blocksToChildren(blocks: readonly Block[]): (Paragraph | Table)[] {
  return blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ heading: HEADING_LEVELS[block.level], keepNext: true, text: block.text })];
      case 'numbered':
        return [new Paragraph({ numbering: { reference: NUMBERED, level: 0 }, children: runs(block.content) })];
      case 'paragraph':
        return [new Paragraph({ children: runs(block.content) })];
      case 'list':
        return block.items.map(
          (item) => new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: runs(item) }),
        );
      case 'table':
        return table(block);
      case 'pageBreak':
        return [new Paragraph({ pageBreakBefore: true, children: [] })];
    }
  });
}

/** The document as .docx bytes. */
export async function renderSubmissionDocx(doc: SubmissionDocument): Promise<Uint8Array> {
  const body = { font: FONT, size: BODY_SIZE, language: { value: 'en-GB' } };
  const headingStyle = (size: number) => ({
    run: { font: FONT, size, bold: true, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 } },
  });
  const document = new Document({
    title: `${doc.title} – ${doc.caseTitle}`,
    subject: doc.caseTitle,
    creator: 'Appeal Bundle',
    lastModifiedBy: 'Appeal Bundle',
    description: `${doc.title} for ${doc.caseTitle}`,
    styles: {
      default: {
        document: { run: body, paragraph: { spacing: { after: 160, line: 300 } } },
        title: headingStyle(40),
        heading1: headingStyle(36),
        heading2: headingStyle(30),
        heading3: headingStyle(26),
        caption: { run: { font: FONT, size: BODY_SIZE, bold: true, italics: false, color: '000000' } },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 567 } } },
            },
          ],
        },
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 283 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: doc.title }),
          new Paragraph({ children: [new TextRun({ text: doc.caseTitle, bold: true })] }),
          ...blocksToChildren(doc.blocks),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
