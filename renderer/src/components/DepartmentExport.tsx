/** Excel and Word of the year's 部门整体 table being edited, as the paper form prints it (marked 草稿 where the checks find 错误 or drafted parts await confirmation). */
import { useState } from 'react';
import { errorMessage } from '../api/client';
import { saveFile } from '../api/download';
import { useJob } from '../api/useJob';
import { JobProgress } from './JobProgress';
import { Notice, type NoticeText } from './Notice';

export function DepartmentExport({
  departmentFile,
  year,
  form,
  flush,
}: {
  departmentFile: string;
  year: number;
  form: 'department' | 'departmentEvaluation';
  /** Saves what waits in the editor, so that the file holds it. */
  flush: () => Promise<void>;
}) {
  const job = useJob();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<NoticeText | null>(null);
  const run = async (format: 'xlsx' | 'docx') => {
    setBusy(true);
    setMessage(null);
    try {
      await flush();
      const file = await job.run({ departmentFile, kind: 'export', year, format, stacked: false, form });
      saveFile(file.fileName, file.mimeType, file.base64);
      setMessage({ text: `已导出“${file.fileName}”`, error: false });
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" disabled={busy} onClick={() => void run('xlsx')}>
        导出 Excel
      </button>
      <button type="button" disabled={busy} onClick={() => void run('docx')}>
        导出 Word
      </button>
      {busy && <JobProgress label="正在导出…" status={job.status} onCancel={job.cancel} />}
      <Notice notice={message} as="span" />
    </>
  );
}
