import type { IntakeErrorCode, IntakeOptions, IntakeOutcome } from './intakeTypes';
import { intakeMessage } from './intakeMessages';
import { isIntakeWorkerMessage, type IntakeRequest } from './intakeProtocol';

/** The handle the runner needs on a started worker process, whatever started it. */
export interface IntakeChild {
  send(message: IntakeRequest): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once when the process has gone, for any reason. */
  onExit(listener: () => void): void;
  kill(): void;
}

/** Starts one worker process running the compiled intakeWorker entry. */
export type SpawnIntakeWorker = (options: { execArgv: string[] }) => IntakeChild;

export interface IntakeRunnerOptions {
  spawn: SpawnIntakeWorker;
  /** Per file. */
  timeoutMs?: number;
  /** Resident memory above which the worker is killed and the file refused as too large. */
  memoryLimitBytes?: number;
  /** V8 heap limit passed to the worker, kept below the RSS limit so most runaways die cleanly. */
  heapLimitMb?: number;
}

export interface IntakeRunner {
  intake(bytes: Uint8Array, fileName: string, options?: IntakeOptions): Promise<IntakeOutcome>;
  /** Highest resident memory any worker reported, for benchmarks. */
  peakRssBytes(): number;
  /** How many times a worker was killed or died and was replaced. */
  restartCount(): number;
  close(): void;
}

interface Pending {
  id: number;
  onResult(outcome: IntakeOutcome): void;
  onFailure(code: IntakeErrorCode): void;
}

/**
 * Runs intakeFile in a separate process, one file at a time, behind a watchdog: a file that
 * hangs, crashes the process or eats memory costs only that file. The worker is killed and a
 * fresh one started, and the caller gets a catalogue refusal (timedOut / crashed / tooLarge).
 */
export function createIntakeRunner({
  spawn,
  timeoutMs = 60_000,
  memoryLimitBytes = 1.5 * 1024 ** 3,
  heapLimitMb = 1024,
}: IntakeRunnerOptions): IntakeRunner {
  let child: IntakeChild | null = null;
  let pending: Pending | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 1;
  let peakRss = 0;
  let restarts = 0;
  let closed = false;

  function start(): IntakeChild {
    const started = spawn({ execArgv: [`--max-old-space-size=${heapLimitMb}`] });
    // Messages and exits from a worker that has already been replaced are ignored.
    started.onMessage((message) => {
      if (started !== child || !isIntakeWorkerMessage(message)) return;
      if (message.type === 'memory') {
        peakRss = Math.max(peakRss, message.rssBytes);
        if (message.rssBytes > memoryLimitBytes) fail('tooLarge');
      } else if (pending && message.id === pending.id) {
        pending.onResult(message.outcome);
      }
    });
    started.onExit(() => {
      if (started !== child) return;
      child = null;
      restarts++;
      pending?.onFailure('crashed');
    });
    return started;
  }

  function fail(code: IntakeErrorCode): void {
    const stuck = child;
    child = null;
    stuck?.kill();
    restarts++;
    pending?.onFailure(code);
    // Warm a replacement now so the next file does not pay for the start-up.
    if (!closed) child = start();
  }

  function runOne(request: Omit<IntakeRequest, 'type' | 'id'>): Promise<IntakeOutcome> {
    return new Promise((resolve) => {
      const id = nextId++;
      const finish = (outcome: IntakeOutcome) => {
        if (pending?.id !== id) return;
        pending = null;
        clearTimeout(timer);
        resolve(outcome);
      };
      pending = {
        id,
        onResult: finish,
        onFailure: (code) => finish({ kind: 'refused', code, message: intakeMessage(code, request.fileName) }),
      };
      const timer = setTimeout(() => fail('timedOut'), timeoutMs);
      child ??= start();
      child.send({ type: 'intake', id, ...request });
    });
  }

  return {
    intake(bytes, fileName, options = {}) {
      if (closed)
        return Promise.resolve({ kind: 'refused', code: 'crashed', message: intakeMessage('crashed', fileName) });
      const result = queue.then(() => runOne({ bytes, fileName, options }));
      queue = result;
      return result;
    },
    peakRssBytes: () => peakRss,
    restartCount: () => restarts,
    close() {
      closed = true;
      const current = child;
      child = null;
      current?.kill();
      pending?.onFailure('crashed');
    },
  };
}
