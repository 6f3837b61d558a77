/**
 * The 执行监控表 being edited (see documentStore.ts for its history, autosave and revisions), read
 * with its project and reflected in the project list's light; where none was prepared yet, it is
 * generated from the targets for the month N chosen.
 */
import type { MonitoringContent } from '../../../shared/monitoring/content';
import { monitoringSummary } from '../../../shared/monitoring/review';
import { api } from '../api/client';
import { createDocumentStore, type DocumentState } from './documentStore';
import { generateAndReopen, revisionedSpec, type FormOwn, type FormSubject, type Saved } from './projectForm';
import { useProjects } from './projects';

export type MonitoringState = DocumentState<MonitoringContent, FormSubject> & FormOwn<number>;

export const useMonitoring = createDocumentStore<MonitoringContent, FormSubject, FormOwn<number>, Saved>((kit) => ({
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
      // Projects prepared before keep what was entered; what waits to be saved goes first, so that preparing again keeps it.
      generateAndReopen(kit, ({ departmentFile, year, id }) =>
        kit.write(() => api.generateMonitoring({ departmentFile, year, month, ...(scope === 'project' ? { ids: [id] } : {}) })),
      ),
  },
}));
