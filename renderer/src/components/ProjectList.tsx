import { Fragment, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ProjectSummary } from '../../../shared/project';
import { sortProjects, type SortKey } from '../../../shared/projectOrder';
import { useStableHandlers } from '../hooks/useStableHandlers';
import { useVirtualRows } from '../hooks/useVirtualRows';
import { useEditor } from '../stores/editor';
import { useProjects } from '../stores/projects';
import { recall, remember } from '../stores/viewMemory';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorBoundary } from './ErrorBoundary';
import { CarryDialog } from './CarryDialog';
import { CopyDialog } from './CopyDialog';
import { DepartmentEntry } from './DepartmentEntry';
import { ExportBar } from './ExportBar';
import { ImportDialog } from './ImportDialog';
import { FindingCounts, ProjectRow, type RowActions } from './ProjectRow';
import { Spacer } from './Spacer';
import { Notice } from './Notice';
import { usePick } from '../stores/pick';

const COLUMNS: { key: SortKey; label: string; title?: string }[] = [
  { key: 'name', label: '项目名称' },
  { key: 'annualFunds', label: '资金(万元)', title: '年度资金（万元）' },
  { key: 'indicatorCount', label: '指标数' },
  { key: 'status', label: '状态' },
  { key: 'findings', label: '审核' },
  { key: 'monitoring', label: '监控' },
  { key: 'selfEvaluation', label: '自评' },
];

const DIALOG_NAMES = { import: '导入', carry: '从上年结转', copy: '从其他单位复制' } as const;

/** The field Ctrl+F goes to (see App's shortcuts). */
export const FIND_PROJECT_ID = 'find-project';

export function ProjectList({ onCollapse }: { onCollapse: () => void }) {
  const list = useProjects((s) => s.list);
  // The 监控 column only in a year that has an 执行监控表: a laptop's list keeps its room for the names.
  const monitored = list.some((p) => Boolean(p.monitoring));
  const columns = monitored ? COLUMNS : COLUMNS.filter((c) => c.key !== 'monitoring');
  const { sort, selectedId, checked, deleted, error, year } = usePick(useProjects, 'sort', 'selectedId', 'checked', 'deleted', 'error', 'year');
  const { select, sortBy, create, rename, duplicate, remove, undoRemove, toggleChecked } = useProjects.getState();
  const [newName, setNewName] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: number; name: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<ProjectSummary | null>(null);
  const [dialog, setDialog] = useState<keyof typeof DIALOG_NAMES | null>(null);
  const [compact, setCompact] = useState(() => recall().compactList ?? true);
  const [find, setFind] = useState('');
  // The row the arrows are on; Enter opens it.
  const [cursor, setCursor] = useState<number | null>(null);

  const shown = useMemo(() => {
    const wanted = find.trim().toLowerCase();
    return sortProjects(wanted ? list.filter((p) => p.name.toLowerCase().includes(wanted)) : list, sort);
  }, [list, sort, find]);
  const cursorId = shown.some((p) => p.id === cursor) ? cursor : shown.some((p) => p.id === selectedId) ? selectedId : (shown[0]?.id ?? null);

  const { body, rows, after, measure } = useVirtualRows<HTMLTableSectionElement>({ count: shown.length, rowHeight: compact ? 30 : 38 });

  const moveTo = (id: number | undefined) => {
    if (id === undefined) return;
    setCursor(id);
    // The next row is drawn (the virtualiser keeps rows around those in view), so the focus can follow it.
    requestAnimationFrame(() => body.current?.querySelector<HTMLElement>(`tr[data-id="${id}"]`)?.focus());
  };

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, p: ProjectSummary) => {
    if (e.target !== e.currentTarget) return;
    const at = shown.findIndex((s) => s.id === p.id);
    const ctrl = e.ctrlKey || e.metaKey;
    if (e.key === 'ArrowDown') moveTo(shown[at + 1]?.id);
    else if (e.key === 'ArrowUp') moveTo(shown[at - 1]?.id);
    else if (e.key === 'Enter') select(p.id);
    else if (e.key === ' ') toggleChecked(p.id);
    else if (e.key === 'F2') setRenaming({ id: p.id, name: p.name });
    else if (e.key === 'Delete') setConfirmDelete(p);
    else if (ctrl && e.key.toLowerCase() === 'd') void duplicate(p.id);
    else return;
    e.preventDefault();
  };

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
    if (done) {
      setRenaming(null);
      moveTo(renaming.id);
    }
  };
  const actions = useStableHandlers<RowActions>({
    open: (p) => {
      setCursor(p.id);
      select(p.id);
    },
    key: onRowKey,
    toggle: toggleChecked,
    startRename: (p) => setRenaming({ id: p.id, name: p.name }),
    renameTo: (id, name) => setRenaming({ id, name }),
    submitRename: (e) => void submitRename(e),
    cancelRename: (id) => {
      setRenaming(null);
      moveTo(id);
    },
    duplicate: (id) => void duplicate(id),
    askDelete: setConfirmDelete,
  });
  const toggleCompact = () => {
    setCompact(!compact);
    remember({ compactList: !compact });
  };

  return (
    <aside className="project-list" aria-label="项目列表">
      <div className="list-toolbar">
        <h2>{year} 年度项目</h2>
        <span className="list-actions">
          <button type="button" className="primary" onClick={() => setNewName('')}>
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
          <input
            aria-label="新项目名称"
            placeholder="项目名称"
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setNewName(null)}
            autoFocus
          />
          <button type="submit">创建</button>
          <button type="button" onClick={() => setNewName(null)}>
            取消
          </button>
        </form>
      )}
      <Notice notice={error ? { text: error, error: true } : null} />
      <ExportBar />
      <DepartmentEntry />
      <div className="list-view">
        <input
          id={FIND_PROJECT_ID}
          type="search"
          aria-label="查找项目"
          placeholder="查找项目（Ctrl+F）"
          value={find}
          onChange={(e) => setFind(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && find) {
              e.stopPropagation();
              setFind('');
            } else if (e.key === 'ArrowDown' || e.key === 'Enter') {
              e.preventDefault();
              if (e.key === 'Enter' && shown[0]) select(shown[0].id);
              moveTo(shown[0]?.id);
            }
          }}
        />
        <button type="button" aria-pressed={compact} title="每个项目一行，完整名称在鼠标停留时显示" onClick={toggleCompact}>
          紧凑
        </button>
        <button type="button" aria-label="收起项目列表" title="收起项目列表" onClick={onCollapse}>
          «
        </button>
      </div>
      <table className={compact ? 'projects compact' : 'projects'}>
        <thead>
          <tr>
            <th className="tick" />
            {columns.map((c) => (
              <th key={c.key} aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" title={c.title} onClick={() => sortBy(c.key)}>
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
            const p = shown[index]!;
            return (
              <Fragment key={key}>
                <Spacer height={gapBefore} />
                <ProjectRow
                  project={p}
                  index={index}
                  measure={measure}
                  focusable={p.id === cursorId}
                  selected={p.id === selectedId}
                  checked={checked.includes(p.id)}
                  renaming={renaming?.id === p.id ? renaming.name : null}
                  monitored={monitored}
                  actions={actions}
                />
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
          {shown.length < list.length ? `找到 ${shown.length} / ${list.length} 个项目` : `共 ${list.length} 个项目`} · 审核：
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
          onCancel={() => {
            setConfirmDelete(null);
            moveTo(confirmDelete.id);
          }}
          onConfirm={() => {
            void remove(confirmDelete.id);
            setConfirmDelete(null);
          }}
        />
      )}
    </aside>
  );
}
