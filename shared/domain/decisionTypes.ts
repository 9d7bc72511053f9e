/**
 * The kinds of council decision (or disagreement) a family can tell us about.
 * §2.1: decisions that can be appealed to the SEND Tribunal (CFA s.51(2)).
 * §2.2: matters that cannot, which are signposted elsewhere (§9).
 */
export const appealableDecisionTypeIds = [
  'refusalToAssess', // s.51(2)(a)
  'refusalToReassess', // s.51(2)(d)
  'refusalToIssue', // s.51(2)(b)
  'contents', // s.51(2)(c): Sections B, F and/or I of a new or amended plan
  'refusalToAmend', // s.51(2)(e)
  'ceaseToMaintain', // s.51(2)(f)
] as const;

export const notAppealableMatterIds = [
  'personalBudget', // Section J
  'sectionsAOrE', // views (A) or outcomes (E) on their own
  'healthOnly', // Sections C/G on their own
  'socialCareOnly', // Sections D/H1/H2 on their own
  'laDelay', // no decision yet, or a decision or plan late
  'provisionNotDelivered', // provision in the plan not being made (s.42 duty)
  'tribunalOrderNotFollowed', // council not doing what the Tribunal ordered
  'schoolSenSupport', // school SEN support for a child without a plan
  'disabilityDiscrimination', // by a school: a separate claim, not an appeal
] as const;

export const decisionTypeIds = [...appealableDecisionTypeIds, ...notAppealableMatterIds] as const;

export type AppealableDecisionTypeId = (typeof appealableDecisionTypeIds)[number];
export type NotAppealableMatterId = (typeof notAppealableMatterIds)[number];
export type DecisionTypeId = (typeof decisionTypeIds)[number];

/** Section I can be disputed as the school/type named, or as no school being named (s.51(2)(c)(iii),(iv)). */
export type SectionIDispute = 'namedSchoolOrType' | 'noSchoolNamed';

/** Which parts of the plan the family disagrees with. */
export interface ContentSections {
  b?: boolean | undefined;
  f?: boolean | undefined;
  i?: SectionIDispute | null | undefined;
}

/**
 * A decision to classify. `sections` applies to a contents appeal, and (R2.8) may be added to a
 * refusal-to-amend or cease-to-maintain appeal to combine it with a contents appeal.
 */
export type DecisionType =
  | { id: 'refusalToAssess' | 'refusalToReassess' | 'refusalToIssue' }
  | { id: 'contents'; sections: ContentSections }
  | { id: 'refusalToAmend' | 'ceaseToMaintain'; sections?: ContentSections | undefined }
  | { id: NotAppealableMatterId };

export function isAppealableDecisionTypeId(id: DecisionTypeId): id is AppealableDecisionTypeId {
  return (appealableDecisionTypeIds as readonly string[]).includes(id);
}
