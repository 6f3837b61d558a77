/** A row of the project list, with what it shows in its cells and its menu. */
import { memo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { formatWan } from '../../../shared/money';
import type { ProjectSummary } from '../../../shared/project';
import { LightDot } from './LightDot';

export function FindingCounts({ errors, warnings }: { errors: number; warnings: number }) {
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

/** What a row offers, in a menu (⋯) so that the row stays one line; the keys do the same in the list. */
function RowMenu({ name, onRename, onDuplicate, onDelete }: { name: string; onRename: () => void; onDuplicate: () => void; onDelete: () => void }) {
  const [open, setOpen] = useState(false);
  const items: [string, string, () => void][] = [
    ['改名', 'F2', onRename],
    ['复制', 'Ctrl+D', onDuplicate],
    ['删除', 'Delete', onDelete],
  ];
  return (
    <span
      className="row-menu"
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        setOpen(false);
      }}
    >
      <button type="button" className="menu-button" aria-label={`${name} 的操作`} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        ⋯
      </button>
      {open && (
        <span className="menu" role="menu">
          {items.map(([label, key, act], n) => (
            <button
              key={label}
              type="button"
              role="menuitem"
              autoFocus={n === 0}
              onClick={() => {
                setOpen(false);
                act();
              }}
            >
              {label}
              <kbd>{key}</kbd>
            </button>
          ))}
        </span>
      )}
    </span>
  );
}

function SelfEvaluationCell({ summary }: { summary: ProjectSummary['selfEvaluation'] }) {
  if (!summary) return <span className="muted">—</span>;
  if (!summary.scored) return <span className="muted">未填</span>;
  return (
    <>
      {summary.score} {summary.grade}
      {summary.errors > 0 && (
        <span className="count errors" title="自评表的错误">
          错{summary.errors}
        </span>
      )}
    </>
  );
}

/** What a row does, the same functions from one render of the list to the next (a row is drawn again only when its own data change). */
export interface RowActions {
  open(project: ProjectSummary): void;
  key(e: KeyboardEvent<HTMLTableRowElement>, project: ProjectSummary): void;
  toggle(id: number): void;
  startRename(project: ProjectSummary): void;
  renameTo(id: number, name: string): void;
  submitRename(e: FormEvent): void;
  cancelRename(id: number): void;
  duplicate(id: number): void;
  askDelete(project: ProjectSummary): void;
}

/**
 * A project's row of the list. Memoised: while the list scrolls only the rows coming into view are
 * drawn, not the fifty around them (a slow PC then keeps up with the wheel).
 */
export const ProjectRow = memo(function ProjectRow({
  project: p,
  index,
  measure,
  focusable,
  selected,
  checked,
  renaming,
  monitored,
  actions,
}: {
  project: ProjectSummary;
  index: number;
  measure: (row: HTMLTableRowElement | null) => void;
  focusable: boolean;
  selected: boolean;
  checked: boolean;
  /** The name being typed where the row is being renamed. */
  renaming: string | null;
  monitored: boolean;
  actions: RowActions;
}) {
  return (
    <tr
      ref={measure}
      data-index={index}
      data-id={p.id}
      tabIndex={focusable ? 0 : -1}
      aria-selected={selected}
      className={selected ? 'selected' : ''}
      onClick={() => actions.open(p)}
      onKeyDown={(e) => actions.key(e, p)}
    >
      <td className="tick" onClick={(e) => e.stopPropagation()}>
        <input type="checkbox" tabIndex={-1} aria-label={`勾选 ${p.name}`} checked={checked} onChange={() => actions.toggle(p.id)} />
      </td>
      <td className="name" title={p.name}>
        {renaming !== null ? (
          <form onSubmit={(e) => actions.submitRename(e)} onClick={(e) => e.stopPropagation()}>
            <input
              aria-label="项目新名称"
              value={renaming}
              onChange={(e) => actions.renameTo(p.id, e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && actions.cancelRename(p.id)}
              autoFocus
            />
          </form>
        ) : (
          p.name
        )}
      </td>
      <td className="number">{p.annualFunds === null ? '' : formatWan(p.annualFunds, 2)}</td>
      <td className="number">{p.indicatorCount}</td>
      <td>{p.status}</td>
      <td className="findings">
        <FindingCounts errors={p.errors} warnings={p.warnings} />
      </td>
      {monitored && (
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
      )}
      <td className="self-evaluation" data-grade={p.selfEvaluation?.scored ? p.selfEvaluation.grade : undefined}>
        <SelfEvaluationCell summary={p.selfEvaluation} />
      </td>
      <td className="actions" onClick={(e) => e.stopPropagation()}>
        <RowMenu name={p.name} onRename={() => actions.startRename(p)} onDuplicate={() => actions.duplicate(p.id)} onDelete={() => actions.askDelete(p)} />
      </td>
    </tr>
  );
});
