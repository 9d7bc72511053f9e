import type { Database } from 'better-sqlite3-multiple-ciphers';

// Which rows make up one case, discovered from the schema rather than listed by hand, so a table
// added by a later migration travels with its case without anyone remembering to add it here:
// - the `cases` row;
// - every row of a table with a `case_id` column;
// - every row of a table that references such rows through a foreign key (documents ->
//   document_pages), however deep;
// - the blobs those rows reference, and the rows cached against those blobs (blob_contents,
//   page_thumbnails), which are keyed by hash and need no remapping.

export const CASES_TABLE = 'cases';
export const BLOBS_TABLE = 'blobs';
/** The adviser's session notes: in a handover file only when the person asks (issue 7). */
export const NOTES_TABLES: readonly string[] = ['case_notes'];

export interface ForeignKey {
  parent: string;
  /** Column pairs: this table's column -> the parent's column. */
  columns: { from: string; to: string }[];
}

export interface GraphTable {
  name: string;
  columns: string[];
  /** The single-column primary key, if the table has one. */
  primaryKey: string | undefined;
  /** True when that key is an INTEGER PRIMARY KEY (SQLite's rowid): new rows get new numbers. */
  rowidKey: boolean;
  /** References to other tables of the case, including an undeclared `case_id` -> cases.id. */
  foreignKeys: ForeignKey[];
  /** Columns holding a blob's hash. */
  blobColumns: string[];
  /** SQL condition selecting this case's rows, with the case id as @caseId. */
  where: string;
  /** Notes, or rows that only hang off notes: left out unless notes are included. */
  notesOnly: boolean;
}

export interface CaseGraph {
  /** Parents before children, so inserting in this order satisfies every foreign key. */
  tables: GraphTable[];
  /** Tables keyed by a blob's hash and nothing else (derived data): copied for the blobs copied. */
  blobCaches: { name: string; columns: string[]; blobColumn: string }[];
}

export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

interface ColumnInfo {
  name: string;
  type: string;
  pk: number;
}
interface ForeignKeyRow {
  id: number;
  table: string;
  from: string;
  to: string | null;
}

/** Reads the schema of `db` and works out which tables and rows belong to a case. */
export function discoverCaseGraph(db: Database): CaseGraph {
  const names = db
    .prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all();
  const info = new Map(
    names.map((name) => {
      const columns = db.prepare<[], ColumnInfo>(`PRAGMA table_info(${quote(name)})`).all();
      const keys = db.prepare<[], ForeignKeyRow>(`PRAGMA foreign_key_list(${quote(name)})`).all();
      return [name, { columns, keys }];
    }),
  );
  const primaryKeyOf = (table: string): string[] =>
    (info.get(table)?.columns ?? [])
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);

  const foreignKeysOf = (table: string): ForeignKey[] => {
    const grouped = new Map<number, ForeignKey>();
    for (const key of info.get(table)?.keys ?? []) {
      const parentKey = primaryKeyOf(key.table);
      const entry = grouped.get(key.id) ?? { parent: key.table, columns: [] };
      // A reference without a column names the parent's primary key.
      entry.columns.push({ from: key.from, to: key.to ?? parentKey[entry.columns.length] ?? 'rowid' });
      grouped.set(key.id, entry);
    }
    const keys = [...grouped.values()];
    const hasCaseId = info.get(table)?.columns.some((c) => c.name === 'case_id');
    if (table !== CASES_TABLE && hasCaseId && !keys.some((k) => k.columns.some((c) => c.from === 'case_id'))) {
      keys.push({ parent: CASES_TABLE, columns: [{ from: 'case_id', to: 'id' }] });
    }
    return keys;
  };

  // Grow the set of member tables until nothing more refers into it.
  const members = new Set([CASES_TABLE]);
  for (let grew = true; grew;) {
    grew = false;
    for (const name of names) {
      if (members.has(name) || name === BLOBS_TABLE) continue;
      if (foreignKeysOf(name).some((k) => members.has(k.parent))) {
        members.add(name);
        grew = true;
      }
    }
  }

  const tables = orderParentsFirst([...members], (name) =>
    foreignKeysOf(name)
      .map((k) => k.parent)
      .filter((p) => members.has(p) && p !== name),
  );
  const byName = new Map<string, GraphTable>();
  for (const name of tables) {
    const columns = info.get(name)?.columns ?? [];
    const keys = foreignKeysOf(name).filter((k) => members.has(k.parent) && k.parent !== name);
    const primary = primaryKeyOf(name);
    const single = primary.length === 1 ? columns.find((c) => c.name === primary[0]) : undefined;
    const parents = keys.map((k) => byName.get(k.parent)).filter((t): t is GraphTable => t !== undefined);
    const table: GraphTable = {
      name,
      columns: columns.map((c) => c.name),
      primaryKey: single?.name,
      rowidKey: single?.type.toUpperCase() === 'INTEGER',
      foreignKeys: keys,
      blobColumns: foreignKeysOf(name)
        .filter((k) => k.parent === BLOBS_TABLE)
        .flatMap((k) => k.columns.map((c) => c.from)),
      where: whereFor(name, keys, byName),
      notesOnly: NOTES_TABLES.includes(name) || (parents.length > 0 && parents.every((p) => p.notesOnly)),
    };
    byName.set(name, table);
  }

  const blobCaches = names.flatMap((name) => {
    if (members.has(name) || name === BLOBS_TABLE) return [];
    const keys = foreignKeysOf(name);
    const blobKey = keys[0];
    if (!blobKey || !keys.every((k) => k.parent === BLOBS_TABLE) || blobKey.columns.length !== 1) return [];
    const blobColumn = blobKey.columns[0]?.from ?? '';
    return [{ name, columns: (info.get(name)?.columns ?? []).map((c) => c.name), blobColumn }];
  });

  return { tables: tables.flatMap((name) => byName.get(name) ?? []), blobCaches };
}

/** The condition for a table's rows: its own case_id, or a reference to a parent's selected rows. */
function whereFor(name: string, keys: ForeignKey[], byName: Map<string, GraphTable>): string {
  if (name === CASES_TABLE) return 'id = @caseId';
  const viaCaseId = keys.find((k) => k.parent === CASES_TABLE && k.columns.length === 1);
  if (viaCaseId?.columns[0]) return `${quote(viaCaseId.columns[0].from)} = @caseId`;
  const conditions = keys.flatMap((key) => {
    const parent = byName.get(key.parent);
    if (!parent) return [];
    const from = key.columns.map((c) => quote(c.from)).join(', ');
    const to = key.columns.map((c) => quote(c.to)).join(', ');
    return [`(${from}) IN (SELECT ${to} FROM ${quote(parent.name)} WHERE ${parent.where})`];
  });
  return conditions.length > 0 ? conditions.join(' OR ') : '0';
}

/** Topological order; a cycle (not in today's schema) falls back to the order tables were found. */
function orderParentsFirst(names: string[], parentsOf: (name: string) => string[]): string[] {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const parent of parentsOf(name)) visit(parent);
    visiting.delete(name);
    ordered.push(name);
  };
  for (const name of names) visit(name);
  return ordered;
}
