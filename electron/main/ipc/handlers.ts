import type { Handlers } from '../../../shared/api/contract';
import type { Services } from '../../services/createServices';

/** The lock namespace: the only one that answers while the workspace is locked. */
export type LockHandlers = Handlers['lock'];

/**
 * Every method, one line each: the service does the work. Services are fetched on each call,
 * because the workspace they work on is opened and closed by the passphrase lock: while it is
 * locked, `getServices` throws LOCKED before anything touches the database.
 */
export function createHandlers(getServices: () => Services, lock: LockHandlers): Handlers {
  return {
    cases: {
      list: (input) => getServices().cases.list(input),
      get: (input) => getServices().cases.get(input),
      create: (input) => getServices().cases.create(input),
      rename: (input) => getServices().cases.rename(input),
      setArchived: (input) => getServices().cases.setArchived(input),
      delete: (input) => getServices().cases.delete(input),
      saveFacts: (input) => getServices().cases.saveFacts(input),
      exportCalendar: (input) => getServices().cases.exportCalendar(input),
      updateDetails: (input) => getServices().cases.updateDetails(input),
    },
    documents: {
      import: (input) => getServices().documents.import(input),
      list: (input) => getServices().documents.list(input),
      get: (input) => getServices().documents.get(input),
      update: (input) => getServices().documents.update(input),
      rotatePage: (input) => getServices().documents.rotatePage(input),
      removePages: (input) => getServices().documents.removePages(input),
      extractPages: (input) => getServices().documents.extractPages(input),
      resetPages: (input) => getServices().documents.resetPages(input),
      delete: (input) => getServices().documents.delete(input),
      thumbnail: (input) => getServices().documents.thumbnail(input),
    },
    timeline: {
      get: (input) => getServices().timeline.get(input),
      setDate: (input) => getServices().timeline.setDate(input),
      removeDate: (input) => getServices().timeline.removeDate(input),
      reminders: (input) => getServices().timeline.reminders(input),
      exportCalendar: (input) => getServices().timeline.exportCalendar(input),
    },
    notes: {
      list: (input) => getServices().notes.list(input),
      create: (input) => getServices().notes.create(input),
      update: (input) => getServices().notes.update(input),
      delete: (input) => getServices().notes.delete(input),
    },
    backups: {
      list: (input) => getServices().backups.list(input),
      create: (input) => getServices().backups.create(input),
      restore: (input) => getServices().backups.restore(input),
      status: () => getServices().backups.status(),
      restoreLocked: (input) => getServices().backups.restoreLocked(input),
    },
    bundle: {
      get: (input) => getServices().bundle.get(input),
      saveOrder: (input) => getServices().bundle.saveOrder(input),
      saveOptions: (input) => getServices().bundle.saveOptions(input),
      export: (input) => getServices().bundle.export(input),
      exportStatus: (input) => getServices().bundle.exportStatus(input),
      cancelExport: (input) => getServices().bundle.cancelExport(input),
      history: (input) => getServices().bundle.history(input),
    },
    examples: {
      create: () => getServices().examples.create(),
    },
    handover: {
      export: (input) => getServices().handover.export(input),
      import: (input) => getServices().handover.import(input),
    },
    submissions: {
      get: (input) => getServices().submissions.get(input),
      saveAnswers: (input) => getServices().submissions.saveAnswers(input),
      export: (input) => getServices().submissions.export(input),
    },
    lock,
  } satisfies Handlers;
}
