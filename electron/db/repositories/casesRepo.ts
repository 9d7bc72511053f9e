import { caseFactsSchema, type CaseFacts } from '../../../shared/domain/caseFacts';
import type { CaseDetail, CaseSummary } from '../../../shared/api/types';
import type { Db } from '../openDatabase';

/** A row of the cases table (also read by caseSearchRepo). */
export interface CaseRow {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  deadline: string | null;
  facts: string;
  council: string | null;
  tribunal_reference: string | null;
}

export const toSummary = (row: CaseRow): CaseSummary => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  archivedAt: row.archived_at,
  deadline: row.deadline,
  council: row.council,
  tribunalReference: row.tribunal_reference,
});

// Stored answers were validated when saved; parsing again keeps a hand-edited or older file
// from reaching the screens in a shape they do not expect.
const parseFacts = (json: string): CaseFacts => {
  const parsed = caseFactsSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : {};
};

const ORDER = {
  // Cases with a deadline come first, soonest first; the rest by most recent change.
  deadline: 'deadline IS NULL, deadline, updated_at DESC, id',
  updated: 'updated_at DESC, id',
  name: 'name COLLATE NOCASE, id',
} as const;

/** Prepared statements for the cases table, mapping snake_case rows to camelCase objects. */
export function createCasesRepo(db: Db) {
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT INTO cases (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const byId = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE id = ?');
  const lists = Object.fromEntries(
    Object.entries(ORDER).map(([sort, order]) => [
      sort,
      db.prepare<[], CaseRow>(`SELECT * FROM cases ORDER BY ${order}`),
    ]),
  ) as Record<keyof typeof ORDER, ReturnType<typeof db.prepare<[], CaseRow>>>;
  const setName = db.prepare<[string, string, string]>('UPDATE cases SET name = ?, updated_at = ? WHERE id = ?');
  const setArchived = db.prepare<[string | null, string, string]>(
    'UPDATE cases SET archived_at = ?, updated_at = ? WHERE id = ?',
  );
  const setFacts = db.prepare<[string, string | null, string, string]>(
    'UPDATE cases SET facts = ?, deadline = ?, updated_at = ? WHERE id = ?',
  );
  const setDetails = db.prepare<[string | null, string | null, string, string]>(
    'UPDATE cases SET council = ?, tribunal_reference = ?, updated_at = ? WHERE id = ?',
  );
  const touch = db.prepare<[string, string]>('UPDATE cases SET updated_at = ? WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM cases WHERE id = ?');

  return {
    insert(row: { id: string; name: string; now: string }): void {
      insert.run(row.id, row.name, row.now, row.now);
    },
    findById(id: string): CaseDetail | undefined {
      const row = byId.get(id);
      return row && { ...toSummary(row), facts: parseFacts(row.facts) };
    },
    list(sort: keyof typeof ORDER): CaseSummary[] {
      return lists[sort].all().map(toSummary);
    },
    rename(id: string, name: string, now: string): boolean {
      return setName.run(name, now, id).changes === 1;
    },
    setArchivedAt(id: string, archivedAt: string | null, now: string): boolean {
      return setArchived.run(archivedAt, now, id).changes === 1;
    },
    setFacts(id: string, facts: CaseFacts, deadline: string | null, now: string): boolean {
      return setFacts.run(JSON.stringify(facts), deadline, now, id).changes === 1;
    },
    setDetails(
      id: string,
      details: { council: string | null; tribunalReference: string | null },
      now: string,
    ): boolean {
      return setDetails.run(details.council, details.tribunalReference, now, id).changes === 1;
    },
    /** Marks the case as changed now (for a change stored in another table). */
    touch(id: string, now: string): boolean {
      return touch.run(now, id).changes === 1;
    },
    remove(id: string): boolean {
      return remove.run(id).changes === 1;
    },
  };
}

export type CasesRepo = ReturnType<typeof createCasesRepo>;
