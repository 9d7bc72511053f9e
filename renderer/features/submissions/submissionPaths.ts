import type { SubmissionPage, SubmissionPageId } from '../../../shared/submissions/submissionPages';

// Where each "write your appeal" page lives: #/cases/:caseId/appeal/<slug>.

export const PAGE_SLUGS: Record<SubmissionPageId, string> = {
  child: 'child',
  appellant: 'appellant',
  contact: 'contact',
  otherPeople: 'other-people',
  representative: 'representative',
  aboutDecision: 'about-the-decision',
  reasons: 'reasons',
  sectionB: 'section-b',
  sectionF: 'section-f',
  placement: 'section-i',
  recommendations: 'recommendations',
  mediation: 'mediation',
  lateAppeal: 'late-appeal',
  otherCases: 'other-cases',
  hearing: 'hearing',
  councilLetter: 'council-letter',
  declaration: 'declaration',
};

export const appealHubUrl = (caseId: string) => `/cases/${caseId}/appeal`;
export const checkAnswersUrl = (caseId: string) => `/cases/${caseId}/appeal/check-your-answers`;
export const evidenceMapUrl = (caseId: string) => `/cases/${caseId}/appeal/evidence-map`;
export const documentsUrl = (caseId: string) => `/cases/${caseId}/appeal/documents`;

/** Where a page goes back to after saving, when it was opened from a summary rather than in order. */
export type ReturnTo = 'checkAnswers' | 'evidenceMap';

/**
 * `returnTo` marks a visit from a "Change" link on "check your answers" (`true` is the same) or
 * an "Add evidence" link on the evidence map: Back and saving lead there, not through the pages.
 */
export function pageUrl(caseId: string, page: SubmissionPageId, returnTo: ReturnTo | boolean = false): string {
  const query = returnTo === 'evidenceMap' ? '?from=evidence-map' : returnTo ? '?change=1' : '';
  return `/cases/${caseId}/appeal/${PAGE_SLUGS[page]}${query}`;
}

/** The summary page a visit should return to, from the address's query (see pageUrl). */
export function returnUrl(caseId: string, params: URLSearchParams): string | undefined {
  if (params.get('from') === 'evidence-map') return evidenceMapUrl(caseId);
  if (params.get('change') === '1') return checkAnswersUrl(caseId);
  return undefined;
}

/** After saving a page: the next page that applies, or "check your answers" after the last one. */
export function nextUrl(caseId: string, pages: readonly SubmissionPage[], current: SubmissionPageId): string {
  const index = pages.findIndex((page) => page.id === current);
  const next = index === -1 ? undefined : pages[index + 1];
  return next ? pageUrl(caseId, next.id) : checkAnswersUrl(caseId);
}

/** The page before this one, or the "write your appeal" task list for the first. */
export function previousUrl(caseId: string, pages: readonly SubmissionPage[], current: SubmissionPageId): string {
  const index = pages.findIndex((page) => page.id === current);
  const previous = index > 0 ? pages[index - 1] : undefined;
  return previous ? pageUrl(caseId, previous.id) : appealHubUrl(caseId);
}

/**
 * Where a missing answer (listMissingAnswers' `field`) is asked. Answers that come from "start a
 * case" or the case details link to where they were first asked, so nothing is asked twice.
 */
export function fieldUrl(caseId: string, field: string): string {
  const [root = ''] = field.split('.');
  if (field === 'facts.dateOfBirth') return `/cases/${caseId}/start/date-of-birth?change=1`;
  if (field === 'facts.decisionDate') return `/cases/${caseId}/start/decision-date?change=1`;
  if (root === 'council') return `/cases/${caseId}/council`;
  const page = FIELD_PAGES[root];
  return page ? pageUrl(caseId, page, true) : checkAnswersUrl(caseId);
}

const FIELD_PAGES: Partial<Record<string, SubmissionPageId>> = {
  child: 'child',
  appellant: 'appellant',
  contact: 'contact',
  otherPeople: 'otherPeople',
  representative: 'representative',
  followsAnnualReview: 'aboutDecision',
  urgency: 'aboutDecision',
  generalReasons: 'reasons',
  sectionB: 'sectionB',
  sectionF: 'sectionF',
  placement: 'placement',
  recommendations: 'recommendations',
  mediation: 'mediation',
  lateAppeal: 'lateAppeal',
  otherAppeals: 'otherCases',
  hearing: 'hearing',
  councilRequest: 'councilLetter',
  declaration: 'declaration',
};

/** The input id for an answer's path: "contact.email" → "contact-email" (error summary links). */
export function fieldId(path: string): string {
  return path.replace(/\./g, '-');
}
