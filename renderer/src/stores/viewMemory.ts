/** Remembers where the clerk was (department, year, project) so a restart opens there again. */
const KEY = 'jixiao.view';

export interface ViewMemory {
  departmentFile?: string;
  year?: number;
  project?: number;
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
