/**
 * The widths of a table's columns, as a spreadsheet sizes them: each as wide as its longest line
 * of text, between a minimum that keeps it readable and a maximum past which it wraps; the room the
 * table has left goes to the columns that grow. A column the clerk dragged keeps that width,
 * remembered across restarts, until a double-click on its edge sizes it to its text again. The
 * table fits its room: the columns give way down to their minimum; where even that does not fit, a
 * column that can fold is left out (the table shows its content elsewhere), then the growing ones shrink.
 */
import { useLayoutEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { recall, remember } from '../stores/viewMemory';

export interface TextColumn {
  key: string;
  /** The texts it shows; their longest line sets its width. */
  texts: string[];
  min: number;
  max: number;
  /** Whether it takes a share of the room left over, and gives way where the room is short. */
  grows?: boolean;
  /** Whether it is left out where the room is short even with every column at its minimum. */
  folds?: boolean;
}

/** A cell's padding and borders beside the text. */
const CELL_EXTRA = 14;
/** The narrowest a column can be dragged to. */
const DRAG_MIN = 40;

let canvas: HTMLCanvasElement | null = null;

/**
 * The widths of lines of text in the font of one element, each line measured once: the tables
 * re-render on every keystroke, and measuring all their texts each time (and reading the element's
 * style to do it) cost more than a frame on a slow PC.
 */
class LineWidths {
  private font: string | null = null;
  private readonly known = new Map<string, number>();
  private readonly ofList = new WeakMap<string[], number>();

  constructor(private readonly element: HTMLElement) {}

  /** The width of the longest line of the texts (a list the table keeps while its texts stay is not gone over again). */
  longest(texts: string[]): number {
    const known = this.ofList.get(texts);
    if (known !== undefined) return known;
    let longest = 0;
    for (const text of texts) for (const line of text.split('\n')) longest = Math.max(longest, this.width(line));
    this.ofList.set(texts, longest);
    return longest;
  }

  private width(line: string): number {
    let width = this.known.get(line);
    if (width !== undefined) return width;
    const context = (canvas ??= document.createElement('canvas')).getContext('2d');
    if (!context) return 0;
    context.font = this.font ??= getComputedStyle(this.element).font;
    width = context.measureText(line).width;
    // What was typed on the way to a text is not kept for ever.
    if (this.known.size > 20_000) this.known.clear();
    this.known.set(line, width);
    return width;
  }
}

/**
 * `table` names the table in the view memory; `fixed` is the width of its columns that are not text.
 * Returns the container to measure, each column's width (none for a column folded away), the
 * table's, and the handlers of a column edge.
 */
export function useColumnWidths(table: string, columns: TextColumn[], fixed: number) {
  const container = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState(0);
  const [dragged, setDragged] = useState<Record<string, number>>(() => recall().columnWidths?.[table] ?? {});
  const lines = useRef<LineWidths | null>(null);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    // The collapsed borders stand half a pixel outside the columns on either side.
    const measure = () => setRoom(element.clientWidth - 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, []);

  const sum = (widths: Record<string, number>) => fixed + Object.values(widths).reduce((a, b) => a + b, 0);
  let widths: Record<string, number> = {};
  for (const c of columns) {
    if (container.current && !lines.current) lines.current = new LineWidths(container.current);
    const fitted = lines.current ? Math.ceil(lines.current.longest(c.texts)) + CELL_EXTRA : c.min;
    widths[c.key] = dragged[c.key] ?? Math.min(c.max, Math.max(c.min, fitted));
  }
  const narrowest = sum(Object.fromEntries(columns.map((c) => [c.key, Math.min(c.min, widths[c.key]!)])));
  if (room > 0 && narrowest > room) widths = Object.fromEntries(Object.entries(widths).filter(([key]) => !columns.find((c) => c.key === key)!.folds));
  // Room left over goes to the growing columns not dragged, by their widths. Where it is short, the
  // columns not dragged give way down to their minimum first, then the growing ones below it.
  const growing = columns.filter((c) => c.grows);
  const free = growing.filter((c) => dragged[c.key] === undefined);
  const giving = columns.filter((c) => widths[c.key] !== undefined && dragged[c.key] === undefined);
  const share = (among: TextColumn[], amount: number) => {
    const total = among.reduce((t, c) => t + widths[c.key]!, 0);
    for (const c of among) widths[c.key] = Math.max(DRAG_MIN, Math.floor(widths[c.key]! + (amount * widths[c.key]!) / total));
  };
  let spare = room > 0 ? room - sum(widths) : 0;
  if (spare > 0) share(free, spare);
  if (spare < 0) {
    const slack = giving.reduce((t, c) => t + Math.max(0, widths[c.key]! - c.min), 0);
    const given = Math.min(slack, -spare);
    for (const c of giving.filter((g) => widths[g.key]! > g.min)) widths[c.key] = widths[c.key]! - Math.ceil((given * (widths[c.key]! - c.min)) / slack);
    spare = room - sum(widths);
    if (spare < 0) share(growing, spare);
  }
  const total = sum(widths);

  const keep = (next: Record<string, number>) => {
    setDragged(next);
    remember({ columnWidths: { ...recall().columnWidths, [table]: next } });
  };

  /** The handlers of the edge at the right of a column's header: drag to resize, double-click to size to the text. */
  const edge = (key: string) => ({
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      e.preventDefault();
      e.stopPropagation();
      const handle = e.currentTarget;
      const startX = e.clientX;
      const startWidth = widths[key]!;
      let width = startWidth;
      handle.setPointerCapture(e.pointerId);
      const move = (m: globalThis.PointerEvent) => {
        width = Math.max(DRAG_MIN, Math.round(startWidth + m.clientX - startX));
        setDragged((d) => ({ ...d, [key]: width }));
      };
      const up = () => {
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', up);
        if (width !== startWidth) keep({ ...(recall().columnWidths?.[table] ?? {}), [key]: width });
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
    },
    onDoubleClick: () => {
      const { [key]: _, ...rest } = dragged;
      keep(rest);
    },
  });

  return { container: container as RefObject<HTMLDivElement | null>, widths, total, edge };
}
