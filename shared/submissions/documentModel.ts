// The format-neutral shape of every written submission. The DOCX and PDF writers (electron/docx,
// electron/pdf/submissions) both follow this tree, so the two formats always say the same thing.
// Pure data, so the renderer can preview exactly what will be exported.

/** A run of text. A citation keeps whether it was found in the bundle so the writers can mark it. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'citation'; text: string; resolved: boolean };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** Numbered paragraphs run 1, 2, 3… through a document, as the Tribunal's papers are referred to. */
  | { kind: 'numbered'; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  /** `caption` says what the table holds, for screen-reader users and as the table's title. */
  | { kind: 'table'; caption: string; header: string[]; rows: Inline[][][] }
  | { kind: 'pageBreak' };

export const SUBMISSION_DOCUMENT_IDS = [
  'appealFormAnswers',
  'reasonsForAppeal',
  'recommendationsRequest',
  'lateAppealExplanation',
  'councilLetter',
  'mediationAdviserLetter',
] as const;

export type SubmissionDocumentId = (typeof SUBMISSION_DOCUMENT_IDS)[number];

export interface SubmissionProblem {
  kind: 'citationRemoved' | 'citationPageOutOfRange' | 'vagueWording';
  /** Where in the answers the problem is, e.g. "Section F: what you want it to say". */
  where: string;
  message: string;
}

export interface SubmissionDocument {
  id: SubmissionDocumentId;
  /** The document's own title, e.g. "Reasons for appeal". */
  title: string;
  /** The case title shown under the title and written into the file's properties. */
  caseTitle: string;
  /** A short file name without extension, e.g. "reasons-for-appeal". */
  fileName: string;
  blocks: Block[];
  problems: SubmissionProblem[];
}

export const text = (value: string): Inline => ({ kind: 'text', text: value });
export const strong = (value: string): Inline => ({ kind: 'strong', text: value });

export const heading = (level: 1 | 2 | 3, value: string): Block => ({ kind: 'heading', level, text: value });
export const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
export const numbered = (...content: Inline[]): Block => ({ kind: 'numbered', content });

/** Splits what the family typed into paragraphs at blank lines, keeping their words as written. */
export function splitParagraphs(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Every inline as plain text, e.g. for tests or a text preview. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((inline) => inline.text).join('');
}

/** The whole document as plain text, one block per line (tables as tab-separated rows). */
export function documentText(doc: SubmissionDocument): string {
  const lines: string[] = [doc.title, doc.caseTitle];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        lines.push(block.text);
        break;
      case 'numbered':
      case 'paragraph':
        lines.push(inlineText(block.content));
        break;
      case 'list':
        for (const item of block.items) lines.push(`• ${inlineText(item)}`);
        break;
      case 'table':
        lines.push(block.caption, block.header.join('\t'));
        for (const row of block.rows) lines.push(row.map(inlineText).join('\t'));
        break;
      case 'pageBreak':
        break;
    }
  }
  return lines.join('\n');
}
