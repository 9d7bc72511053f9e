import type { CaseAssessment } from './assessCase';
import type { IsoDate } from './dates';

export interface CalendarEvent {
  /** Stable per case and kind, so importing the file again updates the event instead of adding one. */
  uid: string;
  date: IsoDate;
  title: string;
  description: string;
  /** A reminder this many days before (product.md: a week before). */
  remindDaysBefore: number;
}

const REMIND_DAYS_BEFORE = 7;

/**
 * The dates worth a calendar entry: the last day to appeal (§6, received by 5pm) with how it was
 * worked out, and the last day to contact the mediation adviser (§6.5), each with a reminder.
 */
export function planCalendarEvents(caseId: string, caseName: string, assessment: CaseAssessment): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const { deadline, mediationContact } = assessment;
  if (mediationContact && assessment.classification?.certificate === 'required') {
    events.push({
      uid: `${caseId}-mediation-adviser@appeal-bundle`,
      date: mediationContact.contactBy,
      title: `Last day to contact the mediation adviser (${caseName})`,
      description: [
        'Contact the mediation adviser named in the council’s decision letter before this date and say you want to appeal.',
        `Do not leave it to the last day: aim to call by ${mediationContact.callBy}.`,
        ...mediationContact.explanation,
      ].join('\n'),
      remindDaysBefore: REMIND_DAYS_BEFORE,
    });
  }
  if (deadline) {
    events.push({
      uid: `${caseId}-appeal-deadline@appeal-bundle`,
      date: deadline.deadline,
      title: `Last day to appeal to the SEND Tribunal, by 5pm (${caseName})`,
      description: [
        'The Tribunal must receive your appeal by 5pm on this day.',
        'How this date was worked out:',
        ...deadline.explanation,
        'This is information, not legal advice.',
      ].join('\n'),
      remindDaysBefore: REMIND_DAYS_BEFORE,
    });
  }
  return events;
}
