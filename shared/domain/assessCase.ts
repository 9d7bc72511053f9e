import { bankHolidaysEnglandAndWales } from './bankHolidays';
import type { CaseFacts } from './caseFacts';
import { checkDecisionLetter, type LetterCheckResult } from './checkDecisionLetter';
import { classifyAppeal, type AppealClassification } from './classifyAppeal';
import { computeAppellant, type AppellantResult } from './computeAppellant';
import { computeDeadline, type DeadlineResult } from './computeDeadline';
import { computeMediationContactDate, type MediationContactResult } from './computeMediationContactDate';
import type { IsoDate } from './dates';
import { isAppealableDecisionTypeId, type DecisionType } from './decisionTypes';
import { helpOrganisations, type HelpOrganisation } from './helpOrganisations';
import { planNextSteps } from './planNextSteps';
import { signpostRoutes, type SignpostResult } from './signpostRoutes';
import { validateCaseDates, type DateIssue } from './validateCaseDates';
import type { Warning } from './warning';

export interface CaseAssessment {
  /** 'incomplete' until the answers needed for a full result are given; see `stillToAnswer`. */
  status: 'incomplete' | 'complete';
  stillToAnswer: string[];
  classification: AppealClassification | null;
  appellant: AppellantResult | null;
  deadline: DeadlineResult | null;
  mediationContact: MediationContactResult | null;
  letterCheck: LetterCheckResult | null;
  signposting: SignpostResult | null;
  helpOrganisations: readonly HelpOrganisation[];
  validation: DateIssue[];
  /** "What to do next this week", most urgent first. */
  nextSteps: string[];
  /** Every warning from every part, once each (by code). */
  warnings: Warning[];
  /** Always shown: the app gives information, not advice, and the law may change. */
  notices: string[];
}

// §0: general notices the app must always show.
const NOTICES = [
  'This app gives general information, not legal advice. It cannot tell you whether an appeal will succeed. For ' +
    'advice about your situation, contact your local SENDIASS, IPSEA or SOS!SEN.',
  'The Government has proposed changes to EHC plans and the Tribunal (2026). Nothing has changed in law yet; this ' +
    'app uses the law as it is now.',
  `Bank holiday dates come from: ${bankHolidaysEnglandAndWales.source}`,
];

const UNUSABLE_DATE_CODES: ReadonlySet<string> = new Set(['invalidDate', 'dateInFuture']);

function toDecisionType(facts: CaseFacts): DecisionType | null {
  const id = facts.decisionType;
  if (id === undefined) return null;
  const sections = facts.sections ?? {};
  if (id === 'contents') return { id, sections };
  if (id === 'refusalToAmend' || id === 'ceaseToMaintain') return { id, sections };
  return { id };
}

/** Combines every rule into the one self-explanatory, serialisable result the UI renders. */
export function assessCase(facts: CaseFacts, today: IsoDate): CaseAssessment {
  const validation = validateCaseDates({
    decisionDate: facts.decisionDate,
    certificateDate: facts.certificateDate,
    dateOfBirth: facts.dateOfBirth,
    today,
  });
  // Dates that are not real or are in the future are left out of every calculation; other issues
  // (such as being over 25) are facts the rules below explain, so those dates are still used.
  const usable = (field: DateIssue['field'], value: IsoDate | undefined): IsoDate | undefined =>
    validation.some((issue) => issue.field === field && UNUSABLE_DATE_CODES.has(issue.code)) ? undefined : value;
  const decisionDate = usable('decisionDate', facts.decisionDate);
  const certificateDate = usable('certificateDate', facts.certificateDate);
  const dateOfBirth = usable('dateOfBirth', facts.dateOfBirth);

  const decision = toDecisionType(facts);
  const classification = decision === null ? null : classifyAppeal({ decision, decisionDate });
  const isTribunal = classification?.route === 'tribunal';

  const deadline =
    isTribunal && decisionDate !== undefined
      ? computeDeadline({
          decisionDate,
          certificateDate,
          certificateRequired: classification.certificate === 'required',
          today,
        })
      : null;
  const mediationContact =
    isTribunal &&
    classification.certificate === 'required' &&
    certificateDate === undefined &&
    decisionDate !== undefined
      ? computeMediationContactDate(decisionDate)
      : null;
  const letterCheck =
    decision !== null && isTribunal ? checkDecisionLetter(decision, facts.letter ?? {}, decisionDate) : null;
  const signposting =
    decision !== null && !isAppealableDecisionTypeId(decision.id)
      ? signpostRoutes({ matter: decision.id, appealableDecisionExists: facts.alsoHasAppealableDecision })
      : null;
  // R3.1: who appeals is decided as at the day the appeal is made, i.e. now.
  const appellant =
    dateOfBirth === undefined
      ? null
      : computeAppellant({ dateOfBirth, onDate: today, youngPersonHasCapacity: facts.youngPersonHasCapacity });

  const stillToAnswer: string[] = [];
  if (decision === null) stillToAnswer.push('What did the council decide, or what is the disagreement about?');
  if (classification?.warnings.some((w) => w.code === 'sectionsNotChosen') === true) {
    stillToAnswer.push('Which parts of the plan do you disagree with (Sections B, F and/or I)?');
  }
  if (isTribunal && decisionDate === undefined) stillToAnswer.push('What date is printed on the decision letter?');
  if (isTribunal && dateOfBirth === undefined)
    stillToAnswer.push('What is the child’s or young person’s date of birth?');
  if (appellant?.ageGroup === 'youngPerson' && facts.youngPersonHasCapacity === undefined) {
    stillToAnswer.push('Can the young person make the decision to appeal themselves?');
  }
  if (letterCheck?.items.some((item) => item.status === 'notAnswered') === true) {
    stillToAnswer.push('What does the decision letter include? (Answer the letter questions.)');
  }

  const sections = decision !== null && 'sections' in decision ? decision.sections : undefined;
  const nextSteps = planNextSteps({
    today,
    decisionTypeId: decision?.id,
    includesSectionI: sections?.i === 'namedSchoolOrType' || sections?.i === 'noSchoolNamed',
    classification,
    appellant,
    deadline,
    mediationContact,
    hasCertificate: certificateDate !== undefined,
    letterCheck,
    signposting,
    validation,
  });

  const allWarnings = [
    ...(classification?.warnings ?? []),
    ...(deadline?.warnings ?? []),
    ...(mediationContact?.warnings ?? []),
    ...(letterCheck?.warnings ?? []),
    ...(signposting?.routes.flatMap((route) => (route.uncertain === undefined ? [] : [route.uncertain])) ?? []),
  ];
  const warnings = allWarnings.filter((w, index) => allWarnings.findIndex((other) => other.code === w.code) === index);

  return {
    status: stillToAnswer.length === 0 ? 'complete' : 'incomplete',
    stillToAnswer,
    classification,
    appellant,
    deadline,
    mediationContact,
    letterCheck,
    signposting,
    helpOrganisations,
    validation,
    nextSteps,
    warnings,
    notices: [...NOTICES],
  };
}
