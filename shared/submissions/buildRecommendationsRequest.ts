// Document 3: the request for health and social care recommendations (send-appeals.md §8). Only
// when classifyAppeal says they are available (never for a refusal to assess, R2.3; only for
// decisions from 3 April 2018, R2.4). Recommendations are not binding, so the document asks; it
// does not demand. A summary table first, then each section with its issue, request and evidence.
import { evidenceLine } from './citeEvidence';
import type { Block, SubmissionDocument, SubmissionProblem } from './documentModel';
import { heading, numbered, paragraph, splitParagraphs, text } from './documentModel';
import { recommendationSectionIds, type RecommendationSectionId } from './submissionAnswersSchema';
import { caseTitle, citationContext, type SubmissionInput } from './submissionInput';

export const RECOMMENDATION_SECTION_TITLES: Record<RecommendationSectionId, string> = {
  c: 'Section C: health needs',
  d: 'Section D: social care needs',
  g: 'Section G: health provision',
  h1: 'Section H1: social care provision (Chronically Sick and Disabled Persons Act)',
  h2: 'Section H2: other social care provision',
};

/** Null when recommendations are not available for this appeal or none were asked for. */
export function buildRecommendationsRequest(input: SubmissionInput): SubmissionDocument | null {
  if (input.assessment.classification?.recommendationsAvailable !== true) return null;
  const requested = recommendationSectionIds.filter((id) => input.answers.recommendations?.[id] !== undefined);
  if (requested.length === 0) return null;

  const problems: SubmissionProblem[] = [];
  const context = citationContext(input, problems);
  const blocks: Block[] = [
    numbered(
      text(
        'As part of this appeal I ask the Tribunal to make recommendations about the health and social care ' +
          'parts of the plan listed below.',
      ),
    ),
    {
      kind: 'table',
      caption: 'Summary of the recommendations asked for',
      header: ['Section', 'What I ask the Tribunal to recommend'],
      rows: requested.map((id) => [
        [text(RECOMMENDATION_SECTION_TITLES[id])],
        [text(input.answers.recommendations?.[id]?.recommendationSought?.trim() || 'Not written yet')],
      ]),
    },
  ];

  for (const id of requested) {
    const answer = input.answers.recommendations?.[id] ?? {};
    const title = RECOMMENDATION_SECTION_TITLES[id];
    blocks.push(heading(2, title));
    const issue = splitParagraphs(answer.issue);
    if (issue.length > 0) blocks.push(heading(3, 'The issue'), ...issue.map((part) => numbered(text(part))));
    const sought = splitParagraphs(answer.recommendationSought);
    if (sought.length > 0) {
      blocks.push(heading(3, 'What I ask the Tribunal to recommend'), ...sought.map((part) => numbered(text(part))));
    }
    if (issue.length === 0 && sought.length === 0) blocks.push(paragraph(text('Not written yet.')));
    const evidence = evidenceLine(answer.evidence, title, context);
    if (evidence.length > 0) blocks.push(paragraph(...evidence));
  }

  return {
    id: 'recommendationsRequest',
    title: 'Request for health and social care recommendations',
    caseTitle: caseTitle(input),
    fileName: 'health-and-social-care-recommendations',
    blocks,
    problems,
  };
}
