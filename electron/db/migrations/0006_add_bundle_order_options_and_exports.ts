import type { Migration } from './types';

// The evidence bundle (issue 5):
// - bundle_orders: where the person put each document (section and place). A document moved to
//   another section stays there; a deleted document drops out with its row (ON DELETE CASCADE).
// - bundle_options: section prefixes, divider pages and the per-email size budget, one row per case.
// - exports and export_files: the case history of every export (when, which documents, page count,
//   and each file's name, SHA-256 and size), so the family has a local record of exactly what was
//   sent. Rows go with their case, so "delete for good" removes them too.
export const migration0006: Migration = {
  version: 6,
  name: 'add_bundle_order_options_and_exports',
  up(db) {
    db.exec(`
      CREATE TABLE bundle_orders (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        section_id TEXT NOT NULL CHECK (section_id IN ('A', 'B', 'C')),
        position INTEGER NOT NULL CHECK (position >= 0),
        PRIMARY KEY (case_id, document_id)
      ) STRICT;
      CREATE INDEX bundle_orders_by_document ON bundle_orders (document_id);

      CREATE TABLE bundle_options (
        case_id TEXT PRIMARY KEY NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        section_prefixes INTEGER NOT NULL CHECK (section_prefixes IN (0, 1)),
        divider_pages INTEGER NOT NULL CHECK (divider_pages IN (0, 1)),
        email_budget_bytes INTEGER NOT NULL CHECK (email_budget_bytes > 0),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE exports (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('bundle')),
        created_at TEXT NOT NULL,
        split INTEGER NOT NULL CHECK (split IN (0, 1)),
        page_count INTEGER NOT NULL CHECK (page_count >= 0),
        document_ids TEXT NOT NULL CHECK (json_valid(document_ids))
      ) STRICT;
      CREATE INDEX exports_by_case ON exports (case_id, created_at);

      CREATE TABLE export_files (
        export_id TEXT NOT NULL REFERENCES exports (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        bytes INTEGER NOT NULL CHECK (bytes >= 0),
        page_count INTEGER NOT NULL CHECK (page_count >= 0),
        email_subject TEXT,
        PRIMARY KEY (export_id, position)
      ) STRICT;
    `);
  },
};
