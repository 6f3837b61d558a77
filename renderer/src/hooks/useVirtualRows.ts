/**
 * The rows of a long table drawn only where they are in view (and a margin), with @tanstack's
 * virtualiser: a province's 2,000 projects or a table of 200 indicators scroll as smoothly as
 * twenty. Rows out of view are spacers of their height (see Spacer). `keep` is a row drawn
 * wherever it is, so that the grid's active cell keeps its input, and the focus, while scrolled away.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface VirtualRow {
  index: number;
  key: string | number | bigint;
  /** The height of the rows out of view just above this one (0 where they are drawn). */
  gapBefore: number;
}

/** The nearest ancestor that scrolls: the virtualiser listens to it. */
function scrollParent(element: HTMLElement | null): HTMLElement | null {
  for (let e = element?.parentElement ?? null; e; e = e.parentElement) {
    const { overflowY } = getComputedStyle(e);
    if (overflowY === 'auto' || overflowY === 'scroll') return e;
  }
  return null;
}

export function useVirtualRows<Body extends HTMLElement>(options: { count: number; rowHeight: number; keep?: number }) {
  const body = useRef<Body>(null);
  // Looked up once the body is drawn (undefined until then; null where nothing scrolls but the page).
  const scroller = useRef<HTMLElement | null | undefined>(undefined);
  const scrollElement = () => {
    if (scroller.current === undefined && body.current) scroller.current = scrollParent(body.current);
    return scroller.current ?? null;
  };
  // Where the body starts in the scrolled content: the rows' positions count from there. Read after
  // each change is painted, when the page is laid out already: reading it while rendering, or before
  // painting, would make the browser lay the page out once more on every keystroke.
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const parent = scrollElement();
        const measured = body.current && parent ? body.current.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop : 0;
        setOffset((current) => (current === measured ? current : measured));
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  });
  const { keep } = options;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return keep === undefined || keep >= range.count || indexes.includes(keep) ? indexes : [...indexes, keep].sort((a, b) => a - b);
    },
    [keep],
  );
  const virtualizer = useVirtualizer({
    count: options.count,
    getScrollElement: scrollElement,
    estimateSize: () => options.rowHeight,
    overscan: 12,
    scrollMargin: offset,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  const rows: VirtualRow[] = items.map((item, n) => ({ index: item.index, key: item.key, gapBefore: item.start - (n === 0 ? offset : items[n - 1]!.end) }));
  const after = items.length ? virtualizer.getTotalSize() + offset - items[items.length - 1]!.end : 0;
  return { body: body as RefObject<Body | null>, rows, after, measure: virtualizer.measureElement };
}
