import type { Migration } from './types';

// A case's documents. The file as imported is kept untouched (original_sha256) so every edit can
// be undone; the pages the bundle uses are listed in document_pages, each pointing at a page of a
// stored blob with its own rotation, so rotate, remove and extract never rewrite a file.
export const migration0002: Migration = {
  version: 2,
  name: 'create_documents',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        original_sha256 TEXT NOT NULL REFERENCES blobs (sha256),
        file_name TEXT NOT NULL,
        title TEXT NOT NULL,
        document_date TEXT,
        author TEXT,
        category TEXT,
        notes TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX documents_by_case ON documents (case_id, position);
      CREATE INDEX documents_by_original ON documents (original_sha256);

      CREATE TABLE document_pages (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        page_index INTEGER NOT NULL CHECK (page_index >= 0),
        source_sha256 TEXT NOT NULL REFERENCES blobs (sha256),
        source_page_index INTEGER NOT NULL CHECK (source_page_index >= 0),
        rotation INTEGER NOT NULL DEFAULT 0 CHECK (rotation IN (0, 90, 180, 270)),
        PRIMARY KEY (document_id, page_index)
      ) STRICT;
      CREATE INDEX document_pages_by_source ON document_pages (source_sha256);
    `);
  },
};
