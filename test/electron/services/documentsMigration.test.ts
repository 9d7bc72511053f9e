import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrate';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { useTempFolder } from '../../helpers/tempFolder';

const folder = useTempFolder();

describe('migration 0004 (document sources and caches)', () => {
  it('keeps documents written at version 3 and makes their current pages the undo point', () => {
    const db = new Database(join(folder(), 'w.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS, 3);
    db.exec(`
      INSERT INTO cases (id, name, created_at, updated_at) VALUES ('c', 'Maya', 't', 't');
      INSERT INTO blobs (sha256, size, media_type, data, created_at) VALUES ('${'a'.repeat(64)}', 1, 'application/pdf', x'00', 't');
      INSERT INTO documents (id, case_id, original_sha256, file_name, title, created_at, updated_at) VALUES ('d', 'c', '${'a'.repeat(64)}', 'f.pdf', 'F', 't', 't');
      INSERT INTO document_pages (document_id, page_index, source_sha256, source_page_index, rotation) VALUES ('d', 0, '${'a'.repeat(64)}', 1, 90), ('d', 1, '${'a'.repeat(64)}', 0, 0);
    `);
    expect(migrate(db, MIGRATIONS, 4)).toBe(4);
    expect(db.prepare('SELECT page_index, source_page_index FROM document_sources ORDER BY page_index').all()).toEqual([
      { page_index: 0, source_page_index: 1 },
      { page_index: 1, source_page_index: 0 },
    ]);
    expect(db.prepare('SELECT title FROM documents').all()).toEqual([{ title: 'F' }]);
    // Cached rows go with their blob.
    db.prepare(`INSERT INTO blob_contents (sha256, kind, pages) VALUES (?, 'pdf', '[]')`).run('a'.repeat(64));
    db.exec('DELETE FROM documents');
    db.exec('DELETE FROM blobs');
    expect(db.prepare('SELECT count(*) AS n FROM blob_contents').get()).toEqual({ n: 0 });
    db.close();
  });
});
