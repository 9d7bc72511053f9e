import type { App } from 'electron';
import type { BackupsService } from '../services/backups/backupsService';

/**
 * One last backup when the app quits, if anything changed. Quitting is held back until it is done
 * (a backup is asynchronous), then allowed; a failure is logged and never stops the app closing.
 */
export function backUpAtExit(
  app: Pick<App, 'on' | 'quit'>,
  backups: Pick<BackupsService, 'backUpIfChanged'>,
  log: { error(message: string, detail?: unknown): void },
): void {
  let done = false;
  app.on('before-quit', (event) => {
    if (done) return;
    event.preventDefault();
    backups
      .backUpIfChanged()
      .catch((error: unknown) => log.error('Backup at exit failed', error))
      .finally(() => {
        done = true;
        app.quit();
      });
  });
}
