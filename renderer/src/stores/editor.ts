/**
 * The project being edited: its content, the undo and redo history of this editing session,
 * and autosave. Every change is saved shortly after it is made; the saved state is shown.
 * A save names the revision this editor last saw; when another tab or window has saved since,
 * it is refused ('conflict'), nothing more is saved from here, and the clerk chooses to reload
 * the stored version or to keep this one as a copy.
 */
import { create } from 'zustand';
import type { CarriedPart } from '../../../shared/carry';
import type { Fix, Target } from '../../../shared/checker';
import { applyFix } from '../../../shared/checker/fix';
import { withoutBlankRows } from '../../../shared/indicatorGrid';
import { contentOf, type Project, type ProjectContent } from '../../../shared/project';
import { api, errorMessage, isStale } from '../api/client';
import { autosave } from './autosave';
import { useProjects } from './projects';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict';

const SAVE_DELAY_MS = 400;
/** Keystrokes in one field within this time are one undo step. */
const COALESCE_MS = 1500;
const HISTORY_LIMIT = 200;

interface EditorState {
  departmentFile: string | null;
  project: Project | null;
  content: ProjectContent | null;
  past: ProjectContent[];
  future: ProjectContent[];
  lastChange: { key: string; at: number } | null;
  saveState: SaveState;
  savedAt: string | null;
  error: string | null;
  /** A place the checks panel asked to show; `seq` makes a repeated request a new one. */
  focus: { target: Target; seq: number } | null;
  open(departmentFile: string, id: number): Promise<void>;
  close(): void;
  /** Applies an edit; edits with the same `coalesce` key in quick succession undo together. */
  change(edit: (content: ProjectContent) => ProjectContent, coalesce?: string): void;
  undo(): void;
  redo(): void;
  /** Saves now whatever is waiting. */
  flush(): Promise<void>;
  fix(fix: Fix): void;
  showPlace(target: Target): void;
  acknowledge(key: string, note: string): Promise<boolean>;
  confirmCarried(part: CarriedPart): Promise<void>;
  withdraw(key: string): Promise<void>;
  /** Renames the project being edited (from the list), in turn with its saves. */
  rename(name: string): Promise<boolean>;
  /** After a refused save: drops this tab's unsaved changes and loads the stored project. */
  reload(): Promise<void>;
  /** After a refused save: keeps this tab's version as a new project 「…（副本）」 and opens it. */
  keepAsCopy(): Promise<void>;
}

/** What is stored of the content: the grid's blank rows are its scaffolding. */
const storable = (content: ProjectContent): ProjectContent => ({ ...content, indicators: withoutBlankRows(content.indicators) });

export const useEditor = create<EditorState>()((set, get) => {
  /** A refused write: a stale one stops saving from here until the clerk chooses; any other is reported. */
  const refused = (error: unknown, otherwise: SaveState) => set({ saveState: isStale(error) ? 'conflict' : otherwise, error: errorMessage(error) });

  const save = async () => {
    const { departmentFile, project, content } = get();
    if (!departmentFile || !project || !content) return;
    set({ saveState: 'saving' });
    try {
      const saved = await api.saveProject({ departmentFile, id: project.id, revision: project.revision, content: storable(content) });
      if (get().project?.id !== saved.id) return;
      const changedMeanwhile = get().content !== content;
      set({ project: saved, savedAt: saved.updatedAt, error: null, saveState: changedMeanwhile ? 'pending' : 'saved' });
      useProjects.getState().reflect(saved);
      if (changedMeanwhile) schedule();
    } catch (error) {
      refused(error, 'failed');
    }
  };

  const { schedule, flush, write } = autosave({
    delayMs: SAVE_DELAY_MS,
    isPending: () => get().saveState === 'pending',
    // After a refused save, changes stay here (and count as unsaved) but are not sent.
    markPending: () => set({ saveState: get().saveState === 'conflict' ? 'conflict' : 'pending' }),
    save,
  });

  const replace = (content: ProjectContent, past: ProjectContent[], future: ProjectContent[]) => {
    set({ content, past, future, lastChange: null });
    schedule();
  };

  return {
    departmentFile: null,
    project: null,
    content: null,
    past: [],
    future: [],
    lastChange: null,
    saveState: 'saved',
    savedAt: null,
    error: null,
    focus: null,
    open: async (departmentFile, id) => {
      await get().flush();
      try {
        const project = await api.getProject({ departmentFile, id });
        const content = contentOf(project);
        set({ departmentFile, project, content, past: [], future: [], lastChange: null, saveState: 'saved', savedAt: project.updatedAt, error: null, focus: null });
      } catch (error) {
        set({ project: null, content: null, error: errorMessage(error) });
      }
    },
    close: () => {
      void get().flush();
      set({ project: null, content: null, past: [], future: [] });
    },
    change: (edit, coalesce) => {
      const { content, past, lastChange } = get();
      if (!content) return;
      const next = edit(content);
      if (next === content) return;
      const now = Date.now();
      const merge = coalesce !== undefined && lastChange?.key === coalesce && now - lastChange.at < COALESCE_MS;
      set({
        content: next,
        past: merge ? past : [...past, content].slice(-HISTORY_LIMIT),
        future: [],
        lastChange: coalesce === undefined ? null : { key: coalesce, at: now },
      });
      schedule();
    },
    undo: () => {
      const { content, past, future } = get();
      if (!content || past.length === 0) return;
      replace(past[past.length - 1]!, past.slice(0, -1), [content, ...future]);
    },
    redo: () => {
      const { content, past, future } = get();
      if (!content || future.length === 0) return;
      replace(future[0]!, [...past, content], future.slice(1));
    },
    flush,
    fix: (fix) => get().change((c) => applyFix(c, fix)),
    showPlace: (target) => set({ focus: { target, seq: (get().focus?.seq ?? 0) + 1 } }),
    acknowledge: async (key, note) => {
      const { departmentFile, project } = get();
      if (!departmentFile || !project) return false;
      try {
        await get().flush();
        const updated = await api.acknowledgeFinding({ departmentFile, id: project.id, key, note });
        set({ project: { ...get().project!, acknowledgements: updated.acknowledgements }, error: null });
        useProjects.getState().reflect(updated);
        return true;
      } catch (error) {
        set({ error: errorMessage(error) });
        return false;
      }
    },
    confirmCarried: (part) =>
      write(async () => {
        const { departmentFile, project } = get();
        if (!departmentFile || !project) return;
        try {
          const updated = await api.confirmCarried({ departmentFile, id: project.id, revision: project.revision, part });
          set({ project: { ...get().project!, pendingReview: updated.pendingReview, revision: updated.revision }, error: null });
        } catch (error) {
          refused(error, get().saveState);
        }
      }),
    withdraw: async (key) => {
      const { departmentFile, project } = get();
      if (!departmentFile || !project) return;
      try {
        const updated = await api.withdrawAcknowledgement({ departmentFile, id: project.id, key });
        set({ project: { ...get().project!, acknowledgements: updated.acknowledgements }, error: null });
        useProjects.getState().reflect(updated);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    rename: (name) =>
      write(async () => {
        const { departmentFile, project } = get();
        if (!departmentFile || !project) return false;
        try {
          const renamed = await api.renameProject({ departmentFile, id: project.id, revision: project.revision, name });
          set({ project: renamed, content: { ...get().content!, name: renamed.name }, savedAt: renamed.updatedAt, error: null });
          useProjects.getState().reflect(renamed);
          return true;
        } catch (error) {
          refused(error, get().saveState);
          return false;
        }
      }),
    reload: async () => {
      const { departmentFile, project } = get();
      if (departmentFile && project) await get().open(departmentFile, project.id);
    },
    keepAsCopy: async () => {
      const { departmentFile, project, content } = get();
      if (!departmentFile || !project || !content) return;
      try {
        const copy = await api.duplicateProject({ departmentFile, id: project.id, content: storable(content) });
        await useProjects.getState().refresh();
        useProjects.getState().select(copy.id);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
  };
});
