import type { KeyboardEvent, ReactNode } from 'react';
import type { DocumentState, DocumentSubject } from '../stores/documentStore';
import { ConflictBar } from './ConflictBar';
import { SaveStatus } from './SaveStatus';

type Controls = Pick<DocumentState<unknown, DocumentSubject>, 'saveState' | 'savedAt' | 'error' | 'undo' | 'redo' | 'reload' | 'keepAsCopy'>;

/** Ctrl+Z undoes, Ctrl+Y (or Ctrl+Shift+Z) redoes, wherever the focus is in the editor. */
export function undoKeys({ undo, redo }: Pick<Controls, 'undo' | 'redo'>) {
  return (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey)) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) undo();
    else if (key === 'y' || (key === 'z' && e.shiftKey)) redo();
    else return;
    e.preventDefault();
  };
}

/**
 * The toolbar of an editor of a project's document: the save state, what the document adds
 * (`children`), undo and redo, a message; below it, after a refused save, the clerk's two ways on.
 */
export function DocumentToolbar({ useDocument, children }: { useDocument: <U>(selector: (state: Controls) => U) => U; children: ReactNode }) {
  const saveState = useDocument((s) => s.saveState);
  const savedAt = useDocument((s) => s.savedAt);
  const error = useDocument((s) => s.error);
  const undo = useDocument((s) => s.undo);
  const redo = useDocument((s) => s.redo);
  const reload = useDocument((s) => s.reload);
  const keepAsCopy = useDocument((s) => s.keepAsCopy);
  return (
    <>
      <div className="editor-toolbar">
        <SaveStatus state={saveState} savedAt={savedAt} error={error} />
        {children}
        <button type="button" onClick={undo} title="撤销（Ctrl+Z）">
          撤销
        </button>
        <button type="button" onClick={redo} title="重做（Ctrl+Y）">
          重做
        </button>
        {error && saveState !== 'failed' && saveState !== 'conflict' && (
          <span className="error" role="alert">
            {error}
          </span>
        )}
      </div>
      {saveState === 'conflict' && error && <ConflictBar message={error} onReload={() => void reload()} onKeepCopy={() => void keepAsCopy()} />}
    </>
  );
}
