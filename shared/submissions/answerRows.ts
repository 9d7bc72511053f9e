// The rows of "check your answers" (issue 6: every answer on one screen, each with a change link),
// as plain data so the wording can be tested without a browser. The summarise*Answers files fill
// them page by page; the renderer only draws them.
import type { CaseFacts } from '../domain/caseFacts';
import type { Citation, SubmissionAnswers } from './submissionAnswersSchema';
import type { SubmissionPage, SubmissionPageId } from './submissionPages';

/**
 * Where an answer is changed: its own "write your appeal" page, a "start a case" question (the
 * facts are asked once, there), or the case details (the council).
 */
export type ChangeTarget =
  | { kind: 'page'; page: SubmissionPageId }
  | { kind: 'start'; step: 'decision' | 'sections' | 'decisionDate' | 'certificate' | 'dateOfBirth' }
  | { kind: 'council' };

export interface AnswerRow {
  /** The question, short: "Full name". */
  label: string;
  /** Paragraphs to show; never empty ("Not answered yet" when there is no answer). */
  value: string[];
  change: ChangeTarget;
  /** Completes the visually hidden text of the Change link: "Change" + " full name". */
  changeText: string;
}

/** Everything a page summary can draw on: the answers, the facts from "start a case" and the case details. */
export interface SummaryContext {
  answers: SubmissionAnswers;
  facts: CaseFacts;
  pages: readonly SubmissionPage[];
  /** The case's documents, to name the ones cited as evidence. */
  documents: readonly { id: string; title: string }[];
  known: { council: string | null; lateAppealLines: readonly string[] };
}

export const NOT_ANSWERED = 'Not answered yet';

export const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The answer as typed, or "Not answered yet". */
export function answer(value: string | undefined, empty = NOT_ANSWERED): string[] {
  return [filled(value) ? value.trim() : empty];
}

export function yesNoAnswer(value: boolean | undefined): string[] {
  return [value === undefined ? NOT_ANSWERED : value ? 'Yes' : 'No'];
}

/** "EP report, page 12" for each reference, or a plain warning for a document that has gone. */
export function evidenceAnswer(evidence: readonly Citation[] | undefined, context: SummaryContext): string[] {
  if (evidence === undefined || evidence.length === 0) return ['No documents chosen yet'];
  return evidence.map((citation) => {
    const title = context.documents.find((doc) => doc.id === citation.documentId)?.title;
    return title === undefined
      ? `A document that has been removed, page ${citation.page}: choose another document or remove this reference`
      : `${title}, page ${citation.page}`;
  });
}

const lowerFirst = (label: string): string => label.charAt(0).toLowerCase() + label.slice(1);

/** A row changed on its own "write your appeal" page. */
export function pageRow(page: SubmissionPageId, label: string, value: string[]): AnswerRow {
  return { label, value, change: { kind: 'page', page }, changeText: lowerFirst(label) };
}

/** A row whose answer was given elsewhere in the app, so it is changed there (nothing is asked twice). */
export function knownRow(change: Exclude<ChangeTarget, { kind: 'page' }>, label: string, value: string[]): AnswerRow {
  return { label, value, change, changeText: lowerFirst(label) };
}
