import type { WorkspaceSession } from '../workspace/workspaceSession';

/** The part of Electron's powerMonitor used here. */
interface PowerEvents {
  on(event: 'lock-screen', listener: () => void): unknown;
  on(event: 'suspend', listener: () => void): unknown;
  /** Seconds since anyone last used the computer's keyboard or mouse. */
  getSystemIdleTime(): number;
}

/** How often the computer's idle time is checked; the lock follows within this long. */
const CHECK_EVERY_MS = 30 * 1000;

/**
 * Locks the workspace when the person is away (issue 7; reliability.md B5): when the computer's
 * own screen locks or it goes to sleep, and when nobody has touched the keyboard or mouse anywhere
 * for the idle time chosen. The renderer also locks after that time without use of the app itself.
 */
export function lockWhenAway(
  powerMonitor: PowerEvents,
  lock: Pick<WorkspaceSession['lock'], 'status' | 'lockNow'>,
  log: { error(message: string, detail?: unknown): void },
): () => void {
  const lockNow = (reason: string) => {
    lock.lockNow({}).catch((error: unknown) => log.error(`Locking (${reason}) failed`, error));
  };
  powerMonitor.on('lock-screen', () => lockNow('screen locked'));
  powerMonitor.on('suspend', () => lockNow('computer asleep'));
  const timer = setInterval(() => {
    const { state, idleMinutes } = lock.status({});
    if (state === 'unlocked' && idleMinutes !== null && powerMonitor.getSystemIdleTime() >= idleMinutes * 60) {
      lockNow('idle');
    }
  }, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
