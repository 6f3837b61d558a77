/**
 * The 自评表 being edited: loaded with its project, saved shortly after every change (the saved
 * state is shown), and reflected in the project list's 自评 column. As in the 绩效目标表's editor,
 * a save from a revision another tab or window has saved over is refused, and the clerk reloads
 * or keeps this version as a copy.
 */
import { create } from 'zustand';
import type { EvaluationContent, Variant } from '../../../shared/evaluation/content';
import { evaluationSummary } from '../../../shared/review';
import { api, errorMessage, isStale } from '../api/client';
import type { SaveState } from './editor';
import { autosave } from './autosave';
import { useProjects } from './projects';

const SAVE_DELAY_MS = 400;

interface Subject {
  departmentFile: string;
  id: number;
  year: number;
  name: string;
}

interface EvaluationState {
  subject: Subject | null;
  /** Null once loaded means none was prepared yet. */
  content: EvaluationContent | null;
  loaded: boolean;
  /** The revision of the stored 自评表 this editor last saw (0: none yet). */
  revision: number;
  saveState: SaveState;
  savedAt: string | null;
  error: string | null;
  open(subject: Subject): Promise<void>;
  change(edit: (content: EvaluationContent) => EvaluationContent): void;
  flush(): Promise<void>;
  /** 生成自评表 for this project, or for every project of the year that has none. */
  generate(variant: Variant, scope: 'project' | 'year'): Promise<void>;
  /** After a refused save: drops this tab's unsaved changes and loads the stored 自评表. */
  reload(): Promise<void>;
  /** After a refused save: keeps this version on a copy of the project 「…（副本）」 and opens it. */
  keepAsCopy(): Promise<void>;
}

export const useEvaluation = create<EvaluationState>()((set, get) => {
  const save = async () => {
    const { subject, content, revision } = get();
    if (!subject || !content) return;
    set({ saveState: 'saving' });
    try {
      const saved = await api.saveSelfEvaluation({ departmentFile: subject.departmentFile, id: subject.id, revision, content });
      if (get().subject !== subject) return;
      const changedMeanwhile = get().content !== content;
      set({ revision: saved.revision, savedAt: new Date().toISOString(), error: null, saveState: changedMeanwhile ? 'pending' : 'saved' });
      useProjects.getState().reflectEvaluation(subject.id, evaluationSummary(subject, content));
      if (changedMeanwhile) schedule();
    } catch (error) {
      set({ saveState: isStale(error) ? 'conflict' : 'failed', error: errorMessage(error) });
    }
  };

  const { schedule, flush } = autosave({
    delayMs: SAVE_DELAY_MS,
    isPending: () => get().saveState === 'pending',
    // After a refused save, changes stay here (and count as unsaved) but are not sent.
    markPending: () => set({ saveState: get().saveState === 'conflict' ? 'conflict' : 'pending' }),
    save,
  });

  return {
    subject: null,
    content: null,
    loaded: false,
    revision: 0,
    saveState: 'saved',
    savedAt: null,
    error: null,
    open: async (subject) => {
      await get().flush();
      set({ subject, content: null, loaded: false, error: null, saveState: 'saved', savedAt: null });
      try {
        const { content, revision } = await api.getSelfEvaluation({ departmentFile: subject.departmentFile, id: subject.id });
        if (get().subject === subject) set({ content, revision, loaded: true });
      } catch (error) {
        set({ error: errorMessage(error), loaded: true });
      }
    },
    change: (edit) => {
      const { content } = get();
      if (!content) return;
      set({ content: edit(content) });
      schedule();
    },
    flush,
    generate: async (variant, scope) => {
      const { subject } = get();
      if (!subject) return;
      try {
        const ids = scope === 'project' ? [subject.id] : undefined;
        await api.generateSelfEvaluations({ departmentFile: subject.departmentFile, year: subject.year, variant, replace: false, ...(ids ? { ids } : {}) });
        await useProjects.getState().refresh();
        await get().open(subject);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    reload: async () => {
      const { subject } = get();
      if (subject) await get().open(subject);
    },
    keepAsCopy: async () => {
      const { subject, content } = get();
      if (!subject || !content) return;
      try {
        const copy = await api.duplicateProject({ departmentFile: subject.departmentFile, id: subject.id, selfEvaluation: content });
        await useProjects.getState().refresh();
        useProjects.getState().select(copy.id);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
  };
});
