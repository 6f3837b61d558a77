/**
 * The 一级/二级 indicator taxonomy of the 绩效目标表, with the codes the official forms print
 * (`1-产出指标`, `11-数量指标`), and the mapping from whatever label a clerk or a workbook uses
 * back to the canonical name.
 *
 * The classic framework (成本 a 二级 under 产出) is what the seeds' forms use. The 2021 central
 * guideline makes 成本指标 a 一级 of its own, holding 经济成本, 社会成本 and 生态环境成本; its names
 * are known here too, so that they are read as themselves. A level a region names otherwise
 * (`其他满意度`) is kept as written: an indicator's levels are text, known names canonical.
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

/** The 2021 central guideline's 成本指标 一级 and its 二级 (no codes are printed for them). */
export const COST_LEVEL1 = '成本指标';
export const COST_LEVEL2 = ['经济成本指标', '社会成本指标', '生态环境成本指标'] as const;

export type Level1Name = (typeof LEVEL1)[number]['name'];
export type Level2Name = (typeof LEVEL2)[number]['name'];
export type Level2Def = (typeof LEVEL2)[number];

export const LEVEL1_NAMES: readonly Level1Name[] = LEVEL1.map((l) => l.name);
export const LEVEL2_NAMES: readonly Level2Name[] = LEVEL2.map((l) => l.name);

export function isLevel1Name(name: string): name is Level1Name {
  return (LEVEL1_NAMES as readonly string[]).includes(name);
}

/** The classic definition of a 二级, or null for a name it does not have. */
function level2Def(name: string): Level2Def | null {
  return LEVEL2.find((l) => l.name === name) ?? null;
}

/** The 二级 under a 一级, in form order. */
export function level2sOf(level1: string): Level2Def[] {
  return LEVEL2.filter((l) => l.level1 === level1);
}

/** The 一级 a known 二级 belongs to (成本 二级 of the 2021 framework: 成本指标); null for another name. */
export function level1Of(level2: string): string | null {
  if ((COST_LEVEL2 as readonly string[]).includes(level2)) return COST_LEVEL1;
  return level2Def(level2)?.level1 ?? null;
}

/**
 * Position of a 二级 in the form, so indicator lists can be kept in the form's order: the classic
 * 二级 in their order, the 2021 成本 二级 after 产出's, a name of the region's own at the end.
 */
export function level2Order(name: string): number {
  const classic = LEVEL2_NAMES.indexOf(name as Level2Name);
  if (classic >= 0) return classic * 10;
  const cost = (COST_LEVEL2 as readonly string[]).indexOf(name);
  if (cost >= 0) return LEVEL2_NAMES.indexOf('成本指标') * 10 + 1 + cost;
  return LEVEL2_NAMES.length * 10;
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
  if (bare === '') return code ? (entries.find((e) => e.code === code) ?? null) : null;
  const exact = entries.find((e) => e.name === bare || e.name === `${bare}指标`);
  if (exact) return exact;
  if (bare.length >= 2) {
    const prefixed = entries.filter((e) => e.name.startsWith(bare));
    if (prefixed.length === 1) return prefixed[0]!;
  }
  return code ? (entries.find((e) => e.code === code) ?? null) : null;
}

const KNOWN_LEVEL1 = [...LEVEL1, { code: '', name: COST_LEVEL1 }];
const KNOWN_LEVEL2 = [...LEVEL2, ...COST_LEVEL2.map((name) => ({ code: '', name, level1: COST_LEVEL1 }))];

/** The canonical name of a 一级 label (`产出`, `1-产出指标`, `成本指标` of the 2021 framework), or null. */
export function matchLevel1(label: string): string | null {
  return matchName(KNOWN_LEVEL1, label)?.name ?? null;
}

/** `满意度指标` in a 二级 column means the only 二级 under it, 服务对象满意度指标. */
export function matchLevel2(label: string): string | null {
  const found = matchName(KNOWN_LEVEL2, label);
  if (found) return found.name;
  return matchLevel1(label) === '满意度指标' ? '服务对象满意度指标' : null;
}
