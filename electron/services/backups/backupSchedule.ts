import type { BackupsService } from './backupsService';

/** Every 30 minutes while the app runs, a backup if anything changed (reliability.md B4). */
export const BACKUP_INTERVAL_MS = 30 * 60 * 1000;

/**
 * Starts the automatic backups. A failure (such as a full disk) is logged and tried again next
 * time; the workspace itself is never affected. Returns a function that stops the timer.
 */
export function startBackupSchedule(
  backups: Pick<BackupsService, 'backUpIfChanged'>,
  log: { error(message: string, detail?: unknown): void },
  intervalMs = BACKUP_INTERVAL_MS,
): () => void {
  const timer = setInterval(() => {
    backups.backUpIfChanged().catch((error: unknown) => log.error('Automatic backup failed', error));
  }, intervalMs);
  // The timer alone must not keep the process alive (tests, the harness).
  timer.unref();
  return () => clearInterval(timer);
}
