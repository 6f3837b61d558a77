/**
 * A row of the indicator grid. Memoised: while the clerk types in the active cell only its row is
 * drawn again, not the fifty around it (on a slow PC that is what keeps typing within a frame).
 */
import { memo, type ReactElement } from 'react';
import type { GridField } from '../../../shared/indicatorGrid';
import { describeValue, parseIndicatorValue } from '../../../shared/indicatorValue';

export const GRID_FIELDS: GridField[] = ['name', 'value'];

/** What a row's cells and buttons do; the same functions from one render to the next. */
export interface IndicatorRowActions {
  activate(row: number, col: number, editing: boolean): void;
  insertBelow(row: number): void;
  deleteRow(row: number): void;
}

/** What the grid understands of a 指标值, shown beside it or under it. */
export const parsedText = (value: string) => describeValue(parseIndicatorValue(value));

export const IndicatorRow = memo(function IndicatorRow({
  index,
  measure,
  blank,
  level1,
  level1Span,
  level2,
  level2Span,
  name,
  value,
  extra,
  note,
  parseFolded,
  active,
  actions,
}: {
  index: number;
  measure: (row: HTMLTableRowElement | null) => void;
  /** A row with no indicator yet (a 二级 without any). */
  blank: boolean;
  /** The 一级 and 二级 labels, drawn where their span (in drawn rows) is more than 0. */
  level1: string;
  level1Span: number;
  level2: string;
  level2Span: number;
  name: string;
  value: string;
  /** The indicator's columns of a region's own, a line each ('' where none): the 三级 cell's tooltip. */
  extra: string;
  /** What a blank row of a 二级 declared 不适用 says. */
  note: string | undefined;
  parseFolded: boolean;
  /** The cursor's cell, where the cursor is on this row, at its column. */
  active: { col: number; cell: ReactElement } | null;
  actions: IndicatorRowActions;
}) {
  const parsed = parsedText(value);
  // The 三级 cell shows that the indicator has extra columns (a marker; they are its tooltip).
  const marked = (f: GridField) => f === 'name' && extra !== '';
  return (
    <tr ref={measure} data-index={index} className={blank ? 'blank-row' : ''}>
      {level1Span > 0 && (
        <th rowSpan={level1Span} className="l1">
          {level1}
        </th>
      )}
      {level2Span > 0 && (
        <th rowSpan={level2Span} className="l2">
          {level2}
        </th>
      )}
      {GRID_FIELDS.map((f, col) =>
        active?.col === col ? (
          active.cell
        ) : note && !active ? (
          // Outside the cursor's row, the note of a 不适用 二级 takes both cells of its blank row.
          col === 0 && (
            <td
              key={f}
              className="cell"
              colSpan={GRID_FIELDS.length}
              data-placeholder={note}
              onMouseDown={(e) => {
                e.preventDefault();
                actions.activate(index, 0, false);
              }}
              onDoubleClick={() => actions.activate(index, 0, true)}
            />
          )
        ) : (
          <td
            key={f}
            className={`cell ${marked(f) ? 'has-extra' : ''}`}
            title={marked(f) ? extra : undefined}
            data-placeholder={f === 'name' ? note : undefined}
            data-parse={f === 'value' && parseFolded ? parsed || undefined : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              actions.activate(index, col, false);
            }}
            onDoubleClick={() => actions.activate(index, col, true)}
          >
            {f === 'name' ? name : value}
          </td>
        ),
      )}
      {!parseFolded && <td className="parse">{parsed}</td>}
      <td className="row-actions">
        <button type="button" tabIndex={-1} title="在下方插入一行（Insert）" onClick={() => actions.insertBelow(index)}>
          ＋
        </button>
        {!blank && (
          <button type="button" tabIndex={-1} title="删除此行（Ctrl+Delete）" onClick={() => actions.deleteRow(index)}>
            ✕
          </button>
        )}
      </td>
    </tr>
  );
});
