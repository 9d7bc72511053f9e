import { createHash } from 'node:crypto';
import type { Db } from '../openDatabase';

/** Columns that hold a blob's hash. A blob no column refers to is garbage. */
const BLOB_REFERENCES = [
  { table: 'documents', column: 'original_sha256' },
  { table: 'document_pages', column: 'source_sha256' },
  { table: 'document_sources', column: 'source_sha256' },
] as const;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Content-addressed storage of files inside the workspace database (ARCHITECTURE.md, Data). */
export function createBlobsRepo(db: Db) {
  const insert = db.prepare<[string, number, string, Uint8Array, string]>(
    'INSERT OR IGNORE INTO blobs (sha256, size, media_type, data, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const read = db.prepare<[string], { data: Buffer }>('SELECT data FROM blobs WHERE sha256 = ?');
  const exists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM blobs WHERE sha256 = ?');
  const unreferenced = BLOB_REFERENCES.map(
    ({ table, column }) => `NOT EXISTS (SELECT 1 FROM ${table} WHERE ${table}.${column} = blobs.sha256)`,
  ).join(' AND ');
  const collect = db.prepare(`DELETE FROM blobs WHERE ${unreferenced}`);

  return {
    /** Stores bytes once, whoever stores them; returns their hash. */
    put(bytes: Uint8Array, mediaType: string, now: string): string {
      const sha256 = sha256Hex(bytes);
      insert.run(sha256, bytes.byteLength, mediaType, bytes, now);
      return sha256;
    },
    get(sha256: string): Buffer | undefined {
      return read.get(sha256)?.data;
    },
    has(sha256: string): boolean {
      return exists.get(sha256) !== undefined;
    },
    /** Deletes every blob nothing refers to any more; returns how many went. */
    deleteUnreferenced(): number {
      return collect.run().changes;
    },
  };
}

export type BlobsRepo = ReturnType<typeof createBlobsRepo>;
