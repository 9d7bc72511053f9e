import { isThumbnailWorkerMessage, type Thumbnail, type ThumbnailRequest } from './thumbnailProtocol';

/** A started worker process, whatever started it (child_process.fork or utilityProcess.fork). */
export interface WorkerChild {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once when the process has gone, for any reason. */
  onExit(listener: () => void): void;
  kill(): void;
}

export type SpawnWorker = (options: { execArgv: string[] }) => WorkerChild;

export interface ThumbnailRunnerOptions {
  spawn: SpawnWorker;
  timeoutMs?: number;
  memoryLimitBytes?: number;
  heapLimitMb?: number;
}

export interface ThumbnailRunner {
  render(request: Omit<ThumbnailRequest, 'type' | 'id'>): Promise<Thumbnail | null>;
  close(): void;
}

/**
 * Draws thumbnails in a separate process, one at a time, behind a watchdog. A page that hangs,
 * crashes the process or eats memory gets no thumbnail (null); the worker is replaced on demand.
 * The worker starts on the first request, so a session that never shows a page never pays for it.
 */
export function createThumbnailRunner({
  spawn,
  timeoutMs = 20_000,
  memoryLimitBytes = 1024 ** 3,
  heapLimitMb = 768,
}: ThumbnailRunnerOptions): ThumbnailRunner {
  let child: WorkerChild | null = null;
  let pending: { id: number; finish(thumbnail: Thumbnail | null): void } | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 1;
  let closed = false;

  function start(): WorkerChild {
    const started = spawn({ execArgv: [`--max-old-space-size=${heapLimitMb}`] });
    // Messages and exits from a worker that has already been replaced are ignored.
    started.onMessage((message) => {
      if (started !== child || !isThumbnailWorkerMessage(message)) return;
      if (message.type === 'memory') {
        if (message.rssBytes > memoryLimitBytes) stop();
      } else if (pending?.id === message.id) {
        pending.finish(message.thumbnail);
      }
    });
    started.onExit(() => {
      if (started !== child) return;
      child = null;
      pending?.finish(null);
    });
    return started;
  }

  function stop(): void {
    const stuck = child;
    child = null;
    stuck?.kill();
    pending?.finish(null);
  }

  function runOne(request: Omit<ThumbnailRequest, 'type' | 'id'>): Promise<Thumbnail | null> {
    return new Promise((resolve) => {
      const id = nextId++;
      const timer = setTimeout(stop, timeoutMs);
      pending = {
        id,
        finish: (thumbnail) => {
          if (pending?.id !== id) return;
          pending = null;
          clearTimeout(timer);
          resolve(thumbnail);
        },
      };
      child ??= start();
      child.send({ type: 'thumbnail', id, ...request } satisfies ThumbnailRequest);
    });
  }

  return {
    render(request) {
      if (closed) return Promise.resolve(null);
      const result = queue.then(() => runOne(request));
      queue = result;
      return result;
    },
    close() {
      closed = true;
      stop();
    },
  };
}
