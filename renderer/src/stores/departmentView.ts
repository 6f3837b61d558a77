/** Whether the right pane shows the year's 部门整体 tables (instead of a project), and which of the two. */
import { create } from 'zustand';

export const DEPARTMENT_TABS = ['部门整体支出绩效目标表', '部门整体支出绩效自评表'] as const;
export type DepartmentTab = (typeof DEPARTMENT_TABS)[number];

interface DepartmentViewState {
  shown: boolean;
  tab: DepartmentTab;
  show(tab?: DepartmentTab): void;
  hide(): void;
}

export const useDepartmentView = create<DepartmentViewState>()((set) => ({
  shown: false,
  tab: '部门整体支出绩效目标表',
  show: (tab) => set((s) => ({ shown: true, tab: tab ?? s.tab })),
  hide: () => set({ shown: false }),
}));
