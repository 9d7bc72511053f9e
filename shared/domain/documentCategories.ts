// The kinds of document a family gathers for an appeal, as the bundle builder sorts them
// (send-appeals.md §12). The labels are what a parent sees in lists and the category select.

export const DOCUMENT_CATEGORIES = [
  'LA_DECISION',
  'MEDIATION_CERT',
  'MEDIATION',
  'EHCP_FINAL',
  'WORKING_DOC',
  'EHCP_DRAFT',
  'EHCP_APPENDIX',
  'ANNUAL_REVIEW',
  'ASSESSMENT_REQUEST',
  'EXPERT_REPORT',
  'HEALTH',
  'SOCIAL_CARE',
  'SCHOOL',
  'PLACEMENT',
  'COSTS',
  'WITNESS_STATEMENT',
  'CHILD_VIEWS',
  'CORRESPONDENCE',
  'TRIBUNAL',
  'COMPLAINT',
  'CAPACITY',
] as const;

export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

export const DOCUMENT_CATEGORY_LABELS: Record<DocumentCategory, string> = {
  LA_DECISION: 'Council decision letter',
  MEDIATION_CERT: 'Mediation certificate',
  MEDIATION: 'Mediation agreement or notes',
  EHCP_FINAL: 'Final EHC plan',
  WORKING_DOC: 'Working document or Word copy of the plan',
  EHCP_DRAFT: 'Draft plan, proposed changes or your comments on them',
  EHCP_APPENDIX: 'Advice attached to the plan (appendices)',
  ANNUAL_REVIEW: 'Annual review papers',
  ASSESSMENT_REQUEST: 'Request for an EHC needs assessment',
  EXPERT_REPORT: 'Independent expert report',
  HEALTH: 'Health or medical letter',
  SOCIAL_CARE: 'Social care assessment or plan',
  SCHOOL: 'School report or record',
  PLACEMENT: 'Preferred school or placement papers',
  COSTS: 'Costs evidence (fees, transport, therapy)',
  WITNESS_STATEMENT: 'Your statement or a witness statement',
  CHILD_VIEWS: "Child's or young person's views",
  CORRESPONDENCE: 'Letters or emails with the council',
  TRIBUNAL: 'Tribunal papers',
  COMPLAINT: 'Complaint letters or ombudsman decisions',
  CAPACITY: 'Mental capacity, deputyship or power of attorney',
};

export function isDocumentCategory(value: string): value is DocumentCategory {
  return (DOCUMENT_CATEGORIES as readonly string[]).includes(value);
}
