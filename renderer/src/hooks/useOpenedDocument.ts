import { useEffect } from 'react';
import type { DocumentState, DocumentSubject } from '../stores/documentStore';

export type Opening<C, S extends DocumentSubject> = Pick<DocumentState<C, S>, 'content' | 'loaded' | 'subject' | 'error' | 'open'>;

/**
 * Opens a document (a project's form, a year's 部门整体 table) in its store; `opened` once the store
 * holds this one, read or failed to be. The subject is opened again whenever one of its fields changes.
 */
export function useOpenedDocument<C, S extends DocumentSubject>(useDocument: <U>(selector: (state: Opening<C, S>) => U) => U, subject: S) {
  const content = useDocument((s) => s.content);
  const loaded = useDocument((s) => s.loaded);
  const held = useDocument((s) => s.subject);
  const error = useDocument((s) => s.error);
  const open = useDocument((s) => s.open);
  useEffect(() => {
    void open(subject);
    // The subject is a new object on every render: its fields say when it is another.
  }, [...Object.values(subject), open]);
  return { content, error, opened: loaded && held?.departmentFile === subject.departmentFile && held.id === subject.id };
}
