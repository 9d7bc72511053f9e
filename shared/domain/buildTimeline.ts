import { assessCase } from './assessCase';
import type { CaseFacts } from './caseFacts';
import { compareIsoDates, daysBetween, type IsoDate } from './dates';
import { KIND_ORDER, TIMELINE_KINDS, type TimelineKind } from './timelineKinds';
import type { EnteredDate, Reminder, Timeline, TimelineEntry, TimelineStatus } from './timelineTypes';

/** How far ahead a date counts as "soon" and is shown as a reminder on the workspace. */
export const SOON_DAYS = 14;

const UNUSABLE: ReadonlySet<string> = new Set(['invalidDate', 'dateInFuture']);

export interface TimelineInput {
  caseId: string;
  caseName: string;
  facts: CaseFacts;
  entered: readonly EnteredDate[];
  today: IsoDate;
}

/**
 * One case's dates in order (send-appeals.md §7.1): the decision letter, certificate and last day
 * to appeal worked out from the answers by assessCase (so impossible or future dates are left out
 * as everywhere else), merged with the dates copied from the Tribunal's letters. Each is marked
 * past, soon or later, and the ones that need attention become reminders.
 */
export function buildTimeline(input: TimelineInput): Timeline {
  const assessment = assessCase(input.facts, input.today);
  // Impossible or future dates are left out, as assessCase leaves them out of every calculation.
  const usable = (field: 'decisionDate' | 'certificateDate'): IsoDate | undefined =>
    assessment.validation.some((issue) => issue.field === field && UNUSABLE.has(issue.code))
      ? undefined
      : input.facts[field];
  const derived: { kind: TimelineKind; date: IsoDate | undefined }[] = [
    { kind: 'decisionLetter', date: usable('decisionDate') },
    { kind: 'certificate', date: usable('certificateDate') },
    { kind: 'appealDeadline', date: assessment.deadline?.deadline },
  ];
  const entries: TimelineEntry[] = [
    ...derived.flatMap(({ kind, date }) => (date ? [toEntry(kind, date, 'answers', null, input.today)] : [])),
    ...input.entered.map((item) => toEntry(item.kind, item.date, 'tribunalLetter', item.note, input.today)),
  ].sort(byDateThenStage);
  return { entries, reminders: planReminders(input, entries) };
}

function toEntry(
  kind: TimelineKind,
  date: IsoDate,
  source: TimelineEntry['source'],
  note: string | null,
  today: IsoDate,
): TimelineEntry {
  const daysAway = daysBetween(today, date);
  return { kind, label: TIMELINE_KINDS[kind].label, date, source, note, status: statusOf(daysAway), daysAway };
}

function statusOf(daysAway: number): TimelineStatus {
  if (daysAway < 0) return 'past';
  return daysAway <= SOON_DAYS ? 'soon' : 'later';
}

function byDateThenStage(a: TimelineEntry, b: TimelineEntry): number {
  return compareIsoDates(a.date, b.date) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}

/**
 * Reminders: dates with something to do or check in the next 14 days, and dates the family had
 * to act by that have passed. Once the appeal is registered its deadline no longer matters, and
 * once the hearing has happened nothing in this timeline is pending any more.
 */
function planReminders(input: TimelineInput, entries: TimelineEntry[]): Reminder[] {
  const has = (kind: TimelineKind) => entries.find((entry) => entry.kind === kind);
  const hearing = has('hearing');
  if (hearing && hearing.status === 'past') return [];
  const registered = has('registration') !== undefined;
  return entries.flatMap((entry): Reminder[] => {
    const info = TIMELINE_KINDS[entry.kind];
    if (info.reminder === '' || (entry.kind === 'appealDeadline' && registered)) return [];
    const urgency = entry.status === 'soon' ? 'soon' : entry.status === 'past' && info.familyAction ? 'overdue' : null;
    if (urgency === null) return [];
    return [
      {
        caseId: input.caseId,
        caseName: input.caseName,
        kind: entry.kind,
        label: entry.label,
        date: entry.date,
        daysAway: entry.daysAway,
        urgency,
        action: info.reminder,
      },
    ];
  });
}

/** Reminders from many cases: overdue first, then soonest first. */
export function sortReminders(reminders: readonly Reminder[]): Reminder[] {
  return [...reminders].sort(
    (a, b) =>
      Number(b.urgency === 'overdue') - Number(a.urgency === 'overdue') ||
      compareIsoDates(a.date, b.date) ||
      a.caseName.localeCompare(b.caseName, 'en-GB'),
  );
}
