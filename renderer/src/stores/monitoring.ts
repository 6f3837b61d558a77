/**
 * The 执行监控表 being edited (see documentStore.ts for its history, autosave and revisions), read
 * with its project and reflected in the project list's light; where none was prepared yet, it is
 * generated from the targets for the month N chosen.
 */
import type { MonitoringContent } from '../../../shared/monitoring/content';
import { monitoringSummary } from '../../../shared/monitoring/review';
import { api, errorMessage } from '../api/client';
import { createDocumentStore, type DocumentState, type DocumentSubject } from './documentStore';
import { useProjects } from './projects';

interface Subject extends DocumentSubject {
  year: number;
  name: string;
}

interface MonitoringOwn {
  /** The revision of the stored 执行监控表 this editor last saw (0: none yet). */
  revision: number;
  /** 生成监控表 for 1–N月: for this project, or for every project of the year (those prepared before keep what was entered). */
  generate(month: number, scope: 'project' | 'year'): Promise<void>;
}

export type MonitoringState = DocumentState<MonitoringContent, Subject> & MonitoringOwn;

export const useMonitoring = createDocumentStore<MonitoringContent, Subject, MonitoringOwn, { revision: number; updatedAt: string }>(({ set, get, write }) => ({
  spec: {
    load: async ({ departmentFile, id }) => {
      const { content, revision, updatedAt } = await api.getMonitoring({ departmentFile, id });
      return { content, savedAt: updatedAt, own: { revision } };
    },
    unloaded: { revision: 0 },
    save: ({ departmentFile, id }, content, { revision }) => api.saveMonitoring({ departmentFile, id, revision, content }),
    saved: ({ revision, updatedAt }, subject, content) => {
      const { profile, reflectMonitoring } = useProjects.getState();
      if (profile) reflectMonitoring(subject.id, monitoringSummary(subject, content, profile));
      return { savedAt: updatedAt, own: { revision } };
    },
    copy: (monitoring) => ({ monitoring }),
  },
  own: {
    revision: 0,
    generate: async (month, scope) => {
      const { subject } = get();
      if (!subject) return;
      try {
        const ids = scope === 'project' ? [subject.id] : undefined;
        // What waits to be saved goes first, so that preparing again keeps it.
        await write(() => api.generateMonitoring({ departmentFile: subject.departmentFile, year: subject.year, month, ...(ids ? { ids } : {}) }));
        await useProjects.getState().refresh();
        await get().open(subject);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
  },
}));
