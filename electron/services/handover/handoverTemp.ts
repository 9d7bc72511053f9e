import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Unencrypted copies of a case exist only for the length of one export or import, in a folder
 * beside the workspace (app-owned, on the same disk, covered by the same protections), and are
 * removed afterwards whatever happens.
 */
export function handoverTempRoot(databasePath: string): string {
  return databasePath === ':memory:' || databasePath === ''
    ? join(tmpdir(), 'appeal-bundle-handover')
    : join(dirname(databasePath), 'handover-temp');
}

export async function withTempFolder<T>(root: string, work: (folder: string) => Promise<T> | T): Promise<T> {
  mkdirSync(root, { recursive: true, mode: 0o700 });
  const folder = mkdtempSync(join(root, 'case-'));
  try {
    return await work(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Removes what a crash in the middle of an export or import may have left behind. */
export function removeLeftovers(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
