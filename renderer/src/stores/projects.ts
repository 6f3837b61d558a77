import { create } from 'zustand';
import { defaultFiscalYear } from '../../../shared/fiscalYear';
import { LAYOUTS } from '../../../shared/layouts';
import type { RuleProfile } from '../../../shared/profiles/profile';
import type { DepartmentInfo, Project, ProjectSummary } from '../../../shared/project';
import type { ProjectSort, SortKey } from '../../../shared/projectOrder';
import { summarizeProject } from '../../../shared/review';
import { api, errorMessage } from '../api/client';
import { recall, remember } from './viewMemory';

interface ProjectsState {
  departmentFile: string | null;
  layout: DepartmentInfo['layout'] | null;
  /** The department's rules (审核规则), once read: the editors, the checks and the list follow them. */
  profile: RuleProfile | null;
  year: number;
  years: number[];
  list: ProjectSummary[];
  sort: ProjectSort;
  selectedId: number | null;
  /** Projects ticked for export. */
  checked: number[];
  /** The last deleted project, while its deletion can still be undone. */
  deleted: { id: number; name: string } | null;
  error: string | null;
  open(departmentFile: DepartmentInfo | null): Promise<void>;
  /** The department's rules were changed (in 审核规则): the editors follow them, the list is counted again. */
  adoptProfile(departmentFile: string, profile: RuleProfile): Promise<void>;
  setYear(year: number): Promise<void>;
  refresh(): Promise<void>;
  select(id: number | null): void;
  toggleChecked(id: number): void;
  sortBy(key: SortKey): void;
  create(name: string): Promise<boolean>;
  /** Renames a project that is not open in the editor (the editor renames its own: useEditor's rename). */
  rename(id: number, name: string): Promise<boolean>;
  duplicate(id: number): Promise<void>;
  remove(id: number): Promise<void>;
  undoRemove(): Promise<void>;
  /** Keeps the list in step with the project being edited. */
  reflect(project: Project): void;
  /** Keeps the list's 自评 column in step with the 自评表 being edited. */
  reflectEvaluation(id: number, summary: ProjectSummary['selfEvaluation']): void;
  reflectMonitoring(id: number, summary: ProjectSummary['monitoring']): void;
}

export const useProjects = create<ProjectsState>()((set, get) => {
  /** Runs a call against the open department, reporting its failure in the list's error line. */
  const attempt = async <T>(work: (departmentFile: string) => Promise<T>): Promise<T | undefined> => {
    const { departmentFile } = get();
    if (!departmentFile) return undefined;
    try {
      const result = await work(departmentFile);
      set({ error: null });
      return result;
    } catch (error) {
      set({ error: errorMessage(error) });
      return undefined;
    }
  };
  return {
    departmentFile: null,
    layout: null,
    profile: null,
    year: recall().year ?? defaultFiscalYear(new Date()),
    years: [],
    list: [],
    sort: recall().listSort ?? { key: 'name', descending: false },
    selectedId: null,
    checked: [],
    deleted: null,
    error: null,
    open: async (info) => {
      set({
        departmentFile: info?.file ?? null,
        layout: info?.layout ?? null,
        profile: null,
        list: [],
        years: [],
        selectedId: null,
        checked: [],
        deleted: null,
        error: null,
      });
      const loadProfile = attempt(async (departmentFile) => {
        const profile = await api.getRuleProfile({ departmentFile });
        if (get().departmentFile === departmentFile) set({ profile });
      });
      await Promise.all([get().refresh(), loadProfile]);
      const remembered = recall().project;
      if (remembered && get().list.some((p) => p.id === remembered)) set({ selectedId: remembered });
    },
    adoptProfile: async (departmentFile, profile) => {
      if (get().departmentFile !== departmentFile) return;
      set({ profile });
      await get().refresh();
    },
    setYear: async (year) => {
      set({ year, selectedId: null, checked: [] });
      remember({ year, project: undefined });
      await get().refresh();
    },
    refresh: async () => {
      const { year } = get();
      await attempt(async (departmentFile) => {
        const [list, years] = await Promise.all([api.listProjects({ departmentFile, year }), api.listYears({ departmentFile })]);
        if (get().departmentFile === departmentFile && get().year === year) set({ list, years });
      });
    },
    select: (id) => {
      set({ selectedId: id });
      remember({ project: id ?? undefined });
    },
    toggleChecked: (id) => {
      const { checked } = get();
      set({ checked: checked.includes(id) ? checked.filter((c) => c !== id) : [...checked, id] });
    },
    sortBy: (key) => {
      const { sort } = get();
      const next = { key, descending: sort.key === key ? !sort.descending : false };
      set({ sort: next });
      remember({ listSort: next });
    },
    create: async (name) => {
      const { year } = get();
      const project = await attempt((departmentFile) => api.createProject({ departmentFile, year, name }));
      if (!project) return false;
      await get().refresh();
      get().select(project.id);
      return true;
    },
    rename: async (id, name) => {
      const revision = get().list.find((p) => p.id === id)?.revision ?? 0;
      const project = await attempt((departmentFile) => api.renameProject({ departmentFile, id, revision, name }));
      if (project) get().reflect(project);
      else {
        // Refused (perhaps renamed or saved in another tab since the list was read): the list is read again, keeping the message.
        const { error } = get();
        await get().refresh();
        set({ error });
      }
      return project !== undefined;
    },
    duplicate: async (id) => {
      const project = await attempt((departmentFile) => api.duplicateProject({ departmentFile, id }));
      if (!project) return;
      await get().refresh();
      get().select(project.id);
    },
    remove: async (id) => {
      const name = get().list.find((p) => p.id === id)?.name ?? '';
      const done = await attempt((departmentFile) => api.deleteProject({ departmentFile, id }));
      if (!done) return;
      set({ deleted: { id, name }, selectedId: get().selectedId === id ? null : get().selectedId });
      await get().refresh();
    },
    undoRemove: async () => {
      const { deleted } = get();
      if (!deleted) return;
      const project = await attempt((departmentFile) => api.restoreProject({ departmentFile, id: deleted.id }));
      set({ deleted: null });
      if (!project) return;
      await get().refresh();
      get().select(project.id);
    },
    reflect: (project) => {
      const { layout, profile, list } = get();
      if (layout && profile)
        set({
          list: list.map((p) =>
            p.id === project.id ? { ...summarizeProject(project, LAYOUTS[layout], profile), selfEvaluation: p.selfEvaluation, monitoring: p.monitoring } : p,
          ),
        });
    },
    reflectEvaluation: (id, selfEvaluation) => set({ list: get().list.map((p) => (p.id === id ? { ...p, selfEvaluation } : p)) }),
    reflectMonitoring: (id, monitoring) => set({ list: get().list.map((p) => (p.id === id ? { ...p, monitoring } : p)) }),
  };
});
