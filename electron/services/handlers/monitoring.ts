/** The 执行监控表 of a department file's projects. */
import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { storedMonitoring, writeMonitoring } from '../../db/monitoring';
import { getProject } from '../../db/projects';
import { generateMonitorings } from '../monitoring';
import type { Workspace } from '../workspace';
import { staleMessage } from './projects';

export const monitoringHandlers = (workspace: Workspace) =>
  ({
    getMonitoring: ({ departmentFile, id }) => {
      const db = workspace.db(departmentFile);
      getProject(db, id);
      return storedMonitoring(db, id);
    },
    generateMonitoring: ({ departmentFile, year, ids, month }) => generateMonitorings(workspace.db(departmentFile), { year, month, ...(ids ? { ids } : {}) }),
    saveMonitoring: ({ departmentFile, id, revision, content }) => {
      const db = workspace.db(departmentFile);
      getProject(db, id);
      if (storedMonitoring(db, id).revision !== revision) throw new AppError('stale', staleMessage('这个项目的执行监控表'));
      writeMonitoring(db, id, content);
      const saved = storedMonitoring(db, id);
      return { ...saved, content: saved.content!, updatedAt: saved.updatedAt! };
    },
  }) satisfies Partial<Handlers>;
