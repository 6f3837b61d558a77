/**
 * An indicator framework as the editor, the checker and the exports read it: the 二级 of a 一级,
 * the codes the form prints, and the form's order, in which a level the framework does not have
 * (a classic 成本指标 under the 2021 framework, a region's own 其他满意度) finds its place too.
 */
import { COST_LEVEL1, COST_LEVEL2, LEVEL1_NAMES, LEVEL2_NAMES } from '../taxonomy';
import type { Framework } from './profile';

/** The 二级 of a 一级, in the form's order. */
export function level2sOf(framework: Framework, level1: string): string[] {
  return framework.level2.filter((l) => l.level1 === level1).map((l) => l.name);
}

/** The code the form prints before a level (`11`), or '' where the framework gives none or does not have the name. */
export function levelCode(framework: Framework, name: string, level: 1 | 2): string {
  return ((level === 1 ? framework.level1 : framework.level2).find((l) => l.name === name)?.code ?? '').trim();
}

/** The 一级 of both frameworks in the order the forms put them: 成本 (2021) after 产出, before 效益. */
const KNOWN_LEVEL1 = [LEVEL1_NAMES[0]!, COST_LEVEL1, ...LEVEL1_NAMES.slice(1)];
const KNOWN_LEVEL2: readonly string[] = [...LEVEL2_NAMES, ...COST_LEVEL2];

/**
 * Where an indicator of these levels stands on the form, as a number to sort by: the framework's
 * 一级 in order, each with its 二级 in order, then the 二级 it does not have (known ones in the
 * taxonomy's order, then others). A 一级 the framework does not have comes after the last of its
 * 一级 that the forms put before it (成本指标 of the 2021 framework after 产出指标), an unknown one last.
 */
export function formOrder(framework: Framework): (level1: string, level2: string) => number {
  const own1 = framework.level1.map((l) => l.name);
  const rank1 = (level1: string): number => {
    const own = own1.indexOf(level1);
    if (own >= 0) return own * 2 + 1;
    const known = KNOWN_LEVEL1.indexOf(level1);
    if (known < 0) return own1.length * 2 + 2;
    const before = KNOWN_LEVEL1.slice(0, known).map((name) => own1.indexOf(name));
    return Math.max(-1, ...before) * 2 + 2;
  };
  const own2 = framework.level2.map((l) => l.name);
  const rank2 = (level2: string): number => {
    const own = own2.indexOf(level2);
    if (own >= 0) return own;
    const known = KNOWN_LEVEL2.indexOf(level2);
    return own2.length + (known >= 0 ? known : KNOWN_LEVEL2.length);
  };
  const width = own2.length + KNOWN_LEVEL2.length + 1;
  return (level1, level2) => rank1(level1) * width + rank2(level2);
}

/** The 一级 a 二级 belongs to in this framework; null for a 二级 it does not have. */
export function level1In(framework: Framework, level2: string): string | null {
  return framework.level2.find((l) => l.name === level2)?.level1 ?? null;
}
