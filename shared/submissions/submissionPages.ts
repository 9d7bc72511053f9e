// The task pages of "write your appeal", in the order of the SEND35 / SEND35a (anchors.md §1a), and
// which of them apply to this case. As the Tribunal's own online form does, pages that do not
// apply are left out (no recommendations on a refusal-to-assess appeal, R2.3; no certificate page
// when none is needed, R2.1; no late-appeal page before the deadline, §6.6).
import { recommendationSectionIds, type SubmissionAnswers } from './submissionAnswersSchema';
import { disputedSections, isLate, type SubmissionInput } from './submissionInput';

export const SUBMISSION_PAGE_IDS = [
  'child',
  'appellant',
  'contact',
  'otherPeople',
  'representative',
  'aboutDecision',
  'reasons',
  'sectionB',
  'sectionF',
  'placement',
  'recommendations',
  'mediation',
  'lateAppeal',
  'otherCases',
  'hearing',
  'councilLetter',
  'declaration',
] as const;

export type SubmissionPageId = (typeof SUBMISSION_PAGE_IDS)[number];

export type SubmissionPageGroup = 'people' | 'reasons' | 'other';

export type SubmissionPageStatus = 'notStarted' | 'inProgress' | 'done';

export interface SubmissionPage {
  id: SubmissionPageId;
  group: SubmissionPageGroup;
  title: string;
  hint: string;
  status: SubmissionPageStatus;
}

export const SUBMISSION_GROUP_TITLES: Record<SubmissionPageGroup, string> = {
  people: 'About you and the child',
  reasons: 'What you disagree with and why',
  other: 'Mediation, hearing and declaration',
};

const filled = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';

/** 'done' when every required answer is given, 'inProgress' when some answer is, else 'notStarted'. */
function statusOf(required: readonly boolean[], any: readonly boolean[]): SubmissionPageStatus {
  if (required.length > 0 && required.every(Boolean)) return 'done';
  return [...required, ...any].some(Boolean) ? 'inProgress' : 'notStarted';
}

function sectionStatus(answer: SubmissionAnswers['sectionB']): SubmissionPageStatus {
  return statusOf(
    [filled(answer?.proposedWording), filled(answer?.reasons)],
    [filled(answer?.currentWording), (answer?.evidence?.length ?? 0) > 0],
  );
}

/** The pages that apply to this case, in order, each with how far it has got. */
export function listSubmissionPages(input: SubmissionInput): SubmissionPage[] {
  const a = input.answers;
  const classification = input.assessment.classification;
  if (classification?.route !== 'tribunal') return [];
  const sections = disputedSections(input);
  const youngPerson = input.assessment.appellant?.appellant === 'youngPerson';
  const pages: SubmissionPage[] = [];
  const add = (page: SubmissionPage) => pages.push(page);

  add({
    id: 'child',
    group: 'people',
    title: youngPerson ? 'About the young person' : 'About the child',
    hint: 'Their name, school or college, and the languages they use.',
    status: statusOf([filled(a.child?.firstName), filled(a.child?.lastName)], [filled(a.child?.schoolOrSetting)]),
  });
  add({
    id: 'appellant',
    group: 'people',
    title: 'Who is appealing',
    hint: 'The person who brings the appeal and signs the form.',
    status: statusOf([filled(a.appellant?.firstName), filled(a.appellant?.lastName)], []),
  });
  add({
    id: 'contact',
    group: 'people',
    title: 'Your contact details',
    hint: 'Where the Tribunal will send letters about the appeal.',
    status: statusOf([filled(a.contact?.address)], [filled(a.contact?.email), filled(a.contact?.phone)]),
  });
  add({
    id: 'otherPeople',
    group: 'people',
    title: 'Other parents and carers',
    hint: 'Anyone else with parental responsibility, and whether they know about the appeal.',
    status: a.otherPeople === undefined ? 'notStarted' : 'done',
  });
  add({
    id: 'representative',
    group: 'people',
    title: 'Someone helping you',
    hint: 'A representative or adviser, if you have one, and whether the Tribunal should contact them.',
    status: a.representative === undefined ? 'notStarted' : 'done',
  });
  add({
    id: 'aboutDecision',
    group: 'reasons',
    title: 'About the decision',
    hint: 'Whether it followed an annual review, and anything that makes the appeal urgent.',
    status: statusOf([a.followsAnnualReview !== undefined], [filled(a.urgency)]),
  });
  if (input.facts.decisionType !== 'contents') {
    add({
      id: 'reasons',
      group: 'reasons',
      title: 'Why you disagree with the decision',
      hint: 'Your reasons in your own words, and the documents that back them up.',
      status: statusOf([filled(a.generalReasons?.reasons)], [(a.generalReasons?.evidence?.length ?? 0) > 0]),
    });
  }
  if (sections.b) {
    add({
      id: 'sectionB',
      group: 'reasons',
      title: 'Section B: special educational needs',
      hint: 'What the plan says, what you want it to say, why, and your evidence.',
      status: sectionStatus(a.sectionB),
    });
  }
  if (sections.f) {
    add({
      id: 'sectionF',
      group: 'reasons',
      title: 'Section F: special educational provision',
      hint: 'The help the child needs: who, what, how often and for how long.',
      status: sectionStatus(a.sectionF),
    });
  }
  if (sections.i) {
    const p = a.placement;
    add({
      id: 'placement',
      group: 'reasons',
      title: 'Section I: school or college',
      hint: 'The school or college you want named, and your contact with it.',
      status: statusOf(
        [filled(p?.settingName) || filled(p?.settingType), filled(p?.reasons)],
        [p?.dateContacted !== undefined],
      ),
    });
  }
  if (classification.recommendationsAvailable) {
    const recommendations = a.recommendations;
    const chosen = recommendationSectionIds.filter((id) => recommendations?.[id] !== undefined);
    add({
      id: 'recommendations',
      group: 'reasons',
      title: 'Health and social care recommendations (optional)',
      hint: 'Ask the Tribunal to recommend changes to Sections C, D, G, H1 or H2.',
      status:
        recommendations === undefined
          ? 'notStarted'
          : chosen.every((id) => filled(recommendations[id]?.recommendationSought))
            ? 'done'
            : 'inProgress',
    });
  }
  if (classification.certificate === 'required') {
    add({
      id: 'mediation',
      group: 'other',
      title: 'Mediation',
      hint: 'Your mediation certificate, or why you do not have one.',
      status:
        input.facts.certificateDate !== undefined || filled(a.mediation?.reasonForNoCertificate)
          ? 'done'
          : a.mediation === undefined
            ? 'notStarted'
            : 'inProgress',
    });
  }
  if (isLate(input)) {
    add({
      id: 'lateAppeal',
      group: 'other',
      title: 'Why the appeal is late',
      hint: 'The deadline has passed: explain why, so the Tribunal can decide whether to accept it.',
      status: filled(a.lateAppeal?.explanation) ? 'done' : 'notStarted',
    });
  }
  add({
    id: 'otherCases',
    group: 'other',
    title: 'Other appeals and court cases',
    hint: 'Any other appeal or claim about this child that the Tribunal should know about.',
    status: statusOf([a.otherAppeals?.hasOtherAppeals !== undefined, a.otherAppeals?.hasCourtCases !== undefined], []),
  });
  add({
    id: 'hearing',
    group: 'other',
    title: 'The hearing',
    hint: 'How you want to take part, an interpreter, and any adjustments you need.',
    status: a.hearing === undefined ? 'notStarted' : a.hearing.attendance === undefined ? 'inProgress' : 'done',
  });
  const id = input.facts.decisionType;
  if (id === 'contents' || id === 'refusalToAmend' || id === 'ceaseToMaintain') {
    add({
      id: 'councilLetter',
      group: 'other',
      title: 'Ask the council for missing papers (optional)',
      hint: 'A letter asking for missing appendices or a Word copy of the plan.',
      status: a.councilRequest === undefined ? 'notStarted' : 'done',
    });
  }
  add({
    id: 'declaration',
    group: 'other',
    title: 'Declaration',
    hint: 'Confirm the information is true to the best of your knowledge.',
    status: statusOf([filled(a.declaration?.name), a.declaration?.date !== undefined], []),
  });
  return pages;
}
