/**
 * Runs a long job (reading, importing, exporting) in the services' worker thread and follows it:
 * its progress for a progress bar, its result, and a way to cancel it.
 */
import { useRef, useState } from 'react';
import type { ArgsOf, JobArgs, JobKind, JobResult, JobResults, JobStatus } from '../../../shared/api/contract';
import { api } from './client';

const POLL_MS = 150;

export function useJob() {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const running = useRef<string | null>(null);

  /** Runs a job to its end; its result is that of its kind (an ImportPreview for `preview` …). */
  function run<K extends JobKind>(args: JobArgs<K>): Promise<JobResults[K]>;
  async function run(args: ArgsOf<'startJob'>): Promise<JobResult> {
    const { job } = await api.startJob(args);
    running.current = job;
    try {
      for (;;) {
        const current = await api.jobStatus({ job });
        if (current.state === 'done') return current.result;
        if (current.state === 'cancelled') throw new Error('已取消，未写入任何内容');
        if (current.state === 'failed') throw new Error(current.error);
        setStatus(current);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    } finally {
      running.current = null;
      setStatus(null);
    }
  }

  const cancel = () => {
    if (running.current) void api.cancelJob({ job: running.current });
  };

  return { status, run, cancel };
}
