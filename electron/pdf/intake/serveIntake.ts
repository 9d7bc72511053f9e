import { connectToParent, reportMemoryEvery } from '../workerChannel';
import type { IntakeOutcome } from './intakeTypes';
import { intakeMessage } from './intakeMessages';
import { isIntakeRequest, type IntakeRequest, type IntakeWorkerMessage } from './intakeProtocol';

/** How often the worker reports its memory to the runner's watchdog. */
const memoryReportMs = 200;

/**
 * The worker side of the intake protocol: one request at a time, each answered with a result,
 * plus a steady memory report the runner uses to kill a worker that balloons.
 */
export function serveIntake(handle: (request: IntakeRequest) => Promise<IntakeOutcome>): void {
  const channel = connectToParent<IntakeWorkerMessage>('intake worker');
  const reportMemory = reportMemoryEvery(channel, memoryReportMs);
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
