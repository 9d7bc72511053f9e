import { AppError } from '../../../shared/api/errors';
import type * as S from '../../../shared/api/schemas';
import type {
  DocumentDetail,
  DocumentPage,
  DocumentSummary,
  ImportOutcome,
  PageThumbnail,
} from '../../../shared/api/types';
import { createBlobsRepo } from '../../db/repositories/blobsRepo';
import { createCasesRepo } from '../../db/repositories/casesRepo';
import { createDocumentsCacheRepo } from '../../db/repositories/documentsCacheRepo';
import { createDocumentsRepo, summaryOf, type PageRef, type StoredDocument } from '../../db/repositories/documentsRepo';
import type { ServiceDeps } from '../deps';
import type { DocumentWorkers } from './documentWorkers';
import { importDocument } from './importDocument';
import { pagesDiffer, pickPages, removePages, rotatePage } from './pageEdits';

/** Longest side of a page thumbnail in pixels: sharp at twice the size the screens show. */
const THUMBNAIL_MAX_SIDE = 320;

// Optional text fields: blank means "not given".
const blankToNull = (value: string | null) => (value === null || value.trim() === '' ? null : value);

/** A case's documents: import, library, metadata, page edits and thumbnails. */
export function createDocumentsService(
  deps: Pick<ServiceDeps, 'db' | 'now' | 'newId'>,
  workers: DocumentWorkers | undefined,
) {
  const { db, now, newId } = deps;
  const repos = {
    cases: createCasesRepo(db),
    blobs: createBlobsRepo(db),
    documents: createDocumentsRepo(db),
    cache: createDocumentsCacheRepo(db),
  };

  // Only the Electron main process, the harness and worker tests start workers; a caller without
  // them (e.g. a test of cases) can still list and edit, but cannot import or draw pages.
  const mustHaveWorkers = (): DocumentWorkers => {
    if (!workers) throw new Error('The documents service was created without its worker processes.');
    return workers;
  };

  const mustGet = (id: string): StoredDocument => {
    const found = repos.documents.findById(id);
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  };

  const pageOf = (ref: PageRef, pageIndex: number): DocumentPage => {
    const size = repos.cache.getContents(ref.sourceSha256)?.pages[ref.sourcePageIndex];
    // A PDF page's own /Rotate turns it as drawn (and in its thumbnail): its shape swaps too.
    const swapped = size ? size.rotation % 180 !== 0 : false;
    return {
      pageIndex,
      rotation: ref.rotation,
      width: size ? (swapped ? size.height : size.width) : 595,
      height: size ? (swapped ? size.width : size.height) : 842,
    };
  };

  const detail = (id: string): DocumentDetail => {
    const found = mustGet(id);
    const pages = repos.documents.pages(id);
    return {
      ...summaryOf(found),
      pages: pages.map(pageOf),
      pagesChanged: pagesDiffer(pages, repos.documents.sources(id)),
    };
  };

  /** Runs a page edit in one transaction and returns the document as saved. */
  const editPages = (id: string, edit: (pages: PageRef[]) => PageRef[]): DocumentDetail => {
    db.transaction(() => {
      mustGet(id);
      repos.documents.replacePages(id, edit(repos.documents.pages(id)), now());
    })();
    return detail(id);
  };

  return {
    import(input: S.ImportDocumentInput): Promise<ImportOutcome> {
      return importDocument({ db, now, newId, repos, workers: mustHaveWorkers() }, input);
    },

    list(input: S.ListDocumentsInput): DocumentSummary[] {
      if (!repos.cases.findById(input.caseId)) throw new AppError('NOT_FOUND');
      return repos.documents.listByCase(input.caseId).map(summaryOf);
    },

    get(input: S.DocumentRefInput): DocumentDetail {
      return detail(input.id);
    },

    update(input: S.UpdateDocumentInput): DocumentDetail {
      const saved = repos.documents.updateMetadata(
        input.id,
        {
          title: input.title.trim(),
          documentDate: input.documentDate,
          author: blankToNull(input.author)?.trim() ?? null,
          category: input.category,
          notes: blankToNull(input.notes),
        },
        now(),
      );
      if (!saved) throw new AppError('NOT_FOUND');
      return detail(input.id);
    },

    rotatePage(input: S.RotatePageInput): DocumentDetail {
      return editPages(input.id, (pages) => rotatePage(pages, input.pageIndex, input.turn));
    },

    removePages(input: S.RemovePagesInput): DocumentDetail {
      return editPages(input.id, (pages) => removePages(pages, input.pageIndexes));
    },

    /** A new document in the same case from some pages; the original file is shared, not copied. */
    extractPages(input: S.ExtractPagesInput): DocumentDetail {
      const id = newId();
      db.transaction(() => {
        const source = mustGet(input.id);
        const picked = pickPages(repos.documents.pages(input.id), input.pageIndexes);
        const at = now();
        repos.documents.insert({
          id,
          caseId: source.caseId,
          originalSha256: source.originalSha256,
          fileName: source.fileName,
          title: input.title.trim(),
          documentDate: source.documentDate,
          now: at,
        });
        repos.documents.updateMetadata(
          id,
          {
            title: input.title.trim(),
            documentDate: source.documentDate,
            author: source.author,
            category: source.category,
            notes: null,
          },
          at,
        );
        // Undo on the new document goes back to these pages, upright as they were stored.
        repos.documents.insertSources(id, picked);
        repos.documents.replacePages(id, picked, at);
      })();
      return detail(id);
    },

    resetPages(input: S.DocumentRefInput): DocumentDetail {
      return editPages(input.id, () => repos.documents.sources(input.id));
    },

    delete(input: S.DocumentRefInput): { deleted: true } {
      db.transaction(() => {
        if (!repos.documents.remove(input.id)) throw new AppError('NOT_FOUND');
        repos.blobs.deleteUnreferenced();
      })();
      return { deleted: true };
    },

    /** Drawn on first request in the thumbnail worker, then served from the cache. */
    async thumbnail(input: S.ThumbnailInput): Promise<PageThumbnail | null> {
      mustGet(input.id);
      const ref = repos.documents.pages(input.id)[input.pageIndex];
      if (!ref) throw new AppError('NOT_FOUND');
      const cached = repos.cache.getThumbnail(ref.sourceSha256, ref.sourcePageIndex);
      if (cached) return cached;
      const bytes = repos.blobs.get(ref.sourceSha256);
      if (!bytes) throw new AppError('NOT_FOUND');
      const kind = repos.cache.getContents(ref.sourceSha256)?.kind ?? 'pdf';
      const drawn = await mustHaveWorkers().thumbnails.render({
        sha256: ref.sourceSha256,
        kind,
        bytes,
        pageIndex: ref.sourcePageIndex,
        maxSide: THUMBNAIL_MAX_SIDE,
      });
      // The document may have been deleted while the page was drawn; its blob with it.
      if (drawn && repos.blobs.has(ref.sourceSha256))
        repos.cache.putThumbnail(ref.sourceSha256, ref.sourcePageIndex, drawn);
      return drawn;
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
