import { AppError } from '../../shared/api/errors';
import type * as S from '../../shared/api/schemas';
import type { CaseDetail, CaseSummary } from '../../shared/api/types';
import { createBlobsRepo } from '../db/repositories/blobsRepo';
import { createCasesRepo } from '../db/repositories/casesRepo';
import type { ServiceDeps } from './deps';

/** Create, list, rename, archive and delete cases. Inputs arrive already parsed by handle.ts. */
export function createCasesService({ db, now, newId }: ServiceDeps) {
  const cases = createCasesRepo(db);
  const blobs = createBlobsRepo(db);

  const mustGet = (id: string): CaseDetail => {
    const found = cases.findById(id);
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  };

  return {
    list(input: S.ListCasesInput): CaseSummary[] {
      return cases.list(input.sort ?? 'updated');
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

    /** Removes the case, its documents (by cascade) and any stored file no other case uses. */
    delete(input: S.DeleteCaseInput): { deleted: true } {
      db.transaction(() => {
        if (!cases.remove(input.id)) throw new AppError('NOT_FOUND');
        blobs.deleteUnreferenced();
      })();
      return { deleted: true };
    },
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
