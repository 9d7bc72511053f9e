import { connectToParent, reportMemoryEvery } from '../workerChannel';
import {
  isThumbnailRequest,
  type Thumbnail,
  type ThumbnailRequest,
  type ThumbnailWorkerMessage,
} from './thumbnailProtocol';

/** How often the worker reports its memory to the runner's watchdog. */
const memoryReportMs = 250;

/** The worker side: one request at a time, each answered, plus a steady memory report. */
export function serveThumbnails(handle: (request: ThumbnailRequest) => Promise<Thumbnail | null>): void {
  const channel = connectToParent<ThumbnailWorkerMessage>('thumbnail worker');
  const reportMemory = reportMemoryEvery(channel, memoryReportMs);
  // pdf.js can reject promises nobody awaits on a damaged page (as in serveIntake.ts). Node would
  // end the process; the page being drawn simply gets no picture instead, and the worker lives on.
  process.on('unhandledRejection', () => undefined);
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
