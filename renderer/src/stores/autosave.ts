/**
 * Saving shortly after each change: `schedule` marks the document as waiting and saves after a
 * pause in typing; `flush` saves now whatever is waiting, never two saves at once.
 */
export function autosave(options: { delayMs: number; isPending: () => boolean; markPending: () => void; save: () => Promise<void> }) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> | null = null;
  const flush = async () => {
    clearTimeout(timer);
    while (saving) await saving;
    if (!options.isPending()) return;
    saving = options.save();
    try {
      await saving;
    } finally {
      saving = null;
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    options.markPending();
    timer = setTimeout(() => void flush(), options.delayMs);
  };
  return { schedule, flush };
}
