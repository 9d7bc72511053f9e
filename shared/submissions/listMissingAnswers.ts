// The answers the Tribunal needs that are still missing, for the top of "check your answers".
// Required means: the form asks for it (anchors.md §1a, HESC r.20(2): name, address, signature)
// or the registration checklist needs it (send-appeals.md §4), for this kind of appeal only.
import type { SubmissionAnswers } from './submissionAnswersSchema';
import { disputedSections, isLate, type SubmissionInput } from './submissionInput';

export interface MissingAnswer {
  /** Dotted path into the answers (or facts), so a screen can link to the question. */
  field: string;
  question: string;
}

const blank = (value: string | undefined): boolean => value === undefined || value.trim() === '';

function need(list: MissingAnswer[], missing: boolean, field: string, question: string): void {
  if (missing) list.push({ field, question });
}

export function listMissingAnswers(input: SubmissionInput): MissingAnswer[] {
  const a: SubmissionAnswers = input.answers;
  const { classification } = input.assessment;
  const list: MissingAnswer[] = [];
  const sections = disputedSections(input);

  need(
    list,
    blank(a.child?.firstName) || blank(a.child?.lastName),
    'child',
    'What is the child’s or young person’s full name?',
  );
  need(list, input.facts.dateOfBirth === undefined, 'facts.dateOfBirth', 'What is their date of birth?');
  need(
    list,
    blank(a.appellant?.firstName) || blank(a.appellant?.lastName),
    'appellant',
    'What is the full name of the person appealing?',
  );
  need(list, blank(a.contact?.address), 'contact.address', 'What is your address?');
  need(list, blank(a.council?.name), 'council.name', 'Which council made the decision?');
  need(list, input.facts.decisionDate === undefined, 'facts.decisionDate', 'What date is on the decision letter?');

  if (input.facts.decisionType !== 'contents') {
    need(list, blank(a.generalReasons?.reasons), 'generalReasons.reasons', 'Why do you disagree with the decision?');
  }
  // §4: for B and F, a clear statement of the changes wanted.
  for (const [key, on, name] of [
    ['sectionB', sections.b, 'B'],
    ['sectionF', sections.f, 'F'],
  ] as const) {
    if (!on) continue;
    need(list, blank(a[key]?.proposedWording), `${key}.proposedWording`, `What do you want Section ${name} to say?`);
    need(list, blank(a[key]?.reasons), `${key}.reasons`, `Why should Section ${name} be changed?`);
  }
  // R2.5: the school wanted and evidence of contact; "no school named" appeals may give a type instead.
  if (sections.i) {
    const p = a.placement ?? {};
    need(
      list,
      blank(p.settingName) && blank(p.settingType),
      'placement.settingName',
      'Which school or college, or what type of school, do you want named?',
    );
    need(list, blank(p.reasons), 'placement.reasons', 'Why do you want this school or college?');
    if (!blank(p.settingName)) {
      need(
        list,
        p.dateContacted === undefined,
        'placement.dateContacted',
        'When did you contact the school or college?',
      );
    }
    if (p.sector === 'independent') {
      need(
        list,
        p.placeConfirmedInWriting !== true,
        'placement.placeConfirmedInWriting',
        'Has the independent school confirmed in writing that it has a place?',
      );
    }
  }
  // §4: the certificate, or why there is none.
  if (classification?.certificate === 'required' && input.facts.certificateDate === undefined) {
    need(
      list,
      blank(a.mediation?.reasonForNoCertificate),
      'mediation.reasonForNoCertificate',
      'What date is on your mediation certificate, or why do you not have one?',
    );
  }
  if (isLate(input)) {
    const prefilled = (input.assessment.letterCheck?.lateAppealLines.length ?? 0) > 0;
    need(list, blank(a.lateAppeal?.explanation) && !prefilled, 'lateAppeal.explanation', 'Why is your appeal late?');
  }
  need(list, blank(a.declaration?.name), 'declaration.name', 'Type your name to sign the declaration.');
  need(list, a.declaration?.date === undefined, 'declaration.date', 'What is the date of the declaration?');
  return list;
}
