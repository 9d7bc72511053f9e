import { fork } from 'node:child_process';
import type { SpawnIntakeWorker } from './intakeRunner';

/**
 * Starts the compiled intake worker with Node's child_process.fork: for tests and the browser
 * harness. The packaged app cannot use this (the RunAsNode fuse is off); it passes a spawn based
 * on utilityProcess.fork instead, e.g.
 *   ({ execArgv }) => { const c = utilityProcess.fork(path, [], { execArgv, stdio: 'ignore' });
 *     return { send: (m) => c.postMessage(m), onMessage: (l) => c.on('message', l),
 *              onExit: (l) => c.once('exit', () => l()), kill: () => void c.kill() }; }
 */
export function forkNodeWorker(workerPath: string): SpawnIntakeWorker {
  return ({ execArgv }) => {
    const child = fork(workerPath, [], {
      execArgv,
      // "advanced" is V8 structured clone: Uint8Arrays cross as bytes, not as JSON arrays.
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    // Send failures after the child died surface as 'error'; the 'exit' listener handles them.
    child.on('error', () => undefined);
    return {
      send: (message) => {
        child.send(message, undefined, undefined, () => undefined);
      },
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.once('exit', () => listener()),
      kill: () => {
        child.kill('SIGKILL');
      },
    };
  };
}
