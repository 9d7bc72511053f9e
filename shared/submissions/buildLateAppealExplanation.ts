// Document 4: "Why my appeal is late" (send-appeals.md §6.6). The Tribunal can extend time; IPSEA's
// template content is: the key dates, the reason for the delay, anything the council's letter left
// out, what was done since, and how soon the appeal followed the deadline. Gaps found in the
// decision letter (checkDecisionLetter's lateAppealLines) are offered as a starting point.
import type { CaseAssessment } from '../domain/assessCase';
import { daysBetween, formatDateForHumans } from '../domain/dates';
import type { Block, SubmissionDocument } from './documentModel';
import { heading, numbered, splitParagraphs, text } from './documentModel';
import { caseTitle, humanDate, isLate, type SubmissionInput } from './submissionInput';

/** The text to prefill the explanation box with: one paragraph per gap in the decision letter. */
export function prefillLateAppealExplanation(assessment: CaseAssessment): string {
  return (assessment.letterCheck?.lateAppealLines ?? []).join('\n\n');
}

/** Null unless the deadline has passed (§6.6). */
export function buildLateAppealExplanation(input: SubmissionInput): SubmissionDocument | null {
  const deadline = input.assessment.deadline;
  if (deadline === null || !isLate(input)) return null;

  const explanation = splitParagraphs(input.answers.lateAppeal?.explanation);
  const written = explanation.join('\n');
  // Letter gaps the family has not already put into their own words (they may have kept the prefill).
  const letterLines = (input.assessment.letterCheck?.lateAppealLines ?? []).filter((line) => !written.includes(line));
  const daysLate = daysBetween(deadline.deadline, input.today);

  const rows: [string, string][] = [
    ['Date on the decision letter', humanDate(input.facts.decisionDate)],
    ['Date on the mediation certificate', humanDate(input.facts.certificateDate) || 'No certificate'],
    ['Deadline for appealing', deadline.deadlineForHumans],
    ['Date of this statement', formatDateForHumans(input.today)],
  ];
  const blocks: Block[] = [
    heading(2, 'The dates'),
    {
      kind: 'table',
      caption: 'The dates that matter for the time limit',
      header: ['What', 'Date'],
      rows: rows.map(([what, date]) => [[text(what)], [text(date)]]),
    },
    numbered(
      text(
        `I know my appeal is ${daysLate} day${daysLate === 1 ? '' : 's'} after the deadline. I ask the Tribunal to ` +
          'extend the time limit and accept my appeal, for the reasons below.',
      ),
    ),
    heading(2, 'Why my appeal is late'),
  ];
  if (explanation.length > 0) blocks.push(...explanation.map((part) => numbered(text(part))));
  if (letterLines.length > 0) {
    blocks.push(
      heading(3, 'What the council’s decision letter left out'),
      ...letterLines.map((l) => numbered(text(l))),
    );
  }
  if (explanation.length === 0 && letterLines.length === 0) blocks.push(numbered(text('Not written yet.')));

  return {
    id: 'lateAppealExplanation',
    title: 'Why my appeal is late',
    caseTitle: caseTitle(input),
    fileName: 'why-my-appeal-is-late',
    blocks,
    problems: [],
  };
}
