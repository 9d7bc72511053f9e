import type { SessionNote } from '../../../shared/api/types';
import type { Db } from '../openDatabase';

interface NoteRow {
  id: string;
  case_id: string;
  body: string;
  created_at: string;
  updated_at: string;
}

const toNote = (row: NoteRow): SessionNote => ({
  id: row.id,
  caseId: row.case_id,
  body: row.body,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Advisers' session notes. Only the notes service reads this table; no export does. */
export function createCaseNotesRepo(db: Db) {
  const insert = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO case_notes (id, case_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const byId = db.prepare<[string], NoteRow>('SELECT * FROM case_notes WHERE id = ?');
  const forCase = db.prepare<[string], NoteRow>(
    'SELECT * FROM case_notes WHERE case_id = ? ORDER BY created_at DESC, id',
  );
  const update = db.prepare<[string, string, string]>('UPDATE case_notes SET body = ?, updated_at = ? WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM case_notes WHERE id = ?');

  return {
    insert(note: { id: string; caseId: string; body: string; now: string }): void {
      insert.run(note.id, note.caseId, note.body, note.now, note.now);
    },
    findById(id: string): SessionNote | undefined {
      const row = byId.get(id);
      return row && toNote(row);
    },
    listForCase(caseId: string): SessionNote[] {
      return forCase.all(caseId).map(toNote);
    },
    update(id: string, body: string, now: string): boolean {
      return update.run(body, now, id).changes === 1;
    },
    remove(id: string): boolean {
      return remove.run(id).changes === 1;
    },
  };
}
