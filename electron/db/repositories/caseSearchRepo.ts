import type { CaseFilter } from '../../../shared/api/workspaceSchemas';
import type { CaseSummary } from '../../../shared/api/types';
import { addDays, type IsoDate } from '../../../shared/domain/dates';
import type { Db } from '../openDatabase';
import { toSummary, type CaseRow } from './casesRepo';

export interface CaseQuery {
  search: string;
  show: CaseFilter;
  sort: 'deadline' | 'updated' | 'name';
  today: IsoDate;
}

const ORDER = {
  deadline: 'deadline IS NULL, deadline, updated_at DESC, id',
  updated: 'updated_at DESC, id',
  name: 'name COLLATE NOCASE, id',
} as const;

// Filters are fixed SQL with bound dates; "soon" is the same 14 days the timeline uses.
const FILTERS: Record<CaseFilter, string> = {
  all: '1',
  active: 'archived_at IS NULL',
  archived: 'archived_at IS NOT NULL',
  dueSoon: 'archived_at IS NULL AND deadline BETWEEN @today AND @soon',
  late: 'archived_at IS NULL AND deadline < @today',
};

/** Puts a backslash before LIKE's wildcards, so "50%" or "a_b" are searched for as typed. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * The workspace search, in SQL so it stays fast with hundreds of cases: every word typed must
 * appear in the name, the council or the Tribunal reference (case-insensitive for A to Z, as
 * SQLite's LIKE is), so "maya surrey" finds Maya's appeal against Surrey.
 */
export function createCaseSearchRepo(db: Db) {
  const statements = new Map<string, ReturnType<typeof db.prepare<[Record<string, string>], CaseRow>>>();
  const statementFor = (show: CaseFilter, sort: keyof typeof ORDER, words: number) => {
    const key = `${show}|${sort}|${String(words)}`;
    let statement = statements.get(key);
    if (!statement) {
      const wordClauses = Array.from(
        { length: words },
        (_, i) =>
          `(name LIKE @w${String(i)} ESCAPE '\\' OR council LIKE @w${String(i)} ESCAPE '\\'` +
          ` OR tribunal_reference LIKE @w${String(i)} ESCAPE '\\')`,
      );
      const where = [FILTERS[show], ...wordClauses].join(' AND ');
      statement = db.prepare<[Record<string, string>], CaseRow>(
        `SELECT * FROM cases WHERE ${where} ORDER BY ${ORDER[sort]}`,
      );
      statements.set(key, statement);
    }
    return statement;
  };

  return {
    find(query: CaseQuery): CaseSummary[] {
      // Up to 8 words: enough for a name, a council and a reference, and a bounded number of statements.
      const words = query.search.trim().split(/\s+/).filter(Boolean).slice(0, 8);
      const params: Record<string, string> = {};
      words.forEach((word, i) => (params[`w${String(i)}`] = `%${escapeLike(word)}%`));
      if (query.show === 'dueSoon' || query.show === 'late') params.today = query.today;
      if (query.show === 'dueSoon') params.soon = addDays(query.today, 14);
      return statementFor(query.show, query.sort, words.length).all(params).map(toSummary);
    },
  };
}
