import { useState, type ReactNode } from 'react';

/** A modal with a title, its content, its actions and 关闭; Escape closes it. */
export function Dialog({
  label,
  title,
  onClose,
  actions,
  children,
}: {
  label: string;
  title: ReactNode;
  onClose: () => void;
  actions: ReactNode;
  children: ReactNode;
}) {
  return (
    <div
      className="modal-backdrop"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Only the innermost dialog closes: a confirmation inside another leaves the outer one open.
        e.stopPropagation();
        onClose();
      }}
    >
      <div className="modal wide" role="dialog" aria-modal="true" aria-label={label}>
        <h2>{title}</h2>
        {children}
        <div className="modal-buttons">
          {actions}
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </div>
      </div>
    </div>
  );
}

/** The ticked items of a list. */
export function useTicks<T>(): { ticked: Set<T>; toggle: (item: T) => void; setTicked: (items: Iterable<T>) => void } {
  const [ticked, set] = useState<Set<T>>(new Set());
  return {
    ticked,
    toggle: (item) => set((s) => new Set(s.has(item) ? [...s].filter((i) => i !== item) : [...s, item])),
    setTicked: (items) => set(new Set(items)),
  };
}

/** Projects to tick, one per line. */
export function TickList({
  items,
  ticked,
  toggle,
  note,
}: {
  items: { id: number; name: string }[];
  ticked: Set<number>;
  toggle: (id: number) => void;
  note?: (id: number) => ReactNode;
}) {
  return (
    <ul className="carry-list">
      {items.map((p) => (
        <li key={p.id}>
          <label>
            <input type="checkbox" checked={ticked.has(p.id)} onChange={() => toggle(p.id)} />
            {p.name}
            {note?.(p.id)}
          </label>
        </li>
      ))}
    </ul>
  );
}
