/**
 * 导入: pick a workbook or data package, see what it holds (tables, where each stands, year,
 * indicators, checker counts, the fields not found and those kept as 其他信息, an amount that looks
 * typed in 元, the reader's notes; the tables not imported and the sheets not placed), tick the
 * tables (all or none at once), open a table's 审核 counts to its findings, choose the year and what
 * to do with a name that is already there; nothing is written before 导入. What a long read or import
 * has done stays in view while the clerk scrolls.
 * On a sheet it could not place the clerk points out the fields (「指定位置…」); the layout map saved
 * from that reads the file again, and every later file of that shape.
 */
import { Fragment, useEffect, useState } from 'react';
import type { ImportPreview } from '../../../shared/api/contract';
import type { ConflictPolicy } from '../../../shared/api/schemas';
import { describeLayoutChange } from '../../../shared/layoutConversion';
import { api, errorMessage } from '../api/client';
import { readBase64 } from '../api/download';
import { useJob } from '../api/useJob';
import { JobProgress } from './JobProgress';
import { LayoutMapEditor } from './LayoutMapEditor';
import { useEditor } from '../stores/editor';
import { useEvaluation } from '../stores/evaluation';
import { useProjects } from '../stores/projects';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog, useTicks } from './Dialog';
import { Notice, YearOptions, type NoticeText } from './Notice';

type PreviewTable = ImportPreview['tables'][number];
const CONFLICTS: Partial<Record<ConflictPolicy, string>> = { skip: '跳过', replace: '替换原项目', keep: '两份都保留' };
/** A year holds one 部门整体 table of each kind: the one there stays or is replaced. */
const DEPARTMENT_CONFLICTS: Partial<Record<ConflictPolicy, string>> = { skip: '保留原表', replace: '替换原表' };
/** 其他信息 longer than this is shown as one line, opened on a click. */
const OTHER_INFO_LINE = 60;

/**
 * What the clerk chose for a table, kept under a key that survives reading the file again: a
 * 绩效目标表 by where it stands (and its place among those of that cell: a data package has no
 * cells), a 自评表 (执行监控表) by its place among the 自评表 (执行监控表), which tables placed by a layout map do not shift.
 */
function tableKeys(tables: PreviewTable[]): string[] {
  const seen = new Map<string, number>();
  const attached = { 自评表: 0, 执行监控表: 0, 部门整体支出绩效目标表: 0, 部门整体支出绩效自评表: 0 };
  return tables.map((t) => {
    if (t.kind !== '绩效目标表') return `${t.kind} ${attached[t.kind]++}`;
    const at = `${t.sheet}\t${t.row}`;
    const count = seen.get(at) ?? 0;
    seen.set(at, count + 1);
    return `绩效目标表 ${at}\t${count}`;
  });
}

const wan = (amount: number) => `${amount} 万元`;

/** Pages as a clerk writes them: `3–5、8`. */
function pageList(pages: number[]): string {
  const runs: [number, number][] = [];
  for (const p of pages) {
    const last = runs[runs.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else runs.push([p, p]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join('、');
}

/** Where a table stands, what was not found in it, what was kept beside it, and an amount to correct. */
function TableDetails({ table, slipAccepted, onSlip }: { table: PreviewTable; slipAccepted: boolean; onSlip: () => void }) {
  const other = table.otherInfo.map((o) => `${o.label}：${o.value}`).join('；');
  const { unitSlip } = table;
  return (
    <>
      {table.pages.length > 0 ? (
        <div className="note place from-pdf">从 PDF 第 {pageList(table.pages)} 页读出，请与原文件核对</div>
      ) : (
        table.row > 0 && (
          <div className="note place">
            工作表“{table.sheet}”第 {table.row} 行
          </div>
        )
      )}
      {table.doubts.map((d) => (
        <div key={d} className="note warning doubt">
          读取存疑：{d}
        </div>
      ))}
      {table.missing.length > 0 && <div className="note missing">缺少：{table.missing.join('、')}</div>}
      {other &&
        (other.length > OTHER_INFO_LINE ? (
          <details className="note other-info">
            <summary>
              其他信息（{table.otherInfo.length} 项）：{other.slice(0, OTHER_INFO_LINE)}…
            </summary>
            {table.otherInfo.map((o, i) => (
              <div key={i}>
                {o.label}：{o.value}
              </div>
            ))}
          </details>
        ) : (
          <div className="note other-info">其他信息：{other}</div>
        ))}
      {unitSlip && (
        <div className="note unit-slip">
          年度资金总额 {wan(unitSlip.annual)}，而{unitSlip.evidence}：
          <label>
            <input type="checkbox" checked={slipAccepted} onChange={onSlip} />按 {wan(unitSlip.corrected)}导入（原写 {wan(unitSlip.annual)}，似按元填写）
          </label>
        </div>
      )}
    </>
  );
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
  const keys = preview ? tableKeys(preview.tables) : [];
  const { ticked, toggle, setTicked } = useTicks<string>();
  const [conflicts, setConflicts] = useState<Record<string, ConflictPolicy>>({});
  const { ticked: slipsAccepted, toggle: toggleSlip, setTicked: setSlipsAccepted } = useTicks<string>();
  const { ticked: opened, toggle: toggleFindings } = useTicks<string>();
  const [busy, setBusy] = useState<string | null>(null);
  const job = useJob();
  const [message, setMessage] = useState<NoticeText | null>(null);
  const [confirming, setConfirming] = useState<PreviewTable[] | null>(null);
  const [mapping, setMapping] = useState<string | null>(null);
  const [layoutMaps, setLayoutMaps] = useState<{ names: string[]; problems: string[] }>({ names: [], problems: [] });

  const listMaps = async () => {
    try {
      const { maps, problems } = await api.listLayoutMaps({});
      setLayoutMaps({ names: maps.map((m) => m.name), problems: problems.map((p) => p.message) });
    } catch (error) {
      setLayoutMaps({ names: [], problems: [errorMessage(error)] });
    }
  };
  useEffect(() => void listMaps(), []);

  /** Reads the file; `again` where it is the same file read again (for another year, or with a new layout map). */
  const load = async (chosen: { name: string; base64: string }, into: number | null, again: boolean) => {
    setBusy('正在读取');
    setMessage(null);
    try {
      const result = await job.run({ departmentFile, kind: 'preview', fileName: chosen.name, base64: chosen.base64, year: into });
      // Tables new to the preview are ticked, except those that would lose fields to the department's
      // layout; the others (the file read again for another year) keep the clerk's ticks.
      const before = new Set(again ? keys : []);
      const resultKeys = tableKeys(result.tables);
      const fresh = resultKeys.filter((key, i) => !before.has(key) && !result.tables[i]!.layoutChange?.hidden.length);
      setTicked([...resultKeys.filter((key) => before.has(key) && ticked.has(key)), ...fresh]);
      setPreview(result);
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
    // The choices made for another file's tables go with it.
    setConflicts({});
    setSlipsAccepted([]);
    await load(next, year, false);
  };

  const chosen = preview?.tables.filter((_, i) => ticked.has(keys[i]!)) ?? [];
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
        choices: preview.tables.flatMap((t, i) => {
          const key = keys[i]!;
          return ticked.has(key)
            ? [{ index: t.index, onConflict: conflicts[key] ?? 'skip', acceptUnitSlip: t.unitSlip !== null && slipsAccepted.has(key) }]
            : [];
        }),
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
      <p className="muted">
        可导入 Excel 工作簿（.xlsx、.xls）、Word 文档（.docx）和
        PDF（如政府网站公开的部门预算、决算）中的绩效目标表和自评表，各地表样均可，每表一个工作表或多表叠放；也可导入本程序导出的数据包（.jxpack）。
      </p>
      <div className="import-controls">
        <input type="file" aria-label="选择文件" accept=".xlsx,.xls,.docx,.pdf,.jxpack,.json" onChange={(e) => void pick(e.target)} />
        <label>
          导入到
          <select
            aria-label="导入到年度"
            value={year ?? ''}
            onChange={(e) => {
              const next = e.target.value ? Number(e.target.value) : null;
              setYear(next);
              if (file) void load(file, next, true);
            }}
          >
            <option value="">各表原年度</option>
            <YearOptions years={[currentYear - 1, currentYear, currentYear + 1]} />
          </select>
        </label>
      </div>
      {busy && <JobProgress label={busy} status={job.status} onCancel={job.cancel} />}
      {preview && (
        <>
          {preview.warnings.map((w) => (
            <p key={w} className="note import-warning">
              {w}
            </p>
          ))}
          {preview.tables.length > 1 && (
            <div className="tick-all">
              <button type="button" onClick={() => setTicked(keys)}>
                全选
              </button>
              <button type="button" onClick={() => setTicked([])}>
                全不选
              </button>
            </div>
          )}
          {preview.fromPdf && (
            <p className="note from-pdf" role="note">
              从 PDF 读出：表格按页面上的表格线和文字位置还原，与工作簿相比可能有错行、漏字，请逐表核对后再导入。
            </p>
          )}
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
              {preview.tables.map((t, i) => (
                <Fragment key={keys[i]}>
                  <tr>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`导入 ${t.kind === '绩效目标表' ? '' : `${t.kind} `}${t.projectName}`}
                        checked={ticked.has(keys[i]!)}
                        onChange={() => toggle(keys[i]!)}
                      />
                    </td>
                    <td>{t.kind}</td>
                    <td>
                      {t.projectName}
                      {t.taskCount !== null && <div className="note">重点工作任务 {t.taskCount} 项</div>}
                      <TableDetails table={t} slipAccepted={slipsAccepted.has(keys[i]!)} onSlip={() => toggleSlip(keys[i]!)} />
                      {t.layoutChange && <div className={t.layoutChange.hidden.length ? 'note warning' : 'note'}>{describeLayoutChange(t.layoutChange)}</div>}
                      {t.notes.map((n) => (
                        <div key={n} className="note">
                          {n}
                        </div>
                      ))}
                    </td>
                    <td>{t.year ?? <span className="count errors">缺年度</span>}</td>
                    <td className="number">{t.indicatorCount}</td>
                    <td>
                      {t.findings.length > 0 && (
                        <button
                          type="button"
                          className="findings-toggle"
                          aria-expanded={opened.has(keys[i]!)}
                          aria-label={`${t.projectName} 审核：错误 ${t.errors}，提醒 ${t.warnings}`}
                          title="查看审核发现的问题"
                          onClick={() => toggleFindings(keys[i]!)}
                        >
                          {t.errors > 0 && <span className="count errors">错{t.errors}</span>}
                          {t.warnings > 0 && <span className="count warnings">提{t.warnings}</span>}
                        </button>
                      )}
                    </td>
                    <td>
                      {t.conflict ? (
                        <select
                          aria-label={`${t.kind === '绩效目标表' ? '' : `${t.kind} `}${t.projectName} 同名处理`}
                          value={conflicts[keys[i]!] ?? 'skip'}
                          onChange={(e) => setConflicts({ ...conflicts, [keys[i]!]: e.target.value as ConflictPolicy })}
                        >
                          {Object.entries(t.kind.startsWith('部门整体') ? DEPARTMENT_CONFLICTS : CONFLICTS).map(([value, label]) => (
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
                  {opened.has(keys[i]!) && (
                    <tr className="preview-findings">
                      <td />
                      <td colSpan={6}>
                        <ul aria-label={`${t.projectName} 审核结果`}>
                          {t.findings.map((f, n) => (
                            <li key={n} className={f.severity === '错误' ? 'error-finding' : 'warning-finding'}>
                              <span className="severity">{f.severity}</span> <span className="place">{f.location}</span> {f.message}
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
          {withoutYear.length > 0 && (
            <p className="field-error" role="alert">
              所选的 {withoutYear.length} 张表没有写明年度（{withoutYear.map((t) => t.projectName).join('、')}），请在“导入到”中选择年度
            </p>
          )}
          {preview.unplaced.length > 0 && (
            <ul className="import-others">
              {preview.unplaced.map((u, i) => (
                <li key={i}>
                  未识别：{preview.fromPdf ? `PDF ${u.sheet}` : `工作表“${u.sheet}”`}：{u.reason}
                  {preview.unplaced.findIndex((v) => v.sheet === u.sheet) === i && preview.unplacedSheets.some((s) => s.sheet === u.sheet) && (
                    <button type="button" aria-label={`指定位置：${u.sheet}`} onClick={() => setMapping(u.sheet)}>
                      指定位置…
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {preview.tables.some((t) => t.kind === '自评表') && (
            <p className="muted">自评表写入同名同年度的项目（没有则按自评表新建项目）；表上的得分原样保留，与建议得分不同的记为手填得分。</p>
          )}
          {preview.tables.some((t) => t.kind === '执行监控表') && (
            <p className="muted">执行监控表写入同名同年度的项目（没有则按监控表新建项目）；执行率按执行数和年初预算数重新计算。</p>
          )}
          {preview.tables.some((t) => t.kind.startsWith('部门整体')) && (
            <p className="muted">部门整体表每个年度一张：该年度已有的，选“替换原表”才替换，否则保留原表。</p>
          )}
        </>
      )}
      {layoutMaps.problems.map((p) => (
        <p key={p} className="muted">
          {p}
        </p>
      ))}
      <Notice notice={message} />
      {mapping && preview && file && (
        <LayoutMapEditor
          sheet={mapping}
          excerpt={preview.unplacedSheets.find((s) => s.sheet === mapping)!.excerpt}
          takenNames={layoutMaps.names}
          onClose={() => setMapping(null)}
          onSaved={async (map) => {
            setMapping(null);
            await listMaps();
            await load(file, year, true);
            setMessage((shown) => shown ?? { text: `已保存表样“${map.name}”：已按它重新读取，以后导入同样的表也会自动使用`, error: false });
          }}
        />
      )}
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
