/** Runs one task in a worker thread (dist/worker.cjs): its progress as it goes, its result or error, and a way to stop it. */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors';
import type { WorkerMessage, WorkerTask } from './worker';

/** Beside the bundle that runs (dist/), or in dist/ when running from the sources (tests). */
function workerScript(): string {
  const candidates = [path.join(__dirname, 'worker.cjs'), path.resolve(__dirname, '..', '..', 'dist', 'worker.cjs')];
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) throw new AppError('internal', '找不到后台处理程序（worker.cjs），请重新构建');
  return found;
}

export interface WorkerRun<T> {
  result: Promise<T>;
  /** Stops the worker; the result rejects with “已取消”. */
  cancel(): void;
}

export const CANCELLED = '已取消';

export function runInWorker<T>(task: WorkerTask, onProgress: (done: number, total: number) => void): WorkerRun<T> {
  const worker = new Worker(workerScript(), { workerData: task });
  let cancelled = false;
  const result = new Promise<T>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.done, message.total);
      else if (message.type === 'done') resolve(message.result as T);
      else reject(new AppError(message.code, message.message));
    });
    worker.on('error', (error) => reject(new AppError('internal', `后台处理出错：${error.message.slice(0, 200)}`)));
    worker.on('exit', () => (cancelled ? reject(new AppError('refused', CANCELLED)) : reject(new AppError('internal', '后台处理意外结束'))));
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      void worker.terminate();
    },
  };
}
