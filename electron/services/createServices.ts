import { randomUUID } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/openDatabase';
import { createCasesService } from './casesService';
import type { DocumentWorkers } from './documents/documentWorkers';
import { createDocumentsService } from './documents/documentsService';
import type { ServiceDeps } from './deps';
import { createBackupsService, type BackupOptions } from './backups/backupsService';
import { createBundleService } from './bundle/bundleService';
import { createExampleService } from './example/exampleService';
import { createHandoverService } from './handover/handoverService';
import { createNotesService } from './notes/notesService';
import { createSubmissionsService } from './submissions/submissionsService';
import { createTimelineService } from './timeline/timelineService';

type Options = Pick<ServiceDeps, 'dialogs'> &
  Partial<Omit<ServiceDeps, 'db' | 'dialogs'>> & {
    /** The intake and thumbnail worker processes; without them documents cannot be imported or drawn. */
    documentWorkers?: DocumentWorkers;
    /** Where backups go and how they are copied; by default a `backups` folder beside the database (tests). */
    backups?: BackupOptions;
    /** Folder holding the DejaVu fonts embedded in PDF submissions; resources/fonts by default (tests). */
    fontsFolder?: string;
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
  const fontsFolder = options.fontsFolder ?? resolve('resources', 'fonts');
  return {
    cases: createCasesService(deps),
    documents: createDocumentsService(deps, options.documentWorkers),
    timeline: createTimelineService(deps),
    notes: createNotesService(deps),
    backups: createBackupsService(deps, options.backups ?? { folder: join(dirname(db.name), 'backups') }),
    bundle: createBundleService(deps, { fontsFolder }),
    // Its own cases and documents services over the same database: the example goes through the
    // same code paths as a person's own case.
    examples: createExampleService(deps, {
      cases: createCasesService(deps),
      documents: createDocumentsService(deps, options.documentWorkers),
    }),
    handover: createHandoverService(deps),
    submissions: createSubmissionsService(deps, { fontsFolder }),
  };
}

export type Services = ReturnType<typeof createServices>;
