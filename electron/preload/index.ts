import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/api/buildApi';

// No logic here: `window.api` is generated from the method list, one invoke per method.
// The raw ipcRenderer is never exposed (Electron checklist: do not expose IPC wholesale).
contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
