import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialogs } from '../../electron/services/dialogs';

/**
 * Stand-ins for native dialogs in the browser harness: a save goes to the workspace's
 * `downloads` folder under the suggested name, where browser tests read the file back.
 */
export function createHarnessDialogs(dataFolder: string): Dialogs {
  return {
    chooseSaveLocation({ suggestedName }) {
      const folder = join(dataFolder, 'downloads');
      mkdirSync(folder, { recursive: true });
      return Promise.resolve(join(folder, suggestedName.replace(/[/\\]/g, '_')));
    },
  };
}
