import type { Handlers } from '../../../shared/api/contract';
import type { Services } from '../../services/createServices';

/** Every method, one line each: the service does the work. */
export function createHandlers(services: Services): Handlers {
  const { cases, documents, timeline, notes, backups, bundle } = services;
  return {
    cases: {
      list: (input) => cases.list(input),
      get: (input) => cases.get(input),
      create: (input) => cases.create(input),
      rename: (input) => cases.rename(input),
      setArchived: (input) => cases.setArchived(input),
      delete: (input) => cases.delete(input),
      saveFacts: (input) => cases.saveFacts(input),
      exportCalendar: (input) => cases.exportCalendar(input),
      updateDetails: (input) => cases.updateDetails(input),
    },
    documents: {
      import: (input) => documents.import(input),
      list: (input) => documents.list(input),
      get: (input) => documents.get(input),
      update: (input) => documents.update(input),
      rotatePage: (input) => documents.rotatePage(input),
      removePages: (input) => documents.removePages(input),
      extractPages: (input) => documents.extractPages(input),
      resetPages: (input) => documents.resetPages(input),
      delete: (input) => documents.delete(input),
      thumbnail: (input) => documents.thumbnail(input),
    },
    timeline: {
      get: (input) => timeline.get(input),
      setDate: (input) => timeline.setDate(input),
      removeDate: (input) => timeline.removeDate(input),
      reminders: (input) => timeline.reminders(input),
      exportCalendar: (input) => timeline.exportCalendar(input),
    },
    notes: {
      list: (input) => notes.list(input),
      create: (input) => notes.create(input),
      update: (input) => notes.update(input),
      delete: (input) => notes.delete(input),
    },
    backups: {
      list: (input) => backups.list(input),
      create: (input) => backups.create(input),
      restore: (input) => backups.restore(input),
    },
    bundle: {
      get: (input) => bundle.get(input),
      saveOrder: (input) => bundle.saveOrder(input),
      saveOptions: (input) => bundle.saveOptions(input),
      export: (input) => bundle.export(input),
      exportStatus: (input) => bundle.exportStatus(input),
      cancelExport: (input) => bundle.cancelExport(input),
      history: (input) => bundle.history(input),
    },
    examples: {
      create: () => services.examples.create(),
    },
    handover: {
      export: (input) => services.handover.export(input),
      import: (input) => services.handover.import(input),
    },
  } satisfies Handlers;
}
