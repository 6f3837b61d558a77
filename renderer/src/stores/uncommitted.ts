/**
 * Text the clerk has typed that is not in the document yet: a cell of the indicator grid being
 * edited (it goes in on Enter, Tab, an arrow or leaving the cell), or a figure refused at its
 * field. It counts as unsaved — the badge does not say 已保存 and leaving the page asks first —
 * and what can go in is put in before the page goes away (see App's leave handling).
 */
import { useEffect, useId, useRef } from 'react';
import { create } from 'zustand';

/** Each field holding text, with how to put it into the document (nothing for a refused figure). */
const useHeld = create<{ commits: Record<string, () => void> }>()(() => ({ commits: {} }));

/** While `holding`, this field's text counts as unsaved; `commit` puts it into the document. */
export function useUncommitted(holding: boolean, commit: () => void = () => {}): void {
  const id = useId();
  const latest = useRef(commit);
  latest.current = commit;
  useEffect(() => {
    if (!holding) return;
    useHeld.setState(({ commits }) => ({ commits: { ...commits, [id]: () => latest.current() } }));
    return () =>
      useHeld.setState(({ commits }) => {
        const { [id]: _released, ...rest } = commits;
        return { commits: rest };
      });
  }, [holding, id]);
}

/** Whether any field holds text that is not in the document. */
export const useHoldsUncommitted = () => useHeld((s) => Object.keys(s.commits).length > 0);

export const holdsUncommitted = () => Object.keys(useHeld.getState().commits).length > 0;

/** Puts every field's text that can go into the document into it now. */
export function commitAll(): void {
  for (const commit of Object.values(useHeld.getState().commits)) commit();
}
