import type { IntakeOutcome } from './intakeTypes';
import { intakeMessage } from './intakeMessages';
import { isIntakeRequest, type IntakeRequest, type IntakeWorkerMessage } from './intakeProtocol';

/** How often the worker reports its memory to the runner's watchdog. */
const memoryReportMs = 200;

// Electron's utilityProcess gives the child `process.parentPort`; a Node child_process.fork child
// has `process.send`. The worker speaks to whichever it was started with.
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

interface Channel {
  send(message: IntakeWorkerMessage): void;
  onMessage(listener: (message: unknown) => void): void;
}

function connectToParent(): Channel {
  const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return {
      send: (message) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('The intake worker must be started by the intake runner.');
  // If the app goes away, the worker must not linger as an orphan.
  process.on('disconnect', () => process.exit(0));
  return {
    send: (message) => {
      send(message, undefined, undefined, () => undefined);
    },
    onMessage: (listener) => process.on('message', listener),
  };
}

/**
 * The worker side of the intake protocol: one request at a time, each answered with a result,
 * plus a steady memory report the runner uses to kill a worker that balloons.
 */
export function serveIntake(handle: (request: IntakeRequest) => Promise<IntakeOutcome>): void {
  const channel = connectToParent();
  const reportMemory = () => channel.send({ type: 'memory', rssBytes: process.memoryUsage.rss() });
  setInterval(reportMemory, memoryReportMs);
  // pdf.js can reject promises of its own that nobody awaits when a file's cross-reference
  // table is broken. Node would end the process for that; instead the file being read is
  // treated as damaged, since one of its parts failed to load.
  let strayRejection = false;
  process.on('unhandledRejection', () => {
    strayRejection = true;
  });
  channel.onMessage((message) => {
    if (!isIntakeRequest(message)) return;
    strayRejection = false;
    void handle(message)
      .catch((): IntakeOutcome => refuse('crashed', message.fileName))
      .then((outcome) => {
        reportMemory();
        const trusted = strayRejection && outcome.kind === 'pdf' ? refuse('damaged', message.fileName) : outcome;
        channel.send({ type: 'result', id: message.id, outcome: trusted });
      });
  });
}

function refuse(code: 'crashed' | 'damaged', fileName: string): IntakeOutcome {
  return { kind: 'refused', code, message: intakeMessage(code, fileName) };
}
