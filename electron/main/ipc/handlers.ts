import type { Handlers } from '../../../shared/api/contract';
import type { Services } from '../../services/createServices';

/** Every method, one line each: the service does the work. */
export function createHandlers(services: Services): Handlers {
  const { cases } = services;
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
  } satisfies Handlers;
}
