/**
 * The 绩效目标表 being edited (see documentStore.ts for its history, autosave and revisions), with
 * what only it has: the stored project beside the content, a place the checks panel asked to show,
 * one-click fixes, acknowledged 提醒, carried parts to confirm, and renaming in turn with its saves.
 */
import type { CarriedPart } from '../../../shared/carry';
import type { Fix, Target } from '../../../shared/checker';
import { applyFix } from '../../../shared/checker/fix';
import { withoutBlankRows } from '../../../shared/indicatorGrid';
import { contentOf, type Project, type ProjectContent } from '../../../shared/project';
import { api, errorMessage } from '../api/client';
import { createDocumentStore, type DocumentState, type DocumentSubject } from './documentStore';
import { useProjects } from './projects';

interface TargetsOwn {
  /** The stored project as last read or saved: its revision, acknowledgements and carried parts. */
  project: Project | null;
  /** A place the checks panel asked to show; `seq` makes a repeated request a new one. */
  focus: { target: Target; seq: number } | null;
  fix(fix: Fix): void;
  showPlace(target: Target): void;
  acknowledge(key: string, note: string): Promise<boolean>;
  confirmCarried(part: CarriedPart): Promise<void>;
  withdraw(key: string): Promise<void>;
  /** Renames the project being edited (from the list), in turn with its saves. */
  rename(name: string): Promise<boolean>;
}

export type EditorState = DocumentState<ProjectContent, DocumentSubject> & TargetsOwn;

/** A 已完成 project is read-only until it is opened again (its 状态 set back to 草稿). */
export const isReadOnly = (content: ProjectContent) => content.status === '已完成';

/** What is stored of the content: the grid's blank rows are its scaffolding. */
const storable = (content: ProjectContent): ProjectContent => ({ ...content, indicators: withoutBlankRows(content.indicators) });

export const useEditor = createDocumentStore<ProjectContent, DocumentSubject, TargetsOwn, Project>(({ set, get, write, refused }) => ({
  spec: {
    load: async ({ departmentFile, id }) => {
      const project = await api.getProject({ departmentFile, id });
      return { content: contentOf(project), savedAt: project.updatedAt, own: { project, focus: null } };
    },
    unloaded: { project: null },
    save: ({ departmentFile, id }, content, { project }) =>
      api.saveProject({ departmentFile, id, revision: project?.revision ?? 0, content: storable(content) }),
    saved: (project) => {
      useProjects.getState().reflect(project);
      return { savedAt: project.updatedAt, own: { project } };
    },
    copy: (content) => ({ content: storable(content) }),
    accepts: (before, after) => !isReadOnly(before) || !isReadOnly(after),
  },
  own: {
    project: null,
    focus: null,
    fix: (fix) => get().change((c) => applyFix(c, fix)),
    showPlace: (target) => set({ focus: { target, seq: (get().focus?.seq ?? 0) + 1 } }),
    acknowledge: async (key, note) => {
      const { subject } = get();
      if (!subject) return false;
      try {
        await get().flush();
        const updated = await api.acknowledgeFinding({ departmentFile: subject.departmentFile, id: subject.id, key, note });
        set({ project: { ...get().project!, acknowledgements: updated.acknowledgements }, error: null });
        useProjects.getState().reflect(updated);
        return true;
      } catch (error) {
        set({ error: errorMessage(error) });
        return false;
      }
    },
    confirmCarried: (part) =>
      write(async () => {
        const { subject, project } = get();
        if (!subject || !project) return;
        try {
          const updated = await api.confirmCarried({ departmentFile: subject.departmentFile, id: subject.id, revision: project.revision, part });
          set({ project: { ...get().project!, pendingReview: updated.pendingReview, revision: updated.revision }, error: null });
        } catch (error) {
          refused(error, get().saveState);
        }
      }),
    withdraw: async (key) => {
      const { subject } = get();
      if (!subject) return;
      try {
        const updated = await api.withdrawAcknowledgement({ departmentFile: subject.departmentFile, id: subject.id, key });
        set({ project: { ...get().project!, acknowledgements: updated.acknowledgements }, error: null });
        useProjects.getState().reflect(updated);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    rename: (name) =>
      write(async () => {
        const { subject, project } = get();
        if (!subject || !project) return false;
        try {
          const renamed = await api.renameProject({ departmentFile: subject.departmentFile, id: subject.id, revision: project.revision, name });
          set({ project: renamed, content: { ...get().content!, name: renamed.name }, savedAt: renamed.updatedAt, error: null });
          useProjects.getState().reflect(renamed);
          return true;
        } catch (error) {
          refused(error, get().saveState);
          return false;
        }
      }),
  },
}));
