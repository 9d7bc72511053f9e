import { createEvents } from 'ics';
import type { CalendarEvent } from '../../../shared/domain/planCalendarEvents';

/** Writes all-day events with a display reminder as an iCalendar (.ics) file's text. */
export function buildCalendarFile(events: CalendarEvent[]): string {
  const { error, value } = createEvents(
    events.map((event) => {
      const [year, month, day] = event.date.split('-').map(Number) as [number, number, number];
      return {
        uid: event.uid,
        start: [year, month, day],
        duration: { days: 1 },
        title: event.title,
        description: event.description,
        transp: 'TRANSPARENT' as const,
        alarms: [
          {
            action: 'display' as const,
            description: event.title,
            trigger: { days: event.remindDaysBefore, before: true },
          },
        ],
      };
    }),
    { productId: 'Appeal Bundle', calName: 'Appeal Bundle' },
  );
  if (error || value === null) throw error ?? new Error('The calendar file could not be written.');
  return value;
}
