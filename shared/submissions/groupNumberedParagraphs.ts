// For an on-screen preview of a document: numbered paragraphs run 1, 2, 3… through the whole
// document, as in the DOCX and PDF (documentModel.ts), so each run of them between headings becomes
// one numbered list that starts where the previous run stopped.
import type { Block, Inline } from './documentModel';

export type PreviewBlock =
  Exclude<Block, { kind: 'numbered' }> | { kind: 'numberedRun'; start: number; items: Inline[][] };

export function groupNumberedParagraphs(blocks: readonly Block[]): PreviewBlock[] {
  const grouped: PreviewBlock[] = [];
  let next = 1;
  for (const block of blocks) {
    if (block.kind !== 'numbered') {
      grouped.push(block);
      continue;
    }
    const last = grouped.at(-1);
    if (last?.kind === 'numberedRun') last.items.push(block.content);
    else grouped.push({ kind: 'numberedRun', start: next, items: [block.content] });
    next += 1;
  }
  return grouped;
}
