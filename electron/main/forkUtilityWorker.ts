import { utilityProcess } from 'electron';
import type { SpawnWorker } from '../pdf/thumbnails/thumbnailRunner';

/**
 * Starts a built worker module (out/intake/*.mjs) as an Electron utility process: the packaged
 * app cannot use child_process.fork (the RunAsNode fuse is off). The handle fits both the intake
 * runner and the thumbnail runner, which add their own watchdogs on top.
 */
export function forkUtilityWorker(modulePath: string, serviceName: string): SpawnWorker {
  return ({ execArgv }) => {
    const child = utilityProcess.fork(modulePath, [], { execArgv, serviceName, stdio: 'ignore' });
    return {
      send: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.once('exit', () => listener()),
      kill: () => void child.kill(),
    };
  };
}
