/**
 * The 自评表 being edited (see documentStore.ts for its history, autosave and revisions), read with
 * its project and reflected in the project list's 自评 column; where none was prepared yet, it is
 * generated from the targets.
 */
import type { EvaluationContent, Variant } from '../../../shared/evaluation/content';
import { evaluationSummary } from '../../../shared/review';
import { api, errorMessage } from '../api/client';
import { createDocumentStore, type DocumentState, type DocumentSubject } from './documentStore';
import { useProjects } from './projects';

/** The project of the 自评表, with what its checks and the list's summary name. */
interface Subject extends DocumentSubject {
  year: number;
  name: string;
}

interface EvaluationOwn {
  /** The revision of the stored 自评表 this editor last saw (0: none yet). */
  revision: number;
  /** 生成自评表 for this project, or for every project of the year that has none. */
  generate(variant: Variant, scope: 'project' | 'year'): Promise<void>;
}

export type EvaluationState = DocumentState<EvaluationContent, Subject> & EvaluationOwn;

export const useEvaluation = createDocumentStore<EvaluationContent, Subject, EvaluationOwn, { revision: number; updatedAt: string }>(({ set, get }) => ({
  spec: {
    load: async ({ departmentFile, id }) => {
      const { content, revision, updatedAt } = await api.getSelfEvaluation({ departmentFile, id });
      return { content, savedAt: updatedAt, own: { revision } };
    },
    unloaded: { revision: 0 },
    save: ({ departmentFile, id }, content, { revision }) => api.saveSelfEvaluation({ departmentFile, id, revision, content }),
    saved: ({ revision, updatedAt }, subject, content) => {
      const { profile, reflectEvaluation } = useProjects.getState();
      if (profile) reflectEvaluation(subject.id, evaluationSummary(subject, content, profile));
      return { savedAt: updatedAt, own: { revision } };
    },
    copy: (selfEvaluation) => ({ selfEvaluation }),
  },
  own: {
    revision: 0,
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
  },
}));
