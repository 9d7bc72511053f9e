import type { Migration } from './types';

// Cases, and documents stored inside the database as content-addressed blobs (ARCHITECTURE.md,
// Data): a case, its files and its history are saved, backed up and restored together.
export const migration0001: Migration = {
  version: 1,
  name: 'create_cases_and_blobs',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT
      ) STRICT;
      CREATE INDEX cases_by_updated ON cases (updated_at DESC);

      CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        media_type TEXT NOT NULL,
        data BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
