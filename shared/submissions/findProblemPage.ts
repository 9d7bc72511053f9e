// Which "write your appeal" page fixes a problem in the documents (a removed citation, a page out
// of range, vague Section F wording), so "check your answers" can link straight to it. The
// builders name where a problem is by the part's title ("Section F: special educational provision:
// what you want the plan to say", "My reasons", "Section I", "Section C: health needs").
import { RECOMMENDATION_SECTION_TITLES } from './buildRecommendationsRequest';
import type { SubmissionProblem } from './documentModel';
import type { SubmissionPageId } from './submissionPages';

const PREFIXES: [string, SubmissionPageId][] = [
  ['My reasons', 'reasons'],
  ['Section B', 'sectionB'],
  ['Section F', 'sectionF'],
  ['Section I', 'placement'],
  ...Object.values(RECOMMENDATION_SECTION_TITLES).map((title): [string, SubmissionPageId] => [
    title,
    'recommendations',
  ]),
];

/** The page where the problem's answer is written, or null when no page matches. */
export function findProblemPage(problem: SubmissionProblem): SubmissionPageId | null {
  const where = problem.where;
  const found = PREFIXES.find(([prefix]) => where === prefix || where.startsWith(`${prefix}:`));
  return found === undefined ? null : found[1];
}
