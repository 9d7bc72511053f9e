import { createHandlers } from '../../electron/main/ipc/handlers';
import type { Services } from '../../electron/services/createServices';
import type { Handlers } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';

/**
 * Handlers over services that are already open, as in a workspace without the passphrase lock,
 * for tests of other namespaces. The lock's own tests use a real workspace session
 * (test/electron/workspace); here its methods report "no passphrase" or refuse.
 */
export function handlersFor(services: Services): Handlers {
  const refuse = () => Promise.reject(new AppError('CONFLICT'));
  return createHandlers(() => services, {
    status: () => ({ state: 'noPassphrase', idleMinutes: null }),
    unlock: refuse,
    unlockWithRecoveryKey: refuse,
    setPassphrase: refuse,
    changePassphrase: refuse,
    removePassphrase: refuse,
    lockNow: () => ({ state: 'noPassphrase', idleMinutes: null }),
    setIdleMinutes: refuse,
  });
}
