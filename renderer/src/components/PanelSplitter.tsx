import type { KeyboardEvent, PointerEvent } from 'react';

export const LIST_WIDTH = { min: 280, max: 900 };

/** Keeps a width the window can hold beside the form. */
export const clampWidth = (width: number) => Math.round(Math.min(Math.max(width, LIST_WIDTH.min), LIST_WIDTH.max, window.innerWidth * 0.6));

/** Until the clerk drags it: 30 % of the window (384 px at 1280, 576 at 1920), so a wide screen shows longer names. */
export const initialWidth = () => clampWidth(Math.min(window.innerWidth * 0.3, 600));

/** The bar between the project list and the form: dragged, or moved with the arrow keys, it sets the list's width. */
export function PanelSplitter({ width, onResize, onDone }: { width: number; onResize: (width: number) => void; onDone: (width: number) => void }) {
  const drag = (e: PointerEvent<HTMLDivElement>) => {
    const bar = e.currentTarget;
    bar.setPointerCapture(e.pointerId);
    const start = e.clientX - width;
    let last = width;
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
    const next = clampWidth(width + delta);
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
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={drag}
      onKeyDown={step}
    />
  );
}
