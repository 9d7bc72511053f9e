import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/openDatabase';
import { openDatabase } from '../../db/openDatabase';
import { discoverCaseGraph } from './caseGraph';
import { blobsOfCase, copyBlobs, copyCaseRows } from './copyCaseRows';

/**
 * Builds a fresh database with the app's own migrations holding one case: its rows, the blobs
 * they use and, if asked, the session notes. Returns the file's bytes, ready to be encrypted.
 */
export function writeCaseDatabase(workspace: Db, caseId: string, includeNotes: boolean, folder: string): Buffer {
  const path = join(folder, 'case.sqlite');
  const target = openDatabase(path);
  try {
    const graph = discoverCaseGraph(workspace);
    // One read transaction on the workspace: the copy is a consistent snapshot of the case.
    workspace.transaction(() => {
      target.transaction(() => {
        copyBlobs(workspace, target, graph, blobsOfCase(workspace, graph, caseId, includeNotes));
        copyCaseRows(workspace, target, graph, caseId, { includeNotes });
      })();
    })();
    // One self-contained file: no WAL beside it, and no free pages holding anything else.
    target.pragma('journal_mode = DELETE');
    target.exec('VACUUM');
  } finally {
    target.close();
  }
  return readFileSync(path);
}
