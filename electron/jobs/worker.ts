/**
 * The worker thread that reads and writes workbooks, so that the thread serving the window never
 * waits for them. It does one task, reports progress (tables done / total) and its outcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors';
import type { LayoutMap } from '../../shared/forms/layoutMap';
import { renderExport, type ExportPlan } from '../export/renderExport';
import { readImportFile } from '../import/readImportFile';

export type WorkerTask = { kind: 'read'; bytes: Uint8Array; fileName: string; maps: LayoutMap[] } | { kind: 'render'; plan: ExportPlan };

export type WorkerMessage =
  { type: 'progress'; done: number; total: number } | { type: 'done'; result: unknown } | { type: 'error'; code: AppError['code']; message: string };

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

async function run(task: WorkerTask): Promise<void> {
  const progress = (done: number, total: number) => post({ type: 'progress', done, total });
  try {
    const result =
      task.kind === 'read'
        ? await readImportFile(Buffer.from(task.bytes), task.fileName, { onProgress: progress, maps: task.maps })
        : await renderExport(task.plan, progress);
    post({ type: 'done', result });
  } catch (error) {
    post(
      error instanceof AppError
        ? { type: 'error', code: error.code, message: error.message }
        : { type: 'error', code: 'internal', message: `内部错误：${error instanceof Error ? error.message.slice(0, 200) : String(error)}` },
    );
  }
}

void run(workerData as WorkerTask);
