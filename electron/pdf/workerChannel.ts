/** The worker side of the link to the runner that started it, whatever started it. */
export interface WorkerChannel<TOut> {
  send(message: TOut): void;
  onMessage(listener: (message: unknown) => void): void;
}

// Electron's utilityProcess gives the child `process.parentPort`; a Node child_process.fork child
// has `process.send`. The worker speaks to whichever it was started with.
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

export function connectToParent<TOut>(workerName: string): WorkerChannel<TOut> {
  const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return {
      send: (message) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error(`The ${workerName} must be started by its runner.`);
  // If the app goes away, the worker must not linger as an orphan.
  process.on('disconnect', () => process.exit(0));
  return {
    send: (message) => {
      send(message, undefined, undefined, () => undefined);
    },
    onMessage: (listener) => process.on('message', listener),
  };
}

/** Reports resident memory on a timer, for the runner's watchdog; returns a report-now function. */
export function reportMemoryEvery(
  channel: WorkerChannel<{ type: 'memory'; rssBytes: number }>,
  intervalMs: number,
): () => void {
  const report = () => channel.send({ type: 'memory', rssBytes: process.memoryUsage.rss() });
  setInterval(report, intervalMs);
  return report;
}
