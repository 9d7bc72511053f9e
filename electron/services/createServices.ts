import { randomUUID } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/openDatabase';
import { createCasesService } from './casesService';
import type { DocumentWorkers } from './documents/documentWorkers';
import { createDocumentsService } from './documents/documentsService';
import type { ServiceDeps } from './deps';

type Options = Pick<ServiceDeps, 'dialogs'> &
  Partial<Omit<ServiceDeps, 'db' | 'dialogs'>> & {
    /** The intake and thumbnail worker processes; without them documents cannot be imported or drawn. */
    documentWorkers?: DocumentWorkers;
  };

/** Builds every service over one open workspace database. */
export function createServices(db: Db, options: Options) {
  const deps: ServiceDeps = {
    db,
    dialogs: options.dialogs,
    now: options.now ?? (() => new Date().toISOString()),
    newId: options.newId ?? randomUUID,
    today: options.today ?? (() => Temporal.Now.plainDateISO('Europe/London').toString()),
  };
  return { cases: createCasesService(deps), documents: createDocumentsService(deps, options.documentWorkers) };
}

export type Services = ReturnType<typeof createServices>;
