import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// ARCHITECTURE.md "Exports are written to a temp file in the target folder, fsynced, then renamed"
// (reliability.md B3: never a truncated or zero-length bundle at the final path). The temp file sits
// in the same folder so the rename is atomic; a crash leaves only a hidden ".partial" file, which
// removePartialExports clears at the next start.

const SUFFIX = '.appeal-bundle-partial';

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}${SUFFIX}`);
}

/** Writes and flushes bytes to a new temp file next to `target`; returns its path. */
export async function writeTemp(target: string, bytes: Uint8Array): Promise<string> {
  const temp = tempPathFor(target);
  const handle = await open(temp, 'wx', 0o600);
  try {
    let offset = 0;
    while (offset < bytes.byteLength) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
      offset += bytesWritten;
    }
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  return temp;
}

/** Flushes the folder so the rename itself survives a power cut (not possible on Windows: ignored). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  }
}

/**
 * Moves written temp files to their targets. If any move fails, targets already moved in this call
 * and all temps are removed, so a failed export leaves nothing behind.
 */
export async function commitTemps(moves: { temp: string; target: string }[]): Promise<void> {
  const done: string[] = [];
  try {
    for (const move of moves) {
      await rename(move.temp, move.target);
      done.push(move.target);
    }
  } catch (error) {
    await Promise.all([...done, ...moves.map((m) => m.temp)].map((file) => rm(file, { force: true })));
    throw error;
  }
  for (const folder of new Set(moves.map((m) => dirname(m.target)))) await syncFolder(folder);
}

export async function removeTemps(temps: string[]): Promise<void> {
  await Promise.all(temps.map((file) => rm(file, { force: true })));
}

/** Deletes temp files left by an export that was killed; call at start-up for export folders. */
export async function removePartialExports(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).filter((name) => name.startsWith('.') && name.endsWith(SUFFIX));
  await removeTemps(names.map((name) => join(folder, name)));
  return names;
}
