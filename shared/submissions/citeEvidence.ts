// Turns the family's evidence references ({ documentId, page }) into the words the Tribunal reads:
// "EP report, p.12 (bundle page B45)". Bundle pages come from the current bundle plan through
// resolveCitation, so they stay right when the bundle is reordered; a reference to a document that
// is no longer in the bundle is shown as such and reported, never silently dropped (issue 6).
import type { BundlePlan } from '../bundle/bundleTypes';
import { resolveCitation } from '../bundle/resolveCitation';
import type { Inline, SubmissionProblem } from './documentModel';
import type { Citation } from './submissionAnswersSchema';

export const REMOVED_DOCUMENT_TEXT = '[document removed — check this reference]';

export interface CitationContext {
  /** Titles of the case's documents by id. */
  titles: ReadonlyMap<string, string>;
  /** Null before a bundle has been planned: citations then give the document and page only. */
  plan: BundlePlan | null;
  problems: SubmissionProblem[];
}

/** One citation as an inline span; problems are added to `context.problems`. */
export function citeEvidence(citation: Citation, where: string, context: CitationContext): Inline {
  const title = context.titles.get(citation.documentId);
  const documentPage = `${title ?? 'Unknown document'}, p.${citation.page}`;
  const removed = (): Inline => {
    context.problems.push({
      kind: 'citationRemoved',
      where,
      message: `A reference (${documentPage}) points to a document that is no longer in the bundle. Choose another document or remove the reference.`,
    });
    return { kind: 'citation', text: `${documentPage} ${REMOVED_DOCUMENT_TEXT}`, resolved: false };
  };
  if (title === undefined) return removed();
  if (context.plan === null) return { kind: 'citation', text: documentPage, resolved: true };

  const result = resolveCitation(context.plan, citation.documentId, citation.page);
  switch (result.kind) {
    case 'page':
      return { kind: 'citation', text: `${documentPage} (bundle page ${result.label})`, resolved: true };
    case 'removedDocument':
      return removed();
    case 'pageOutOfRange':
      context.problems.push({
        kind: 'citationPageOutOfRange',
        where,
        message: `A reference points to page ${citation.page} of "${title}", which has ${result.pageCount} page${result.pageCount === 1 ? '' : 's'}. Check the page number.`,
      });
      return {
        kind: 'citation',
        text: `${documentPage} [this document has ${result.pageCount} page${result.pageCount === 1 ? '' : 's'} — check this reference]`,
        resolved: false,
      };
  }
}

/** "Evidence: A, p.1 (bundle page 5); B, p.3 (bundle page 9)." as inlines, or [] when none. */
export function evidenceLine(
  citations: readonly Citation[] | undefined,
  where: string,
  context: CitationContext,
): Inline[] {
  if (citations === undefined || citations.length === 0) return [];
  const content: Inline[] = [{ kind: 'strong', text: 'Evidence: ' }];
  citations.forEach((citation, index) => {
    if (index > 0) content.push({ kind: 'text', text: '; ' });
    content.push(citeEvidence(citation, where, context));
  });
  content.push({ kind: 'text', text: '.' });
  return content;
}
