/** Sheet names from project names: what Excel accepts (≤ 31 characters, none of \ / ? * [ ] :), all different. */
const ILLEGAL = /[\\/?*[\]:]/g;
export const MAX_SHEET_NAME = 31;

export function sheetNames(names: string[], reserved: string[] = []): string[] {
  const taken = new Set(reserved.map((r) => r.toLowerCase()));
  return names.map((name) => {
    const base = (
      name
        .replace(ILLEGAL, '_')
        .replace(/^'+|'+$/g, '')
        .trim() || '项目'
    ).slice(0, MAX_SHEET_NAME);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()) || candidate.toLowerCase() === 'history'; n++) {
      const suffix = `(${n})`;
      candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
