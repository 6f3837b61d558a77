import { useEffect, type ReactNode, type RefObject } from 'react';
import type { DocumentState, DocumentSubject } from '../stores/documentStore';
import { ConflictBar } from './ConflictBar';
import { SaveStatus } from './SaveStatus';
import { usePick } from '../stores/pick';

type Controls = Pick<DocumentState<unknown, DocumentSubject>, 'saveState' | 'savedAt' | 'error' | 'undo' | 'redo' | 'reload' | 'keepAsCopy'>;

/**
 * Ctrl+Z undoes, Ctrl+Y (or Ctrl+Shift+Z) redoes, wherever the focus is in the editor, and also where
 * nothing has it (a fix's button, gone once its fix is applied, leaves the focus nowhere): the
 * browser's own undo would otherwise retype the field last typed in, a step of its own that only
 * seems to move the focus there.
 */
export function useUndoKeys(editor: RefObject<HTMLElement | null>, { undo, redo }: Pick<Controls, 'undo' | 'redo'>) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const target = e.target as Node;
      if (target !== document.body && !editor.current?.contains(target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undo();
      else if (key === 'y' || (key === 'z' && e.shiftKey)) redo();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [editor, undo, redo]);
}

/**
 * The toolbar of an editor of a project's document: the save state, what the document adds
 * (`children`), undo and redo, a message; below it, after a refused save, the clerk's two ways on.
 */
export function DocumentToolbar({
  useDocument,
  children,
  copyable = true,
}: {
  useDocument: <U>(selector: (state: Controls) => U) => U;
  children: ReactNode;
  /** Whether this tab's version can be kept as a copy of the project (a year's 部门整体 tables cannot). */
  copyable?: boolean;
}) {
  const { saveState, savedAt, error, undo, redo, reload, keepAsCopy } = usePick(
    useDocument,
    'saveState',
    'savedAt',
    'error',
    'undo',
    'redo',
    'reload',
    'keepAsCopy',
  );
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
      {saveState === 'conflict' && error && (
        <ConflictBar message={error} onReload={() => void reload()} onKeepCopy={copyable ? () => void keepAsCopy() : null} />
      )}
    </>
  );
}
