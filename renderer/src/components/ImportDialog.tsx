/**
 * 导入: pick a workbook or data package, see what it holds (tables, year, indicators, checker
 * counts, the reader's notes), tick the tables, choose the year and what to do with a name that
 * is already there; nothing is written before 导入.
 */
import { useState } from 'react';
import type { ImportPreview } from '../../../shared/api/contract';
import type { ConflictPolicy } from '../../../shared/api/schemas';
import { describeLayoutChange } from '../../../shared/layoutConversion';
import { errorMessage } from '../api/client';
import { useJob } from '../api/useJob';
import { JobProgress } from './JobProgress';
import { useEditor } from '../stores/editor';
import { useEvaluation } from '../stores/evaluation';
import { useProjects } from '../stores/projects';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog, useTicks } from './Dialog';
import { Notice, type NoticeText } from './Notice';

type PreviewTable = ImportPreview['tables'][number];
const CONFLICTS: Record<ConflictPolicy, string> = { skip: '跳过', replace: '替换原项目', keep: '两份都保留' };

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * An import may have replaced the project open in the editor, or its 自评表: they are read again
 * (unless changes of the clerk's own wait there), so that the editor shows the imported tables
 * and saves on from their revision.
 */
async function showReplaced(): Promise<void> {
  const editor = useEditor.getState();
  const listed = useProjects.getState().list.find((p) => p.id === editor.project?.id);
  if (listed && listed.revision !== editor.project?.revision && editor.saveState === 'saved') await editor.reload();
  const evaluation = useEvaluation.getState();
  if (evaluation.subject && evaluation.saveState === 'saved') await evaluation.reload();
}

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const departmentFile = useProjects((s) => s.departmentFile)!;
  const currentYear = useProjects((s) => s.year);
  const refresh = useProjects((s) => s.refresh);
  const showYear = useProjects((s) => s.setYear);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  // Last year's tables go into last year unless the clerk chooses otherwise.
  const [year, setYear] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const { ticked, toggle, setTicked } = useTicks<number>();
  const [conflicts, setConflicts] = useState<Record<number, ConflictPolicy>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const job = useJob();
  const [message, setMessage] = useState<NoticeText | null>(null);
  const [confirming, setConfirming] = useState<PreviewTable[] | null>(null);

  const load = async (chosen: { name: string; base64: string }, into: number | null) => {
    setBusy('正在读取');
    setMessage(null);
    try {
      const result = await job.run({ departmentFile, kind: 'preview', fileName: chosen.name, base64: chosen.base64, year: into });
      setPreview(result);
      // A new file ticks its tables, except those that would lose fields to the department's layout;
      // a new year keeps the clerk's ticks.
      if (!preview) setTicked(result.tables.filter((t) => !t.layoutChange?.hidden.length).map((t) => t.index));
    } catch (error) {
      setPreview(null);
      setMessage({ text: errorMessage(error), error: true });
    } finally {
      setBusy(null);
    }
  };

  const pick = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    const next = { name: chosen.name, base64: await readBase64(chosen) };
    setFile(next);
    setPreview(null);
    await load(next, year);
  };

  const chosen = preview?.tables.filter((t) => ticked.has(t.index)) ?? [];
  const withoutYear = year === null ? chosen.filter((t) => !t.year) : [];

  /** Asks first where a ticked table would lose fields to the department's layout. */
  const start = () => {
    const losing = chosen.filter((t) => t.layoutChange?.hidden.length);
    if (losing.length > 0) setConfirming(losing);
    else void run();
  };

  const run = async () => {
    setConfirming(null);
    if (!file || !preview) return;
    setBusy('正在导入');
    try {
      // What waits in the editors is saved first: the import comes after it.
      await useEditor.getState().flush();
      await useEvaluation.getState().flush();
      const outcomes = await job.run({
        departmentFile,
        kind: 'import',
        fileName: file.name,
        base64: file.base64,
        year,
        choices: chosen.map((t) => ({ index: t.index, onConflict: conflicts[t.index] ?? 'skip' })),
      });
      // Show the year the tables went into (the one most of them did).
      const counts = new Map<number, number>();
      for (const o of outcomes) counts.set(o.year, (counts.get(o.year) ?? 0) + 1);
      const shown = [...counts].sort(([yearA, a], [yearB, b]) => b - a || yearB - yearA)[0]?.[0];
      if (shown !== undefined && shown !== currentYear) await showYear(shown);
      else await refresh();
      const count = (action: string) => outcomes.filter((o) => o.action === action).length;
      if (count('replaced') > 0) await showReplaced();
      setMessage({
        text: `导入完成：新建 ${count('created')}，替换 ${count('replaced')}，两份都保留 ${count('kept-both')}，跳过 ${count('skipped')}`,
        error: false,
      });
      setPreview(null);
      setFile(null);
    } catch (error) {
      setMessage({ text: `${errorMessage(error)}（未写入任何内容）`, error: true });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Dialog
      label="导入"
      title="导入绩效目标表和自评表"
      onClose={onClose}
      actions={
        <button type="button" disabled={!preview || ticked.size === 0 || withoutYear.length > 0 || busy !== null} onClick={start}>
          导入所选 {ticked.size} 张表
        </button>
      }
    >
      <p className="muted">可导入 Excel 工作簿（.xlsx，本级部门、县级部门、重点项目表样，每表一个工作表或多表叠放）或本程序导出的数据包（.jxpack）。</p>
      <div className="import-controls">
        <input type="file" aria-label="选择文件" accept=".xlsx,.jxpack,.json" onChange={(e) => void pick(e.target)} />
        <label>
          导入到
          <select
            aria-label="导入到年度"
            value={year ?? ''}
            onChange={(e) => {
              const next = e.target.value ? Number(e.target.value) : null;
              setYear(next);
              if (file) void load(file, next);
            }}
          >
            <option value="">各表原年度</option>
            {[currentYear - 1, currentYear, currentYear + 1].map((y) => (
              <option key={y} value={y}>
                {y} 年度
              </option>
            ))}
          </select>
        </label>
      </div>
      {busy && <JobProgress label={busy} status={job.status} onCancel={job.cancel} />}
      {preview && (
        <>
          <table className="import-preview">
            <thead>
              <tr>
                <th />
                <th>表</th>
                <th>项目名称</th>
                <th>原年度</th>
                <th>指标数</th>
                <th>审核</th>
                <th>同名项目</th>
              </tr>
            </thead>
            <tbody>
              {preview.tables.map((t) => (
                <tr key={t.index}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`导入 ${t.kind === '自评表' ? '自评表 ' : ''}${t.projectName}`}
                      checked={ticked.has(t.index)}
                      onChange={() => toggle(t.index)}
                    />
                  </td>
                  <td>{t.kind}</td>
                  <td>
                    {t.projectName}
                    {t.layoutChange && <div className={t.layoutChange.hidden.length ? 'note warning' : 'note'}>{describeLayoutChange(t.layoutChange)}</div>}
                    {t.notes.map((n) => (
                      <div key={n} className="note">
                        {n}
                      </div>
                    ))}
                  </td>
                  <td>{t.year || '—'}</td>
                  <td className="number">{t.indicatorCount}</td>
                  <td>
                    {t.errors > 0 && <span className="count errors">错{t.errors}</span>}
                    {t.warnings > 0 && <span className="count warnings">提{t.warnings}</span>}
                  </td>
                  <td>
                    {t.conflict ? (
                      <select
                        aria-label={`${t.kind === '自评表' ? '自评表 ' : ''}${t.projectName} 同名处理`}
                        value={conflicts[t.index] ?? 'skip'}
                        onChange={(e) => setConflicts({ ...conflicts, [t.index]: e.target.value as ConflictPolicy })}
                      >
                        {Object.entries(CONFLICTS).map(([value, label]) => (
                          <option key={value} value={value}>
                            {label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span className="muted">无</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {withoutYear.length > 0 && (
            <p className="field-error" role="alert">
              所选的 {withoutYear.length} 张表没有写明年度（{withoutYear.map((t) => t.projectName).join('、')}），请在“导入到”中选择年度
            </p>
          )}
          {preview.tables.some((t) => t.kind === '自评表') && (
            <p className="muted">自评表写入同名同年度的项目（没有则按自评表新建项目）；表上的得分原样保留，与建议得分不同的记为手填得分。</p>
          )}
        </>
      )}
      <Notice notice={message} />
      {confirming && (
        <ConfirmDialog
          message={`${confirming.length} 张表的表样与本单位不同，导入后部分内容不再显示，也不会导出：${confirming
            .map((t) => `“${t.projectName}”（${t.layoutChange!.hidden.join('、')}）`)
            .join('；')}。仍然导入吗？`}
          confirmLabel="仍然导入"
          onConfirm={() => void run()}
          onCancel={() => setConfirming(null)}
        />
      )}
    </Dialog>
  );
}
