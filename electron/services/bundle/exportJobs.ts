import { AppError, ERROR_MESSAGES } from '../../../shared/api/errors';
import type { ExportRecord, ExportStatus } from '../../../shared/api/types';
import type { ProgressState } from './exportProgress';

// Exports run in the background of the main process so the renderer can show progress and a Cancel
// button over the ordinary request/response API (it polls exportStatus; the preload has no push
// events). Jobs live in memory only: an export does not survive a restart, and its temp files are
// cleared by the next export to that folder (removePartialExports).

/** Finished jobs kept so a late poll still gets the result. */
const KEEP_FINISHED = 20;

export interface JobContext {
  signal: AbortSignal;
  report: (state: ProgressState) => void;
}

interface Job {
  caseId: string;
  controller: AbortController;
  status: ExportStatus;
  settled: Promise<void>;
}

const FAILED_MESSAGE =
  'The bundle could not be saved. Nothing was left half-written. Check the folder you chose, then try again.';

/** A full or read-only disk is worth naming: the person can do something about it. */
function failureMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOSPC') return ERROR_MESSAGES.STORAGE_FULL;
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return ERROR_MESSAGES.STORAGE_READ_ONLY;
  return FAILED_MESSAGE;
}

export function createExportJobs(log: (message: string, error: unknown) => void = () => undefined) {
  const jobs = new Map<string, Job>();

  const forget = () => {
    const finished = [...jobs.entries()].filter(([, job]) => job.status.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(id);
  };

  const mustGet = (id: string): Job => {
    const job = jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND');
    return job;
  };

  return {
    /** Starts `run` in the background; one export per case at a time. */
    start(id: string, caseId: string, run: (context: JobContext) => Promise<ExportRecord>): void {
      if ([...jobs.values()].some((job) => job.caseId === caseId && job.status.state === 'running')) {
        throw new AppError('CONFLICT');
      }
      const controller = new AbortController();
      const job: Job = {
        caseId,
        controller,
        status: { state: 'running', phase: 'preparing', percent: 0, part: null },
        settled: Promise.resolve(),
      };
      jobs.set(id, job);
      const report = (state: ProgressState) => {
        if (job.status.state === 'running') job.status = { state: 'running', ...state };
      };
      job.settled = run({ signal: controller.signal, report }).then(
        (record) => {
          job.status = { state: 'done', record };
        },
        (error: unknown) => {
          if (controller.signal.aborted) job.status = { state: 'cancelled' };
          else {
            log(`Bundle export ${id} failed`, error);
            job.status = { state: 'failed', message: failureMessage(error) };
          }
        },
      );
      void job.settled.then(forget);
    },
    status(id: string): ExportStatus {
      return mustGet(id).status;
    },
    cancel(id: string): ExportStatus {
      const job = mustGet(id);
      if (job.status.state === 'running') job.controller.abort();
      return job.status;
    },
    /** Resolves when the job has finished one way or another (for tests and shutdown). */
    settled(id: string): Promise<ExportStatus> {
      const job = mustGet(id);
      return job.settled.then(() => job.status);
    },
  };
}
