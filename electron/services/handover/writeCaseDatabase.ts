import type { Db } from '../../db/openDatabase';
import { openDatabase } from '../../db/openDatabase';
import { discoverCaseGraph } from './caseGraph';
import { blobsOfCase, copyBlobs, copyCaseRows } from './copyCaseRows';

/**
 * Builds a fresh database with the app's own migrations holding one case: its rows, the blobs
 * they use and, if asked, the session notes. Returns its bytes, ready to be encrypted. It is
 * built in memory, so no unencrypted copy of the case ever touches the disk (issue 7: with the
 * lock on, nothing the app writes may hold a child's records in the clear).
 */
export function writeCaseDatabase(workspace: Db, caseId: string, includeNotes: boolean): Buffer {
  const target = openDatabase(':memory:');
  try {
    const graph = discoverCaseGraph(workspace);
    // One read transaction on the workspace: the copy is a consistent snapshot of the case.
    workspace.transaction(() => {
      target.transaction(() => {
        copyBlobs(workspace, target, graph, blobsOfCase(workspace, graph, caseId, includeNotes));
        copyCaseRows(workspace, target, graph, caseId, { includeNotes });
      })();
    })();
    // No free pages holding anything else.
    target.exec('VACUUM');
    return target.serialize();
  } finally {
    target.close();
  }
}
