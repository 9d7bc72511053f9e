import type { CalendarEvent } from './planCalendarEvents';
import type { TimelineEntry } from './timelineTypes';
import { TIMELINE_KINDS } from './timelineKinds';

const REMIND_DAYS_BEFORE = 7;

/**
 * Every date in a case's timeline as an all-day calendar event with a reminder a week before.
 * The uid is stable per case and kind, so importing a newer file moves an event (for example a
 * re-listed hearing) instead of adding a second one.
 */
export function planTimelineEvents(
  caseId: string,
  caseName: string,
  entries: readonly TimelineEntry[],
): CalendarEvent[] {
  return entries.map((entry) => {
    const info = TIMELINE_KINDS[entry.kind];
    return {
      uid: `${caseId}-timeline-${entry.kind}@appeal-bundle`,
      date: entry.date,
      title: `${entry.label} (${caseName})`,
      description: [
        info.reminder,
        entry.note ?? '',
        entry.source === 'answers'
          ? 'Worked out from your answers in Appeal Bundle.'
          : 'Copied from the Tribunal’s letter. The Tribunal’s letters always govern: check any change against them.',
        'This is information, not legal advice.',
      ]
        .filter((line) => line !== '')
        .join('\n'),
      remindDaysBefore: REMIND_DAYS_BEFORE,
    };
  });
}
