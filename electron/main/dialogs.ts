import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { Dialogs } from '../services/dialogs';

/** Native dialogs, attached to the app window so they stay in front of it. */
export function createElectronDialogs(dialog: Dialog, window: () => BrowserWindow | undefined): Dialogs {
  return {
    async chooseSaveLocation({ suggestedName, filterName, extensions }) {
      const options = { defaultPath: suggestedName, filters: [{ name: filterName, extensions }] };
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    async chooseFolder({ title }) {
      // createDirectory: macOS only offers "New Folder" when asked; Windows and Linux always do.
      const options: OpenDialogOptions = {
        title,
        buttonLabel: 'Save here',
        properties: ['openDirectory', 'createDirectory'],
      };
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
  };
}
