// Every written submission this case needs, from one set of answers (issue 6: "nothing asked twice
// and nothing that needs retyping"). Documents that do not apply are left out, as the Tribunal's
// own form removes tasks that do not apply (anchors.md §1a).
import { buildAppealFormAnswers } from './buildAppealFormAnswers';
import { buildLateAppealExplanation } from './buildLateAppealExplanation';
import { buildCouncilLetter, buildMediationAdviserLetter } from './buildLetters';
import { buildReasonsForAppeal } from './buildReasonsForAppeal';
import { buildRecommendationsRequest } from './buildRecommendationsRequest';
import type { SubmissionDocument, SubmissionProblem } from './documentModel';
import { listMissingAnswers, type MissingAnswer } from './listMissingAnswers';
import type { SubmissionInput } from './submissionInput';

export interface SubmissionsResult {
  documents: SubmissionDocument[];
  /** Answers still needed, for the top of "check your answers". */
  missingAnswers: MissingAnswer[];
  /** Every document's problems (removed citations, vague wording), once each. */
  problems: SubmissionProblem[];
}

/** Empty when the disagreement cannot go to the Tribunal (§2.2): there is no form to fill in. */
export function buildSubmissions(input: SubmissionInput): SubmissionsResult {
  if (input.assessment.classification?.route !== 'tribunal') {
    return { documents: [], missingAnswers: [], problems: [] };
  }
  const documents = [
    buildAppealFormAnswers(input),
    buildReasonsForAppeal(input),
    buildRecommendationsRequest(input),
    buildLateAppealExplanation(input),
    buildCouncilLetter(input),
    buildMediationAdviserLetter(input),
  ].filter((doc): doc is SubmissionDocument => doc !== null);
  const all = documents.flatMap((doc) => doc.problems);
  const problems = all.filter(
    (p, index) => all.findIndex((q) => q.kind === p.kind && q.where === p.where && q.message === p.message) === index,
  );
  return { documents, missingAnswers: listMissingAnswers(input), problems };
}
