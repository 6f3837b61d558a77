/** Jobs run as the window runs them: started, then followed until they end. */
import type { ArgsOf, Handlers, JobArgs, JobKind, JobResult, JobResults } from '../../shared/api/contract';

/** The result of a job of that kind, or its message as an error. */
export function runJob<K extends JobKind>(api: Handlers, args: JobArgs<K>): Promise<JobResults[K]>;
export async function runJob(api: Handlers, args: ArgsOf<'startJob'>): Promise<JobResult> {
  const { job } = await api.startJob(args);
  for (;;) {
    const status = await api.jobStatus({ job });
    if (status.state === 'done') return status.result;
    if (status.state === 'failed') throw new Error(status.error);
    if (status.state === 'cancelled') throw new Error('已取消');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
