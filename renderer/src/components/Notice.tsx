import { useState } from 'react';
import { errorMessage } from '../api/client';

/** A one-line outcome: an error is announced at once, anything else politely. */
export interface NoticeText {
  text: string;
  error: boolean;
}

export function Notice({ notice, as: Tag = 'p' }: { notice: NoticeText | null; as?: 'p' | 'span' }) {
  if (!notice) return null;
  return (
    <Tag className={notice.error ? 'error' : 'muted'} role={notice.error ? 'alert' : 'status'}>
      {notice.text}
    </Tag>
  );
}

/** A dialog's outcome line, and a way to run its work: what the work returns is shown, a failure as an error. */
export function useNotice() {
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const report = async (work: () => Promise<string>): Promise<void> => {
    try {
      setNotice({ text: await work(), error: false });
    } catch (error) {
      setNotice({ text: errorMessage(error), error: true });
    }
  };
  return { notice, setNotice, report };
}

/** The years a clerk may pick in a dialog, each as `2024 年度`. */
export function YearOptions({ years }: { years: number[] }) {
  return years.map((y) => (
    <option key={y} value={y}>
      {y} 年度
    </option>
  ));
}
