import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

// Characters Windows, macOS or Linux refuse in a file name, and control characters.
// eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;

/**
 * "Appeal documents - Alex - 2026-11-23", made safe for every operating system. Case names are at
 * most 120 characters, so the name stays well inside every file system's limit, and it ends with
 * the date, never with the dot or space Windows would drop.
 */
export function exportFolderName(caseName: string, today: string): string {
  return `Appeal documents - ${caseName.replace(UNSAFE, '_')} - ${today}`;
}

/**
 * Makes a new, empty folder named `name` inside `parent`, or "name (2)", "name (3)"… when that is
 * taken, so an earlier export is never overwritten. mkdir without `recursive` fails if the folder
 * exists, so two exports at once cannot end up sharing one. Returns the new folder's path.
 */
export async function createExportFolder(parent: string, name: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const path = join(parent, attempt === 1 ? name : `${name} (${attempt})`);
    try {
      await mkdir(path);
      return path;
    } catch (error) {
      if (!isAlreadyThere(error) || attempt >= 999) throw error;
    }
  }
}

function isAlreadyThere(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST';
}
