import type { BundleCheck } from '../../../shared/bundle/checkBundle';

export interface FixLink {
  to: string;
  text: string;
}

/** Where a person goes to deal with each check; null when there is nothing to change. */
export function checkFixLink(caseId: string, check: BundleCheck): FixLink | null {
  if (check.documentId) {
    return { to: `/cases/${caseId}/documents/${check.documentId}`, text: 'Open this document' };
  }
  switch (check.code) {
    case 'appealTypeUnknown':
      return { to: `/cases/${caseId}/start`, text: 'Answer the questions about the decision' };
    case 'decisionLetterMissing':
      return { to: `/cases/${caseId}/documents`, text: 'Add the decision letter' };
    case 'certificateMissing':
      return { to: `/cases/${caseId}/documents`, text: 'Add the mediation certificate' };
    case 'finalPlanMissing':
      return { to: `/cases/${caseId}/documents`, text: 'Add the final EHC plan' };
    case 'evidenceOverLimit':
    case 'planOverLimit':
      return { to: `/cases/${caseId}/documents`, text: 'Review your documents' };
    case 'sizeOverBudget':
      return { to: '#bundle-export', text: 'Export it in parts' };
    default:
      return null;
  }
}
