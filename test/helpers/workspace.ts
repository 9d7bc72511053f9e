import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type Db } from '../../electron/db/openDatabase';
import { createServices } from '../../electron/services/createServices';
import { useTempFolder } from './tempFolder';

/** A real workspace database file in a temp folder, with every service over it. */
export function useWorkspace() {
  const folder = useTempFolder();
  const open: Db[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
  });
  return () => {
    const file = join(folder(), 'workspace.sqlite');
    const db = openDatabase(file);
    open.push(db);
    let tick = 0;
    // A clock that moves forward one second per call, so "most recently changed" is well defined.
    const now = () => new Date(Date.UTC(2026, 10, 23, 9, 0, tick++)).toISOString();
    const saved: string[] = [];
    const dialogs = {
      chooseSaveLocation: ({ suggestedName }: { suggestedName: string }) => {
        const target = join(folder(), suggestedName);
        saved.push(target);
        return Promise.resolve(target);
      },
      // Exports that make a folder of their own make it inside the test's temp folder.
      chooseFolder: () => Promise.resolve(folder()),
    };
    return { db, file, saved, services: createServices(db, { now, dialogs, today: () => '2026-11-23' }) };
  };
}
