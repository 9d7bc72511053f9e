import { randomUUID } from 'node:crypto';
import { createCasesService } from './casesService';
import type { ServiceDeps } from './deps';
import type { Db } from '../db/openDatabase';

/** Builds every service over one open workspace database. */
export function createServices(db: Db, overrides: Partial<Omit<ServiceDeps, 'db'>> = {}) {
  const deps: ServiceDeps = {
    db,
    now: overrides.now ?? (() => new Date().toISOString()),
    newId: overrides.newId ?? randomUUID,
  };
  return { cases: createCasesService(deps) };
}

export type Services = ReturnType<typeof createServices>;
