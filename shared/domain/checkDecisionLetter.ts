import { classifyAppeal } from './classifyAppeal';
import type { IsoDate } from './dates';
import type { DecisionType } from './decisionTypes';
import type { Warning } from './warning';

/** What a decision letter must tell the family (§1 "Decision letter", §5.1 reg 32, §6.6). */
export const letterItemIds = [
  'rightOfAppeal',
  'timeLimit',
  'mediationAdviserContact',
  'certificateNeeded',
  'disagreementResolution',
  'informationAdviceService',
  'mediationDoesNotAffectAppeal',
  'healthSocialCareRecommendations',
] as const;

export type LetterItemId = (typeof letterItemIds)[number];

/** true = the letter says it; false = it does not; missing = not checked yet. */
export type LetterTicks = Partial<Record<LetterItemId, boolean | undefined>>;

export interface LetterItemResult {
  id: LetterItemId;
  /** The question to ask while the family reads the letter. */
  question: string;
  status: 'included' | 'missing' | 'notAnswered' | 'notApplicable';
  /** Why it matters, in plain words (for missing items: how it may help a late appeal). */
  explanation: string;
  uncertain?: Warning;
}

export interface LetterCheckResult {
  /** False for disagreements with no right of appeal: there is no decision letter to check. */
  applicable: boolean;
  items: LetterItemResult[];
  missing: LetterItemResult[];
  /** §6.6: anything the letter left out may help persuade the Tribunal to accept a late appeal. */
  possibleGroundsForExtraTime: boolean;
  /** First-person sentences for a "why my appeal is late" statement. */
  lateAppealLines: string[];
  warnings: Warning[];
}

interface ItemDefinition {
  question: string;
  whyItMatters: string;
  lateLine: string;
  uncertain?: Warning;
}

const ITEMS: Record<LetterItemId, ItemDefinition> = {
  rightOfAppeal: {
    question: 'Does the letter say you can appeal to the SEND Tribunal?',
    whyItMatters: 'The council must tell you that you have a right to appeal, so you know the option exists.',
    lateLine: 'The council’s decision letter did not tell me that I could appeal to the SEND Tribunal.',
  },
  timeLimit: {
    question: 'Does the letter say how long you have to appeal?',
    whyItMatters: 'The council must tell you the time limit, so you know how long you have.',
    lateLine: 'The council’s decision letter did not tell me the time limit for appealing.',
  },
  mediationAdviserContact: {
    question: 'Does the letter give contact details for a mediation adviser?',
    whyItMatters: 'You need to contact the mediation adviser to get the certificate most appeals need.',
    lateLine: 'The council’s decision letter did not give me contact details for the mediation adviser.',
  },
  certificateNeeded: {
    question: 'Does the letter say you need a mediation certificate before you can appeal?',
    whyItMatters: 'The council must explain that you need a mediation certificate before appealing.',
    lateLine: 'The council’s decision letter did not tell me that I needed a mediation certificate before appealing.',
  },
  disagreementResolution: {
    question: 'Does the letter mention the disagreement resolution service?',
    whyItMatters: 'The council must tell you that independent disagreement resolution is available.',
    lateLine: 'The council’s decision letter did not tell me that disagreement resolution services were available.',
  },
  informationAdviceService: {
    question: 'Does the letter mention the local information, advice and support service (often called SENDIASS)?',
    whyItMatters: 'The council must tell you where you can get free, impartial advice.',
    lateLine:
      'The council’s decision letter did not tell me about the local information, advice and support service, so I ' +
      'did not know where to get free advice.',
  },
  mediationDoesNotAffectAppeal: {
    question: 'Does the letter say that choosing mediation does not affect your right to appeal?',
    whyItMatters: 'You should be told that mediation is your choice and does not take away your right to appeal.',
    lateLine:
      'The council’s decision letter did not tell me that going to mediation would not affect my right to appeal.',
    uncertain: {
      code: 'mediationWordingUncertain',
      message:
        'Guidance says families must be told that mediation does not affect their right to appeal, but we could not ' +
        'confirm the exact final wording of that guidance. You can still mention it if the letter left this out.',
    },
  },
  healthSocialCareRecommendations: {
    question: 'Does the letter say you can ask the Tribunal for recommendations about health and social care?',
    whyItMatters:
      'You should be told you can ask the Tribunal to look at health and social care needs and provision too.',
    lateLine:
      'The council’s decision letter did not tell me that I could ask the Tribunal for recommendations about health ' +
      'and social care.',
  },
};

function isApplicable(id: LetterItemId, certificateExempt: boolean, recommendationsAvailable: boolean): boolean {
  // R2.1: Section-I-only appeals need no certificate, so the letter need not ask for one.
  if (id === 'certificateNeeded') return !certificateExempt;
  // R2.3/R2.4: no recommendations in refusal-to-assess appeals or for pre-April-2018 decisions.
  if (id === 'healthSocialCareRecommendations') return recommendationsAvailable;
  return true;
}

/**
 * §4/§5.1/§6.6: checks the decision letter against what it must contain. Gaps do not stop an
 * appeal; they may help the Tribunal decide to accept one that is late.
 */
export function checkDecisionLetter(
  decision: DecisionType,
  ticks: LetterTicks,
  decisionDate?: IsoDate,
): LetterCheckResult {
  const classification = classifyAppeal({ decision, decisionDate });
  const applicable = classification.route === 'tribunal';
  const items: LetterItemResult[] = letterItemIds.map((id) => {
    const definition = ITEMS[id];
    const tick = ticks[id];
    const status: LetterItemResult['status'] =
      !applicable || !isApplicable(id, classification.certificate === 'exempt', classification.recommendationsAvailable)
        ? 'notApplicable'
        : tick === true
          ? 'included'
          : tick === false
            ? 'missing'
            : 'notAnswered';
    const explanation =
      status === 'missing'
        ? `${definition.whyItMatters} It was left out. If your appeal is late, tell the Tribunal – it may help it decide to accept your appeal.`
        : definition.whyItMatters;
    return {
      id,
      question: definition.question,
      status,
      explanation,
      ...(definition.uncertain === undefined ? {} : { uncertain: definition.uncertain }),
    };
  });

  const missing = items.filter((item) => item.status === 'missing');
  const warnings: Warning[] = [];
  if (!applicable) {
    warnings.push({
      code: 'letterCheckNotApplicable',
      message: 'There is no right of appeal for this kind of disagreement, so there is no decision letter to check.',
    });
  }
  const notAnswered = items.filter((item) => item.status === 'notAnswered').length;
  if (notAnswered > 0) {
    warnings.push({
      code: 'letterNotFullyChecked',
      message: `${notAnswered} question${notAnswered === 1 ? '' : 's'} about the decision letter ${notAnswered === 1 ? 'has' : 'have'} not been answered yet. Have the letter in front of you and go through them.`,
    });
  }
  for (const item of missing) {
    if (item.uncertain !== undefined) warnings.push(item.uncertain);
  }

  return {
    applicable,
    items,
    missing,
    possibleGroundsForExtraTime: missing.length > 0,
    lateAppealLines: missing.map((item) => ITEMS[item.id].lateLine),
    warnings,
  };
}
