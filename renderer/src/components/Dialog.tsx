import { useEffect, useRef, useState, type ReactNode } from 'react';

/** The modals open, innermost last. */
const OPEN: object[] = [];

/**
 * A modal box over the window: Escape closes it (only the innermost, where one opens inside another).
 * It takes the focus where its content took none, and a click on its backdrop keeps the focus in it,
 * so that Escape always reaches it.
 */
export function Modal({ label, wide = false, onClose, children }: { label: string; wide?: boolean; onClose: () => void; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    if (!box.current?.contains(document.activeElement)) box.current?.focus();
  }, []);
  // Where the focus left every modal (the button pressed became disabled, or went), Escape still closes the innermost.
  useEffect(() => {
    const entry = {};
    OPEN.push(entry);
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && OPEN.at(-1) === entry && !document.activeElement?.closest('.modal-backdrop')) close.current();
    };
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('keydown', escape);
      OPEN.splice(OPEN.indexOf(entry), 1);
    };
  }, []);
  return (
    <div
      className="modal-backdrop"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <div className={wide ? 'modal wide' : 'modal'} role="dialog" aria-modal="true" aria-label={label} tabIndex={-1} ref={box}>
        {children}
      </div>
    </div>
  );
}

/** A modal with a title, its content, its actions and 关闭. */
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
    <Modal label={label} wide onClose={onClose}>
      <h2>{title}</h2>
      {children}
      <div className="modal-buttons">
        {actions}
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
    </Modal>
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
          </label>
          {/* Beside the label, not in it: a note may hold a control of its own. */}
          {note?.(p.id)}
        </li>
      ))}
    </ul>
  );
}
