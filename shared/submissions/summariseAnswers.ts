// Every answer of "write your appeal" as rows, one summary per page that applies, in the order of
// the form (anchors.md §1a: check your answers with change links; issue 6: every answer on one
// screen, grouped). Pages that do not apply to this case are left out, as on the hub.
import type { AnswerRow, SummaryContext } from './answerRows';
import {
  councilLetterRows,
  declarationRows,
  hearingRows,
  lateAppealRows,
  mediationRows,
  otherCasesRows,
} from './summariseOtherAnswers';
import { appellantRows, childRows, contactRows, otherPeopleRows, representativeRows } from './summarisePeopleAnswers';
import {
  aboutDecisionRows,
  placementRows,
  reasonsRows,
  recommendationRows,
  sectionRows,
} from './summariseReasonsAnswers';
import type { SubmissionPageGroup, SubmissionPageId } from './submissionPages';

export type { AnswerRow, ChangeTarget, SummaryContext } from './answerRows';

export interface PageSummary {
  page: SubmissionPageId;
  group: SubmissionPageGroup;
  /** The page's title, as on the hub: "About the child". */
  title: string;
  rows: AnswerRow[];
}

const ROWS: Record<SubmissionPageId, (context: SummaryContext) => AnswerRow[]> = {
  child: childRows,
  appellant: appellantRows,
  contact: contactRows,
  otherPeople: otherPeopleRows,
  representative: representativeRows,
  aboutDecision: aboutDecisionRows,
  reasons: reasonsRows,
  sectionB: (context) => sectionRows('sectionB', context.answers.sectionB, context),
  sectionF: (context) => sectionRows('sectionF', context.answers.sectionF, context),
  placement: placementRows,
  recommendations: recommendationRows,
  mediation: mediationRows,
  lateAppeal: lateAppealRows,
  otherCases: otherCasesRows,
  hearing: hearingRows,
  councilLetter: councilLetterRows,
  declaration: declarationRows,
};

export function summariseAnswers(context: SummaryContext): PageSummary[] {
  return context.pages.map((page) => ({
    page: page.id,
    group: page.group,
    title: page.title,
    rows: ROWS[page.id](context),
  }));
}
