import { useShallow } from 'zustand/react/shallow';

/**
 * Several fields of a store at once, the component rendered again only when one of them changes:
 * `const { info, load } = usePick(useWorkspace, 'info', 'load')`.
 */
export function usePick<S, K extends keyof S>(useStore: <U>(selector: (state: S) => U) => U, ...keys: K[]): Pick<S, K> {
  return useStore(useShallow((state: S) => Object.fromEntries(keys.map((key) => [key, state[key]])) as Pick<S, K>));
}
