// "About you and the child" on "check your answers": the child, who appeals, contact details,
// other people with parental responsibility and a representative (anchors.md §1a; §3 for who
// appeals). The date of birth was asked in "start a case", so it is shown with a link there.
import { answer, filled, knownRow, NOT_ANSWERED, pageRow, yesNoAnswer } from './answerRows';
import type { AnswerRow, SummaryContext } from './answerRows';
import type { OtherPerson } from './submissionAnswersSchema';
import { fullName, humanDate } from './submissionInput';

const CONTACT_LABELS = { email: 'Email', phone: 'Phone', post: 'Post' } as const;

export function childRows({ answers, facts }: SummaryContext): AnswerRow[] {
  const child = answers.child ?? {};
  return [
    pageRow('child', 'Full name', answer(fullName(child))),
    knownRow({ kind: 'start', step: 'dateOfBirth' }, 'Date of birth', answer(humanDate(facts.dateOfBirth))),
    pageRow('child', 'Gender', answer(child.gender)),
    pageRow('child', 'School, college or other setting now', answer(child.schoolOrSetting)),
    pageRow('child', 'Languages they use', answer(child.languages)),
  ];
}

export function appellantRows({ answers }: SummaryContext): AnswerRow[] {
  return [
    pageRow('appellant', 'Full name', answer(fullName(answers.appellant))),
    pageRow('appellant', 'Relationship to the child or young person', answer(answers.appellant?.relationship)),
  ];
}

export function contactRows({ answers }: SummaryContext): AnswerRow[] {
  const contact = answers.contact ?? {};
  const preferred = contact.preferredContact;
  return [
    pageRow('contact', 'Address', answer(contact.address)),
    pageRow('contact', 'Postcode', answer(contact.postcode)),
    pageRow('contact', 'Phone', answer(contact.phone)),
    pageRow('contact', 'Email', answer(contact.email)),
    pageRow('contact', 'How you prefer to be contacted', [
      preferred === undefined ? NOT_ANSWERED : CONTACT_LABELS[preferred],
    ]),
  ];
}

function personLines(person: OtherPerson): string[] {
  const lines = [person.relationship, person.address].filter(filled).map((line) => line.trim());
  lines.push(
    `Has parental responsibility: ${yesNoAnswer(person.hasParentalResponsibility).join('')}`,
    `Told about the appeal: ${yesNoAnswer(person.toldAboutAppeal).join('')}`,
  );
  return lines;
}

export function otherPeopleRows({ answers }: SummaryContext): AnswerRow[] {
  const people = answers.otherPeople;
  const label = 'Other parents, carers or people with parental responsibility';
  if (people === undefined) return [pageRow('otherPeople', label, [NOT_ANSWERED])];
  if (people.length === 0) return [pageRow('otherPeople', label, ['There is no one else'])];
  return people.map((person, index) =>
    pageRow('otherPeople', filled(person.name) ? person.name.trim() : `Person ${index + 1}`, personLines(person)),
  );
}

export function representativeRows({ answers }: SummaryContext): AnswerRow[] {
  const rep = answers.representative;
  if (rep === undefined) return [pageRow('representative', 'Someone helping you', [NOT_ANSWERED])];
  // As in the appeal form answers: without a name there is no representative to tell the Tribunal about.
  if (!filled(rep.name)) return [pageRow('representative', 'Someone helping you', ['No'])];
  return [
    pageRow('representative', 'Name', answer(rep.name)),
    pageRow('representative', 'Organisation', answer(rep.organisation)),
    pageRow('representative', 'Address', answer(rep.address)),
    pageRow('representative', 'Phone', answer(rep.phone)),
    pageRow('representative', 'Email', answer(rep.email)),
    pageRow(
      'representative',
      'Should the Tribunal contact them instead of you?',
      yesNoAnswer(rep.tribunalShouldContact),
    ),
  ];
}
