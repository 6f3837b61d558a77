import { create } from 'zustand';
import type { WorkspaceInfo } from '../../../shared/api/contract';
import type { DepartmentInfo } from '../../../shared/project';
import { api, errorMessage } from '../api/client';
import { recall, remember } from './viewMemory';

interface WorkspaceState {
  info: WorkspaceInfo | null;
  department: DepartmentInfo | null;
  error: string | null;
  load(): Promise<void>;
  /** Opens the folder dialog where there is one; returns false where the clerk must type a path. */
  pickFolder(): Promise<boolean>;
  moveTo(path: string): Promise<void>;
  createDepartment(meta: Omit<DepartmentInfo, 'file'>): Promise<boolean>;
  selectDepartment(file: string | null): void;
}

export const useWorkspace = create<WorkspaceState>()((set, get) => {
  const adopt = (info: WorkspaceInfo, preferred?: string) => {
    const department = info.departments.find((d) => d.file === preferred) ?? null;
    set({ info, department, error: null });
  };
  return {
    info: null,
    department: null,
    error: null,
    load: async () => {
      try {
        adopt(await api.getWorkspace({}), recall().departmentFile);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    pickFolder: async () => {
      const { path } = await api.pickWorkspaceFolder({});
      if (path === null) return false;
      await get().moveTo(path);
      return true;
    },
    moveTo: async (path) => {
      try {
        adopt(await api.setWorkspace({ path }));
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    createDepartment: async (meta) => {
      try {
        const created = await api.createDepartment(meta);
        adopt(await api.getWorkspace({}), created.file);
        remember({ departmentFile: created.file });
        return true;
      } catch (error) {
        set({ error: errorMessage(error) });
        return false;
      }
    },
    selectDepartment: (file) => {
      const department = get().info?.departments.find((d) => d.file === file) ?? null;
      set({ department, error: null });
      remember({ departmentFile: department?.file, project: undefined });
    },
  };
});
