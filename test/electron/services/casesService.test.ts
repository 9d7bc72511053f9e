import { describe, expect, it } from 'vitest';
import { createBlobsRepo } from '../../../electron/db/repositories/blobsRepo';
import type { Db } from '../../../electron/db/openDatabase';
import { AppError } from '../../../shared/api/errors';
import { useWorkspace } from '../../helpers/workspace';

const workspace = useWorkspace();

function addDocument(db: Db, caseId: string, bytes: Uint8Array): string {
  const sha = createBlobsRepo(db).put(bytes, 'application/pdf', '2026-01-01T00:00:00Z');
  db.prepare(
    `INSERT INTO documents (id, case_id, original_sha256, file_name, title, created_at, updated_at)
     VALUES (?, ?, ?, 'letter.pdf', 'Letter', 't', 't')`,
  ).run(`${caseId}-doc-${sha.slice(0, 6)}`, caseId, sha);
  return sha;
}

describe('cases service', () => {
  it('creates, lists (most recently changed first), renames and gets cases', () => {
    const { services } = workspace();
    const maya = services.cases.create({ name: 'Maya' });
    const sam = services.cases.create({ name: 'Sam' });
    expect(maya.name).toBe('Maya');
    expect(services.cases.list({}).map((c) => c.name)).toEqual(['Sam', 'Maya']);

    const renamed = services.cases.rename({ id: maya.id, name: 'Maya J' });
    expect(renamed.name).toBe('Maya J');
    expect(renamed.updatedAt > maya.updatedAt).toBe(true);
    expect(services.cases.list({}).map((c) => c.id)).toEqual([maya.id, sam.id]);
    expect(services.cases.list({ sort: 'name' }).map((c) => c.name)).toEqual(['Maya J', 'Sam']);
    expect(services.cases.get({ id: sam.id })).toEqual(sam);
  });

  it('archives and brings back a case', () => {
    const { services } = workspace();
    const created = services.cases.create({ name: 'Maya' });
    const archived = services.cases.setArchived({ id: created.id, archived: true });
    expect(archived.archivedAt).not.toBeNull();
    expect(services.cases.setArchived({ id: created.id, archived: false }).archivedAt).toBeNull();
  });

  it('says NOT_FOUND for a case that does not exist', () => {
    const { services } = workspace();
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const run of [
      () => services.cases.get({ id: missing }),
      () => services.cases.rename({ id: missing, name: 'x' }),
      () => services.cases.setArchived({ id: missing, archived: true }),
      () => services.cases.delete({ id: missing, confirm: true }),
    ]) {
      expect(run).toThrow(AppError);
      expect(run).toThrow(/could not find/);
    }
  });

  it('delete removes the case, its documents and blobs no other case uses', () => {
    const { db, services } = workspace();
    const maya = services.cases.create({ name: 'Maya' });
    const sam = services.cases.create({ name: 'Sam' });
    const onlyMaya = addDocument(db, maya.id, new Uint8Array([1, 2, 3]));
    const shared = addDocument(db, maya.id, new Uint8Array([9, 9, 9]));
    addDocument(db, sam.id, new Uint8Array([9, 9, 9]));

    services.cases.delete({ id: maya.id, confirm: true });

    const blobs = createBlobsRepo(db);
    expect(blobs.has(onlyMaya)).toBe(false);
    expect(blobs.has(shared)).toBe(true);
    expect(db.prepare('SELECT count(*) FROM documents WHERE case_id = ?').pluck().get(maya.id)).toBe(0);
    expect(services.cases.list({}).map((c) => c.name)).toEqual(['Sam']);
  });

  it('a case survives closing and reopening the workspace', async () => {
    const { db, file, services } = workspace();
    const created = services.cases.create({ name: 'Maya' });
    db.close();
    const { openDatabase } = await import('../../../electron/db/openDatabase');
    const reopened = openDatabase(file);
    expect(reopened.prepare('SELECT name FROM cases WHERE id = ?').pluck().get(created.id)).toBe('Maya');
    reopened.close();
  });
});
