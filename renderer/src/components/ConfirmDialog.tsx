import { useEffect, useRef } from 'react';
import { Modal } from './Dialog';

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
    <Modal label="确认" onClose={onCancel}>
      <p>{message}</p>
      <div className="modal-buttons">
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          取消
        </button>
      </div>
    </Modal>
  );
}
