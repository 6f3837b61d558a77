/** The 自评表 of a department file's projects. */
import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { evaluationRevision, storedEvaluation, writeEvaluation } from '../../db/evaluations';
import { getProject } from '../../db/projects';
import { generateEvaluations, yearSummary } from '../evaluations';
import type { Workspace } from '../workspace';
import { staleMessage } from './projects';

export const evaluationHandlers = (workspace: Workspace) =>
  ({
    getSelfEvaluation: ({ departmentFile, id }) => {
      const db = workspace.db(departmentFile);
      getProject(db, id);
      return storedEvaluation(db, id);
    },
    generateSelfEvaluations: ({ departmentFile, year, ids, variant, replace }) =>
      generateEvaluations(workspace.db(departmentFile), { year, variant, replace, ...(ids ? { ids } : {}) }),
    saveSelfEvaluation: ({ departmentFile, id, revision, content }) => {
      const db = workspace.db(departmentFile);
      getProject(db, id);
      if (evaluationRevision(db, id) !== revision) throw new AppError('stale', staleMessage('这个项目的自评表'));
      writeEvaluation(db, id, content);
      const saved = storedEvaluation(db, id);
      return { ...saved, content: saved.content!, updatedAt: saved.updatedAt! };
    },
    selfEvaluationSummary: ({ departmentFile, year }) => yearSummary(workspace.db(departmentFile), year),
  }) satisfies Partial<Handlers>;
