import { useMemo, useRef } from 'react';

/**
 * An object of functions that stays the same from render to render, each calling the latest of
 * `handlers`: a memoised child given it is not drawn again only because its parent was.
 */
export function useStableHandlers<T extends object>(handlers: T): T {
  const latest = useRef(handlers);
  latest.current = handlers;
  return useMemo(
    () =>
      new Proxy({} as T, {
        get:
          (_, key) =>
          (...args: unknown[]) =>
            (latest.current[key as keyof T] as (...a: unknown[]) => unknown)(...args),
      }),
    [],
  );
}
