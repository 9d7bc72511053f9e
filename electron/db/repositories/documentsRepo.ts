import type { DocumentSummary } from '../../../shared/api/types';
import { isDocumentCategory } from '../../../shared/domain/documentCategories';
import type { Db } from '../openDatabase';

interface DocumentRow {
  id: string;
  case_id: string;
  original_sha256: string;
  file_name: string;
  title: string;
  document_date: string | null;
  author: string | null;
  category: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  page_count: number;
}

/** One page of a document: which page of which stored blob, turned how far. */
export interface PageRef {
  sourceSha256: string;
  sourcePageIndex: number;
  rotation: number;
}

export interface StoredDocument extends DocumentSummary {
  originalSha256: string;
}

export interface NewDocument {
  id: string;
  caseId: string;
  originalSha256: string;
  fileName: string;
  title: string;
  documentDate: string | null;
  now: string;
}

export interface DocumentMetadata {
  title: string;
  documentDate: string | null;
  author: string | null;
  category: string | null;
  notes: string | null;
}

const toDocument = (row: DocumentRow): StoredDocument => ({
  id: row.id,
  caseId: row.case_id,
  originalSha256: row.original_sha256,
  fileName: row.file_name,
  title: row.title,
  documentDate: row.document_date,
  author: row.author,
  // A value from an older or hand-edited file that is no longer a category shows as "not chosen".
  category: row.category !== null && isDocumentCategory(row.category) ? row.category : null,
  notes: row.notes,
  pageCount: row.page_count,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** What the renderer sees: the original's hash is the main process's business. */
export const summaryOf = ({ originalSha256: _omit, ...summary }: StoredDocument): DocumentSummary => summary;

const SELECT_DOCUMENT = `
  SELECT d.*, (SELECT count(*) FROM document_pages p WHERE p.document_id = d.id) AS page_count
  FROM documents d`;

/** Prepared statements for documents, their pages and their import-time pages (sources). */
export function createDocumentsRepo(db: Db) {
  const insert = db.prepare<[string, string, string, string, string, string | null, string, string, string]>(
    `INSERT INTO documents (id, case_id, original_sha256, file_name, title, document_date, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM documents WHERE case_id = ?), ?, ?)`,
  );
  const byId = db.prepare<[string], DocumentRow>(`${SELECT_DOCUMENT} WHERE d.id = ?`);
  const byCase = db.prepare<[string], DocumentRow>(
    `${SELECT_DOCUMENT} WHERE d.case_id = ? ORDER BY d.position, d.created_at, d.id`,
  );
  const byOriginal = db.prepare<[string, string], { id: string; title: string }>(
    'SELECT id, title FROM documents WHERE case_id = ? AND original_sha256 = ? ORDER BY position, id LIMIT 1',
  );
  const setMetadata = db.prepare<[string, string | null, string | null, string | null, string | null, string, string]>(
    'UPDATE documents SET title = ?, document_date = ?, author = ?, category = ?, notes = ?, updated_at = ? WHERE id = ?',
  );
  const touch = db.prepare<[string, string]>('UPDATE documents SET updated_at = ? WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM documents WHERE id = ?');
  const selectPages = db.prepare<[string], { source_sha256: string; source_page_index: number; rotation: number }>(
    'SELECT source_sha256, source_page_index, rotation FROM document_pages WHERE document_id = ? ORDER BY page_index',
  );
  const deletePages = db.prepare<[string]>('DELETE FROM document_pages WHERE document_id = ?');
  const insertPage = db.prepare<[string, number, string, number, number]>(
    'INSERT INTO document_pages (document_id, page_index, source_sha256, source_page_index, rotation) VALUES (?, ?, ?, ?, ?)',
  );
  const selectSources = db.prepare<[string], { source_sha256: string; source_page_index: number }>(
    'SELECT source_sha256, source_page_index FROM document_sources WHERE document_id = ? ORDER BY page_index',
  );
  const insertSource = db.prepare<[string, number, string, number]>(
    'INSERT INTO document_sources (document_id, page_index, source_sha256, source_page_index) VALUES (?, ?, ?, ?)',
  );

  return {
    insert(doc: NewDocument): void {
      insert.run(
        doc.id,
        doc.caseId,
        doc.originalSha256,
        doc.fileName,
        doc.title,
        doc.documentDate,
        doc.caseId,
        doc.now,
        doc.now,
      );
    },
    findById(id: string): StoredDocument | undefined {
      const row = byId.get(id);
      return row ? toDocument(row) : undefined;
    },
    listByCase(caseId: string): StoredDocument[] {
      return byCase.all(caseId).map(toDocument);
    },
    /** The first document in the case imported from exactly these bytes, if any. */
    findByOriginal(caseId: string, originalSha256: string): { id: string; title: string } | undefined {
      return byOriginal.get(caseId, originalSha256);
    },
    updateMetadata(id: string, metadata: DocumentMetadata, now: string): boolean {
      const m = metadata;
      return setMetadata.run(m.title, m.documentDate, m.author, m.category, m.notes, now, id).changes === 1;
    },
    remove(id: string): boolean {
      return remove.run(id).changes === 1;
    },
    pages(id: string): PageRef[] {
      return selectPages
        .all(id)
        .map((p) => ({ sourceSha256: p.source_sha256, sourcePageIndex: p.source_page_index, rotation: p.rotation }));
    },
    /** Replaces the document's page list and marks it changed. Call inside a transaction. */
    replacePages(id: string, pages: readonly PageRef[], now: string): void {
      deletePages.run(id);
      pages.forEach((page, index) => insertPage.run(id, index, page.sourceSha256, page.sourcePageIndex, page.rotation));
      touch.run(now, id);
    },
    /** The pages as imported or extracted: what "undo all page changes" goes back to. */
    sources(id: string): PageRef[] {
      return selectSources
        .all(id)
        .map((s) => ({ sourceSha256: s.source_sha256, sourcePageIndex: s.source_page_index, rotation: 0 }));
    },
    insertSources(id: string, pages: readonly PageRef[]): void {
      pages.forEach((page, index) => insertSource.run(id, index, page.sourceSha256, page.sourcePageIndex));
    },
  };
}

export type DocumentsRepo = ReturnType<typeof createDocumentsRepo>;
