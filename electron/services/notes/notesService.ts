import { AppError } from '../../../shared/api/errors';
import type * as S from '../../../shared/api/schemas';
import type { SessionNote } from '../../../shared/api/types';
import { createCaseNotesRepo } from '../../db/repositories/caseNotesRepo';
import { createCasesRepo } from '../../db/repositories/casesRepo';
import type { ServiceDeps } from '../deps';

/**
 * An adviser's session notes about a case. They live in their own table and only this service
 * reads them, so nothing made for the family or the Tribunal (calendar, bundle, handover) can
 * include them without someone deliberately adding it.
 */
export function createNotesService({ db, now, newId }: ServiceDeps) {
  const notes = createCaseNotesRepo(db);
  const cases = createCasesRepo(db);

  const mustGet = (id: string): SessionNote => {
    const found = notes.findById(id);
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  };

  return {
    list(input: S.ListNotesInput): SessionNote[] {
      if (!cases.findById(input.caseId)) throw new AppError('NOT_FOUND');
      return notes.listForCase(input.caseId);
    },

    create(input: S.CreateNoteInput): SessionNote {
      if (!cases.findById(input.caseId)) throw new AppError('NOT_FOUND');
      const id = newId();
      notes.insert({ id, caseId: input.caseId, body: input.body, now: now() });
      return mustGet(id);
    },

    update(input: S.UpdateNoteInput): SessionNote {
      if (!notes.update(input.id, input.body, now())) throw new AppError('NOT_FOUND');
      return mustGet(input.id);
    },

    delete(input: S.DeleteNoteInput): { deleted: true } {
      if (!notes.remove(input.id)) throw new AppError('NOT_FOUND');
      return { deleted: true };
    },
  };
}

export type NotesService = ReturnType<typeof createNotesService>;
