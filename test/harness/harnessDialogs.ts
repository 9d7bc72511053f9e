import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialogs } from '../../electron/services/dialogs';

/**
 * Stand-ins for native dialogs in the browser harness: a save goes to the workspace's
 * `downloads` folder under the suggested name, and a chosen folder is that `downloads` folder,
 * where browser tests read the files back.
 */
export function createHarnessDialogs(dataFolder: string): Dialogs {
  const downloads = () => {
    const folder = join(dataFolder, 'downloads');
    mkdirSync(folder, { recursive: true });
    return folder;
  };
  return {
    chooseSaveLocation({ suggestedName }) {
      return Promise.resolve(join(downloads(), suggestedName.replace(/[/\\]/g, '_')));
    },
    chooseFolder() {
      return Promise.resolve(downloads());
    },
  };
}
