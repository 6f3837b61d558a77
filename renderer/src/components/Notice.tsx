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
