// "What you disagree with and why" on "check your answers": the decision (its facts come from
// "start a case" and the council from the case details, so they link there), the reasons, Sections
// B, F and I (§4: the changes wanted and why) and the health and social care requests (§8).
import type { CaseFacts } from '../domain/caseFacts';
import { answer, evidenceAnswer, filled, knownRow, NOT_ANSWERED, pageRow, yesNoAnswer } from './answerRows';
import type { AnswerRow, SummaryContext } from './answerRows';
import { RECOMMENDATION_SECTION_TITLES } from './buildRecommendationsRequest';
import { recommendationSectionIds, type SectionAnswer } from './submissionAnswersSchema';
import { DECISION_LABELS, humanDate } from './submissionInput';

/** The parts of the plan disputed, in the words of "start a case" (R2.8: only with these decisions). */
function sectionsText(facts: CaseFacts): string {
  const s = facts.sections ?? {};
  const parts: string[] = [];
  if (s.b === true) parts.push('Section B (needs)');
  if (s.f === true) parts.push('Section F (provision)');
  if (s.i === 'namedSchoolOrType') parts.push('Section I (the school or type named)');
  if (s.i === 'noSchoolNamed') parts.push('Section I (no school named)');
  return parts.length === 0 ? NOT_ANSWERED : parts.join(', ');
}

export function aboutDecisionRows({ answers, facts, known }: SummaryContext): AnswerRow[] {
  const type = facts.decisionType;
  // The documents use a council typed into the answers first, then the case's council.
  const council = filled(answers.council?.name) ? answers.council.name : (known.council ?? undefined);
  const rows = [
    knownRow({ kind: 'council' }, 'Council', answer(council)),
    knownRow({ kind: 'start', step: 'decision' }, 'What the council decided', [
      type === undefined ? NOT_ANSWERED : DECISION_LABELS[type],
    ]),
  ];
  if (type === 'contents' || type === 'refusalToAmend' || type === 'ceaseToMaintain') {
    rows.push(
      knownRow({ kind: 'start', step: 'sections' }, 'Parts of the plan you disagree with', [sectionsText(facts)]),
    );
  }
  rows.push(
    knownRow(
      { kind: 'start', step: 'decisionDate' },
      'Date on the decision letter',
      answer(humanDate(facts.decisionDate)),
    ),
    pageRow('aboutDecision', 'Did the decision follow an annual review?', yesNoAnswer(answers.followsAnnualReview)),
    pageRow('aboutDecision', 'Anything that makes the appeal urgent', answer(answers.urgency, 'Nothing given')),
  );
  return rows;
}

export function reasonsRows(context: SummaryContext): AnswerRow[] {
  const general = context.answers.generalReasons;
  return [
    pageRow('reasons', 'Why you disagree with the decision', answer(general?.reasons)),
    pageRow('reasons', 'Evidence', evidenceAnswer(general?.evidence, context)),
  ];
}

export function sectionRows(
  page: 'sectionB' | 'sectionF',
  section: SectionAnswer | undefined,
  context: SummaryContext,
): AnswerRow[] {
  return [
    pageRow(page, 'What the plan says now', answer(section?.currentWording)),
    pageRow(page, 'What you want it to say', answer(section?.proposedWording)),
    pageRow(page, 'Why', answer(section?.reasons)),
    pageRow(page, 'Evidence', evidenceAnswer(section?.evidence, context)),
  ];
}

export function placementRows(context: SummaryContext): AnswerRow[] {
  const p = context.answers.placement ?? {};
  const rows = [
    pageRow('placement', 'School or college', answer(p.settingName)),
    pageRow('placement', 'Address', answer(p.address)),
    pageRow('placement', 'Type of school or college', answer(p.settingType)),
    pageRow('placement', 'Maintained or independent', [
      p.sector === undefined ? NOT_ANSWERED : p.sector === 'maintained' ? 'Maintained (state-funded)' : 'Independent',
    ]),
    pageRow('placement', 'Date you contacted it', answer(humanDate(p.dateContacted))),
    pageRow('placement', 'What it said', answer(p.reply)),
  ];
  // R2.5: only an independent setting has to confirm a place in writing.
  if (p.sector === 'independent') {
    rows.push(
      pageRow('placement', 'Has it confirmed in writing that it has a place?', yesNoAnswer(p.placeConfirmedInWriting)),
    );
  }
  rows.push(
    pageRow('placement', 'Why you want it', answer(p.reasons)),
    pageRow('placement', 'Evidence', evidenceAnswer(p.evidence, context)),
  );
  return rows;
}

export function recommendationRows(context: SummaryContext): AnswerRow[] {
  const recommendations = context.answers.recommendations;
  const label = 'Sections you ask about';
  if (recommendations === undefined) return [pageRow('recommendations', label, [NOT_ANSWERED])];
  const chosen = recommendationSectionIds.filter((id) => recommendations[id] !== undefined);
  if (chosen.length === 0) return [pageRow('recommendations', label, ['None'])];
  return chosen.map((id) => {
    const item = recommendations[id] ?? {};
    return pageRow('recommendations', RECOMMENDATION_SECTION_TITLES[id], [
      `The issue: ${answer(item.issue).join('')}`,
      `What you ask the Tribunal to recommend: ${answer(item.recommendationSought).join('')}`,
      `Evidence: ${evidenceAnswer(item.evidence, context).join('; ')}`,
    ]);
  });
}
