import { AppError } from '../../../shared/api/errors';
import type { HandoverChoice } from '../../../shared/api/schemas';
import type { HandoverCaseVersion, HandoverImportOutcome } from '../../../shared/api/types';
import type { Db } from '../../db/openDatabase';
import { createBlobsRepo } from '../../db/repositories/blobsRepo';
import { discoverCaseGraph, quote } from './caseGraph';
import { blobsOfCase, copyBlobs, copyCaseRows, deleteCaseRows, readRows } from './copyCaseRows';

interface CaseRow {
  name: string;
  updated_at: string;
}

/** A case's name, last change and number of documents, for the "which one?" page. */
function describeCase(db: Db, caseId: string): HandoverCaseVersion | undefined {
  const row = db.prepare<[string], CaseRow>('SELECT name, updated_at FROM cases WHERE id = ?').get(caseId);
  if (!row) return undefined;
  const documentCount = db
    .prepare<[string], number>('SELECT count(*) FROM documents WHERE case_id = ?')
    .pluck()
    .get(caseId);
  return { name: row.name, updatedAt: row.updated_at, documentCount: documentCount ?? 0 };
}

/** "Keep both" gives the copy a name that tells the two apart in the list. */
function copyName(name: string): string {
  const suffix = ' (from case file)';
  return name.slice(0, 120 - suffix.length) + suffix;
}

/**
 * Adds the case from a checked handover database to the workspace, in one transaction. A case
 * already here is never merged: without a choice the person is asked; "keepBoth" adds a copy
 * under new ids; "replace" (only when the file's version is newer) deletes the old case and adds
 * the new one. The adviser's session notes on this computer survive a replace: they are not part
 * of what the family hands back.
 */
export function importCase(
  workspace: Db,
  incoming: Db,
  caseId: string,
  choice: HandoverChoice | undefined,
  newId: () => string,
): HandoverImportOutcome {
  const incomingVersion = describeCase(incoming, caseId);
  if (!incomingVersion) throw new AppError('HANDOVER_UNREADABLE');
  const graph = discoverCaseGraph(workspace);
  const notesTables = graph.tables.filter((t) => t.notesOnly);
  const hashes = blobsOfCase(incoming, graph, caseId, true);

  return workspace.transaction((): HandoverImportOutcome => {
    const existing = describeCase(workspace, caseId);
    const canReplace = existing !== undefined && incomingVersion.updatedAt > existing.updatedAt;
    if (existing && !choice) return { kind: 'choiceNeeded', existing, incoming: incomingVersion, canReplace };
    if (existing && choice === 'replace' && !canReplace) throw new AppError('CONFLICT');

    copyBlobs(incoming, workspace, graph, hashes);
    if (existing && choice === 'keepBoth') {
      const copyId = copyCaseRows(incoming, workspace, graph, caseId, { includeNotes: true, newId });
      workspace.prepare('UPDATE cases SET name = ? WHERE id = ?').run(copyName(incomingVersion.name), copyId);
      return {
        kind: 'imported',
        caseId: copyId,
        name: copyName(incomingVersion.name),
        documentCount: incomingVersion.documentCount,
        how: 'keptBoth',
      };
    }
    if (existing) {
      const keptNotes = notesTables.map((table) => ({ table, rows: readRows(workspace, table, caseId) }));
      deleteCaseRows(workspace, graph, caseId);
      copyCaseRows(incoming, workspace, graph, caseId, { includeNotes: true });
      for (const { table, rows } of keptNotes) {
        // The same note in the file is the newer copy; the others come back as they were.
        const columns = table.columns.map(quote).join(', ');
        const insert = workspace.prepare(
          `INSERT OR IGNORE INTO ${quote(table.name)} (${columns}) VALUES (${table.columns.map(() => '?').join(', ')})`,
        );
        for (const row of rows) insert.run(table.columns.map((c) => row[c]));
      }
      // Files only the old version used are garbage now.
      createBlobsRepo(workspace).deleteUnreferenced();
      return {
        kind: 'imported',
        caseId,
        name: incomingVersion.name,
        documentCount: incomingVersion.documentCount,
        how: 'replaced',
      };
    }
    copyCaseRows(incoming, workspace, graph, caseId, { includeNotes: true });
    return {
      kind: 'imported',
      caseId,
      name: incomingVersion.name,
      documentCount: incomingVersion.documentCount,
      how: 'new',
    };
  })();
}
