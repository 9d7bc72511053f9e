import type { IsoDate } from './dates';
import type { EnteredDateKind, TimelineKind } from './timelineKinds';

/** A date the family copied from a Tribunal letter, as stored. */
export interface EnteredDate {
  kind: EnteredDateKind;
  date: IsoDate;
  note: string | null;
}

/** past: before today; soon: today or within the next 14 days; later: after that. */
export type TimelineStatus = 'past' | 'soon' | 'later';

export interface TimelineEntry {
  kind: TimelineKind;
  label: string;
  date: IsoDate;
  /** Worked out from the answers, or copied from a Tribunal letter (and so removable). */
  source: 'answers' | 'tribunalLetter';
  note: string | null;
  status: TimelineStatus;
  /** Days from today (negative once passed). */
  daysAway: number;
}

export interface Reminder {
  caseId: string;
  caseName: string;
  kind: TimelineKind;
  label: string;
  date: IsoDate;
  daysAway: number;
  /** overdue: a date the family had to act by has passed; soon: within the next 14 days. */
  urgency: 'overdue' | 'soon';
  /** What to do, in a sentence. */
  action: string;
}

export interface Timeline {
  entries: TimelineEntry[];
  reminders: Reminder[];
}
