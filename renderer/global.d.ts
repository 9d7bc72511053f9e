import type { AppApi } from '../shared/api/contract';

declare global {
  interface Window {
    /** Built from the method list by the preload (Electron) or the harness init script. */
    api: AppApi;
  }
}
