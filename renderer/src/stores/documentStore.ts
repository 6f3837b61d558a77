/**
 * A document of a project being edited, its 绩效目标表, 自评表 or 执行监控表, as the editors keep it: the
 * content, the undo and redo history of this editing session, and autosave. Every change is saved
 * shortly after it is made; the badge shows the time the server gave the last save. A save names
 * the revision this editor last saw; when another tab or window has saved since, it is refused
 * ('conflict'), nothing more is saved from here, and the clerk chooses to reload the stored
 * version or to keep this one as a copy of the project.
 */
import { create, type StoreApi } from 'zustand';
import type { EvaluationContent } from '../../../shared/evaluation/content';
import type { MonitoringContent } from '../../../shared/monitoring/content';
import type { ProjectContent } from '../../../shared/project';
import { api, errorMessage, isStale } from '../api/client';
import { autosave } from './autosave';
import { useProjects } from './projects';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict';

const SAVE_DELAY_MS = 400;
/** Keystrokes in one field within this time are one undo step. */
const COALESCE_MS = 1500;
const HISTORY_LIMIT = 200;

/** The project whose document is edited (for a year's 部门整体 tables, the year: see departmentTables.ts). */
export interface DocumentSubject {
  departmentFile: string;
  id: number;
}

export interface DocumentState<C, Subject extends DocumentSubject> {
  subject: Subject | null;
  /** Null while none is open or where it could not be read; a 自评表 also where none was prepared yet. */
  content: C | null;
  /** Whether the subject's document has been read (or failed to be). */
  loaded: boolean;
  past: C[];
  future: C[];
  lastChange: { key: string; at: number } | null;
  saveState: SaveState;
  /** When the server stored the version last saved (its `updatedAt`). */
  savedAt: string | null;
  error: string | null;
  open(subject: Subject): Promise<void>;
  close(): void;
  /** Applies an edit; edits with the same `coalesce` key in quick succession undo together. */
  change(edit: (content: C) => C, coalesce?: string): void;
  undo(): void;
  redo(): void;
  /** Saves now whatever is waiting. */
  flush(): Promise<void>;
  /** After a refused save: drops this tab's unsaved changes and loads the stored document. */
  reload(): Promise<void>;
  /** After a refused save: keeps this tab's version on a new project 「…（副本）」 and opens it. */
  keepAsCopy(): Promise<void>;
}

/** How a kind of document is read and written, and what its store keeps beside the content (X). */
export interface DocumentSpec<C, Subject extends DocumentSubject, X, Saved> {
  /** Reads the document: its content, the server's time of its last save, and what the store keeps beside them. */
  load(subject: Subject): Promise<{ content: C | null; savedAt: string | null; own: Partial<X> }>;
  /** What the store keeps beside the content while no document is open. */
  unloaded: Partial<X>;
  /** Sends the content, naming the revision this editor last saw. */
  save(subject: Subject, content: C, state: X): Promise<Saved>;
  /** Takes in a save the server accepted (and shows it in the project list): its time, and what the store keeps of it. */
  saved(result: Saved, subject: Subject, content: C): { savedAt: string; own: Partial<X> };
  /** What the copy of the project made by 另存为副本 takes from this tab; absent where the document is not a project's (a year's 部门整体 tables). */
  copy?(content: C): { content: ProjectContent } | { selfEvaluation: EvaluationContent } | { monitoring: MonitoringContent };
  /** Whether an edit is taken; a document closed to edits (a 已完成 project) takes only the one that opens it again. */
  accepts?(before: C, after: C): boolean;
}

/** What a store's own actions build on. */
export interface DocumentKit<S> {
  set: StoreApi<S>['setState'];
  get: () => S;
  /** Runs another write of the document (a rename, a confirmation) after what waits is saved, never beside a save. */
  write<T>(work: () => Promise<T>): Promise<T>;
  /** A refused write: a stale one stops saving from here until the clerk chooses; any other is reported, the save state left at `otherwise`. */
  refused(error: unknown, otherwise: SaveState): void;
}

const sameProject = (a: DocumentSubject | null, b: DocumentSubject) => a !== null && a.departmentFile === b.departmentFile && a.id === b.id;

/** A store of one kind of document: the common part above, with the spec's reading and writing and the store's own part X. */
export function createDocumentStore<C, Subject extends DocumentSubject, X extends object, Saved>(
  define: (kit: DocumentKit<DocumentState<C, Subject> & X>) => { spec: DocumentSpec<C, Subject, X, Saved>; own: X },
) {
  type S = DocumentState<C, Subject> & X;
  return create<S>()((set, get) => {
    /** Sets the common state, and the store's own where given. */
    const put = (patch: Partial<DocumentState<C, Subject>>, own: Partial<X> = {}) => set({ ...own, ...patch } as Partial<S>);
    const refused = (error: unknown, otherwise: SaveState) => put({ saveState: isStale(error) ? 'conflict' : otherwise, error: errorMessage(error) });

    const save = async () => {
      const { subject, content } = get();
      if (!subject || !content) return;
      put({ saveState: 'saving' });
      try {
        const result = await spec.save(subject, content, get());
        if (get().subject !== subject) return;
        const { savedAt, own } = spec.saved(result, subject, content);
        const changedMeanwhile = get().content !== content;
        put({ savedAt, error: null, saveState: changedMeanwhile ? 'pending' : 'saved' }, own);
        if (changedMeanwhile) schedule();
      } catch (error) {
        refused(error, 'failed');
      }
    };

    const { schedule, flush, write } = autosave({
      delayMs: SAVE_DELAY_MS,
      isPending: () => get().saveState === 'pending',
      // After a refused save, changes stay here (and count as unsaved) but are not sent.
      markPending: () => put({ saveState: get().saveState === 'conflict' ? 'conflict' : 'pending' }),
      save,
    });

    const replace = (content: C, past: C[], future: C[]) => {
      put({ content, past, future, lastChange: null });
      schedule();
    };

    const { spec, own } = define({ set, get, write, refused });

    const common: DocumentState<C, Subject> = {
      subject: null,
      content: null,
      loaded: false,
      past: [],
      future: [],
      lastChange: null,
      saveState: 'saved',
      savedAt: null,
      error: null,
      open: async (subject) => {
        await get().flush();
        // Reading the same project again (重新载入) leaves its content in view until the stored one arrives.
        const fresh: Partial<DocumentState<C, Subject>> = sameProject(get().subject, subject)
          ? {}
          : { content: null, past: [], future: [], saveState: 'saved', savedAt: null };
        put({ ...fresh, subject, loaded: false, error: null });
        try {
          const { content, savedAt, own } = await spec.load(subject);
          if (get().subject !== subject) return;
          put({ content, savedAt, loaded: true, past: [], future: [], lastChange: null, saveState: 'saved', error: null }, own);
        } catch (error) {
          if (get().subject === subject) put({ content: null, loaded: true, error: errorMessage(error) }, spec.unloaded);
        }
      },
      close: () => {
        void get().flush();
        put({ subject: null, content: null, loaded: false, past: [], future: [] }, spec.unloaded);
      },
      change: (edit, coalesce) => {
        const { content, past, lastChange } = get();
        if (!content) return;
        const next = edit(content);
        if (next === content || spec.accepts?.(content, next) === false) return;
        const now = Date.now();
        const merge = coalesce !== undefined && lastChange?.key === coalesce && now - lastChange.at < COALESCE_MS;
        put({
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
      reload: async () => {
        const { subject } = get();
        if (subject) await get().open(subject);
      },
      keepAsCopy: async () => {
        const { subject, content } = get();
        if (!subject || !content || !spec.copy) return;
        try {
          const copy = await api.duplicateProject({ departmentFile: subject.departmentFile, id: subject.id, ...spec.copy(content) });
          await useProjects.getState().refresh();
          useProjects.getState().select(copy.id);
        } catch (error) {
          put({ error: errorMessage(error) });
        }
      },
    };
    return { ...common, ...own } as S;
  });
}
