import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type * as S from '../../../shared/api/schemas';
import type { HandoverExportOutcome, HandoverImportOutcome } from '../../../shared/api/types';
import type { ServiceDeps } from '../deps';
import { writeFileAtomic } from '../files/writeFileAtomic';
import { openHandover, sealHandover } from './handoverCrypto';
import { importCase } from './importCase';
import { readCaseDatabase } from './readCaseDatabase';
import { writeCaseDatabase } from './writeCaseDatabase';

export const HANDOVER_EXTENSION = 'appealcase';

/** A file name from the case's name that every operating system accepts. */
function suggestedFileName(caseName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  const safe = caseName.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_').trim() || 'Appeal';
  return `${safe}.${HANDOVER_EXTENSION}`;
}

/**
 * Handover files (issue 7): one case, encrypted with a passphrase, written for a family or an
 * adviser to open on another computer, and read back in without ever merging two versions.
 */
export function createHandoverService({ db, newId, dialogs }: Pick<ServiceDeps, 'db' | 'newId' | 'dialogs'>) {
  return {
    async export(input: S.ExportHandoverInput): Promise<HandoverExportOutcome> {
      const name = db.prepare<[string], string>('SELECT name FROM cases WHERE id = ?').pluck().get(input.caseId);
      if (name === undefined) throw new AppError('NOT_FOUND');
      const chosen = await dialogs.chooseSaveLocation({
        suggestedName: suggestedFileName(name),
        filterName: 'Appeal Bundle case file',
        extensions: [HANDOVER_EXTENSION],
      });
      if (!chosen) return { saved: false };
      // Some save windows do not add the extension; the other computer looks for it.
      const target =
        extname(chosen).toLowerCase() === `.${HANDOVER_EXTENSION}` ? chosen : `${chosen}.${HANDOVER_EXTENSION}`;
      const plain = writeCaseDatabase(db, input.caseId, input.includeNotes);
      try {
        const sealed = await sealHandover(plain, input.passphrase);
        writeFileAtomic(target, sealed);
        return { saved: true, fileName: basename(target), sizeBytes: sealed.length, includesNotes: input.includeNotes };
      } finally {
        plain.fill(0);
      }
    },

    async import(input: S.ImportHandoverInput): Promise<HandoverImportOutcome> {
      const plain = await openHandover(input.bytes, input.passphrase);
      try {
        const incoming = readCaseDatabase(plain);
        try {
          return importCase(db, incoming.db, incoming.caseId, input.choice, newId);
        } catch (error) {
          // An id already used by another case: refuse rather than overwrite anything.
          if (isConstraintError(error)) throw new AppError('CONFLICT', { cause: error });
          throw error;
        } finally {
          incoming.db.close();
        }
      } finally {
        plain.fill(0);
      }
    },
  };
}

function isConstraintError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT')
  );
}

export type HandoverService = ReturnType<typeof createHandoverService>;
