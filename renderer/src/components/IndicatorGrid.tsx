/**
 * The indicator table, behaving like a spreadsheet: arrows, Tab and Enter move; typing
 * replaces the cell; F2 or a double-click edits it; Alt+Enter breaks a line within it; Delete clears
 * it; Insert adds a row below, Ctrl+Delete removes one; a block copied from Excel pastes into the grid.
 * Columns are as wide as their text (within limits), and as wide as the clerk drags them.
 *
 * The active cell always holds a focused text box whose text is selected, so that typing,
 * including through an input method, replaces the cell as it does in Excel; the box grows to
 * as many lines as its text takes.
 */
import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { INDICATOR_COLUMN_LABELS } from '../../../shared/forms/labelDictionary';
import { applyPaste, gridRows, insertRowAfter, removeRow, setCell, setCells, type GridField, type GridRow } from '../../../shared/indicatorGrid';
import { LAYOUTS, type LayoutId } from '../../../shared/layouts';
import { isBlock, parsePastedIndicators, toIndicator } from '../../../shared/paste';
import { INDICATOR_EXTRA_KEYS, type Indicator } from '../../../shared/project';
import type { Framework } from '../../../shared/profiles/profile';
import { level1Of } from '../../../shared/taxonomy';
import { useColumnWidths } from '../hooks/useColumnWidths';
import { useLibrarySuggestions, type Suggestion } from '../hooks/useLibrarySuggestions';
import { useStableHandlers } from '../hooks/useStableHandlers';
import { useVirtualRows } from '../hooks/useVirtualRows';
import { useEditor } from '../stores/editor';
import { useUncommitted } from '../stores/uncommitted';
import { GRID_FIELDS, IndicatorRow, parsedText, type IndicatorRowActions } from './IndicatorRow';
import { Spacer } from './Spacer';
import type { Target } from '../../../shared/checker';

const FIELDS = GRID_FIELDS;

/** The grid's columns in order; the last holds a row's buttons. */
const COLUMNS = [
  { key: 'l1', label: '一级指标' },
  { key: 'l2', label: '二级指标' },
  { key: 'name', label: '三级指标' },
  { key: 'value', label: '指标值' },
  { key: 'parse', label: '系统理解为' },
  { key: 'actions', label: '' },
];
const ROW_ACTIONS_WIDTH = 48;

function textOf(indicators: Indicator[], row: GridRow | undefined, field: GridField): string {
  return row && row.index !== null ? indicators[row.index]![field] : '';
}

/** What the blank row of a 二级 the imported table declared 不适用 says in its 三级 cell. */
const NOT_APPLICABLE_NOTE = '不适用（导入时表上如此填写）';

/**
 * The grid's rows, and a blank row for each 二级 declared 不适用 that has none (a 成本 二级 of the
 * 2021 framework; not a name of the region's own, whose 一级 is not known): such a 二级 goes in as a
 * blank indicator after the real ones, so that gridRows puts it in its place, and its row is then a blank row.
 */
function rowsOf(indicators: Indicator[], notApplicable: string[], framework: Framework): GridRow[] {
  const shown = new Set([...framework.level2.map((l) => l.name), ...indicators.map((i) => i.level2)]);
  const missing = notApplicable.filter((level2) => level1Of(level2) !== null && !shown.has(level2)).map((level2) => toIndicator(level2, '', ''));
  return gridRows([...indicators, ...missing], framework).map((r) => (r.index !== null && r.index >= indicators.length ? { ...r, index: null } : r));
}

/** An indicator's columns of a region's own, a line each (`计量单位：户`); '' where it has none. */
function extraText(indicators: Indicator[], row: GridRow): string {
  const extra = (row.index !== null && indicators[row.index]!.extra) || {};
  return INDICATOR_EXTRA_KEYS.filter((key) => extra[key])
    .map((key) => `${INDICATOR_COLUMN_LABELS[key][0]}：${extra[key]}`)
    .join('\n');
}

/**
 * How many drawn rows each 一级 or 二级 label spans, by drawn row (0: inside a label above). A
 * label is drawn at the first drawn row of its run; rows out of view end a run.
 */
function labelSpans(drawn: number[], groupOf: (index: number) => string): number[] {
  const continues = (n: number) => n > 0 && drawn[n] === drawn[n - 1]! + 1 && groupOf(drawn[n]!) === groupOf(drawn[n - 1]!);
  return drawn.map((_, n) => {
    if (continues(n)) return 0;
    let end = n + 1;
    while (end < drawn.length && continues(end)) end++;
    return end - n;
  });
}

/** Where the grid's indicators are kept: the project's 绩效目标表 (useEditor) unless another table's are given. */
export interface IndicatorSource {
  edit(change: (indicators: Indicator[]) => Indicator[]): void;
  /** The indicators as stored now (after an edit). */
  current(): Indicator[] | undefined;
}

/** A place the checks panel asks to show; a new `seq` asks again for the same place. */
export interface FocusRequest {
  target: Target;
  seq: number;
}

const PROJECT_INDICATORS: IndicatorSource = {
  edit: (change) => useEditor.getState().change((c) => ({ ...c, indicators: change(c.indicators) })),
  current: () => useEditor.getState().content?.indicators,
};

export function IndicatorGrid({
  layoutId,
  framework,
  indicators,
  notApplicable,
  source = PROJECT_INDICATORS,
  focus = null,
}: {
  layoutId: LayoutId;
  /** The department's framework: its 二级 make the grid's rows, its codes the level labels. */
  framework: Framework;
  indicators: Indicator[];
  notApplicable: string[];
  source?: IndicatorSource;
  /** Where the checks panel of another table than the project's asks the grid to go. */
  focus?: FocusRequest | null;
}) {
  const change = source.edit;
  const layout = LAYOUTS[layoutId];
  const rows = useMemo(() => rowsOf(indicators, notApplicable, framework), [indicators, notApplicable, framework]);
  const [cursor, setCursor] = useState({ row: 0, col: 0 });
  // null while the cell only shows what is stored; otherwise the text being typed, and whether
  // arrows leave the cell ('enter', after typing over it) or move the caret ('edit', after F2).
  const [edit, setEdit] = useState<{ mode: 'enter' | 'edit'; text: string } | null>(null);
  // What a paste did belongs to its indicators: undone (or edited on), they are others and it goes.
  const [notice, setNotice] = useState<{ text: string; error: boolean; of?: Indicator[] } | null>(null);
  const shownNotice = notice && (notice.of === undefined || notice.of === indicators) ? notice : null;
  const input = useRef<HTMLTextAreaElement>(null);
  const wantsFocus = useRef(false);
  // Where the caret goes after a line break was put in (the box's text is then set anew).
  const caret = useRef<number | null>(null);

  // The checks panel asks to show an indicator or a 二级: move there.
  const projectFocus = useEditor((s) => s.focus);
  const focusRequest = source === PROJECT_INDICATORS ? projectFocus : focus;
  useEffect(() => {
    const target = focusRequest?.target;
    if (!target) return;
    const at =
      target.kind === 'indicator'
        ? rows.findIndex((r) => r.index === target.index)
        : target.kind === 'level2'
          ? rows.findIndex((r) => r.level2 === target.level2)
          : target.kind === 'table'
            ? 0
            : -1;
    if (at < 0) return;
    setEdit(null);
    wantsFocus.current = true;
    setCursor({ row: at, col: target.kind === 'indicator' && target.field === 'value' ? 1 : 0 });
    requestAnimationFrame(() => input.current?.scrollIntoView({ block: 'center' }));
    // Only a new request moves the cursor, not edits to the rows.
  }, [focusRequest]);

  const row = Math.min(cursor.row, rows.length - 1);
  const field = FIELDS[cursor.col]!;
  // 200 indicators stay smooth: only the rows in view are drawn, and the active one wherever it is.
  const { body, rows: drawn, after, measure } = useVirtualRows<HTMLTableSectionElement>({ count: rows.length, rowHeight: 31, keep: row });
  const drawnIndexes = drawn.map((d) => d.index);
  const level1Spans = labelSpans(drawnIndexes, (i) => rows[i]!.level1);
  const level2Spans = labelSpans(drawnIndexes, (i) => rows[i]!.level2);
  const stored = textOf(indicators, rows[row], field);
  const shown = edit?.text ?? stored;
  // Typing re-renders the grid on every key: what sizes the columns is worked out again only when the indicators change.
  const textColumns = useMemo(
    () => [
      { key: 'l1', texts: ['一级指标', ...rows.map((r) => layout.level1Label(r.level1, framework))], min: 72, max: 92 },
      { key: 'l2', texts: ['二级指标', ...rows.map((r) => layout.level2Label(r.level2, framework))], min: 96, max: 112 },
      { key: 'name', texts: ['三级指标', ...indicators.map((i) => i.name)], min: 180, max: 420, grows: true },
      { key: 'value', texts: [layout.valueColumnLabel, ...indicators.map((i) => i.value)], min: 140, max: 320, grows: true },
      { key: 'parse', texts: ['系统理解为', ...indicators.map((i) => parsedText(i.value))], min: 96, max: 180, folds: true },
    ],
    [rows, indicators, layout, framework],
  );
  const columns = useColumnWidths('indicatorGrid', textColumns, ROW_ACTIONS_WIDTH);
  // Where the room is short, what the system understands is shown under each 指标值 instead of beside it.
  const parseFolded = columns.widths.parse === undefined;
  // While a 三级 name is typed, the library offers names used before; picking one fills its last 指标值.
  const suggestions = useLibrarySuggestions(edit && field === 'name' ? edit.text : null, rows[row]!.level2);
  const [highlight, setHighlight] = useState(-1);
  useEffect(() => setHighlight(-1), [suggestions]);

  const pick = (s: Suggestion) => {
    const target = rows[row]!;
    const fillValue = textOf(indicators, target, 'value') === '';
    change((list) => setCells(list, target, fillValue ? { name: s.name, value: s.value } : { name: s.name }, framework));
    setEdit(null);
    wantsFocus.current = true;
    setCursor({ row, col: 1 });
  };

  // The box is as tall as its text (field-sizing in the styles); after a line break the caret goes back where it was.
  useLayoutEffect(() => {
    const el = input.current;
    if (!el || caret.current === null) return;
    el.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  useLayoutEffect(() => {
    const el = input.current;
    if (!el || !wantsFocus.current) return;
    el.focus();
    // Outside editing the text is selected, so that typing (also through an input method) replaces it.
    if (!edit) el.select();
    else if (edit.mode === 'edit') el.setSelectionRange(el.value.length, el.value.length);
  }, [row, cursor.col, edit?.mode, edit === null, stored]);

  const commit = () => {
    if (edit && edit.text !== stored) change((list) => setCell(list, rows[row]!, field, edit.text, framework));
    setEdit(null);
  };
  // A cell typed in but not yet left is unsaved, and goes in if the page goes away first.
  useUncommitted(edit !== null && edit.text !== stored, commit);

  const moveTo = (nextRow: number, nextCol: number) => {
    commit();
    wantsFocus.current = true;
    setCursor({ row: Math.max(0, Math.min(rows.length - 1, nextRow)), col: Math.max(0, Math.min(FIELDS.length - 1, nextCol)) });
  };

  const tab = (back: boolean) => {
    const flat = row * FIELDS.length + cursor.col + (back ? -1 : 1);
    const bounded = Math.max(0, Math.min(rows.length * FIELDS.length - 1, flat));
    moveTo(Math.floor(bounded / FIELDS.length), bounded % FIELDS.length);
  };

  const insertBelow = (at: number) => {
    commit();
    change((list) => insertRowAfter(list, rows[at]!, framework).list);
    wantsFocus.current = true;
    // The new row sits right below (a 二级 without rows first turns its blank row into a real one).
    setCursor({ row: at + 1, col: 0 });
  };

  const deleteRow = (at: number) => {
    commit();
    change((list) => removeRow(list, rows[at]!));
    wantsFocus.current = true;
  };

  const startEditing = (text: string) => {
    wantsFocus.current = true;
    setEdit({ mode: 'edit', text });
  };

  /** As in Excel: a line break where the caret is (at the end of a cell not being edited), typing on after it. */
  const breakLine = (el: HTMLTextAreaElement) => {
    const [from, to] = edit ? [el.selectionStart, el.selectionEnd] : [shown.length, shown.length];
    caret.current = from + 1;
    wantsFocus.current = true;
    setEdit({ mode: 'edit', text: `${shown.slice(0, from)}\n${shown.slice(to)}` });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    if (e.key === 'Enter' && e.altKey) {
      e.preventDefault();
      breakLine(e.currentTarget);
      return;
    }
    const ctrl = e.ctrlKey || e.metaKey;
    const arrows = edit?.mode !== 'edit';
    if (suggestions.length > 0 && edit) {
      const chosen = suggestions[highlight];
      const handledHere =
        e.key === 'ArrowDown'
          ? (setHighlight(Math.min(highlight + 1, suggestions.length - 1)), true)
          : e.key === 'ArrowUp' && highlight >= 0
            ? (setHighlight(highlight - 1), true)
            : (e.key === 'Enter' || e.key === 'Tab') && chosen
              ? (pick(chosen), true)
              : false;
      if (handledHere) {
        e.preventDefault();
        return;
      }
    }
    if (ctrl && e.key.toLowerCase() === 'z' && edit) {
      e.preventDefault();
      e.stopPropagation();
      setEdit(null);
      return;
    }
    if (ctrl && e.key === 'Delete') {
      e.preventDefault();
      deleteRow(row);
      return;
    }
    const handled = (() => {
      switch (e.key) {
        case 'Enter':
          moveTo(row + (e.shiftKey ? -1 : 1), cursor.col);
          return true;
        case 'Tab':
          tab(e.shiftKey);
          return true;
        case 'ArrowDown':
          return arrows && (moveTo(row + 1, cursor.col), true);
        case 'ArrowUp':
          return arrows && (moveTo(row - 1, cursor.col), true);
        case 'ArrowRight':
          return arrows && (moveTo(row, cursor.col + 1), true);
        case 'ArrowLeft':
          return arrows && (moveTo(row, cursor.col - 1), true);
        case 'F2':
          startEditing(shown);
          return true;
        case 'Escape':
          setEdit(null);
          return true;
        case 'Delete':
          if (edit) return false;
          change((list) => setCell(list, rows[row]!, field, '', framework));
          return true;
        case 'Insert':
          insertBelow(row);
          return true;
        default:
          return false;
      }
    })();
    if (handled) e.preventDefault();
  };

  const onPaste = (text: string): boolean => {
    if (!isBlock(text)) return false;
    const parsed = parsePastedIndicators(text);
    if (!parsed.ok) {
      setNotice({ text: parsed.message, error: true });
      return true;
    }
    setEdit(null);
    change((list) => applyPaste(list, rows[row]!, parsed.rows, framework));
    setNotice({ text: `已粘贴 ${parsed.rows.length} 行指标`, error: false, of: source.current() });
    return true;
  };

  const activate = (r: number, col: number, editing: boolean) => {
    if (r !== row || col !== cursor.col) moveTo(r, col);
    wantsFocus.current = true;
    if (editing) startEditing(textOf(indicators, rows[r], FIELDS[col]!));
  };

  /** The cursor's cell: a text box over the cell, with the library's names while a 三级 is typed. */
  const activeCell = (r: GridRow, i: number, note: string | undefined, extra: string) => {
    const f = field;
    const marked = f === 'name' && extra !== '';
    // The parse under a 指标值 being typed follows the typing.
    const value = f === 'value' ? shown : textOf(indicators, r, 'value');
    return (
      <td
        key={f}
        className={`cell active ${edit?.mode ?? 'select'} ${marked ? 'has-extra' : ''}`}
        title={marked ? extra : undefined}
        data-parse={f === 'value' && parseFolded ? parsedText(value) || undefined : undefined}
      >
        <textarea
          ref={input}
          rows={1}
          placeholder={f === 'name' ? note : undefined}
          aria-label={`${r.level2} 第${i + 1}行 ${f === 'name' ? '三级指标' : '指标值'}`}
          value={shown}
          onChange={(e) => setEdit({ mode: edit?.mode ?? 'enter', text: e.target.value })}
          onKeyDown={onKeyDown}
          onDoubleClick={() => startEditing(shown)}
          onBlur={() => {
            wantsFocus.current = false;
            commit();
          }}
          onPaste={(e) => {
            if (onPaste(e.clipboardData.getData('text/plain'))) e.preventDefault();
          }}
          aria-autocomplete="list"
          aria-expanded={f === 'name' && suggestions.length > 0}
        />
        {f === 'name' && suggestions.length > 0 && (
          <ul className="suggestions" role="listbox" aria-label="指标库">
            {suggestions.map((s, n) => (
              <li
                key={`${s.level2}|${s.name}`}
                role="option"
                aria-selected={n === highlight}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(s);
                }}
              >
                <span className="suggestion-name">{s.name}</span>
                <span className="suggestion-meta">
                  {s.level2} · {s.value}
                </span>
              </li>
            ))}
          </ul>
        )}
      </td>
    );
  };
  const rowActions = useStableHandlers<IndicatorRowActions>({ activate, insertBelow, deleteRow });

  return (
    <div className="indicator-grid" ref={columns.container}>
      <table style={{ width: columns.total }}>
        <colgroup>
          {COLUMNS.filter((c) => columns.widths[c.key] !== undefined || c.key === 'actions').map((c) => (
            <col key={c.key} style={{ width: columns.widths[c.key] ?? ROW_ACTIONS_WIDTH }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.filter((c) => columns.widths[c.key] !== undefined).map((c) => (
              <th key={c.key} className={`resizable ${c.key === 'l1' || c.key === 'l2' || c.key === 'parse' ? c.key : ''}`}>
                {c.key === 'value' ? layout.valueColumnLabel : c.label}
                <span className="column-edge" title="拖动调整列宽，双击按内容调整" {...columns.edge(c.key)} />
              </th>
            ))}
            <th className="row-actions" />
          </tr>
        </thead>
        <tbody ref={body}>
          {drawn.map(({ index: i, gapBefore }, n) => {
            const r = rows[i]!;
            const here = i === row;
            const note = r.index === null && notApplicable.includes(r.level2) ? NOT_APPLICABLE_NOTE : undefined;
            const extra = extraText(indicators, r);
            return (
              <Fragment key={`${r.level2}-${r.index ?? 'blank'}`}>
                <Spacer height={gapBefore} />
                <IndicatorRow
                  index={i}
                  measure={measure}
                  blank={r.index === null}
                  level1={layout.level1Label(r.level1, framework)}
                  level1Span={level1Spans[n]!}
                  level2={layout.level2Label(r.level2, framework)}
                  level2Span={level2Spans[n]!}
                  name={here && field === 'name' ? shown : textOf(indicators, r, 'name')}
                  value={here && field === 'value' ? shown : textOf(indicators, r, 'value')}
                  extra={extra}
                  note={note}
                  parseFolded={parseFolded}
                  active={here ? { col: cursor.col, cell: activeCell(r, i, note, extra) } : null}
                  actions={rowActions}
                />
              </Fragment>
            );
          })}
          <Spacer height={after} />
        </tbody>
      </table>
      <p className={shownNotice?.error ? 'error' : 'muted'} role={shownNotice?.error ? 'alert' : 'status'}>
        {shownNotice?.text ??
          '方向键、Tab、Enter 移动；直接输入即替换，F2 或双击修改；Delete 清空；Insert 插入行，Ctrl+Delete 删除行；可从 Excel 复制 2–4 列（[一级] [二级] 三级指标 指标值）粘贴。'}
      </p>
    </div>
  );
}
