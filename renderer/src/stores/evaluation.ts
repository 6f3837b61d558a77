/**
 * The 自评表 being edited: loaded with its project, saved shortly after every change (the saved
 * state is shown), and reflected in the project list's 自评 column.
 */
import { create } from 'zustand';
import type { EvaluationContent, Variant } from '../../../shared/evaluation/content';
import { evaluationSummary } from '../../../shared/review';
import { api, errorMessage } from '../api/client';
import type { SaveState } from './editor';
import { autosave } from './autosave';
import { useProjects } from './projects';

const SAVE_DELAY_MS = 400;

interface Subject {
  department: string;
  id: number;
  year: number;
  name: string;
}

interface EvaluationState {
  subject: Subject | null;
  /** Null once loaded means none was prepared yet. */
  content: EvaluationContent | null;
  loaded: boolean;
  saveState: SaveState;
  savedAt: string | null;
  error: string | null;
  open(subject: Subject): Promise<void>;
  change(edit: (content: EvaluationContent) => EvaluationContent): void;
  flush(): Promise<void>;
  /** 生成自评表 for this project, or for every project of the year that has none. */
  generate(variant: Variant, scope: 'project' | 'year'): Promise<void>;
}

export const useEvaluation = create<EvaluationState>()((set, get) => {
  const save = async () => {
    const { subject, content } = get();
    if (!subject || !content) return;
    set({ saveState: 'saving' });
    try {
      await api.saveSelfEvaluation({ department: subject.department, id: subject.id, content });
      if (get().subject !== subject) return;
      const changedMeanwhile = get().content !== content;
      set({ savedAt: new Date().toISOString(), error: null, saveState: changedMeanwhile ? 'pending' : 'saved' });
      useProjects.getState().reflectEvaluation(subject.id, evaluationSummary(subject, content));
      if (changedMeanwhile) schedule();
    } catch (error) {
      set({ saveState: 'failed', error: errorMessage(error) });
    }
  };

  const { schedule, flush } = autosave({ delayMs: SAVE_DELAY_MS, isPending: () => get().saveState === 'pending', markPending: () => set({ saveState: 'pending' }), save });

  return {
    subject: null,
    content: null,
    loaded: false,
    saveState: 'saved',
    savedAt: null,
    error: null,
    open: async (subject) => {
      await get().flush();
      set({ subject, content: null, loaded: false, error: null, saveState: 'saved', savedAt: null });
      try {
        const { content } = await api.getSelfEvaluation({ department: subject.department, id: subject.id });
        if (get().subject === subject) set({ content, loaded: true });
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
        await api.generateSelfEvaluations({ department: subject.department, year: subject.year, variant, replace: false, ...(ids ? { ids } : {}) });
        await useProjects.getState().refresh();
        await get().open(subject);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
  };
});
