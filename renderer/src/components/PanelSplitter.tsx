import type { KeyboardEvent, PointerEvent } from 'react';

export const LIST_WIDTH = { min: 280, max: 900 };

/** Keeps a width the window can hold beside the form. */
export const clampWidth = (width: number) => Math.round(Math.min(Math.max(width, LIST_WIDTH.min), LIST_WIDTH.max, window.innerWidth * 0.6));

/**
 * Until the clerk drags it, the list follows the window: 28 % of it, at least what one line per
 * project needs (380 px: 1280 and 1366 wide), 538 px at 1920, so that a
 * wide screen shows longer names and a laptop leaves the form its room.
 */
export const FOLLOWING_WIDTH = 'clamp(380px, 28vw, 600px)';

/** The bar between the project list and the form: dragged, or moved with the arrow keys, it sets the list's width. */
export function PanelSplitter({
  width,
  onResize,
  onDone,
}: {
  /** The width the clerk set, or null while the list follows the window. */
  width: number | null;
  onResize: (width: number) => void;
  onDone: (width: number) => void;
}) {
  const current = (bar: HTMLElement) => width ?? Math.round(bar.previousElementSibling!.getBoundingClientRect().width);
  const drag = (e: PointerEvent<HTMLDivElement>) => {
    const bar = e.currentTarget;
    bar.setPointerCapture(e.pointerId);
    let last = current(bar);
    const start = e.clientX - last;
    const move = (m: globalThis.PointerEvent) => onResize((last = clampWidth(m.clientX - start)));
    const up = () => {
      bar.removeEventListener('pointermove', move);
      bar.removeEventListener('pointerup', up);
      onDone(last);
    };
    bar.addEventListener('pointermove', move);
    bar.addEventListener('pointerup', up);
  };
  const step = (e: KeyboardEvent<HTMLDivElement>) => {
    const delta = e.key === 'ArrowLeft' ? -20 : e.key === 'ArrowRight' ? 20 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = clampWidth(current(e.currentTarget) + delta);
    onResize(next);
    onDone(next);
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="调整项目列表宽度"
      aria-valuemin={LIST_WIDTH.min}
      aria-valuemax={LIST_WIDTH.max}
      aria-valuenow={width ?? undefined}
      tabIndex={0}
      onPointerDown={drag}
      onKeyDown={step}
    />
  );
}
