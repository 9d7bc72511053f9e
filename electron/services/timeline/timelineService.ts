import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type * as S from '../../../shared/api/schemas';
import type { CaseDetail, Reminder, SaveOutcome, Timeline } from '../../../shared/api/types';
import { buildTimeline, sortReminders } from '../../../shared/domain/buildTimeline';
import { planTimelineEvents } from '../../../shared/domain/timelineCalendarEvents';
import { createCaseDatesRepo } from '../../db/repositories/caseDatesRepo';
import { createCasesRepo } from '../../db/repositories/casesRepo';
import { buildCalendarFile } from '../calendar/buildCalendarFile';
import type { ServiceDeps } from '../deps';
import { writeFileAtomic } from '../files/writeFileAtomic';

/** A case's dates (worked out and copied from the Tribunal's letters) and the workspace's reminders. */
export function createTimelineService({ db, now, today, dialogs }: ServiceDeps) {
  const cases = createCasesRepo(db);
  const dates = createCaseDatesRepo(db);

  const mustGet = (id: string): CaseDetail => {
    const found = cases.findById(id);
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  };

  const timelineOf = (found: CaseDetail): Timeline =>
    buildTimeline({
      caseId: found.id,
      caseName: found.name,
      facts: found.facts,
      entered: dates.listForCase(found.id),
      today: today(),
    });

  return {
    get(input: S.TimelineCaseInput): Timeline {
      return timelineOf(mustGet(input.caseId));
    },

    setDate(input: S.SetTimelineDateInput): Timeline {
      const found = mustGet(input.caseId);
      const note = input.note?.trim() ? input.note.trim() : null;
      db.transaction(() => {
        dates.set(found.id, { kind: input.kind, date: input.date, note }, now());
        // The case counts as changed, so it moves up in "most recently changed".
        cases.touch(found.id, now());
      })();
      return timelineOf(found);
    },

    removeDate(input: S.RemoveTimelineDateInput): Timeline {
      const found = mustGet(input.caseId);
      if (!dates.remove(found.id, input.kind)) throw new AppError('NOT_FOUND');
      return timelineOf(found);
    },

    /** Overdue and coming-up reminders from every active case, most urgent first. */
    reminders(_input: S.RemindersInput): Reminder[] {
      const entered = dates.listForActiveCases();
      const day = today();
      const all = cases
        .list('deadline')
        .filter((summary) => summary.archivedAt === null)
        .flatMap((summary) => {
          const found = cases.findById(summary.id);
          if (!found) return [];
          return buildTimeline({
            caseId: found.id,
            caseName: found.name,
            facts: found.facts,
            entered: entered.get(found.id) ?? [],
            today: day,
          }).reminders;
        });
      return sortReminders(all);
    },

    /** Saves every date in the timeline as an .ics file where the person chooses; nothing if they cancel. */
    async exportCalendar(input: S.TimelineCaseInput): Promise<SaveOutcome> {
      const found = mustGet(input.caseId);
      const events = planTimelineEvents(found.id, found.name, timelineOf(found).entries);
      if (events.length === 0) throw new AppError('PRECONDITION');
      const target = await dialogs.chooseSaveLocation({
        suggestedName: `Appeal timeline - ${found.name}.ics`,
        filterName: 'Calendar file',
        extensions: ['ics'],
      });
      if (!target) return { saved: false };
      writeFileAtomic(target, buildCalendarFile(events));
      return { saved: true, fileName: basename(target) };
    },
  };
}

export type TimelineService = ReturnType<typeof createTimelineService>;
