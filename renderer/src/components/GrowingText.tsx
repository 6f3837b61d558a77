import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';

/**
 * A text box as tall as its text, over as many lines as its width makes (a long 实际完成值 is read
 * whole, not cut). Enter is left to the table around it (it moves down); Alt+Enter breaks a line,
 * as in Excel.
 */
export function GrowingText({
  value,
  onText,
  ...rest
}: { value: string; onText: (text: string) => void } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  const box = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);

  // The box is as tall as its text by its style (field-sizing); after a line break the caret goes back where it was.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || caret.current === null) return;
    el.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [value]);

  return (
    <textarea
      {...rest}
      ref={box}
      rows={1}
      className={`growing-text ${rest.className ?? ''}`}
      value={value}
      onChange={(e) => onText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
        if (!e.altKey) {
          // Not a line break: the table moves on (or, at its last row, nothing happens).
          e.preventDefault();
          return;
        }
        e.preventDefault();
        e.stopPropagation();
        const { selectionStart: from, selectionEnd: to } = e.currentTarget;
        caret.current = from + 1;
        onText(`${value.slice(0, from)}\n${value.slice(to)}`);
      }}
    />
  );
}
