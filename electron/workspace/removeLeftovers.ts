import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONVERTING_SUFFIX, removeDatabaseFile } from '../db/reencryptDatabaseFile';

/**
 * Removes what a crash can leave behind in the data and backup folders: half-made copies from
 * turning the lock on or off, and half-written backups or key files. None of them is ever the
 * only copy of anything, and some hold plain text of a workspace that is now encrypted.
 */
export function removeLeftovers(folders: string[]): void {
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      const leftover = name.startsWith('.') && (name.endsWith(CONVERTING_SUFFIX) || name.endsWith('.partial'));
      if (leftover) removeDatabaseFile(join(folder, name));
    }
  }
}
