// "Mediation, hearing and declaration" on "check your answers": the certificate (its date comes
// from "start a case", §5), the late-appeal explanation (§6.6), other cases, the hearing (§7.2),
// the letter to the council (§4, §7.4) and the declaration.
import { answer, filled, knownRow, NOT_ANSWERED, pageRow, yesNoAnswer } from './answerRows';
import type { AnswerRow, SummaryContext } from './answerRows';
import { humanDate } from './submissionInput';

const ATTENDANCE_LABELS = { video: 'By video', inPerson: 'In person', noPreference: 'No preference' } as const;

export function mediationRows({ answers, facts }: SummaryContext): AnswerRow[] {
  const mediation = answers.mediation ?? {};
  const certificate = facts.certificateDate;
  const rows = [
    knownRow({ kind: 'start', step: 'certificate' }, 'Mediation certificate', [
      certificate === undefined ? 'You do not have one yet' : `Yes, dated ${humanDate(certificate)}`,
    ]),
  ];
  if (certificate === undefined) {
    rows.push(
      pageRow('mediation', 'Do you want to try mediation first?', yesNoAnswer(mediation.wantsMediation)),
      pageRow('mediation', 'Why you do not have a certificate', answer(mediation.reasonForNoCertificate)),
    );
  }
  const adviser = [mediation.adviserName, mediation.adviserOrganisation].filter(filled).join(', ');
  rows.push(pageRow('mediation', 'Mediation adviser', answer(adviser)));
  return rows;
}

export function lateAppealRows({ answers, known }: SummaryContext): AnswerRow[] {
  const explanation = answers.lateAppeal?.explanation;
  const label = 'Why the appeal is late';
  if (filled(explanation)) return [pageRow('lateAppeal', label, [explanation.trim()])];
  // §6.6: what the decision letter left out goes into the explanation even before the family writes theirs.
  if (known.lateAppealLines.length > 0) {
    return [
      pageRow('lateAppeal', label, [
        'Not written yet. The explanation will say what the decision letter left out:',
        ...known.lateAppealLines,
      ]),
    ];
  }
  return [pageRow('lateAppeal', label, [NOT_ANSWERED])];
}

function yesWithDetails(value: boolean | undefined, details: string | undefined): string[] {
  return value === true ? ['Yes', ...answer(details, 'No details given')] : yesNoAnswer(value);
}

export function otherCasesRows({ answers }: SummaryContext): AnswerRow[] {
  const other = answers.otherAppeals ?? {};
  return [
    pageRow(
      'otherCases',
      'Other SEND appeals about this child or young person',
      yesWithDetails(other.hasOtherAppeals, other.otherAppealsDetails),
    ),
    pageRow('otherCases', 'Court cases about them', yesWithDetails(other.hasCourtCases, other.courtCasesDetails)),
  ];
}

export function hearingRows({ answers, facts }: SummaryContext): AnswerRow[] {
  const hearing = answers.hearing;
  const none = hearing === undefined ? NOT_ANSWERED : 'No';
  const rows: AnswerRow[] = [];
  // §2.1: only SEND35a (refusal to assess) asks whether the appeal can be decided on the papers.
  if (facts.decisionType === 'refusalToAssess') {
    rows.push(
      pageRow(
        'hearing',
        'Can the appeal be decided on the papers, without a hearing?',
        yesNoAnswer(hearing?.paperDecisionAgreed),
      ),
    );
  }
  const attendance = hearing?.attendance;
  rows.push(
    pageRow('hearing', 'How you would like to take part', [
      attendance === undefined ? NOT_ANSWERED : ATTENDANCE_LABELS[attendance],
    ]),
    pageRow('hearing', 'Can you join a video hearing?', yesNoAnswer(hearing?.canJoinByVideo)),
    pageRow('hearing', 'Would you accept an earlier hearing date?', yesNoAnswer(hearing?.earlierHearingWanted)),
    pageRow('hearing', 'Interpreter', answer(hearing?.interpreterLanguage, none)),
    pageRow('hearing', 'Reasonable adjustments', answer(hearing?.reasonableAdjustments, none)),
  );
  return rows;
}

export function councilLetterRows({ answers }: SummaryContext): AnswerRow[] {
  const request = answers.councilRequest;
  if (request === undefined) return [pageRow('councilLetter', 'Letter to the council', [NOT_ANSWERED])];
  const appendices = (request.missingAppendices ?? []).filter(filled).map((item) => item.trim());
  return [
    pageRow('councilLetter', 'Date of the plan', answer(humanDate(request.planDate))),
    pageRow('councilLetter', 'Missing Section K appendices', appendices.length === 0 ? ['None'] : appendices),
    pageRow('councilLetter', 'Do you want a Word copy of the plan?', yesNoAnswer(request.wantsWordCopy)),
  ];
}

export function declarationRows({ answers }: SummaryContext): AnswerRow[] {
  return [
    pageRow('declaration', 'Name', answer(answers.declaration?.name)),
    pageRow('declaration', 'Date', answer(humanDate(answers.declaration?.date))),
  ];
}
