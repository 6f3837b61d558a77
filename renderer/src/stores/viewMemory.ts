/**
 * Remembers where the clerk was (department, year, project) so a restart opens there again, how the
 * window was arranged (the list's width, order and compactness, the panels folded away), and the
 * widths the clerk gave the columns of a table (by table, then column).
 */
import type { ProjectSort } from '../../../shared/projectOrder';

const KEY = 'jixiao.view';

export interface ViewMemory {
  departmentFile?: string;
  year?: number;
  project?: number;
  listSort?: ProjectSort;
  /** One line per project (full names on hover); false where the names wrap. */
  compactList?: boolean;
  /** The project list's width in pixels, as the clerk dragged it. */
  listWidth?: number;
  listCollapsed?: boolean;
  checksCollapsed?: boolean;
  columnWidths?: Record<string, Record<string, number>>;
}

export function recall(): ViewMemory {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as ViewMemory;
  } catch {
    return {};
  }
}

export function remember(patch: ViewMemory): void {
  localStorage.setItem(KEY, JSON.stringify({ ...recall(), ...patch }));
}
