/**
 * The 自评表 being edited (see documentStore.ts for its history, autosave and revisions), read with
 * its project and reflected in the project list's 自评 column; where none was prepared yet, it is
 * generated from the targets.
 */
import type { EvaluationContent, Variant } from '../../../shared/evaluation/content';
import { evaluationSummary } from '../../../shared/review';
import { api } from '../api/client';
import { createDocumentStore, type DocumentState } from './documentStore';
import { generateAndReopen, revisionedSpec, type FormSubject } from './projectForm';
import { useProjects } from './projects';

interface EvaluationOwn {
  /** The revision of the stored 自评表 this editor last saw (0: none yet). */
  revision: number;
  /** 生成自评表 for this project, or for every project of the year that has none. */
  generate(variant: Variant, scope: 'project' | 'year'): Promise<void>;
}

export type EvaluationState = DocumentState<EvaluationContent, FormSubject> & EvaluationOwn;

export const useEvaluation = createDocumentStore<EvaluationContent, FormSubject, EvaluationOwn, { revision: number; updatedAt: string }>((kit) => ({
  spec: revisionedSpec<EvaluationContent>({
    read: (ref) => api.getSelfEvaluation(ref),
    save: (write) => api.saveSelfEvaluation(write),
    reflect: (subject, content) => {
      const { profile, reflectEvaluation } = useProjects.getState();
      if (profile) reflectEvaluation(subject.id, evaluationSummary(subject, content, profile));
    },
    copy: (selfEvaluation) => ({ selfEvaluation }),
  }),
  own: {
    revision: 0,
    generate: (variant, scope) =>
      generateAndReopen(kit, ({ departmentFile, year, id }) =>
        api.generateSelfEvaluations({ departmentFile, year, variant, replace: false, ...(scope === 'project' ? { ids: [id] } : {}) }),
      ),
  },
}));
