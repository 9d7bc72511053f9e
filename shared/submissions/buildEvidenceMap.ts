// The evidence map (product.md, "beyond the anchors"): each disputed point of this appeal with the
// documents the family cites for it, the points with no evidence yet (gaps), and the documents no
// answer cites. The Tribunal decides on evidence, not assertion (send-appeals.md §10), so a point
// with nothing behind it is worth a report, letter or note. References read exactly as the written
// documents show them, because both come from citeEvidence and the same bundle plan.
import type { EvidenceMap, EvidenceMapItem } from '../api/submissionTypes';
import { RECOMMENDATION_SECTION_TITLES } from './buildRecommendationsRequest';
import { citeEvidence, type CitationContext } from './citeEvidence';
import type { SubmissionProblem } from './documentModel';
import { recommendationSectionIds, type Citation } from './submissionAnswersSchema';
import { citationContext, disputedSections, type SubmissionInput } from './submissionInput';
import type { SubmissionPageId } from './submissionPages';

const SUMMARY_LENGTH = 120;

/** The first words of an answer, cut at a word so the item can be recognised at a glance. */
function summarise(...candidates: (string | undefined)[]): string {
  const value = candidates.map((c) => c?.trim().replace(/\s+/g, ' ') ?? '').find((c) => c !== '');
  if (value === undefined) return 'Not written yet.';
  if (value.length <= SUMMARY_LENGTH) return value;
  const cut = value.slice(0, SUMMARY_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > SUMMARY_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function item(
  key: string,
  page: SubmissionPageId,
  title: string,
  summary: string,
  evidence: readonly Citation[] | undefined,
  context: CitationContext,
): EvidenceMapItem {
  return {
    key,
    page,
    title,
    summary,
    references: (evidence ?? []).map((citation) => {
      const cited = citeEvidence(citation, title, context);
      return {
        documentId: citation.documentId,
        page: citation.page,
        text: cited.text,
        resolved: cited.kind === 'citation' && cited.resolved,
      };
    }),
  };
}

/** One item per disputed point that applies to this case, in the order of the reasons document. */
export function buildEvidenceMap(input: SubmissionInput): EvidenceMap {
  if (input.assessment.classification?.route !== 'tribunal') {
    return { items: [], gaps: [], uncitedDocuments: [...input.documents] };
  }
  // Problems are reported once, by buildSubmissions; here only the words of each reference matter.
  const unused: SubmissionProblem[] = [];
  const context = citationContext(input, unused);
  const a = input.answers;
  const sections = disputedSections(input);
  const items: EvidenceMapItem[] = [];

  // Refusals and cease have reasons of their own; a contents appeal argues section by section (§4).
  if (input.facts.decisionType !== 'contents') {
    const reasons = a.generalReasons;
    items.push(
      item(
        'generalReasons',
        'reasons',
        'Why you disagree with the decision',
        summarise(reasons?.reasons),
        reasons?.evidence,
        context,
      ),
    );
  }
  if (sections.b) {
    const b = a.sectionB;
    const summary = summarise(b?.proposedWording, b?.reasons);
    items.push(item('sectionB', 'sectionB', 'Section B: special educational needs', summary, b?.evidence, context));
  }
  if (sections.f) {
    const f = a.sectionF;
    const summary = summarise(f?.proposedWording, f?.reasons);
    items.push(item('sectionF', 'sectionF', 'Section F: special educational provision', summary, f?.evidence, context));
  }
  if (sections.i) {
    const p = a.placement;
    const summary = summarise(p?.settingName, p?.settingType, p?.reasons);
    items.push(item('placement', 'placement', 'Section I: school or other setting', summary, p?.evidence, context));
  }
  // §8: recommendations only where the appeal can have them, and only the sections the family added.
  if (input.assessment.classification.recommendationsAvailable) {
    for (const id of recommendationSectionIds) {
      const answer = a.recommendations?.[id];
      if (answer === undefined) continue;
      const summary = summarise(answer.recommendationSought, answer.issue);
      const title = RECOMMENDATION_SECTION_TITLES[id];
      items.push(item(`recommendations.${id}`, 'recommendations', title, summary, answer.evidence, context));
    }
  }

  const cited = new Set(items.flatMap((i) => i.references.map((r) => r.documentId)));
  return {
    items,
    gaps: items.filter((i) => i.references.length === 0),
    uncitedDocuments: input.documents.filter((d) => !cited.has(d.id)).map((d) => ({ id: d.id, title: d.title })),
  };
}
