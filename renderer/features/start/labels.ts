import type {
  AppealableDecisionTypeId,
  DecisionTypeId,
  NotAppealableMatterId,
} from '../../../shared/domain/decisionTypes';

export interface ChoiceText {
  label: string;
  hint?: string;
}

/** §2.1 decisions that can be appealed, in the words a parent would use. */
export const APPEALABLE_CHOICES: Record<AppealableDecisionTypeId, ChoiceText> = {
  refusalToAssess: {
    label: 'They refused to carry out an EHC needs assessment',
    hint: 'The council said no when asked to assess your child’s education, health and care needs.',
  },
  refusalToReassess: {
    label: 'They refused to carry out a new assessment for a child who already has an EHC plan',
  },
  refusalToIssue: {
    label: 'They assessed my child but decided not to give them an EHC plan',
  },
  contents: {
    label: 'They issued or changed an EHC plan, and I disagree with what it says',
    hint: 'For example the needs or support written in it, or the school or college it names.',
  },
  refusalToAmend: {
    label: 'They decided not to change the EHC plan after an annual review or a new assessment',
  },
  ceaseToMaintain: {
    label: 'They decided to stop the EHC plan (“cease to maintain” it)',
  },
};

/** §2.2 disagreements that are not Tribunal appeals; the result page shows where they can go. */
export const NOT_APPEALABLE_CHOICES: Record<NotAppealableMatterId, ChoiceText> = {
  healthOnly: {
    label: 'I only disagree about health needs or health support',
    hint: 'Sections C and G of the plan, such as therapy provided by the NHS.',
  },
  socialCareOnly: {
    label: 'I only disagree about social care',
    hint: 'Sections D, H1 and H2 of the plan, such as short breaks or help at home.',
  },
  personalBudget: { label: 'I disagree about a personal budget or direct payments (Section J)' },
  sectionsAOrE: {
    label: 'I only disagree with Section A (views and hopes) or Section E (outcomes)',
  },
  laDelay: { label: 'The council has not made a decision yet, or is late' },
  provisionNotDelivered: { label: 'The support written in the plan is not being given' },
  tribunalOrderNotFollowed: { label: 'The council has not done what the Tribunal ordered' },
  schoolSenSupport: {
    label: 'I disagree with the support the school gives, and my child does not have an EHC plan',
  },
  disabilityDiscrimination: {
    label: 'A school has treated my child unfairly because of their disability',
  },
};

export function decisionLabel(id: DecisionTypeId): string {
  return id in APPEALABLE_CHOICES
    ? APPEALABLE_CHOICES[id as AppealableDecisionTypeId].label
    : NOT_APPEALABLE_CHOICES[id as NotAppealableMatterId].label;
}
