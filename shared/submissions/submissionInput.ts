// What every document builder reads, and the small facts several of them need (names, the case
// title, which parts of the plan are disputed). Kept in one place so the documents never disagree.
import type { BundlePlan } from '../bundle/bundleTypes';
import type { CaseAssessment } from '../domain/assessCase';
import type { CaseFacts } from '../domain/caseFacts';
import { formatDateForHumans, isIsoDate, type IsoDate } from '../domain/dates';
import type { DecisionTypeId } from '../domain/decisionTypes';
import type { CitationContext } from './citeEvidence';
import type { SubmissionProblem } from './documentModel';
import type { SubmissionAnswers } from './submissionAnswersSchema';

export interface SubmissionInput {
  facts: CaseFacts;
  assessment: CaseAssessment;
  answers: SubmissionAnswers;
  /** The case's documents (id and title), for citations and the list of documents sent. */
  documents: readonly { id: string; title: string }[];
  /** The bundle as currently planned; null before there is one. */
  bundlePlan: BundlePlan | null;
  /** The date the documents are produced (date only, §0). */
  today: IsoDate;
}

/** The decision in the words of the form (§2.1). */
export const DECISION_LABELS: Record<DecisionTypeId, string> = {
  refusalToAssess: 'Refusal to carry out an EHC needs assessment',
  refusalToReassess: 'Refusal to carry out a re-assessment',
  refusalToIssue: 'Refusal to issue an EHC plan',
  contents: 'The contents of the EHC plan',
  refusalToAmend: 'Refusal to amend the EHC plan',
  ceaseToMaintain: 'Decision to stop (cease) the EHC plan',
  personalBudget: 'Personal budget',
  sectionsAOrE: 'Sections A or E',
  healthOnly: 'Health only',
  socialCareOnly: 'Social care only',
  laDelay: 'Council delay',
  provisionNotDelivered: 'Provision not delivered',
  tribunalOrderNotFollowed: 'Tribunal order not followed',
  schoolSenSupport: 'School SEN support',
  disabilityDiscrimination: 'Disability discrimination',
};

export function fullName(person: { firstName?: string | undefined; lastName?: string | undefined } | undefined) {
  return [person?.firstName, person?.lastName]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join(' ');
}

export function childName(input: SubmissionInput): string {
  return fullName(input.answers.child);
}

export function councilName(input: SubmissionInput): string {
  return input.answers.council?.name?.trim() ?? '';
}

/** True when the young person brings the appeal themselves (§3, computeAppellant). */
export function isYoungPersonAppeal(input: SubmissionInput): boolean {
  return input.assessment.appellant?.appellant === 'youngPerson';
}

/** "Sam Example v Exampleshire County Council – SEND Tribunal appeal", with what is known so far. */
export function caseTitle(input: SubmissionInput): string {
  const child = childName(input);
  const council = councilName(input);
  const parties = child !== '' && council !== '' ? `${child} v ${council}` : child || council;
  return parties === '' ? 'SEND Tribunal appeal' : `${parties} – SEND Tribunal appeal`;
}

/** Which parts of the plan are disputed: contents appeals, or combined with amend/cease (R2.8). */
export function disputedSections(input: SubmissionInput): { b: boolean; f: boolean; i: boolean } {
  const sections = input.facts.sections ?? {};
  const id = input.facts.decisionType;
  const withSections = id === 'contents' || id === 'refusalToAmend' || id === 'ceaseToMaintain';
  return {
    b: withSections && sections.b === true,
    f: withSections && sections.f === true,
    i: withSections && (sections.i === 'namedSchoolOrType' || sections.i === 'noSchoolNamed'),
  };
}

/** A date for people to read, or the typed value when it is not a real date yet. */
export function humanDate(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  // "4 March 2017": the weekday that formatDateForHumans adds reads oddly in a date of birth.
  return isIsoDate(value) ? formatDateForHumans(value).replace(/^[A-Za-z]+day /, '') : value;
}

export function citationContext(input: SubmissionInput, problems: SubmissionProblem[]): CitationContext {
  return { titles: new Map(input.documents.map((d) => [d.id, d.title])), plan: input.bundlePlan, problems };
}

/** The decision as it reads mid-sentence: "the contents of the EHC plan". */
export function decisionPhrase(id: DecisionTypeId): string {
  const label = DECISION_LABELS[id];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "Yes" / "No" / "" for an optional answer. */
export function yesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'Yes' : 'No';
}

/** Appeals past the deadline (§6.6). */
export function isLate(input: SubmissionInput): boolean {
  const days = input.assessment.deadline?.daysRemaining;
  return days !== null && days !== undefined && days < 0;
}
