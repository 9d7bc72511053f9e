import { assessCase, type CaseAssessment } from '../../../shared/domain/assessCase';
import type { CaseFacts } from '../../../shared/domain/caseFacts';
import type { IsoDate } from '../../../shared/domain/dates';
import { isAppealableDecisionTypeId } from '../../../shared/domain/decisionTypes';

/** The questions of the "start a case" interview, in the order they can be asked. */
export type StepId =
  'decision' | 'sections' | 'otherDecision' | 'decisionDate' | 'certificate' | 'dateOfBirth' | 'capacity' | 'letter';

export type Destination = StepId | 'result';

export const STEP_PATHS: Record<Destination, string> = {
  decision: 'decision',
  sections: 'plan-sections',
  otherDecision: 'other-decision',
  decisionDate: 'decision-date',
  certificate: 'certificate',
  dateOfBirth: 'date-of-birth',
  capacity: 'young-person',
  letter: 'letter',
  result: 'result',
};

/** `change` marks a visit from a "Change" link on the result page: back and onward lead there. */
export function startUrl(caseId: string, to: Destination, change = false): string {
  return `/cases/${caseId}/start/${STEP_PATHS[to]}${change && to !== 'result' ? '?change=1' : ''}`;
}

/** The questions that apply to these answers, in order. Later answers never hide earlier questions. */
export function journey(facts: CaseFacts, today: IsoDate, assessment = assessCase(facts, today)): StepId[] {
  const steps: StepId[] = ['decision'];
  const type = facts.decisionType;
  if (type === undefined) return steps;
  if (!isAppealableDecisionTypeId(type)) return [...steps, 'otherDecision'];
  if (type === 'contents' || type === 'refusalToAmend' || type === 'ceaseToMaintain') steps.push('sections');
  steps.push('decisionDate');
  if (assessment.classification?.certificate === 'required') steps.push('certificate');
  steps.push('dateOfBirth');
  if (assessment.appellant?.ageGroup === 'youngPerson') steps.push('capacity');
  steps.push('letter');
  return steps;
}

/**
 * "No, I do not have a certificate" is not stored (the facts only hold its date), so a missing
 * date counts as "no" once a later question has been answered.
 */
export function certificateAnswer(facts: CaseFacts): 'yes' | 'no' | undefined {
  if (facts.certificateDate !== undefined) return 'yes';
  return facts.dateOfBirth !== undefined ? 'no' : undefined;
}

export function isAnswered(step: StepId, facts: CaseFacts, assessment: CaseAssessment): boolean {
  switch (step) {
    case 'decision':
      return facts.decisionType !== undefined;
    case 'sections':
      return facts.sections !== undefined && facts.sections.i !== undefined;
    case 'otherDecision':
      return facts.alsoHasAppealableDecision !== undefined;
    case 'decisionDate':
      return facts.decisionDate !== undefined;
    case 'certificate':
      return certificateAnswer(facts) !== undefined;
    case 'dateOfBirth':
      return facts.dateOfBirth !== undefined;
    case 'capacity':
      return facts.youngPersonHasCapacity !== undefined;
    case 'letter':
      return !(assessment.letterCheck?.items.some((item) => item.status === 'notAnswered') ?? false);
  }
}

/**
 * Where "Continue" leads: the next question or, after a Change link, the next one still to answer –
 * including any question that only applies because of the changed answer (`before` = facts before it).
 */
export function nextDestination(
  step: StepId,
  facts: CaseFacts,
  today: IsoDate,
  change: boolean,
  before: CaseFacts = facts,
): Destination {
  const assessment = assessCase(facts, today);
  const steps = journey(facts, today, assessment);
  const later = steps.slice(steps.indexOf(step) + 1);
  if (!change) return later[0] ?? 'result';
  const askedBefore = journey(before, today);
  return later.find((s) => !askedBefore.includes(s) || !isAnswered(s, facts, assessment)) ?? 'result';
}

/** Where "Back" leads: the question before, the result page after a Change link, or the case. */
export function backUrl(caseId: string, step: StepId, facts: CaseFacts, today: IsoDate, change: boolean): string {
  if (change) return startUrl(caseId, 'result');
  const steps = journey(facts, today);
  const index = steps.indexOf(step);
  const previous = index > 0 ? steps[index - 1] : undefined;
  return previous === undefined ? `/cases/${caseId}` : startUrl(caseId, previous);
}

/** The first question still to answer, for "Continue where you left off". */
export function firstUnanswered(facts: CaseFacts, today: IsoDate): StepId | undefined {
  const assessment = assessCase(facts, today);
  return journey(facts, today, assessment).find((s) => !isAnswered(s, facts, assessment));
}
