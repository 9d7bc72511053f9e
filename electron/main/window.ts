import type { BrowserWindow as BrowserWindowClass } from 'electron';
import { APP_START_URL } from './appOrigin';

/** The one window: sandboxed, isolated, no Node, shown once painted. */
export function createMainWindow(BrowserWindow: typeof BrowserWindowClass, preloadPath: string): BrowserWindowClass {
  const window = new BrowserWindow({
    width: 1200,
    height: 860,
    minWidth: 480,
    minHeight: 480,
    show: false,
    title: 'Appeal Bundle',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
