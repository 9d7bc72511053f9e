import type { Handlers } from '../../../shared/api/contract';
import type { Services } from '../../services/createServices';

/** Every method, one line each: the service does the work. */
export function createHandlers(services: Services): Handlers {
  const { cases, documents } = services;
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
  } satisfies Handlers;
}
