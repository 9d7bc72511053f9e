import type { EnteredDateKind } from '../../../shared/domain/timelineKinds';
import type { EnteredDate } from '../../../shared/domain/timelineTypes';
import type { Db } from '../openDatabase';

interface DateRow {
  case_id: string;
  kind: EnteredDateKind;
  date: string;
  note: string | null;
}

const toEntered = (row: DateRow): EnteredDate => ({ kind: row.kind, date: row.date, note: row.note });

/** The dates copied from the Tribunal's letters, one of each kind per case. */
export function createCaseDatesRepo(db: Db) {
  const upsert = db.prepare<[string, string, string, string | null, string]>(
    `INSERT INTO case_dates (case_id, kind, date, note, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (case_id, kind) DO UPDATE SET date = excluded.date, note = excluded.note, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<[string, string]>('DELETE FROM case_dates WHERE case_id = ? AND kind = ?');
  const forCase = db.prepare<[string], DateRow>('SELECT * FROM case_dates WHERE case_id = ? ORDER BY date, kind');
  const forActive = db.prepare<[], DateRow>(
    `SELECT case_dates.* FROM case_dates JOIN cases ON cases.id = case_dates.case_id
     WHERE cases.archived_at IS NULL ORDER BY case_dates.case_id, case_dates.date`,
  );

  return {
    set(caseId: string, entered: EnteredDate, now: string): void {
      upsert.run(caseId, entered.kind, entered.date, entered.note, now);
    },
    remove(caseId: string, kind: EnteredDateKind): boolean {
      return remove.run(caseId, kind).changes === 1;
    },
    listForCase(caseId: string): EnteredDate[] {
      return forCase.all(caseId).map(toEntered);
    },
    /** Every active case's entered dates, grouped by case id. */
    listForActiveCases(): Map<string, EnteredDate[]> {
      const grouped = new Map<string, EnteredDate[]>();
      for (const row of forActive.all()) {
        const list = grouped.get(row.case_id) ?? [];
        list.push(toEntered(row));
        grouped.set(row.case_id, list);
      }
      return grouped;
    },
  };
}
