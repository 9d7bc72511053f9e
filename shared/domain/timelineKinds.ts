/**
 * The dates of an appeal (send-appeals.md §7.1). Three are worked out from the answers; the rest
 * the family copies from the Tribunal's registration letter and directions, which always govern.
 */
export const DERIVED_DATE_KINDS = ['decisionLetter', 'certificate', 'appealDeadline'] as const;
export const ENTERED_DATE_KINDS = [
  'registration',
  'councilResponseDue',
  'finalEvidence',
  'caseReviewForm',
  'bundle',
  'hearing',
] as const;

export type DerivedDateKind = (typeof DERIVED_DATE_KINDS)[number];
export type EnteredDateKind = (typeof ENTERED_DATE_KINDS)[number];
export type TimelineKind = DerivedDateKind | EnteredDateKind;

interface KindInfo {
  label: string;
  /** Whether the family has to do something by this date, so a missed one is shown as overdue. */
  familyAction: boolean;
  /** What to do, said in the reminder. */
  reminder: string;
}

export const TIMELINE_KINDS: Record<TimelineKind, KindInfo> = {
  decisionLetter: { label: 'Date on the decision letter', familyAction: false, reminder: '' },
  certificate: { label: 'Mediation certificate issued', familyAction: false, reminder: '' },
  appealDeadline: {
    label: 'Last day to appeal (by 5pm)',
    familyAction: true,
    reminder: 'The Tribunal must receive the appeal by 5pm.',
  },
  registration: { label: 'Appeal registered by the Tribunal', familyAction: false, reminder: '' },
  councilResponseDue: {
    label: 'Council’s response due',
    familyAction: false,
    reminder: 'The council should send its response to you and the Tribunal.',
  },
  finalEvidence: {
    label: 'Final evidence deadline',
    familyAction: true,
    reminder: 'Send any more evidence to the Tribunal and the council.',
  },
  caseReviewForm: {
    label: 'Case review form due',
    familyAction: true,
    reminder: 'Send the case review form to the Tribunal.',
  },
  bundle: {
    label: 'Bundle due from the council',
    familyAction: false,
    reminder: 'The council should send the hearing bundle. Check it has everything.',
  },
  hearing: {
    label: 'Hearing',
    familyAction: false,
    reminder: 'Check the time and whether it is in person or by video.',
  },
};

/** The order of kinds on the same day: the order they happen in an appeal. */
export const KIND_ORDER: readonly TimelineKind[] = [...DERIVED_DATE_KINDS, ...ENTERED_DATE_KINDS];
