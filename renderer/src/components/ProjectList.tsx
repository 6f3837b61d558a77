import { Fragment, useMemo, useState, type FormEvent } from 'react';
import { formatWan } from '../../../shared/money';
import type { Light } from '../../../shared/monitoring/lights';
import type { ProjectSummary } from '../../../shared/project';
import { useVirtualRows } from '../hooks/useVirtualRows';
import { useEditor } from '../stores/editor';
import { useProjects, type SortKey } from '../stores/projects';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorBoundary } from './ErrorBoundary';
import { CarryDialog } from './CarryDialog';
import { CopyDialog } from './CopyDialog';
import { ExportBar } from './ExportBar';
import { ImportDialog } from './ImportDialog';
import { LightDot } from './LightDot';
import { Spacer } from './Spacer';
import { Notice } from './Notice';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: '项目名称' },
  { key: 'annualFunds', label: '年度资金(万元)' },
  { key: 'indicatorCount', label: '指标数' },
  { key: 'status', label: '状态' },
  { key: 'findings', label: '审核' },
  { key: 'monitoring', label: '监控' },
  { key: 'selfEvaluation', label: '自评' },
];

/** Red first when sorted descending: the projects a finance bureau asks about. */
const LIGHT_ORDER: Light[] = ['无', '绿', '黄', '红'];

const DIALOG_NAMES = { import: '导入', carry: '从上年结转', copy: '从其他单位复制' } as const;

function compare(a: ProjectSummary, b: ProjectSummary, key: SortKey): number {
  if (key === 'name' || key === 'status') return a[key].localeCompare(b[key], 'zh-CN');
  if (key === 'findings') return a.errors - b.errors || a.warnings - b.warnings;
  if (key === 'selfEvaluation') return (a.selfEvaluation?.score ?? -1) - (b.selfEvaluation?.score ?? -1);
  if (key === 'monitoring') return LIGHT_ORDER.indexOf(a.monitoring?.light ?? '无') - LIGHT_ORDER.indexOf(b.monitoring?.light ?? '无');
  return (a[key] ?? -1) - (b[key] ?? -1);
}

function FindingCounts({ errors, warnings }: { errors: number; warnings: number }) {
  if (errors === 0 && warnings === 0) return <span className="count ok">通过</span>;
  return (
    <>
      {errors > 0 && (
        <span className="count errors" title="错误">
          错{errors}
        </span>
      )}
      {warnings > 0 && (
        <span className="count warnings" title="提醒">
          提{warnings}
        </span>
      )}
    </>
  );
}

export function ProjectList() {
  const list = useProjects((s) => s.list);
  const sort = useProjects((s) => s.sort);
  const selectedId = useProjects((s) => s.selectedId);
  const checked = useProjects((s) => s.checked);
  const deleted = useProjects((s) => s.deleted);
  const error = useProjects((s) => s.error);
  const year = useProjects((s) => s.year);
  const { select, sortBy, create, rename, duplicate, remove, undoRemove, toggleChecked } = useProjects.getState();
  const [newName, setNewName] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: number; name: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<ProjectSummary | null>(null);
  const [dialog, setDialog] = useState<keyof typeof DIALOG_NAMES | null>(null);

  const sorted = useMemo(() => {
    const rows = [...list].sort((a, b) => compare(a, b, sort.key));
    return sort.descending ? rows.reverse() : rows;
  }, [list, sort]);

  const { body, rows, after, measure } = useVirtualRows<HTMLTableSectionElement>({ count: sorted.length, rowHeight: 38 });

  const submitNew = async (e: FormEvent) => {
    e.preventDefault();
    if (newName?.trim() && (await create(newName))) setNewName(null);
  };
  const submitRename = async (e: FormEvent) => {
    e.preventDefault();
    if (!renaming) return;
    const editor = useEditor.getState();
    // The project open in the editor is renamed by the editor, in turn with its saves.
    const done = editor.project?.id === renaming.id ? await editor.rename(renaming.name) : await rename(renaming.id, renaming.name);
    if (done) setRenaming(null);
  };

  return (
    <aside className="project-list">
      <div className="list-toolbar">
        <h2>{year} 年度项目</h2>
        <span className="list-actions">
          <button type="button" onClick={() => setNewName('')}>
            新建项目
          </button>
          <button type="button" onClick={() => setDialog('import')}>
            导入…
          </button>
          <button type="button" onClick={() => setDialog('carry')}>
            从上年结转…
          </button>
          <button type="button" onClick={() => setDialog('copy')}>
            从其他单位复制…
          </button>
        </span>
      </div>
      {dialog && (
        <ErrorBoundary what={DIALOG_NAMES[dialog]} onClose={() => setDialog(null)}>
          {dialog === 'copy' && <CopyDialog onClose={() => setDialog(null)} />}
          {dialog === 'import' && <ImportDialog onClose={() => setDialog(null)} />}
          {dialog === 'carry' && <CarryDialog onClose={() => setDialog(null)} />}
        </ErrorBoundary>
      )}
      {newName !== null && (
        <form className="inline-form" onSubmit={(e) => void submitNew(e)}>
          <input aria-label="新项目名称" placeholder="项目名称" value={newName} onChange={(e) => setNewName(e.target.value)} autoFocus />
          <button type="submit">创建</button>
          <button type="button" onClick={() => setNewName(null)}>
            取消
          </button>
        </form>
      )}
      <Notice notice={error ? { text: error, error: true } : null} />
      <ExportBar />
      <table className="projects">
        <thead>
          <tr>
            <th className="tick" />
            {COLUMNS.map((c) => (
              <th key={c.key} aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" onClick={() => sortBy(c.key)}>
                  {c.label}
                  {sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map(({ index, key, gapBefore }) => {
            const p = sorted[index]!;
            return (
              <Fragment key={key}>
                <Spacer height={gapBefore} />
                <tr ref={measure} data-index={index} className={p.id === selectedId ? 'selected' : ''} onClick={() => select(p.id)}>
                  <td className="tick" onClick={(e) => e.stopPropagation()}>
                    <input type="checkbox" aria-label={`勾选 ${p.name}`} checked={checked.includes(p.id)} onChange={() => toggleChecked(p.id)} />
                  </td>
                  <td className="name">
                    {renaming?.id === p.id ? (
                      <form onSubmit={(e) => void submitRename(e)} onClick={(e) => e.stopPropagation()}>
                        <input
                          aria-label="项目新名称"
                          value={renaming.name}
                          onChange={(e) => setRenaming({ id: p.id, name: e.target.value })}
                          onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
                          autoFocus
                        />
                      </form>
                    ) : (
                      p.name
                    )}
                  </td>
                  <td className="number">{p.annualFunds === null ? '' : formatWan(p.annualFunds)}</td>
                  <td className="number">{p.indicatorCount}</td>
                  <td>{p.status}</td>
                  <td className="findings">
                    <FindingCounts errors={p.errors} warnings={p.warnings} />
                  </td>
                  <td className="monitoring">
                    {p.monitoring ? (
                      <span title={`1-${p.monitoring.month}月执行率 ${p.monitoring.rate ?? '—'}，红灯指标 ${p.monitoring.red} 个`}>
                        <LightDot light={p.monitoring.light} label="执行监控" />
                        {p.monitoring.red > 0 && <span className="count errors">红{p.monitoring.red}</span>}
                      </span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="self-evaluation" data-grade={p.selfEvaluation?.grade}>
                    {p.selfEvaluation ? (
                      <>
                        {p.selfEvaluation.score} {p.selfEvaluation.grade}
                        {p.selfEvaluation.errors > 0 && (
                          <span className="count errors" title="自评表的错误">
                            错{p.selfEvaluation.errors}
                          </span>
                        )}
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="actions" onClick={(e) => e.stopPropagation()}>
                    <button type="button" title="重命名" onClick={() => setRenaming({ id: p.id, name: p.name })}>
                      改名
                    </button>
                    <button type="button" title="复制为新项目" onClick={() => void duplicate(p.id)}>
                      复制
                    </button>
                    <button type="button" title="删除" onClick={() => setConfirmDelete(p)}>
                      删除
                    </button>
                  </td>
                </tr>
              </Fragment>
            );
          })}
          <Spacer height={after} />
        </tbody>
      </table>
      {list.length === 0 ? (
        <p className="muted">本年度还没有项目。</p>
      ) : (
        <p className="year-totals">
          共 {list.length} 个项目 · 审核：
          <FindingCounts errors={list.reduce((n, p) => n + p.errors, 0)} warnings={list.reduce((n, p) => n + p.warnings, 0)} />
        </p>
      )}
      {deleted && (
        <div className="undo-bar" role="status">
          已删除“{deleted.name}”
          <button type="button" onClick={() => void undoRemove()}>
            撤销删除
          </button>
        </div>
      )}
      {confirmDelete && (
        <ConfirmDialog
          message={`确定删除项目“${confirmDelete.name}”吗？删除后可立即撤销。`}
          confirmLabel="删除"
          onCancel={() => setConfirmDelete(null)}
          onConfirm={() => {
            void remove(confirmDelete.id);
            setConfirmDelete(null);
          }}
        />
      )}
    </aside>
  );
}
