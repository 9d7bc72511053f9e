import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lockWhenAway } from '../../../electron/main/lockWhenAway';
import { useLockWorkspace } from '../workspace/lockWorkspace';

const workspace = useLockWorkspace();

/** Electron's powerMonitor as the app sees it: its events, and the computer's idle seconds. */
function powerMonitor(idleSeconds: () => number) {
  const events = new EventEmitter();
  return {
    on: (event: string, listener: () => void) => events.on(event, listener),
    getSystemIdleTime: idleSeconds,
    emit: (event: string) => events.emit(event),
  };
}

async function unlockedSession() {
  const session = workspace().session();
  await session.lock.setPassphrase({ passphrase: 'kettle banjo meadow' });
  return session;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

afterEach(() => vi.useRealTimers());

describe('locking when the person is away (Electron main process)', () => {
  for (const event of ['lock-screen', 'suspend']) {
    it(`locks on the computer's ${event} event`, async () => {
      const session = await unlockedSession();
      const monitor = powerMonitor(() => 0);
      const stop = lockWhenAway(monitor, session.lock, { error: () => undefined });
      monitor.emit(event);
      await vi.waitFor(() => expect(session.lock.status({}).state).toBe('locked'));
      stop();
    });
  }

  it('locks once the whole computer has been idle for the chosen time, not before', async () => {
    const session = await unlockedSession();
    await session.lock.setIdleMinutes({ minutes: 15 });
    let idle = 14 * 60;
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const stop = lockWhenAway(
      powerMonitor(() => idle),
      session.lock,
      { error: () => undefined },
    );
    vi.advanceTimersByTime(60_000);
    await settled();
    expect(session.lock.status({}).state).toBe('unlocked');
    idle = 15 * 60;
    vi.advanceTimersByTime(30_000);
    await vi.waitFor(() => expect(session.lock.status({}).state).toBe('locked'));
    stop();
  });
});
