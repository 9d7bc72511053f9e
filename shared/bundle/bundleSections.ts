// Which section each kind of document goes in, by appeal type.
//
// send-appeals.md §7.3: the Practice Direction (No. 1 of 2025) asks for a paginated, indexed PDF with
// evidence "in chronological order within sections", but its Schedule One lettering and order were
// not retrieved (UNCERTAIN, §14 item 2). We follow the older HMCTS grouping quoted there: appeal
// documents, then the EHC plan with its appendices, then the family's evidence. The family's bundle
// holds only its own papers; the council's evidence is in the council's bundle.
//
// Mapping from the §12 categories:
//   A "Appeal documents": LA_DECISION, MEDIATION_CERT, MEDIATION, TRIBUNAL
//   B "EHC plan and appendices": EHCP_FINAL, EHCP_APPENDIX, WORKING_DOC, EHCP_DRAFT, ANNUAL_REVIEW
//     (only where a plan exists: not for refusal to assess or refusal to issue, §2.1)
//   C "Our evidence": EXPERT_REPORT, SCHOOL, HEALTH, SOCIAL_CARE, PLACEMENT, COSTS, WITNESS_STATEMENT,
//     CHILD_VIEWS, CORRESPONDENCE, ASSESSMENT_REQUEST, COMPLAINT, CAPACITY, uncategorised; and the
//     plan categories when there is no section B.
import type { DecisionType } from '../domain/decisionTypes';
import type { DocumentCategory } from '../domain/documentCategories';
import type { Warning } from '../domain/warning';
import type { SectionId } from './bundleTypes';

export const SECTION_TITLES: Record<SectionId, string> = {
  A: 'Appeal documents',
  B: 'EHC plan and appendices',
  C: 'Our evidence',
};

/** The §12 categories whose pages count towards the "EHC plan + appendices" limit of 150 (§7.3). */
export const PLAN_LIMIT_CATEGORIES: readonly DocumentCategory[] = ['EHCP_FINAL', 'EHCP_APPENDIX'];

const CATEGORY_SECTIONS: Record<DocumentCategory, SectionId> = {
  LA_DECISION: 'A',
  MEDIATION_CERT: 'A',
  MEDIATION: 'A',
  TRIBUNAL: 'A',
  EHCP_FINAL: 'B',
  EHCP_APPENDIX: 'B',
  WORKING_DOC: 'B',
  EHCP_DRAFT: 'B',
  ANNUAL_REVIEW: 'B',
  EXPERT_REPORT: 'C',
  SCHOOL: 'C',
  HEALTH: 'C',
  SOCIAL_CARE: 'C',
  PLACEMENT: 'C',
  COSTS: 'C',
  WITNESS_STATEMENT: 'C',
  CHILD_VIEWS: 'C',
  CORRESPONDENCE: 'C',
  ASSESSMENT_REQUEST: 'C',
  COMPLAINT: 'C',
  CAPACITY: 'C',
};

/** Tie-break order when two documents in a section share a date, so the plan is deterministic. */
export const CATEGORY_ORDER: readonly DocumentCategory[] = [
  'LA_DECISION',
  'MEDIATION_CERT',
  'MEDIATION',
  'TRIBUNAL',
  'EHCP_FINAL',
  'EHCP_APPENDIX',
  'WORKING_DOC',
  'EHCP_DRAFT',
  'ANNUAL_REVIEW',
  'EXPERT_REPORT',
  'SCHOOL',
  'HEALTH',
  'SOCIAL_CARE',
  'PLACEMENT',
  'COSTS',
  'WITNESS_STATEMENT',
  'CHILD_VIEWS',
  'CORRESPONDENCE',
  'ASSESSMENT_REQUEST',
  'COMPLAINT',
  'CAPACITY',
];

/** §2.1: refusal to assess and refusal to issue are appeals where no EHC plan exists yet. */
export function hasPlanSection(decision: DecisionType): boolean {
  return decision.id !== 'refusalToAssess' && decision.id !== 'refusalToIssue';
}

/** The sections of this appeal type, in bundle order. */
export function sectionsFor(decision: DecisionType): SectionId[] {
  return hasPlanSection(decision) ? ['A', 'B', 'C'] : ['A', 'C'];
}

export function defaultSectionOf(category: DocumentCategory | null, withPlan: boolean): SectionId {
  if (category === null) return 'C';
  const section = CATEGORY_SECTIONS[category];
  return section === 'B' && !withPlan ? 'C' : section;
}

/** §7.3 / §14 item 2: shown with every plan so nobody mistakes our lettering for the Tribunal's. */
export const SECTION_ORDER_NOTE: Warning = {
  code: 'sectionOrderUncertain',
  message:
    "We could not confirm the exact sections and lettering the Tribunal's 2025 Practice Direction asks for. " +
    'This bundle uses the usual grouping: appeal documents, the EHC plan and its appendices, then your evidence, ' +
    'each in date order. If the Tribunal’s directions ask for a different order, follow the directions and move ' +
    'documents to match.',
};
