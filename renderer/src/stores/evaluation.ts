/**
 * The 自评表 being edited (see documentStore.ts for its history, autosave and revisions), read with
 * its project and reflected in the project list's 自评 column; where none was prepared yet, it is
 * generated from the targets.
 */
import type { EvaluationContent, Variant } from '../../../shared/evaluation/content';
import { evaluationSummary } from '../../../shared/review';
import { api } from '../api/client';
import { createDocumentStore, type DocumentState } from './documentStore';
import { generateAndReopen, revisionedSpec, type FormOwn, type FormSubject, type Saved } from './projectForm';
import { useProjects } from './projects';

export type EvaluationState = DocumentState<EvaluationContent, FormSubject> & FormOwn<Variant>;

export const useEvaluation = createDocumentStore<EvaluationContent, FormSubject, FormOwn<Variant>, Saved>((kit) => ({
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
      // A project that has a 自评表 keeps it.
      generateAndReopen(kit, ({ departmentFile, year, id }) =>
        api.generateSelfEvaluations({ departmentFile, year, variant, replace: false, ...(scope === 'project' ? { ids: [id] } : {}) }),
      ),
  },
}));
