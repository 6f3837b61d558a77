import { useEffect, useRef } from 'react';

/** A modal question with a safe default: Esc or 取消 cancels, the confirming button must be chosen. */
export function ConfirmDialog({
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      className="modal-backdrop"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Only the innermost dialog closes: a confirmation inside another leaves the outer one open.
        e.stopPropagation();
        onCancel();
      }}
    >
      <div className="modal" role="dialog" aria-modal="true" aria-label="确认">
        <p>{message}</p>
        <div className="modal-buttons">
          <button type="button" className="danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
          <button type="button" ref={cancel} onClick={onCancel}>
            取消
          </button>
        </div>
      </div>
    </div>
  );
}
