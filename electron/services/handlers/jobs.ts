/** Long work the window starts and follows: reading, importing, exporting (electron/jobs/). */
import type { Handlers } from '../../../shared/api/contract';
import { Jobs } from '../../jobs/jobs';
import type { Workspace } from '../workspace';
import { exportJob } from './export';
import { importJob, previewJob } from './import';

export function jobHandlers(workspace: Workspace) {
  const jobs = new Jobs();
  return {
    startJob: (args) =>
      jobs.start((job) =>
        args.kind === 'preview' ? previewJob(workspace, args, job) : args.kind === 'import' ? importJob(workspace, args, job) : exportJob(workspace, args, job),
      ),
    jobStatus: ({ job }) => jobs.status(job),
    cancelJob: ({ job }) => jobs.cancel(job),
  } satisfies Partial<Handlers>;
}
