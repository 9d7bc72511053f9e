import type { DecisionTypeId } from '../../../../shared/domain/decisionTypes';

export interface ReasonsGuidance {
  /** What the Tribunal looks at for this kind of decision, in plain words. */
  test: string[];
  /** The hint under the reasons box. */
  hint: string;
}

/** "your child" or "you": the young person may be the one appealing (§3). */
interface Person {
  who: string;
  whose: string;
  they: string;
  their: string;
  /** "needs" after "your child", "need" after "you". */
  needs: string;
}

const COMMON_TEST =
  'Keep your reasons short and tied to the evidence: say what the decision gets wrong and which report, letter or record shows it. A long history of everything that has happened is harder for the Tribunal to use.';

// The legal test or focus for each decision that has a "reasons" page (contents appeals use the
// Section B, F and I pages instead). Each cites the rule it comes from.
const GUIDANCE: Partial<Record<DecisionTypeId, (p: Person) => ReasonsGuidance>> = {
  // §1 (EHCNA, CFA s.36(8)) and §10: the test is "may", not proof of needs.
  refusalToAssess: ({ who, they, their }) => ({
    test: [
      `The council must carry out an assessment if ${who} may have special educational needs (SEN) and it may be necessary for help to be given through an EHC plan.`,
      `You do not have to prove exactly what the needs are, or what help is needed: only that both of these may be true. Finding that out is what the assessment is for.`,
    ],
    hint: `Explain why ${who} may have SEN and may need provision through a plan: what ${they} find hard, what ${their} school or nursery has already tried, and why that has not been enough.`,
  }),
  // §1 (Reassessment, CFA s.44): a fresh assessment for a child who already has a plan.
  refusalToReassess: ({ whose, they }) => ({
    test: [
      `A reassessment is a fresh EHC needs assessment for someone who already has a plan. It matters when the plan no longer describes ${whose} needs or the help ${they} need.`,
    ],
    hint: `Explain what has changed since the last assessment (for example new difficulties, a new diagnosis, or help in the plan that is not working), and why a fresh assessment is needed.`,
  }),
  // §2.1 (RTI): after an assessment, the council decided not to issue a plan.
  refusalToIssue: ({ who, needs, their }) => ({
    test: [
      `The council assessed ${who} and then decided not to issue an EHC plan. The appeal asks the Tribunal to order a plan.`,
    ],
    hint: `Explain why the help ${who} ${needs} has to be set out in an EHC plan: what the assessment found, what ${their} school or college has already tried, and why that is not enough.`,
  }),
  // §2.1 (RTAM) and §1 (Annual review): the council decided not to change the plan.
  refusalToAmend: ({ who, whose }) => ({
    test: [
      `After an annual review or reassessment the council decided not to change the plan. The appeal asks for the plan to be amended so that it matches ${whose} needs now.`,
    ],
    hint: `Explain what in the plan is out of date or wrong, what has changed for ${who}, and what should be amended.`,
  }),
  // R2.7: a plan can only stop on lawful grounds, and is kept while the appeal is decided.
  ceaseToMaintain: ({ who }) => ({
    test: [
      `A council can only stop a plan if it is no longer responsible for ${who} (for example after a move to another area), or if the plan is no longer necessary.`,
      'The council must keep the plan going until the time to appeal has passed or the appeal is decided.',
    ],
    hint: 'Explain why the plan is still needed: the help given through it, what would happen without it, and which documents show this.',
  }),
};

/** Guidance for the reasons page, worded for a parent or for a young person appealing themselves. */
export function reasonsGuidance(decision: DecisionTypeId | undefined, youngPerson: boolean): ReasonsGuidance {
  const person: Person = youngPerson
    ? { who: 'you', whose: 'your', they: 'you', their: 'your', needs: 'need' }
    : { who: 'your child', whose: 'your child’s', they: 'they', their: 'their', needs: 'needs' };
  const specific = decision === undefined ? undefined : GUIDANCE[decision]?.(person);
  return {
    test: [...(specific?.test ?? []), COMMON_TEST],
    hint: specific?.hint ?? 'Explain what the decision gets wrong and why, and which documents show it.',
  };
}
