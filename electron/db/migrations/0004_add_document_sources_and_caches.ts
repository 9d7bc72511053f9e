import type { Migration } from './types';

// document_sources: the pages a document had when it was imported (or extracted), so "undo all
// page changes" can rebuild document_pages. It refers to blobs like document_pages does, so a page
// removed by the person keeps its blob until the document itself goes.
// blob_contents and page_thumbnails: derived data cached by blob hash (ARCHITECTURE.md, Data).
// They are not references: deleting a blob deletes its cached rows with it (ON DELETE CASCADE).
export const migration0004: Migration = {
  version: 4,
  name: 'add_document_sources_and_caches',
  up(db) {
    db.exec(`
      CREATE TABLE document_sources (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        page_index INTEGER NOT NULL CHECK (page_index >= 0),
        source_sha256 TEXT NOT NULL REFERENCES blobs (sha256),
        source_page_index INTEGER NOT NULL CHECK (source_page_index >= 0),
        PRIMARY KEY (document_id, page_index)
      ) STRICT;
      CREATE INDEX document_sources_by_source ON document_sources (source_sha256);

      -- Documents imported before this version: their current pages become the undo point.
      INSERT INTO document_sources (document_id, page_index, source_sha256, source_page_index)
        SELECT document_id, page_index, source_sha256, source_page_index FROM document_pages;

      CREATE TABLE blob_contents (
        sha256 TEXT PRIMARY KEY NOT NULL REFERENCES blobs (sha256) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('pdf', 'jpeg')),
        pages TEXT NOT NULL CHECK (json_valid(pages)),
        text TEXT NOT NULL DEFAULT ''
      ) STRICT;

      CREATE TABLE page_thumbnails (
        sha256 TEXT NOT NULL REFERENCES blobs (sha256) ON DELETE CASCADE,
        page_index INTEGER NOT NULL CHECK (page_index >= 0),
        png BLOB NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        PRIMARY KEY (sha256, page_index)
      ) STRICT;
    `);
  },
};
