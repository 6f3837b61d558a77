/**
 * Bringing tables in: from a workbook or data package (jobs: the file is read in a worker thread,
 * with the workspace's layout maps, then previewed, or the chosen tables written), or from another
 * department file of the workspace; and the layout maps the clerk keeps for that.
 */
import type { Handlers, ImportOutcome, ImportPreview, JobArgs } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { ReadWorkbook } from '../../import/readWorkbook';
import type { JobContext } from '../../jobs/jobs';
import { copyFromDepartment } from '../copyFromDepartment';
import { importIntoDepartment, previewImport } from '../importIntoDepartment';
import { listLayoutMaps, saveLayoutMap } from '../layoutMaps';
import type { Workspace } from '../workspace';

export const importHandlers = (workspace: Workspace) =>
  ({
    copyFromDepartment: ({ departmentFile, source, year, ids, toYear, onConflict }) => {
      if (source === departmentFile) throw new AppError('bad-request', '请选择另一个单位');
      return copyFromDepartment(workspace.db(source), workspace.db(departmentFile), { year, ids, toYear, onConflict });
    },
    listLayoutMaps: () => listLayoutMaps(workspace.path),
    saveLayoutMap: ({ map, replace }) => saveLayoutMap(workspace.path, map, replace),
  }) satisfies Partial<Handlers>;

/** The file read in a worker thread, with the workspace's layout maps. */
const readInWorker = (workspace: Workspace, job: JobContext, { base64, fileName }: { base64: string; fileName: string }) =>
  job.inWorker<ReadWorkbook>({ kind: 'read', bytes: Buffer.from(base64, 'base64'), fileName, maps: listLayoutMaps(workspace.path).maps });

export async function previewJob(workspace: Workspace, args: JobArgs<'preview'>, job: JobContext): Promise<ImportPreview> {
  const read = await readInWorker(workspace, job, args);
  return previewImport(workspace.db(args.departmentFile), read, args.year);
}

export async function importJob(workspace: Workspace, args: JobArgs<'import'>, job: JobContext): Promise<ImportOutcome[]> {
  const read = await readInWorker(workspace, job, args);
  // The last moment a cancel still counts: the write below is one transaction (after its backup).
  job.checkpoint();
  return importIntoDepartment(workspace.db(args.departmentFile), read, args.year, args.choices);
}
