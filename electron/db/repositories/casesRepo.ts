import type { CaseSummary } from '../../../shared/api/types';
import type { Db } from '../openDatabase';

interface CaseRow {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

const toCase = (row: CaseRow): CaseSummary => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  archivedAt: row.archived_at,
});

/** Prepared statements for the cases table, mapping snake_case rows to camelCase objects. */
export function createCasesRepo(db: Db) {
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT INTO cases (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const byId = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE id = ?');
  const byUpdated = db.prepare<[], CaseRow>('SELECT * FROM cases ORDER BY updated_at DESC, id');
  const byName = db.prepare<[], CaseRow>('SELECT * FROM cases ORDER BY name COLLATE NOCASE, id');
  const setName = db.prepare<[string, string, string]>(
    'UPDATE cases SET name = ?, updated_at = ? WHERE id = ?',
  );
  const setArchived = db.prepare<[string | null, string, string]>(
    'UPDATE cases SET archived_at = ?, updated_at = ? WHERE id = ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM cases WHERE id = ?');

  return {
    insert(row: { id: string; name: string; now: string }): void {
      insert.run(row.id, row.name, row.now, row.now);
    },
    findById(id: string): CaseSummary | undefined {
      const row = byId.get(id);
      return row && toCase(row);
    },
    list(sort: 'updated' | 'name'): CaseSummary[] {
      return (sort === 'name' ? byName : byUpdated).all().map(toCase);
    },
    rename(id: string, name: string, now: string): boolean {
      return setName.run(name, now, id).changes === 1;
    },
    setArchivedAt(id: string, archivedAt: string | null, now: string): boolean {
      return setArchived.run(archivedAt, now, id).changes === 1;
    },
    remove(id: string): boolean {
      return remove.run(id).changes === 1;
    },
  };
}

export type CasesRepo = ReturnType<typeof createCasesRepo>;
