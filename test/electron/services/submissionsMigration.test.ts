import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/db/migrate';
import { openDatabase, type Db } from '../../../electron/db/openDatabase';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { useTempFolder } from '../../helpers/tempFolder';

const folder = useTempFolder();
const SHA = 'a'.repeat(64);

/** A workspace at version 6 with a case, a document, its bundle order and a bundle export. */
function workspaceAtVersion6(): Db {
  const db = openDatabase(join(folder(), 'w.sqlite'), { targetVersion: 6 });
  expect(schemaVersion(db)).toBe(6);
  db.exec(`
    INSERT INTO cases (id, name, created_at, updated_at, facts, council) VALUES ('c', 'Maya', 't1', 't2', '{"decisionType":"contents"}', 'Leeds');
    INSERT INTO blobs (sha256, size, media_type, data, created_at) VALUES ('${SHA}', 1, 'application/pdf', x'00', 't');
    INSERT INTO documents (id, case_id, original_sha256, file_name, title, created_at, updated_at) VALUES ('d', 'c', '${SHA}', 'f.pdf', 'EP report', 't', 't');
    INSERT INTO bundle_orders VALUES ('c', 'd', 'C', 0);
    INSERT INTO exports VALUES ('e', 'c', 'bundle', 't3', 0, 12, '["d"]');
    INSERT INTO export_files VALUES ('e', 0, 'Appeal bundle.pdf', '${SHA}', 100, 12, 'Subject');
  `);
  return db;
}

const dump = (db: Db) =>
  Object.fromEntries(
    ['cases', 'documents', 'bundle_orders', 'exports', 'export_files'].map((table) => [
      table,
      db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(),
    ]),
  );

describe('migration 0007 (submission answers and exports)', () => {
  it('keeps everything written at version 6 and adds the three tables, empty', () => {
    const db = workspaceAtVersion6();
    const before = dump(db);
    expect(migrate(db, MIGRATIONS, 7)).toBe(7);
    expect(dump(db)).toEqual(before);
    for (const table of ['submission_answers', 'submission_exports', 'submission_export_files']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('accepts answers and export records for the existing case, and checks what goes in', () => {
    const db = workspaceAtVersion6();
    migrate(db, MIGRATIONS, 7);
    db.prepare("INSERT INTO submission_answers VALUES ('c', ?, 't')").run('{"child":{"firstName":"Maya"}}');
    db.prepare("INSERT INTO submission_exports VALUES ('x', 'c', 't', 'docx', 'Appeal documents - Maya')").run();
    db.prepare(
      "INSERT INTO submission_export_files VALUES ('x', 0, 'reasonsForAppeal', 'reasons-for-appeal.docx', ?, 10)",
    ).run(SHA);

    const refused: [string, RegExp][] = [
      ["INSERT INTO submission_answers VALUES ('c', '{}', 't')", /UNIQUE|PRIMARY KEY/],
      ["INSERT INTO submission_answers VALUES ('nobody', '{}', 't')", /FOREIGN KEY/],
      ["UPDATE submission_answers SET answers = 'not json'", /CHECK/],
      ["INSERT INTO submission_exports VALUES ('y', 'c', 't', 'odt', 'Folder')", /CHECK/],
      ["INSERT INTO submission_exports VALUES ('y', 'c', 't', 'pdf', '')", /CHECK/],
      ["INSERT INTO submission_exports VALUES ('y', 'nobody', 't', 'pdf', 'Folder')", /FOREIGN KEY/],
      [`INSERT INTO submission_export_files VALUES ('x', 1, 'bundle', 'b.pdf', '${SHA}', 1)`, /CHECK/],
      ["INSERT INTO submission_export_files VALUES ('x', 1, 'councilLetter', 'l.pdf', 'short', 1)", /CHECK/],
      [`INSERT INTO submission_export_files VALUES ('x', 1, 'councilLetter', 'l.pdf', '${SHA}', -1)`, /CHECK/],
      [`INSERT INTO submission_export_files VALUES ('nope', 0, 'councilLetter', 'l.pdf', '${SHA}', 1)`, /FOREIGN KEY/],
      // STRICT tables: text is not silently stored where a number belongs.
      [
        `INSERT INTO submission_export_files VALUES ('x', 1, 'councilLetter', 'l.pdf', '${SHA}', 'many')`,
        /cannot store TEXT/,
      ],
    ];
    for (const [sql, error] of refused) expect(() => db.prepare(sql).run(), sql).toThrow(error);

    // The rows go with their case ("delete for good"), and the bundle's own history is untouched by them.
    db.exec("DELETE FROM cases WHERE id = 'c'");
    for (const table of ['submission_answers', 'submission_exports', 'submission_export_files', 'exports']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    db.close();
  });
});
