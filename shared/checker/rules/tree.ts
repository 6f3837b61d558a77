/**
 * The indicator tree of the department's framework: every 一级 used, the required 二级 present,
 * names sound. All three tree rules read one view of the table (coverage), in which a 二级 declared
 * 不适用 (`0 | 0`, `不适用`, `无`, `/`) is no indicator: it satisfies a 二级 the form merely lists,
 * never a required one, and never an 一级.
 */
import { isBlankOrHint } from '../../lexicon/hints';
import { mandatoryLevel2, requiredLevel2 } from '../../profiles/apply';
import { level2sOf } from '../../profiles/framework';
import { atIndicator } from '../places';
import { coverage, isDeclaration, realIndicators } from '../indicators';
import type { Indicator } from '../../project';
import type { Problem, Rule } from '../types';

export const treeLevel1: Rule = {
  id: 'tree.level1',
  title: '每个一级指标至少有一个三级指标',
  severity: '错误',
  check: ({ content, profile }) => {
    const { level1s } = coverage(content);
    return profile.framework.level1
      .map((l) => l.name)
      .filter((l) => !level1s.has(l))
      .map((l): Problem => ({
        location: l,
        target: { kind: 'level2', level2: level2sOf(profile.framework, l)[0] ?? l },
        identity: l,
        message: `${l}下没有任何三级指标`,
      }));
  },
};

const atLevel2 = (level2: string, message: string): Problem => ({ location: level2, target: { kind: 'level2', level2 }, identity: level2, message });

export const treeRequired: Rule = {
  id: 'tree.required',
  title: '必填的二级指标',
  severity: '错误',
  check: ({ layout, content, profile }) => {
    const benefits = level2sOf(profile.framework, '效益指标');
    const mandatory = mandatoryLevel2(profile);
    const listed = requiredLevel2(layout, profile);
    const { withIndicators, declared } = coverage(content);
    const missing = listed
      .filter((l) => !withIndicators.has(l) && (mandatory.includes(l) || !declared.has(l)))
      .map((l) =>
        atLevel2(
          l,
          declared.has(l)
            ? `${l}为必填，不能填“不适用”（或 0、无、/），请至少填写一项三级指标`
            : mandatory.includes(l)
              ? `缺少必填的${l}`
              : `缺少${l}：此表样每个二级指标都要列出，不用时填“不适用”`,
        ),
      );
    // Where a 效益 二级 must have an indicator by itself, its own finding says it.
    if (profile.someBenefitRequired && benefits.length > 0 && !benefits.some((b) => mandatory.includes(b) || withIndicators.has(b))) {
      missing.push({
        ...atLevel2(benefits.includes('社会效益指标') ? '社会效益指标' : benefits[0]!, '效益指标下至少要有一项经济、社会、生态或可持续影响指标'),
        location: '效益指标',
        identity: '效益指标',
      });
    }
    return missing;
  },
};

/** How a row declares its 二级 不适用: `0 | 0`, or in words (不适用, 无, /). */
const writtenAsZero = (i: Indicator) => i.name.trim() === '0' && i.value.trim() === '0';

export const treeNotApplicable: Rule = {
  id: 'tree.not-applicable',
  title: '不用的二级指标按审核规则的写法填写',
  severity: '提醒',
  check: ({ content, profile }) => {
    if (profile.unusedLevel2 === '0|0') return [];
    const why =
      profile.unusedLevel2 === 'omit'
        ? () => `按审核规则“${profile.name}”，不用的二级指标省略不填，此行可删除`
        : (i: Indicator) => (writtenAsZero(i) ? `按审核规则“${profile.name}”，不用的二级指标写“不适用”，不以“0 | 0”表示` : null);
    return content.indicators.flatMap((i, index) => {
      const message = isDeclaration(i) ? why(i) : null;
      return message ? [atIndicator(content.indicators, index, 'name', message)] : [];
    });
  },
};

export const treeNames: Rule<{ maxLength: number }> = {
  id: 'tree.names',
  title: '三级指标名称与指标值不为空、不重复、不过长',
  severity: '错误',
  params: { maxLength: 100 },
  check: ({ content }, { maxLength }) => {
    const problems: Problem[] = [];
    const seen = new Set<string>();
    for (const { indicator, index } of realIndicators(content.indicators)) {
      const name = indicator.name.trim();
      const at = (field: 'name' | 'value', message: string) => problems.push(atIndicator(content.indicators, index, field, message));
      if (isBlankOrHint(name)) at('name', '三级指标名称为空');
      else if (name.length > maxLength) at('name', `三级指标名称有 ${name.length} 个字，超过 ${maxLength} 个字`);
      if (isBlankOrHint(indicator.value)) at('value', '指标值为空');
      const key = `${indicator.level2}|${name.replace(/\s+/g, '')}`;
      if (name !== '' && seen.has(key)) at('name', `${indicator.level2}下已有同名的三级指标「${name}」`);
      seen.add(key);
    }
    return problems;
  },
};
