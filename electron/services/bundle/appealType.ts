import type { CaseFacts } from '../../../shared/domain/caseFacts';
import type { ContentSections, DecisionType } from '../../../shared/domain/decisionTypes';

// The appeal type as the bundle needs it: which sections it has (planBundle) and the words on the
// cover. Same reading of the answers as assessCase, so the bundle and the result page agree.

/** The decision from the interview answers, or null when the person has not said yet. */
export function decisionOf(facts: CaseFacts): DecisionType | null {
  const id = facts.decisionType;
  if (id === undefined) return null;
  const sections = facts.sections ?? {};
  if (id === 'contents') return { id, sections };
  if (id === 'refusalToAmend' || id === 'ceaseToMaintain') return { id, sections };
  return { id };
}

const LABELS: Partial<Record<DecisionType['id'], string>> = {
  refusalToAssess: 'Refusal to carry out an EHC needs assessment',
  refusalToReassess: 'Refusal to carry out a new EHC needs assessment',
  refusalToIssue: 'Refusal to issue an EHC plan',
  contents: 'Contents of the EHC plan',
  refusalToAmend: 'Refusal to amend the EHC plan',
  ceaseToMaintain: 'Decision to cease to maintain the EHC plan',
};

function sectionsText(sections: ContentSections | undefined): string {
  if (!sections) return '';
  const named = [
    sections.b === true ? 'B' : null,
    sections.f === true ? 'F' : null,
    sections.i !== undefined && sections.i !== null ? 'I' : null,
  ].filter((s): s is string => s !== null);
  if (named.length === 0) return '';
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  return ` (Section${named.length === 1 ? '' : 's'} ${list ?? ''})`;
}

/** "Contents of the EHC plan (Sections B and F)": what the cover and index heading say. */
export function appealTypeLabel(decision: DecisionType | null): string {
  if (decision === null) return 'Not yet given';
  const label = LABELS[decision.id] ?? 'Appeal to the SEND Tribunal';
  return label + ('sections' in decision ? sectionsText(decision.sections) : '');
}
