import type { CitableDocument } from '../../../../shared/api/types';
import type { Citation } from '../../../../shared/submissions/submissionAnswersSchema';
import type { SummaryItem } from '../../../components/ErrorSummary';

// The state behind one evidence picker and the checks on it. Citations are a document and a
// page of it; they become bundle pages only at export (citeEvidence.ts), so they stay right when
// the bundle is reordered (issue 6).

/** A page typed but not yet added, kept so that nothing chosen is lost without a word. */
export interface CitationDraft {
  documentId: string;
  page: string;
}

export interface CitationsValue {
  citations: Citation[];
  draft: CitationDraft;
}

export const EMPTY_DRAFT: CitationDraft = { documentId: '', page: '' };

export function citationsValue(saved: readonly Citation[] | undefined): CitationsValue {
  return { citations: [...(saved ?? [])], draft: EMPTY_DRAFT };
}

/** The citations as saved: none is "not answered". */
export function savedCitations(value: CitationsValue): Citation[] | undefined {
  return value.citations.length === 0 ? undefined : value.citations;
}

const pages = (count: number) => `${count} page${count === 1 ? '' : 's'}`;

export function countText(count: number): string {
  if (count === 0) return 'You have not added any evidence here yet.';
  return `You have added ${count} piece${count === 1 ? '' : 's'} of evidence:`;
}

export function documentOptionText(document: CitableDocument): string {
  return `${document.title} (${pages(document.pageCount)})`;
}

export interface CitationView {
  /** "EP report, p.12 (bundle pages B12–B20)". */
  text: string;
  /** "EP report, p.12": names the citation on its Remove button. */
  short: string;
  /** What is wrong and what to do, when the document or page no longer exists. */
  problem: string | null;
}

export function describeCitation(citation: Citation, documents: readonly CitableDocument[]): CitationView {
  const document = documents.find((d) => d.id === citation.documentId);
  if (document === undefined) {
    const short = `Removed document, p.${citation.page}`;
    return {
      text: short,
      short,
      problem:
        'This document is no longer in your appeal. Remove this reference, then add the page again from the right document.',
    };
  }
  const short = `${document.title}, p.${citation.page}`;
  const bundle = document.bundlePages;
  const where = bundle === null ? 'not in the bundle yet' : `bundle page${bundle.includes('–') ? 's' : ''} ${bundle}`;
  const problem =
    citation.page > document.pageCount
      ? `${document.title} has ${pages(document.pageCount)}, so there is no page ${citation.page}. Remove this reference and add the right page.`
      : null;
  return { text: `${short} (${where})`, short, problem };
}

export interface DraftProblems {
  document?: string;
  page?: string;
}

/** Checks the page about to be added: a document chosen, a whole page number that exists, not added twice. */
export function checkDraft(
  draft: CitationDraft,
  citations: readonly Citation[],
  documents: readonly CitableDocument[],
): { citation: Citation } | { problems: DraftProblems } {
  const document = documents.find((d) => d.id === draft.documentId);
  if (document === undefined) return { problems: { document: 'Choose the document' } };
  const typed = draft.page.trim();
  const count = document.pageCount;
  if (typed === '') return { problems: { page: `Enter the page number, from 1 to ${count}` } };
  if (!/^\d+$/.test(typed)) {
    return { problems: { page: `Enter the page number as a whole number, from 1 to ${count}` } };
  }
  const page = Number(typed);
  if (page < 1 || page > count) {
    return { problems: { page: `${document.title} has ${pages(count)}: enter a page number from 1 to ${count}` } };
  }
  if (citations.some((c) => c.documentId === document.id && c.page === page)) {
    return { problems: { page: `You have already added page ${page} of ${document.title}` } };
  }
  return { citation: { documentId: document.id, page } };
}

/** A page chosen but never added would be lost on save, so saving stops and says so. */
export function unaddedCitation(id: string, value: CitationsValue): SummaryItem[] {
  const { documentId, page } = value.draft;
  if (documentId === '' && page.trim() === '') return [];
  return [
    {
      fieldId: id,
      message:
        'You have chosen evidence but not added it. Select ‘Add this evidence’, or clear the document and page number',
    },
  ];
}
