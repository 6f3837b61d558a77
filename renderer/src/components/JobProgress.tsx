import type { JobStatus } from '../../../shared/api/contract';

/** A running job: what it does, tables done of the total, and 取消. */
export function JobProgress({ label, status, onCancel }: { label: string; status: JobStatus | null; onCancel: () => void }) {
  return (
    <span className="job-progress" role="status">
      {label}
      {status && status.total > 0 && (
        <>
          <progress value={status.done} max={status.total} aria-label={`${label}进度`} />
          {status.done} / {status.total} 张表
        </>
      )}
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </span>
  );
}
