import {
  isThumbnailRequest,
  type Thumbnail,
  type ThumbnailRequest,
  type ThumbnailWorkerMessage,
} from './thumbnailProtocol';

/** How often the worker reports its memory to the runner's watchdog. */
const memoryReportMs = 250;

// Electron's utilityProcess gives the child `process.parentPort`; a Node child_process.fork child
// has `process.send`. The worker speaks to whichever it was started with.
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

interface Channel {
  send(message: ThumbnailWorkerMessage): void;
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
  if (!send) throw new Error('The thumbnail worker must be started by the thumbnail runner.');
  // If the app goes away, the worker must not linger as an orphan.
  process.on('disconnect', () => process.exit(0));
  return {
    send: (message) => {
      send(message, undefined, undefined, () => undefined);
    },
    onMessage: (listener) => process.on('message', listener),
  };
}

/** The worker side: one request at a time, each answered, plus a steady memory report. */
export function serveThumbnails(handle: (request: ThumbnailRequest) => Promise<Thumbnail | null>): void {
  const channel = connectToParent();
  const reportMemory = () => channel.send({ type: 'memory', rssBytes: process.memoryUsage.rss() });
  setInterval(reportMemory, memoryReportMs);
  channel.onMessage((message) => {
    if (!isThumbnailRequest(message)) return;
    void handle(message)
      .catch(() => null)
      .then((thumbnail) => {
        reportMemory();
        channel.send({ type: 'thumbnailResult', id: message.id, thumbnail });
      });
  });
}
