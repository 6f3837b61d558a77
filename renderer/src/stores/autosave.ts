/**
 * Saving shortly after each change: `schedule` marks the document as waiting and saves after a
 * pause in typing; `flush` saves now whatever is waiting. Writes of a document go one at a time,
 * since each names the revision the one before it left: `write` runs another write of it (a
 * rename, a confirmation) after what is waiting is saved, and never beside a save.
 *
 * When nothing is being written, `flush` sends the save before it first waits, so that a flush
 * called as the page goes away still sends it.
 */
export function autosave(options: { delayMs: number; isPending: () => boolean; markPending: () => void; save: () => Promise<void> }) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy: Promise<unknown> | null = null;
  const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
    while (busy) await busy;
    const running = work();
    const settled = running.catch(() => undefined);
    busy = settled;
    try {
      return await running;
    } finally {
      if (busy === settled) busy = null;
    }
  };
  const flush = async () => {
    clearTimeout(timer);
    while (busy) await busy;
    if (options.isPending()) await exclusive(options.save);
  };
  const schedule = () => {
    clearTimeout(timer);
    options.markPending();
    timer = setTimeout(() => void flush(), options.delayMs);
  };
  const write = async <T>(work: () => Promise<T>): Promise<T> => {
    await flush();
    return exclusive(work);
  };
  return { schedule, flush, write };
}
