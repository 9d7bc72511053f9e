import { basename } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type * as S from '../../shared/api/schemas';
import type { CaseDetail, CaseSummary, SaveOutcome } from '../../shared/api/types';
import { assessCase } from '../../shared/domain/assessCase';
import { planCalendarEvents } from '../../shared/domain/planCalendarEvents';
import { createBlobsRepo } from '../db/repositories/blobsRepo';
import { createCaseSearchRepo } from '../db/repositories/caseSearchRepo';
import { createCasesRepo } from '../db/repositories/casesRepo';
import { normaliseTribunalReference } from '../../shared/domain/checkTribunalReference';
import { buildCalendarFile } from './calendar/buildCalendarFile';
import type { ServiceDeps } from './deps';
import { writeFileAtomic } from './files/writeFileAtomic';

/** Create, list, rename, archive and delete cases. Inputs arrive already parsed by handle.ts. */
export function createCasesService({ db, now, newId, today, dialogs }: ServiceDeps) {
  const cases = createCasesRepo(db);
  const blobs = createBlobsRepo(db);
  const search = createCaseSearchRepo(db);

  const mustGet = (id: string): CaseDetail => {
    const found = cases.findById(id);
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  };

  return {
    list(input: S.ListCasesInput): CaseSummary[] {
      return search.find({
        search: input.search ?? '',
        show: input.show ?? 'all',
        sort: input.sort ?? 'deadline',
        today: today(),
      });
    },

    get(input: S.CaseRefInput): CaseDetail {
      return mustGet(input.id);
    },

    create(input: S.CreateCaseInput): CaseDetail {
      const id = newId();
      cases.insert({ id, name: input.name, now: now() });
      return mustGet(id);
    },

    rename(input: S.RenameCaseInput): CaseDetail {
      if (!cases.rename(input.id, input.name, now())) throw new AppError('NOT_FOUND');
      return mustGet(input.id);
    },

    setArchived(input: S.SetArchivedInput): CaseDetail {
      const at = now();
      if (!cases.setArchivedAt(input.id, input.archived ? at : null, at)) throw new AppError('NOT_FOUND');
      return mustGet(input.id);
    },

    /** Changes the council and/or the Tribunal reference; an empty answer clears it. */
    updateDetails(input: S.UpdateCaseDetailsInput): CaseDetail {
      const current = mustGet(input.id);
      const council = input.council === undefined ? current.council : input.council.trim() || null;
      const reference =
        input.tribunalReference === undefined
          ? current.tribunalReference
          : normaliseTribunalReference(input.tribunalReference) || null;
      if (!cases.setDetails(input.id, { council, tribunalReference: reference }, now()))
        throw new AppError('NOT_FOUND');
      return mustGet(input.id);
    },

    /** Saves the interview answers and the deadline they give (kept for sorting the workspace). */
    saveFacts(input: S.SaveFactsInput): CaseDetail {
      const deadline = assessCase(input.facts, today()).deadline?.deadline ?? null;
      if (!cases.setFacts(input.id, input.facts, deadline, now())) throw new AppError('NOT_FOUND');
      return mustGet(input.id);
    },

    /** Saves the appeal dates as an .ics file where the person chooses; nothing if they cancel. */
    async exportCalendar(input: S.CaseRefInput): Promise<SaveOutcome> {
      const found = mustGet(input.id);
      const events = planCalendarEvents(found.id, found.name, assessCase(found.facts, today()));
      if (events.length === 0) throw new AppError('PRECONDITION');
      const target = await dialogs.chooseSaveLocation({
        suggestedName: `Appeal dates - ${found.name}.ics`,
        filterName: 'Calendar file',
        extensions: ['ics'],
      });
      if (!target) return { saved: false };
      writeFileAtomic(target, buildCalendarFile(events));
      return { saved: true, fileName: basename(target) };
    },

    /** Removes the case, its documents (by cascade) and any stored file no other case uses. */
    delete(input: S.DeleteCaseInput): { deleted: true } {
      db.transaction(() => {
        if (!cases.remove(input.id)) throw new AppError('NOT_FOUND');
        blobs.deleteUnreferenced();
      })();
      // secure_delete has overwritten the rows in the database file, but the WAL still holds the
      // pages as they were. Copying them in and truncating the WAL leaves no copy of the case
      // anywhere in the workspace's files (issue 7, "delete for good").
      db.pragma('wal_checkpoint(TRUNCATE)');
      return { deleted: true };
    },
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
