/**
 * The 执行监控表 being edited (see documentStore.ts for its history, autosave and revisions), read
 * with its project and reflected in the project list's light; where none was prepared yet, it is
 * generated from the targets for the month N chosen.
 */
import type { MonitoringContent } from '../../../shared/monitoring/content';
import { monitoringSummary } from '../../../shared/monitoring/review';
import { api } from '../api/client';
import { createDocumentStore, type DocumentState } from './documentStore';
import { generateAndReopen, revisionedSpec, type FormSubject } from './projectForm';
import { useProjects } from './projects';

interface MonitoringOwn {
  /** The revision of the stored 执行监控表 this editor last saw (0: none yet). */
  revision: number;
  /** 生成监控表 for 1–N月: for this project, or for every project of the year (those prepared before keep what was entered). */
  generate(month: number, scope: 'project' | 'year'): Promise<void>;
}

export type MonitoringState = DocumentState<MonitoringContent, FormSubject> & MonitoringOwn;

export const useMonitoring = createDocumentStore<MonitoringContent, FormSubject, MonitoringOwn, { revision: number; updatedAt: string }>((kit) => ({
  spec: revisionedSpec<MonitoringContent>({
    read: (ref) => api.getMonitoring(ref),
    save: (write) => api.saveMonitoring(write),
    reflect: (subject, content) => {
      const { profile, reflectMonitoring } = useProjects.getState();
      if (profile) reflectMonitoring(subject.id, monitoringSummary(subject, content, profile));
    },
    copy: (monitoring) => ({ monitoring }),
  }),
  own: {
    revision: 0,
    generate: (month, scope) =>
      // What waits to be saved goes first, so that preparing again keeps it.
      generateAndReopen(kit, ({ departmentFile, year, id }) =>
        kit.write(() => api.generateMonitoring({ departmentFile, year, month, ...(scope === 'project' ? { ids: [id] } : {}) })),
      ),
  },
}));
