/**
 * Remembers where the clerk was (department, year, project) so a restart opens there again, and the
 * widths the clerk gave the columns of a table (by table, then column).
 */
const KEY = 'jixiao.view';

export interface ViewMemory {
  departmentFile?: string;
  year?: number;
  project?: number;
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
