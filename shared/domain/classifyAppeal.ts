import { isBefore, type IsoDate } from './dates';
import {
  isAppealableDecisionTypeId,
  type AppealableDecisionTypeId,
  type ContentSections,
  type DecisionType,
  type NotAppealableMatterId,
} from './decisionTypes';
import type { Warning } from './warning';

export interface ClassifyAppealInput {
  decision: DecisionType;
  /** Date on the decision letter; needed for R2.4 (recommendations only from 3 April 2018). */
  decisionDate?: IsoDate | undefined;
}

export interface AppealClassification {
  route: 'tribunal' | 'other';
  form: 'SEND35' | 'SEND35a' | null;
  certificate: 'required' | 'exempt' | 'notApplicable';
  /** Whether the Tribunal can be asked for health and social care recommendations (§8). */
  recommendationsAvailable: boolean;
  /** §7.3 PD No. 1 of 2025: evidence pages allowed per side; null when unknown. */
  evidencePageLimit: { pages: number | null; uncertain: boolean };
  reasons: string[];
  warnings: Warning[];
}

// R2.4: the 2017 Recommendations Power Regulations apply to decisions from this date.
const RECOMMENDATIONS_START: IsoDate = '2018-04-03';

interface Component {
  pages: number | null;
  uncertain: boolean;
}

/** §2.1 "PD 2025 evidence page limit" column for everything except contents appeals. */
const DECISION_PAGE_LIMITS: Record<Exclude<AppealableDecisionTypeId, 'contents'>, Component> = {
  refusalToAssess: { pages: 75, uncertain: false },
  refusalToReassess: { pages: 75, uncertain: false },
  refusalToIssue: { pages: 100, uncertain: false },
  refusalToAmend: { pages: null, uncertain: true },
  ceaseToMaintain: { pages: 75, uncertain: false },
};

const DECISION_DESCRIPTIONS: Record<AppealableDecisionTypeId, string> = {
  refusalToAssess: 'The council refused to carry out an EHC needs assessment.',
  refusalToReassess:
    'The council refused to carry out a new assessment for a child or young person who already has a plan.',
  refusalToIssue: 'The council assessed but decided not to issue an EHC plan.',
  contents: 'You disagree with what the final EHC plan says.',
  refusalToAmend: 'The council decided not to change (amend) the plan after an annual review or reassessment.',
  ceaseToMaintain: 'The council decided to stop (cease) the EHC plan.',
};

/** §2.2: why each matter cannot go to the Tribunal as an appeal. */
const NOT_APPEALABLE_REASONS: Record<NotAppealableMatterId, string> = {
  personalBudget:
    'There is no right of appeal about a personal budget or direct payments (Section J). ' +
    'If the real problem is the support itself, you can appeal Section F (the special educational provision) when you get a final plan.',
  sectionsAOrE: 'Sections A (views and aspirations) and E (outcomes) cannot be appealed on their own.',
  healthOnly:
    'Health needs and health provision (Sections C and G) cannot be appealed on their own. The Tribunal can only ' +
    'recommend changes to them as part of an appeal about an education part of the plan (B, F or I).',
  socialCareOnly:
    'Social care needs and provision (Sections D, H1 and H2) cannot be appealed on their own. The Tribunal can only ' +
    'recommend changes to them as part of an appeal about an education part of the plan (B, F or I).',
  laDelay:
    'If the council has not made a decision yet, or is late, there is no decision to appeal. A complaint or a ' +
    'formal letter before legal action are the usual routes.',
  provisionNotDelivered:
    'If the plan is not being carried out, the Tribunal cannot help because the plan itself is not in dispute. ' +
    'The council has a legal duty to make sure the provision in Section F is made.',
  tribunalOrderNotFollowed:
    'The Tribunal does not enforce its own orders. If the council has not done what the Tribunal ordered, a ' +
    'complaint or a formal letter before legal action are the usual routes.',
  schoolSenSupport:
    'Support a school gives without an EHC plan (SEN support) cannot be appealed. If you think your child needs ' +
    'an EHC plan, you can ask the council for an EHC needs assessment; a refusal can be appealed.',
  disabilityDiscrimination:
    'Disability discrimination by a school is a different kind of claim to the same Tribunal, not an appeal. It ' +
    'uses forms SEND4A (parent) or SEND4B (young person) and must be made within 6 months of what happened. ' +
    'There is no mediation step and the Christmas/August extra time does not apply. This app does not cover these claims.',
};

function describeSections(sections: ContentSections): string {
  const parts: string[] = [];
  if (sections.b === true) parts.push('Section B (special educational needs)');
  if (sections.f === true) parts.push('Section F (special educational provision)');
  if (sections.i === 'namedSchoolOrType') parts.push('Section I (the school or type of school named)');
  if (sections.i === 'noSchoolNamed') parts.push('Section I (no school being named)');
  return parts.join(', ');
}

/** §2.1 rows CONTENT-B/F, CONTENT-I and CONTENT-B/F/I. Null if no section was chosen. */
function contentsComponent(sections: ContentSections): Component | null {
  const hasBF = sections.b === true || sections.f === true;
  const hasI = sections.i === 'namedSchoolOrType' || sections.i === 'noSchoolNamed';
  if (hasBF && hasI) return { pages: 100, uncertain: true };
  if (hasBF) return { pages: 100, uncertain: false };
  if (hasI) return { pages: 75, uncertain: false };
  return null;
}

function isSectionIOnly(sections: ContentSections | undefined): boolean {
  return (
    sections !== undefined &&
    sections.b !== true &&
    sections.f !== true &&
    (sections.i === 'namedSchoolOrType' || sections.i === 'noSchoolNamed')
  );
}

function classifyNotAppealable(matter: NotAppealableMatterId): AppealClassification {
  const warnings: Warning[] = [];
  if (matter === 'sectionsAOrE') {
    // §2.2: whether the Tribunal may change Section E as a knock-on effect is UNCERTAIN.
    warnings.push({
      code: 'sectionEUncertain',
      message:
        'Courts have discussed whether the Tribunal can change the outcomes in Section E when it changes other ' +
        'sections. This is not settled, so treat Section E as something you cannot appeal, and ask an adviser ' +
        'if it matters to you.',
    });
  }
  return {
    route: 'other',
    form: null,
    certificate: 'notApplicable',
    recommendationsAvailable: false,
    evidencePageLimit: { pages: null, uncertain: false },
    reasons: [NOT_APPEALABLE_REASONS[matter], 'See the other options listed for what you can do instead.'],
    warnings,
  };
}

/** §2.1 table and rules R2.1–R2.8: which form, whether a certificate is needed, and related limits. */
export function classifyAppeal(input: ClassifyAppealInput): AppealClassification {
  const { decision, decisionDate } = input;
  if (!isAppealableDecisionTypeId(decision.id)) return classifyNotAppealable(decision.id);

  const reasons: string[] = [];
  const warnings: Warning[] = [];
  const sections = 'sections' in decision ? decision.sections : undefined;
  const sectionsText = sections === undefined ? '' : describeSections(sections);

  reasons.push(`${DECISION_DESCRIPTIONS[decision.id]} You can appeal this to the SEND Tribunal.`);
  if (sectionsText !== '') {
    reasons.push(
      decision.id === 'contents'
        ? `Your appeal is about ${sectionsText}.`
        : `You can include parts of the plan in the same appeal. You have chosen: ${sectionsText}.`,
    );
  }

  // Components of the appeal for the page limit: the decision itself, plus any contents part.
  const components: Component[] = [];
  if (decision.id !== 'contents') components.push(DECISION_PAGE_LIMITS[decision.id]);
  const contents = sections === undefined ? null : contentsComponent(sections);
  if (contents !== null) components.push(contents);
  if (decision.id === 'contents' && contents === null) {
    warnings.push({
      code: 'sectionsNotChosen',
      message:
        'Tell us which parts of the plan you disagree with – Section B (needs), Section F (provision) and/or ' +
        'Section I (school). This changes whether you need a mediation certificate and how much evidence you can send.',
    });
  }

  // §2.1: SEND35a is only for refusal to assess; everything else uses SEND35.
  const form = decision.id === 'refusalToAssess' ? 'SEND35a' : 'SEND35';
  reasons.push(
    form === 'SEND35a' ? 'Use form SEND35a, the form for appeals against a refusal to assess.' : 'Use form SEND35.',
  );

  // R2.1: only a Section-I-only contents appeal is exempt from the certificate.
  const certificate = decision.id === 'contents' && isSectionIOnly(sections) ? 'exempt' : 'required';
  reasons.push(
    certificate === 'exempt'
      ? 'Because your appeal is only about the school or type of school (Section I), you do not need a mediation ' +
          'certificate. You can still try mediation if you want to.'
      : 'Before you appeal you need a mediation certificate. You get one by contacting the mediation adviser named ' +
          "in the council's letter. You do not have to agree to mediation – the adviser gives you a certificate either way.",
  );

  // R2.3 (no recommendations on SEND35a) and R2.4 (only for decisions from 3 April 2018).
  const beforeRecommendationsPower = decisionDate !== undefined && isBefore(decisionDate, RECOMMENDATIONS_START);
  const recommendationsAvailable = decision.id !== 'refusalToAssess' && !beforeRecommendationsPower;
  if (decision.id === 'refusalToAssess') {
    reasons.push('In a refusal-to-assess appeal the Tribunal cannot make recommendations about health or social care.');
  } else if (beforeRecommendationsPower) {
    reasons.push(
      'The Tribunal can only make health and social care recommendations about decisions made on or after ' +
        '3 April 2018, so they are not available for this decision.',
    );
  } else {
    // §8 and R2.2: recommendations need a live education issue throughout.
    reasons.push(
      'You can also ask the Tribunal to recommend changes to health or social care needs and provision ' +
        '(Sections C, D, G, H1, H2) by ticking the boxes on the form. These are recommendations, not orders, and ' +
        'they only go ahead while the education part of the appeal is still going. That part does not need a ' +
        'mediation certificate and has its own limit of 75 pages of evidence.',
    );
  }

  const knownPages = components.map((c) => c.pages).filter((p): p is number => p !== null);
  const only = components.length === 1 ? components[0] : undefined;
  const evidencePageLimit =
    only !== undefined && !only.uncertain
      ? { pages: only.pages, uncertain: false }
      : components.length === 0
        ? { pages: null, uncertain: false }
        : { pages: knownPages.length === 0 ? null : Math.max(...knownPages), uncertain: true };
  if (evidencePageLimit.pages !== null && !evidencePageLimit.uncertain) {
    reasons.push(
      `For hearings listed after 15 July 2025, each side can send up to ${evidencePageLimit.pages} pages of evidence ` +
        '(Practice Direction No. 1 of 2025). You can ask the Tribunal for more if you really need them.',
    );
  }
  if (evidencePageLimit.uncertain) {
    // §2.1 / §14 item 2: page limit for refusal to amend and for combined appeals is UNCERTAIN.
    warnings.push({
      code: 'pageLimitUncertain',
      message:
        "The Tribunal's rules limit how many pages of evidence each side can send, but we could not confirm the " +
        'limit for this kind of appeal. ' +
        (evidencePageLimit.pages === null
          ? ''
          : `We have shown ${evidencePageLimit.pages} pages, the highest limit for the parts of your appeal. `) +
        'Check the instructions (called "directions") the Tribunal sends when it registers your appeal, and ask ' +
        'the Tribunal if you need more pages.',
    });
  }

  if (decision.id === 'refusalToAssess') {
    // §10 common mistake; §7.2 paper hearings (consultation outcome UNCERTAIN, §14 item 1).
    reasons.push(
      'The legal test is only whether your child may have special educational needs and may need a plan – you ' +
        'do not have to prove what their needs are. Explain why an assessment is needed.',
    );
    warnings.push({
      code: 'paperHearingRulesUncertain',
      message:
        'Refusal-to-assess appeals are often decided on the papers, without a hearing, if both you and the ' +
        'council agree. In 2024 there was a consultation about deciding them on paper without that agreement; we ' +
        'could not find out whether the rules changed. Check the form and any letters from the Tribunal.',
    });
  }
  if (decision.id === 'ceaseToMaintain') {
    // R2.7: CFA s.45 – the plan continues during the appeal period and any appeal.
    reasons.push(
      'The council must keep the plan in place until the time for appealing has run out or, if you appeal, until ' +
        'the appeal is finally decided. It can only stop a plan if it is no longer responsible for your child or ' +
        'the plan is no longer necessary, and it must consult you first.',
    );
  }
  if (sections !== undefined && (sections.b === true || sections.f === true)) {
    reasons.push(
      'For an appeal about Sections B or F you will work on a "working document" – an editable copy of the plan ' +
        'showing the changes you want.',
    );
  }
  if (sections?.i === 'namedSchoolOrType' || sections?.i === 'noSchoolNamed') {
    // R2.5: what the form asks for in a Section I appeal.
    reasons.push(
      'For Section I the form asks for the name and full address of the school or college you want, and when ' +
        'you contacted it and what it said. If it is an independent school, ask it to confirm in writing that it ' +
        'can meet your child’s needs and has a place. If you cannot name one, you can give a type of school.',
    );
  }
  if (decision.id === 'contents' && isSectionIOnly(sections)) {
    // R2.6: placement disputes often need B/F too; that would make a certificate necessary.
    warnings.push({
      code: 'considerSectionsBAndF',
      message:
        'Advisers often find that a disagreement about the school is really about the needs or support written in ' +
        'the plan (Sections B and F). If that is true for you, think about appealing those sections too – but then ' +
        'you will need a mediation certificate, so contact the mediation adviser in good time.',
    });
  }

  return {
    route: 'tribunal',
    form,
    certificate,
    recommendationsAvailable,
    evidencePageLimit,
    reasons,
    warnings,
  };
}
