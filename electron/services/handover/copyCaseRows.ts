import type { Database } from 'better-sqlite3-multiple-ciphers';
import { BLOBS_TABLE, quote, type CaseGraph, type GraphTable } from './caseGraph';

export interface CopyOptions {
  includeNotes: boolean;
  /**
   * "Keep both": every text id gets a new one from newId, and every reference to it follows.
   * Without it ids are kept, so the same case is recognised on the next computer.
   */
  newId?: () => string;
}

type Row = Record<string, unknown>;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Reads one case's rows of one table. */
export function readRows(source: Database, table: GraphTable, caseId: string): Row[] {
  const columns = table.columns.map(quote).join(', ');
  return source
    .prepare<{ caseId: string }, Row>(`SELECT ${columns} FROM ${quote(table.name)} WHERE ${table.where}`)
    .all({ caseId });
}

/** The hashes of every blob the case's rows refer to. */
export function blobsOfCase(source: Database, graph: CaseGraph, caseId: string, includeNotes: boolean): Set<string> {
  const hashes = new Set<string>();
  for (const table of graph.tables) {
    if (table.notesOnly && !includeNotes) continue;
    for (const column of table.blobColumns) {
      const sql = `SELECT DISTINCT ${quote(column)} FROM ${quote(table.name)} WHERE ${table.where}`;
      for (const hash of source.prepare<{ caseId: string }, string>(sql).pluck().all({ caseId })) hashes.add(hash);
    }
  }
  return hashes;
}

/**
 * Copies the blobs (content-addressed, so an existing copy is simply kept) and their cached
 * derived rows from one database to another.
 */
export function copyBlobs(source: Database, target: Database, graph: CaseGraph, hashes: Set<string>): void {
  const tables = [
    { name: BLOBS_TABLE, blobColumn: 'sha256', columns: columnsOf(source, BLOBS_TABLE) },
    ...graph.blobCaches,
  ];
  for (const table of tables) {
    const columns = table.columns.map(quote).join(', ');
    const read = source.prepare<[string], Row>(
      `SELECT ${columns} FROM ${quote(table.name)} WHERE ${quote(table.blobColumn)} = ?`,
    );
    const insert = target.prepare(
      `INSERT OR IGNORE INTO ${quote(table.name)} (${columns}) VALUES (${table.columns.map(() => '?').join(', ')})`,
    );
    for (const hash of hashes) for (const row of read.iterate(hash)) insert.run(table.columns.map((c) => row[c]));
  }
}

/**
 * Copies one case's rows, parents first, so every foreign key holds as each row goes in. Rowid
 * keys are always renumbered (numbers are only unique within one database); text ids are replaced
 * only when `newId` is given. Returns the case's id in the target.
 */
export function copyCaseRows(
  source: Database,
  target: Database,
  graph: CaseGraph,
  caseId: string,
  options: CopyOptions,
): string {
  const maps = new Map<string, Map<unknown, unknown>>();
  /** Every replaced text id, for ids written inside other text (e.g. a JSON list of document ids). */
  const replacedIds = new Map<string, string>();
  const byName = new Map(graph.tables.map((t) => [t.name, t]));

  /** The old -> new map that applies to a column: its own table's key, or whatever it refers to. */
  const mapFor = (table: GraphTable, column: string, depth = 0): Map<unknown, unknown> | undefined => {
    if (column === table.primaryKey && maps.has(table.name)) return maps.get(table.name);
    if (depth > 16) return undefined;
    for (const key of table.foreignKeys) {
      const pair = key.columns.find((c) => c.from === column);
      const parent = byName.get(key.parent);
      if (pair && parent) return mapFor(parent, pair.to, depth + 1);
    }
    return undefined;
  };

  const included = graph.tables.filter((table) => !table.notesOnly || options.includeNotes);
  const renamesIds = (table: GraphTable) =>
    options.newId !== undefined &&
    table.primaryKey !== undefined &&
    !table.rowidKey &&
    !isReference(table, table.primaryKey);

  // New text ids are given out before any row is written, so an id mentioned inside the text of
  // an earlier table (a JSON list, say) is replaced as well as the ones in later tables.
  for (const table of included) {
    const ownKey = table.primaryKey;
    if (table.rowidKey) maps.set(table.name, new Map());
    if (!ownKey || !options.newId || !renamesIds(table)) continue;
    const map = new Map<unknown, unknown>();
    for (const row of readRows(source, table, caseId)) {
      const fresh = options.newId();
      map.set(row[ownKey], fresh);
      replacedIds.set(String(row[ownKey]).toLowerCase(), fresh);
    }
    maps.set(table.name, map);
  }

  for (const table of included) {
    const ownKey = table.primaryKey;
    const renumber = table.rowidKey && ownKey !== undefined;
    const columns = renumber ? table.columns.filter((c) => c !== ownKey) : table.columns;
    const insert = target.prepare(
      `INSERT INTO ${quote(table.name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    const columnMaps = columns.map((c) => mapFor(table, c));

    for (const row of readRows(source, table, caseId)) {
      const values = columns.map((column, i) => {
        const value = row[column];
        const map = columnMaps[i];
        if (map?.has(value)) return map.get(value);
        // Ids written inside text, such as the JSON list of documents in an export record.
        if (options.newId && typeof value === 'string') {
          return value.replace(UUID, (id) => replacedIds.get(id.toLowerCase()) ?? id);
        }
        return value;
      });
      const result = insert.run(values);
      if (renumber) maps.get(table.name)?.set(row[ownKey], result.lastInsertRowid);
    }
  }
  const newCaseId = maps.get('cases')?.get(caseId);
  return typeof newCaseId === 'string' ? newCaseId : caseId;
}

/** Deletes one case's rows, children first (notes too: a caller that keeps them reads them first). */
export function deleteCaseRows(db: Database, graph: CaseGraph, caseId: string): void {
  for (const table of [...graph.tables].reverse()) {
    db.prepare(`DELETE FROM ${quote(table.name)} WHERE ${table.where}`).run({ caseId });
  }
}

function isReference(table: GraphTable, column: string): boolean {
  return table.foreignKeys.some((k) => k.columns.some((c) => c.from === column));
}

function columnsOf(db: Database, table: string): string[] {
  return db
    .prepare<[], { name: string }>(`PRAGMA table_info(${quote(table)})`)
    .all()
    .map((c) => c.name);
}
