/**
 * 指定位置: a sheet the reader could not place, shown as its cells (merged cells spanning), where the
 * clerk points out what a cell is — the 项目名称 (its value), another field, the indicator header
 * row, an indicator column — and saves that as a named layout map (表样) for this workspace. Click a
 * cell, or move with the arrows and press Enter, to open the menu; Esc closes it.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { layoutMapName } from '../../../shared/api/schemas';
import type { TableField } from '../../../shared/forms/labelDictionary';
import {
  excerptCells,
  layoutMapOf,
  MAP_COLUMN_NAMES,
  MAP_FIELD_NAMES,
  type LayoutMap,
  type MapColumn,
  type MapMarks,
  type MapPlace,
  type SheetExcerpt,
} from '../../../shared/forms/layoutMap';
import { api, errorMessage } from '../api/client';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog } from './Dialog';

/** The fields the menu offers, in the order of the form. */
const MENU_FIELDS: TableField[] = ['name', 'department', 'implementingUnit', 'attribute', 'period', 'annualFunds', 'overallGoal'];
const MENU_COLUMNS: MapColumn[] = ['level1', 'level2', 'name', 'value'];
const COLUMN_MENU_NAMES: Record<MapColumn, string> = { level1: '一级', level2: '二级', name: '三级', value: '指标值' };

type Choice = { field: TableField } | { headerRow: true } | { column: MapColumn } | { clear: true };

const letters = (col: number): string => (col > 26 ? letters(Math.floor((col - 1) / 26)) : '') + String.fromCharCode(65 + ((col - 1) % 26));
const address = (p: MapPlace) => `${letters(p.col)}${p.row}`;
const NO_MARKS: MapMarks = { fields: {}, headerRow: null, columns: {} };

/**
 * The marks after a choice at a cell: a cell is one field at most, a column one indicator column;
 * 清除此格 takes off what the cell is, and the header row or column it marks.
 */
function chosen(marks: MapMarks, cell: MapPlace, choice: Choice): MapMarks {
  const fields = Object.fromEntries(Object.entries(marks.fields).filter(([, p]) => p.row !== cell.row || p.col !== cell.col));
  const columns = Object.fromEntries(Object.entries(marks.columns).filter(([, col]) => col !== cell.col));
  if ('field' in choice) return { ...marks, fields: { ...fields, [choice.field]: cell } };
  if ('headerRow' in choice) return { ...marks, headerRow: cell.row };
  if ('column' in choice) return { ...marks, columns: { ...columns, [choice.column]: cell.col } };
  return { fields, headerRow: marks.headerRow === cell.row ? null : marks.headerRow, columns };
}

export function LayoutMapEditor({
  sheet,
  excerpt,
  takenNames,
  onSaved,
  onClose,
}: {
  sheet: string;
  excerpt: SheetExcerpt;
  takenNames: string[];
  onSaved: (map: LayoutMap) => void;
  onClose: () => void;
}) {
  const cells = excerptCells(excerpt);
  const width = Math.max(1, ...excerpt.texts.map((t) => t.length));
  const spans = new Map(excerpt.merges.map((m) => [`${m.row},${m.col}`, m]));
  const [active, setActive] = useState<MapPlace>({ row: 1, col: 1 });
  const [menu, setMenu] = useState<{ top: number; left: number } | null>(null);
  const [marks, setMarks] = useState<MapMarks>(NO_MARKS);
  const [name, setName] = useState(sheet);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<LayoutMap | null>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  const cellElement = (p: MapPlace) => wrap.current?.querySelector<HTMLElement>(`td[data-cell="${p.row},${p.col}"]`) ?? null;
  useEffect(() => {
    if (!menu) cellElement(active)?.focus();
  }, [active, menu]);
  useEffect(() => {
    if (menu) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menu]);

  const openMenu = (p: MapPlace) => {
    const cell = cellElement(p);
    const box = wrap.current;
    if (!cell || !box) return;
    const c = cell.getBoundingClientRect();
    const w = box.getBoundingClientRect();
    setMenu({ top: c.bottom - w.top + box.scrollTop, left: c.left - w.left + box.scrollLeft });
  };
  const closeMenu = () => setMenu(null);
  const choose = (choice: Choice) => {
    setMarks(chosen(marks, active, choice));
    closeMenu();
  };

  /** Arrows step over a merged area as one cell. */
  const move = (dr: number, dc: number) => {
    const [r, c] = cells.master(active.row, active.col);
    const span = spans.get(`${r},${c}`) ?? { rows: 1, cols: 1 };
    const row = Math.min(Math.max(1, dr > 0 ? r + span.rows : r + dr), excerpt.texts.length);
    const col = Math.min(Math.max(1, dc > 0 ? c + span.cols : c + dc), width);
    const [mr, mc] = cells.master(row, col);
    setActive({ row: mr, col: mc });
  };
  const onGridKey = (e: KeyboardEvent) => {
    if (menu) return;
    const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
    if (step) {
      e.preventDefault();
      move(step[0]!, step[1]!);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      openMenu(active);
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      // Closes the menu only, not the dialogs under it.
      e.stopPropagation();
      closeMenu();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  };

  const made = layoutMapOf(name.trim(), cells, marks);
  const save = async (map: LayoutMap, replace: boolean) => {
    setConfirming(null);
    try {
      onSaved(await api.saveLayoutMap({ map, replace }));
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };
  const start = () => {
    const checked = layoutMapName.safeParse(name);
    if (!checked.success) return setMessage(checked.error.issues[0]!.message);
    if ('problem' in made) return setMessage(made.problem);
    if (takenNames.includes(checked.data)) setConfirming(made.map);
    else void save(made.map, false);
  };

  const fieldAt = (row: number, col: number) => (Object.entries(marks.fields) as [TableField, MapPlace][]).find(([, p]) => p.row === row && p.col === col)?.[0];
  const columnAt = (col: number) => MENU_COLUMNS.find((c) => marks.columns[c] === col);
  const assigned = [
    ...MENU_FIELDS.flatMap((f) => (marks.fields[f] ? [`${MAP_FIELD_NAMES[f]} ${address(marks.fields[f])}`] : [])),
    ...(marks.headerRow === null ? [] : [`指标表头 第 ${marks.headerRow} 行`]),
    ...MENU_COLUMNS.flatMap((c) => (marks.columns[c] === undefined ? [] : [`${MAP_COLUMN_NAMES[c]} ${letters(marks.columns[c])} 列`])),
  ];

  return (
    <div onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}>
      <Dialog
        label="指定位置"
        title={`指定位置：工作表“${sheet}”`}
        onClose={onClose}
        actions={
          <>
            <label>
              表样名称
              <input aria-label="表样名称" value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
            </label>
            <button type="button" disabled={'problem' in made} onClick={start}>
              保存为表样
            </button>
          </>
        }
      >
        <p className="muted">
          点击单元格（或用方向键选中后按 Enter），在菜单中指定它是什么：项目名称等字段点其内容所在的格，指标表头点表头行中任一格，指标列点该列中任一格。
        </p>
        <div className="map-grid-wrap" ref={wrap}>
          <table className="map-grid" role="grid" aria-label={`工作表“${sheet}”的单元格`} onKeyDown={onGridKey}>
            <thead>
              <tr>
                <th />
                {Array.from({ length: width }, (_, i) => {
                  const column = columnAt(i + 1);
                  return (
                    <th key={i} className={column ? 'mark-column' : undefined}>
                      {letters(i + 1)}
                      {column && <span className="map-badge">{COLUMN_MENU_NAMES[column]}</span>}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {excerpt.texts.map((line, r) => (
                <tr key={r} className={marks.headerRow === r + 1 ? 'mark-header' : undefined}>
                  <th>{r + 1}</th>
                  {Array.from({ length: width }, (_, c) => {
                    const row = r + 1;
                    const col = c + 1;
                    const [mr, mc] = cells.master(row, col);
                    if (mr !== row || mc !== col) return null;
                    const span = spans.get(`${row},${col}`);
                    const field = fieldAt(row, col);
                    const isActive = active.row === row && active.col === col;
                    const classes = [isActive ? 'active' : '', field ? 'mark-field' : '', columnAt(col) ? 'in-column' : ''].filter(Boolean).join(' ');
                    return (
                      <td
                        key={c}
                        data-cell={`${row},${col}`}
                        role="gridcell"
                        aria-selected={isActive}
                        tabIndex={isActive ? 0 : -1}
                        rowSpan={span?.rows}
                        colSpan={span?.cols}
                        className={classes || undefined}
                        title={line[c]}
                        onClick={() => {
                          setActive({ row, col });
                          openMenu({ row, col });
                        }}
                      >
                        {field && <span className="map-badge">{MAP_FIELD_NAMES[field]}</span>}
                        {line[c]}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {menu && (
            <div className="map-menu" role="menu" aria-label={`${address(active)} 是`} ref={menuRef} style={menu} onKeyDown={onMenuKey}>
              {MENU_FIELDS.map((f) => (
                <button key={f} type="button" role="menuitem" onClick={() => choose({ field: f })}>
                  {MAP_FIELD_NAMES[f]}
                </button>
              ))}
              <button type="button" role="menuitem" onClick={() => choose({ headerRow: true })}>
                本行为指标表头
              </button>
              {MENU_COLUMNS.map((c) => (
                <button key={c} type="button" role="menuitem" onClick={() => choose({ column: c })}>
                  本列为{MAP_COLUMN_NAMES[c]}
                </button>
              ))}
              <button type="button" role="menuitem" onClick={() => choose({ clear: true })}>
                清除此格的指定
              </button>
            </div>
          )}
        </div>
        <p className="map-assigned">已指定：{assigned.length > 0 ? assigned.join('；') : '无'}</p>
        {'problem' in made && <p className="muted">{made.problem}</p>}
        {message && (
          <p className="error" role="alert">
            {message}
          </p>
        )}
      </Dialog>
      {confirming && (
        <ConfirmDialog
          message={`已有名为“${confirming.name}”的表样，替换它吗？`}
          confirmLabel="替换"
          onConfirm={() => void save(confirming, true)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
