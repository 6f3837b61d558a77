/** Exporting a year (a job: the file is laid out here and made in a worker thread). */
import type { ExportedFile, JobArgs } from '../../../shared/api/contract';
import type { JobContext } from '../../jobs/jobs';
import { prepareExport } from '../export';
import type { Workspace } from '../workspace';

export async function exportJob(
  workspace: Workspace,
  { departmentFile, year, format, stacked, ids, form }: JobArgs<'export'>,
  job: JobContext,
): Promise<ExportedFile> {
  const { plan, ...file } = prepareExport(workspace.db(departmentFile), { year, format, stacked, form, ...(ids ? { projectIds: ids } : {}) });
  const bytes = await job.inWorker<Uint8Array>({ kind: 'render', plan });
  return { ...file, base64: Buffer.from(bytes).toString('base64') };
}
