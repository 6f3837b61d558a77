/**
 * The fixed 一级/二级 indicator taxonomy of the 绩效目标表, with the codes the official forms
 * print (`1-产出指标`, `11-数量指标`), and the mapping from whatever label a clerk or a
 * workbook uses back to the canonical name.
 */

export const LEVEL1 = [
  { code: '1', name: '产出指标' },
  { code: '2', name: '效益指标' },
  { code: '3', name: '满意度指标' },
] as const;

export const LEVEL2 = [
  { code: '11', name: '数量指标', level1: '产出指标' },
  { code: '12', name: '质量指标', level1: '产出指标' },
  { code: '13', name: '时效指标', level1: '产出指标' },
  { code: '14', name: '成本指标', level1: '产出指标' },
  { code: '21', name: '经济效益指标', level1: '效益指标' },
  { code: '22', name: '社会效益指标', level1: '效益指标' },
  { code: '23', name: '生态效益指标', level1: '效益指标' },
  { code: '24', name: '可持续影响指标', level1: '效益指标' },
  { code: '31', name: '服务对象满意度指标', level1: '满意度指标' },
] as const;

export type Level1Name = (typeof LEVEL1)[number]['name'];
export type Level2Name = (typeof LEVEL2)[number]['name'];
export type Level2Def = (typeof LEVEL2)[number];

export const LEVEL1_NAMES: readonly Level1Name[] = LEVEL1.map((l) => l.name);
export const LEVEL2_NAMES: readonly Level2Name[] = LEVEL2.map((l) => l.name);

export function level2Def(name: Level2Name): Level2Def {
  return LEVEL2.find((l) => l.name === name)!;
}

export function level1Code(name: Level1Name): string {
  return LEVEL1.find((l) => l.name === name)!.code;
}

/** The 一级 a 二级 belongs to. */
export function level1Of(level2: Level2Name): Level1Name {
  return level2Def(level2).level1;
}

/** The 二级 under a 一级, in form order. */
export function level2sOf(level1: Level1Name): Level2Def[] {
  return LEVEL2.filter((l) => l.level1 === level1);
}

/** Position of a 二级 in the form, so indicator lists can be kept in the form's order. */
export function level2Order(name: Level2Name): number {
  return LEVEL2_NAMES.indexOf(name);
}

/**
 * Strips what labels carry around the name: white space, a leading code (`11-`, `11－`, `11、`),
 * and a `（必填…）` or `(必填…)` note.
 */
function bareLabel(label: string): string {
  return label
    .replace(/\s+/g, '')
    .replace(/[（(][^（()）]*[)）]$/, '')
    .replace(/^\d+\s*[-－—–.、．]?/, '');
}

function codeOf(label: string): string | null {
  const m = /^\s*(\d+)/.exec(label);
  return m ? m[1]! : null;
}

/**
 * Finds the entry a label names. Accepts the full name, the name without its trailing 指标
 * (`经济效益`), a name cut short by a line break in the source (`时效指`), or a bare code.
 */
function matchName<T extends { code: string; name: string }>(entries: readonly T[], label: string): T | null {
  const bare = bareLabel(label);
  const code = codeOf(label);
  if (bare === '') return entries.find((e) => e.code === code) ?? null;
  const exact = entries.find((e) => e.name === bare || e.name === `${bare}指标`);
  if (exact) return exact;
  if (bare.length >= 2) {
    const prefixed = entries.filter((e) => e.name.startsWith(bare));
    if (prefixed.length === 1) return prefixed[0]!;
  }
  return code ? (entries.find((e) => e.code === code) ?? null) : null;
}

export function matchLevel1(label: string): Level1Name | null {
  return matchName(LEVEL1, label)?.name ?? null;
}

/** `满意度指标` in a 二级 column means the only 二级 under it, 服务对象满意度指标. */
export function matchLevel2(label: string): Level2Name | null {
  const found = matchName(LEVEL2, label);
  if (found) return found.name;
  return matchLevel1(label) === '满意度指标' ? '服务对象满意度指标' : null;
}
