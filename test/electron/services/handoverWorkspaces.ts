import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/openDatabase';
import { sha256Hex } from '../../../electron/db/repositories/blobsRepo';
import { discoverCaseGraph, quote } from '../../../electron/services/handover/caseGraph';
import { createServices } from '../../../electron/services/createServices';
import { useTempFolder } from '../../helpers/tempFolder';
import { createDocumentSeeder } from './handoverSeed';

/** Several workspaces (one per "computer") in one temp folder; saves land in `downloads`. */
export function useComputers() {
  const folder = useTempFolder();
  const open: Db[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
  });
  return (name: string, startAt = Date.UTC(2026, 10, 23, 9, 0, 0)) => {
    const home = join(folder(), name);
    mkdirSync(home, { recursive: true });
    const db = openDatabase(join(home, 'workspace.sqlite'));
    open.push(db);
    let clock = startAt;
    const now = () => new Date((clock += 1000)).toISOString();
    const downloads = join(folder(), 'downloads');
    const dialogs = {
      chooseSaveLocation: ({ suggestedName }: { suggestedName: string }) => {
        mkdirSync(downloads, { recursive: true });
        return Promise.resolve(join(downloads, `${name}-${suggestedName}`));
      },
      chooseFolder: () => {
        mkdirSync(downloads, { recursive: true });
        return Promise.resolve(downloads);
      },
    };
    const services = createServices(db, { now, dialogs, today: () => '2026-11-23' });
    return { db, home, downloads, services, now, addDocument: createDocumentSeeder(db) };
  };
}

/** Every row of a case, table by table, in a stable order: what must survive a round trip. */
export function dumpCase(db: Db, caseId: string, options: { withNotes: boolean }): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  for (const table of discoverCaseGraph(db).tables) {
    if (table.notesOnly && !options.withNotes) continue;
    const order = table.columns.map(quote).join(', ');
    dump[table.name] = db
      .prepare(`SELECT * FROM ${quote(table.name)} WHERE ${table.where} ORDER BY ${order}`)
      .all({ caseId });
  }
  return dump;
}

/** The SHA-256 of every file the case's pages use, recomputed from the stored bytes. */
export function blobHashes(db: Db, caseId: string): string[] {
  return db
    .prepare<[string], { sha256: string; data: Buffer }>(
      `SELECT DISTINCT b.sha256, b.data FROM blobs b JOIN document_pages p ON p.source_sha256 = b.sha256
       JOIN documents d ON d.id = p.document_id WHERE d.case_id = ? ORDER BY b.sha256`,
    )
    .all(caseId)
    .map((row) => sha256Hex(row.data));
}
