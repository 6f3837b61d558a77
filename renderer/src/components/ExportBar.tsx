import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client';
import { useJob } from '../api/useJob';
import { JobProgress } from './JobProgress';
import { saveFile } from '../api/download';
import { useEditor } from '../stores/editor';
import { useEvaluation } from '../stores/evaluation';
import { useMonitoring } from '../stores/monitoring';
import type { ProjectSummary } from '../../../shared/project';
import { Dialog } from './Dialog';
import { useProjects } from '../stores/projects';
import { Notice, type NoticeText } from './Notice';
import { ConfirmDialog } from './ConfirmDialog';
import { usePick } from '../stores/pick';

type Scope = 'current' | 'checked' | 'year';
type Format = 'xlsx' | 'docx' | 'json';
type Form = 'targets' | 'selfEvaluations' | 'monitoring';

/** The 错误 that make a project's table of each form a 草稿. */
const ERRORS: Record<Form, (p: ProjectSummary) => number> = {
  targets: (p) => p.errors,
  selfEvaluations: (p) => p.selfEvaluation?.errors ?? 0,
  monitoring: (p) => p.monitoring?.errors ?? 0,
};

/** The 决算 report's paragraph on the year's 自评 results, to copy. */
function SummaryDialog({ onClose }: { onClose: () => void }) {
  const departmentFile = useProjects((s) => s.departmentFile);
  const year = useProjects((s) => s.year);
  const [summary, setSummary] = useState<{ text: string; missing: string[] } | null>(null);
  const [message, setMessage] = useState<NoticeText | null>(null);
  useEffect(() => {
    if (!departmentFile) return;
    void useEvaluation
      .getState()
      .flush()
      .then(() => api.selfEvaluationSummary({ departmentFile, year }))
      .then(setSummary, (error) => setMessage({ text: errorMessage(error), error: true }));
  }, [departmentFile, year]);
  const copy = async () => {
    if (!summary) return;
    try {
      await navigator.clipboard.writeText(summary.text);
      setMessage({ text: '已复制，可粘贴到决算报告中', error: false });
    } catch {
      setMessage({ text: '无法访问剪贴板，请选中文字后按 Ctrl+C 复制', error: true });
    }
  };
  return (
    <Dialog
      label="决算报告用文字"
      title={`${year} 年度项目绩效自评结果（决算报告用）`}
      onClose={onClose}
      actions={
        <button type="button" disabled={!summary} onClick={() => void copy()}>
          复制
        </button>
      }
    >
      {summary && summary.missing.length > 0 && (
        <p className="warning">
          还有 {summary.missing.length} 个项目没有自评表：{summary.missing.join('、')}
        </p>
      )}
      <textarea aria-label="决算说明文字" className="summary-text" readOnly rows={10} value={summary?.text ?? '正在生成…'} onFocus={(e) => e.target.select()} />
      <Notice notice={message} as="p" />
    </Dialog>
  );
}

/** Export of the current project, the ticked ones, or the whole year, as Excel or Word: its 绩效目标表, 执行监控表 or 自评表. */
export function ExportBar() {
  const { departmentFile, year, list, selectedId, checked } = usePick(useProjects, 'departmentFile', 'year', 'list', 'selectedId', 'checked');
  const [scope, setScope] = useState<Scope>('year');
  const [stacked, setStacked] = useState(false);
  const [form, setForm] = useState<Form>('targets');
  const [summaryOpen, setSummaryOpen] = useState(false);
  const job = useJob();
  const [busy, setBusy] = useState<string | null>(null);
  // An outcome belongs to the department and year exported: another year's list does not show it.
  const [message, setMessage] = useState<(NoticeText & { of: string }) | null>(null);
  const exported = `${departmentFile}|${year}`;
  const [confirming, setConfirming] = useState<{ format: Format; drafts: string[] } | null>(null);

  const ids = scope === 'current' ? (selectedId === null ? [] : [selectedId]) : scope === 'checked' ? checked : list.map((p) => p.id);
  const chosen = list.filter((p) => ids.includes(p.id));

  const run = async (format: Format) => {
    if (!departmentFile) return;
    setConfirming(null);
    setBusy(`正在导出 ${chosen.length} 个项目…`);
    setMessage(null);
    try {
      await useEditor.getState().flush();
      await useEvaluation.getState().flush();
      await useMonitoring.getState().flush();
      const file = await job.run({ departmentFile, kind: 'export', year, format, stacked, ids, form });
      saveFile(file.fileName, file.mimeType, file.base64);
      setMessage({
        text: `已导出“${file.fileName}”${file.draftProjects.length ? `（含 ${file.draftProjects.length} 个草稿）` : ''}`,
        error: false,
        of: exported,
      });
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true, of: exported });
    } finally {
      setBusy(null);
    }
  };

  const start = (format: Format) => {
    const drafts = chosen.filter((p) => ERRORS[form](p) > 0).map((p) => p.name);
    if (drafts.length) setConfirming({ format, drafts });
    else void run(format);
  };

  return (
    <div className="export-bar">
      <label>
        导出
        <select aria-label="导出范围" value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
          <option value="current">当前项目</option>
          <option value="checked">勾选的 {checked.length} 个项目</option>
          <option value="year">全年 {list.length} 个项目</option>
        </select>
      </label>
      <select aria-label="导出的表" value={form} onChange={(e) => setForm(e.target.value as Form)}>
        <option value="targets">绩效目标表</option>
        <option value="monitoring">执行监控表</option>
        <option value="selfEvaluations">绩效自评表</option>
      </select>
      <label title="所有项目放在同一个工作表中，每个表另起一页">
        <input type="checkbox" checked={stacked} onChange={(e) => setStacked(e.target.checked)} />
        Excel 合并为一表
      </label>
      <button type="button" disabled={chosen.length === 0 || busy !== null} onClick={() => start('xlsx')}>
        导出 Excel
      </button>
      <button type="button" disabled={chosen.length === 0 || busy !== null} onClick={() => start('docx')}>
        导出 Word
      </button>
      <button type="button" disabled={chosen.length === 0 || busy !== null} onClick={() => start('json')} title="在另一台电脑上用“导入…”读入">
        导出数据包
      </button>
      <button type="button" onClick={() => setSummaryOpen(true)} title="部门决算报告中“项目绩效自评结果”一段">
        决算说明文字
      </button>
      {summaryOpen && <SummaryDialog onClose={() => setSummaryOpen(false)} />}
      {busy && <JobProgress label={busy} status={job.status} onCancel={job.cancel} />}
      <Notice notice={message?.of === exported ? message : null} as="span" />
      {confirming && (
        <ConfirmDialog
          message={`${confirming.drafts.length} 个项目还有审核错误（${confirming.drafts.join('、')}），导出的文件将标为“草稿”。仍要导出吗？`}
          confirmLabel="仍然导出"
          onCancel={() => setConfirming(null)}
          onConfirm={() => void run(confirming.format)}
        />
      )}
    </div>
  );
}
