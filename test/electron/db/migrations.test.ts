import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/db/migrate';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { useTempFolder } from '../../helpers/tempFolder';

const folder = useTempFolder();

function freshFile(): Database.Database {
  const db = new Database(join(folder(), 'm.sqlite'));
  db.pragma('foreign_keys = ON');
  return db;
}

const tables = (db: Database.Database) =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all()
    .map((r) => r.name);

describe('migrations', () => {
  it('are numbered 1..N with no gaps, in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('0001 -> 0002 keeps cases and blobs written at version 1 and adds documents', () => {
    const db = freshFile();
    expect(migrate(db, MIGRATIONS, 1)).toBe(1);
    db.prepare("INSERT INTO cases VALUES ('c1', 'Maya', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', NULL)").run();
    db.prepare("INSERT INTO blobs VALUES (?, 3, 'application/pdf', x'010203', '2026-01-01T00:00:00Z')").run(
      'a'.repeat(64),
    );
    const before = db.prepare('SELECT * FROM cases').all();

    expect(migrate(db, MIGRATIONS, 2)).toBe(2);
    expect(db.prepare('SELECT * FROM cases').all()).toEqual(before);
    expect(tables(db)).toEqual(['blobs', 'cases', 'document_pages', 'documents']);
    db.prepare(
      "INSERT INTO documents (id, case_id, original_sha256, file_name, title, created_at, updated_at) VALUES ('d1', 'c1', ?, 'a.pdf', 'A', 'x', 'x')",
    ).run('a'.repeat(64));
    expect(() => db.prepare('DELETE FROM blobs').run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('0002 -> 0003 gives existing cases empty answers and no deadline', () => {
    const db = freshFile();
    migrate(db, MIGRATIONS, 2);
    db.prepare("INSERT INTO cases VALUES ('c1', 'Maya', 't', 't', NULL)").run();
    migrate(db, MIGRATIONS, 3);
    expect(db.prepare('SELECT name, facts, deadline FROM cases').get()).toEqual({
      name: 'Maya',
      facts: '{}',
      deadline: null,
    });
    expect(() => db.prepare("UPDATE cases SET facts = 'not json'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('migrating an up-to-date file again changes nothing', () => {
    const db = freshFile();
    migrate(db, MIGRATIONS);
    const schema = db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all();
    expect(migrate(db, MIGRATIONS)).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all()).toEqual(schema);
    db.close();
  });

  it('a failing migration leaves the file at the last whole version', () => {
    const db = freshFile();
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: (d: Database.Database) => {
          d.exec('CREATE TABLE half_done (x INTEGER)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).not.toContain('half_done');
    db.close();
  });
});
