import { AppError } from '../../../shared/api/errors';
import type * as S from '../../../shared/api/schemas';
import type { ImportOutcome } from '../../../shared/api/types';
import type { BlobsRepo } from '../../db/repositories/blobsRepo';
import { sha256Hex } from '../../db/repositories/blobsRepo';
import type { CasesRepo } from '../../db/repositories/casesRepo';
import type { DocumentsCacheRepo } from '../../db/repositories/documentsCacheRepo';
import { summaryOf, type DocumentsRepo, type PageRef } from '../../db/repositories/documentsRepo';
import type { IntakeOutcome } from '../../pdf/intake/intakeTypes';
import type { ServiceDeps } from '../deps';
import type { DocumentWorkers } from './documentWorkers';
import { mediaTypeOf } from './mediaTypeOf';
import { suggestDocumentDate, suggestTitle } from './suggestMetadata';

interface ImportDeps extends Pick<ServiceDeps, 'db' | 'now' | 'newId'> {
  repos: { cases: CasesRepo; blobs: BlobsRepo; documents: DocumentsRepo; cache: DocumentsCacheRepo };
  workers: DocumentWorkers;
}

/** The file's own name: a renderer must not be able to smuggle a path into messages or titles. */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop()?.trim() || 'Untitled file';
}

/**
 * Adds one file to a case: intake in the worker (off the main thread, behind the watchdog), then
 * one transaction that stores the original, the stored pages, their cached contents, the document
 * and its pages. A refusal or a password question writes nothing.
 */
export async function importDocument(deps: ImportDeps, input: S.ImportDocumentInput): Promise<ImportOutcome> {
  const { repos, workers } = deps;
  if (!repos.cases.findById(input.caseId)) throw new AppError('NOT_FOUND');
  const fileName = baseName(input.fileName);
  const originalSha256 = sha256Hex(input.bytes);

  if (!input.allowDuplicate) {
    const existing = repos.documents.findByOriginal(input.caseId, originalSha256);
    if (existing) {
      return {
        kind: 'duplicate',
        existing,
        message: `“${fileName}” is already in this appeal as “${existing.title}”. You only need it once, but you can add a second copy if you want to.`,
      };
    }
  }

  const outcome = await workers.intake.intake(
    input.bytes,
    fileName,
    input.password === undefined ? {} : { password: input.password },
  );
  switch (outcome.kind) {
    case 'refused':
      return { kind: 'refused', message: outcome.message };
    case 'needsPassword':
      return { kind: 'needsPassword', wrongPassword: outcome.wrongPassword, message: outcome.message };
    default: {
      const documentId = store(deps, input, fileName, originalSha256, outcome);
      const document = repos.documents.findById(documentId);
      if (!document) throw new AppError('NOT_FOUND');
      return { kind: 'imported', document: summaryOf(document), notes: outcome.notes };
    }
  }
}

function store(
  { db, now, newId, repos }: ImportDeps,
  input: S.ImportDocumentInput,
  fileName: string,
  originalSha256: string,
  outcome: Extract<IntakeOutcome, { kind: 'pdf' | 'images' }>,
): string {
  const at = now();
  const id = newId();
  db.transaction(() => {
    // The case may have been deleted while the worker was busy.
    if (!repos.cases.findById(input.caseId)) throw new AppError('NOT_FOUND');
    repos.blobs.put(input.bytes, mediaTypeOf(input.bytes), at);
    let pages: PageRef[];
    let text = '';
    if (outcome.kind === 'pdf') {
      const sha = repos.blobs.put(outcome.storedBytes, 'application/pdf', at);
      repos.cache.putContents(sha, { kind: 'pdf', pages: outcome.pages, text: outcome.text });
      pages = outcome.pages.map((_, index) => ({ sourceSha256: sha, sourcePageIndex: index, rotation: 0 }));
      text = outcome.text;
    } else {
      pages = outcome.pages.map((page) => {
        const sha = repos.blobs.put(page.jpeg, 'image/jpeg', at);
        repos.cache.putContents(sha, {
          kind: 'jpeg',
          pages: [{ width: page.width, height: page.height, rotation: 0 }],
          text: '',
        });
        return { sourceSha256: sha, sourcePageIndex: 0, rotation: 0 };
      });
    }
    repos.documents.insert({
      id,
      caseId: input.caseId,
      originalSha256,
      fileName,
      title: suggestTitle(fileName, text),
      documentDate: suggestDocumentDate(fileName, text),
      now: at,
    });
    repos.documents.insertSources(id, pages);
    repos.documents.replacePages(id, pages, at);
  })();
  return id;
}
