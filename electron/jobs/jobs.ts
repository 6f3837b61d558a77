/**
 * Long work the window starts and watches: reading a workbook, importing it, exporting a year.
 * Each job runs off the thread that serves the window, reports tables done / total, and can be
 * cancelled; a cancelled import has written nothing (its write is the last step, one transaction).
 */
import { randomUUID } from 'node:crypto';
import type { JobResult, JobStatus } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import { storageError } from '../db/storageErrors';
import { CANCELLED, runInWorker } from './runInWorker';
import type { WorkerTask } from './worker';

export interface JobContext {
  /** A step in a worker thread: its progress is the job's, and a cancel stops it. */
  inWorker<T>(task: WorkerTask): Promise<T>;
  /** Throws once the job was cancelled: called before each step that writes. */
  checkpoint(): void;
}

interface Job {
  status: JobStatus;
  stop: (() => void) | null;
}

/** Finished jobs are forgotten after this long. */
const KEEP_MS = 10 * 60_000;

export class Jobs {
  private readonly jobs = new Map<string, Job>();

  start(work: (job: JobContext) => Promise<JobResult>): { job: string } {
    const id = randomUUID();
    const job: Job = { status: { state: 'running', done: 0, total: 0 }, stop: null };
    this.jobs.set(id, job);
    const context: JobContext = {
      inWorker: <T>(task: WorkerTask) => {
        const run = runInWorker<T>(task, (done, total) => Object.assign(job.status, { done, total }));
        job.stop = run.cancel;
        return run.result;
      },
      checkpoint: () => {
        if (job.status.state === 'cancelled') throw new AppError('refused', CANCELLED);
      },
    };
    void work(context)
      .then(
        (result) => {
          if (job.status.state === 'running') job.status = { ...job.status, state: 'done', result };
        },
        (error: unknown) => {
          if (job.status.state === 'running') job.status = { ...job.status, state: 'failed', error: storageError(error)?.message ?? '内部错误，操作未完成' };
        },
      )
      .finally(() => setTimeout(() => this.jobs.delete(id), KEEP_MS).unref());
    return { job: id };
  }

  status(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('not-found', '这项后台操作已结束或不存在');
    return job.status;
  }

  cancel(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('not-found', '这项后台操作已结束或不存在');
    if (job.status.state === 'running') {
      job.status = { ...job.status, state: 'cancelled' };
      job.stop?.();
    }
    return job.status;
  }
}
