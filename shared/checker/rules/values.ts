/** The form of each 指标值: measurable where it must be, dates in the year, sound percentages. */
import type { ParsedValue } from '../../indicatorValue';
import { realIndicators, type IndexedIndicator } from '../indicators';
import { atIndicator } from '../places';
import type { CheckContext, Problem, Rule } from '../types';

function each(context: CheckContext, level2s: string[] | null, test: (r: IndexedIndicator) => Problem | null): Problem[] {
  return realIndicators(context.content.indicators)
    .filter((r) => level2s === null || level2s.includes(r.indicator.level2))
    .flatMap((r) => test(r) ?? []);
}

export const valueMeasurable: Rule<{ level2s: string[] }> = {
  id: 'value.measurable',
  title: '数量、成本指标为数值加单位',
  severity: '错误',
  params: { level2s: ['数量指标', '成本指标'] },
  check: (context, { level2s }) =>
    each(context, level2s, ({ indicator, index, parsed }) => {
      const at = (message: string) => atIndicator(context.content.indicators, index, 'value', message);
      if (parsed.kind !== 'quantity' && parsed.kind !== 'range')
        return at(`${indicator.level2}应填写可衡量的数值和单位（如“≥20户”“10万元”），而不是“${indicator.value.trim()}”`);
      if (parsed.unit === '') return at(`指标值“${indicator.value.trim()}”缺少计量单位`);
      return null;
    }),
};

const PLACEHOLDER = /^(\*+|[xX×]+|[/／]+|[-—－_]+|…+|\.+|待定|待填|暂无|无|略)$/;

export const valuePlaceholder: Rule = {
  id: 'value.placeholder',
  title: '不用占位符代替指标',
  severity: '错误',
  params: {},
  check: (context) =>
    each(context, null, ({ indicator, index }) => {
      for (const field of ['name', 'value'] as const) {
        const text = indicator[field].trim();
        if (PLACEHOLDER.test(text))
          return atIndicator(context.content.indicators, index, field, `“${text}”是占位符，请填写实际的${field === 'name' ? '三级指标名称' : '指标值'}`);
      }
      return null;
    }),
};

/** The years a 项目期 names explicitly (`2023年`, `2022年2月--2023年12月`); null for a length such as `5年`. */
export function periodYears(period: string): { from: number; to: number } | null {
  const years = [...period.replace(/\s+/g, '').matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
  if (years.length === 0) return null;
  return { from: Math.min(...years), to: Math.max(...years) };
}

function datesOf(parsed: ParsedValue): number[] {
  if (parsed.kind !== 'date') return [];
  return [parsed.date.year, parsed.until?.year ?? null].filter((y): y is number => y !== null);
}

export const valueDateInYear: Rule = {
  id: 'value.date-in-year',
  title: '时效指标的日期在本年度和项目期内',
  severity: '错误',
  params: {},
  check: (context) => {
    const period = periodYears(context.content.period);
    return each(context, ['时效指标'], ({ indicator, index, parsed }) => {
      const years = datesOf(parsed);
      const wrong = years.find((y) => y !== context.year);
      if (wrong !== undefined) {
        const corrected = indicator.value.replace(new RegExp(`${wrong}(\\s*年)`), `${context.year}$1`);
        return atIndicator(context.content.indicators, index, 'value', `时效指标的日期“${indicator.value.trim()}”不在 ${context.year} 年度内`, {
          label: `改为 ${context.year} 年`,
          changes: [{ kind: 'indicatorValue', index, value: corrected }],
        });
      }
      const outside = period && years.find((y) => y < period.from || y > period.to);
      if (outside)
        return atIndicator(context.content.indicators, index, 'value', `时效指标的日期“${indicator.value.trim()}”不在项目期“${context.content.period}”内`);
      return null;
    });
  },
};

const percentOf = (parsed: ParsedValue) => (parsed.kind === 'quantity' && parsed.unit === '%' ? parsed : null);

export const valueSatisfaction: Rule = {
  id: 'value.satisfaction',
  title: '满意度为 0–100 的百分比',
  severity: '错误',
  params: {},
  check: (context) =>
    each(context, ['服务对象满意度指标'], ({ indicator, index, parsed }) => {
      const percent = percentOf(parsed);
      const at = (message: string) => atIndicator(context.content.indicators, index, 'value', message);
      if (!percent) return at(`满意度应填写百分比（如“≥90%”），而不是“${indicator.value.trim()}”`);
      if (percent.number > 100) return at(`满意度 ${percent.number}% 超过 100%`);
      return null;
    }),
};

export const valueSatisfactionComparator: Rule = {
  id: 'value.satisfaction-comparator',
  title: '满意度写明比较方式',
  severity: '提醒',
  params: {},
  check: (context) =>
    each(context, ['服务对象满意度指标'], ({ indicator, index, parsed }) => {
      const percent = percentOf(parsed);
      return percent && percent.comparator === null && percent.number < 100
        ? atIndicator(context.content.indicators, index, 'value', `满意度“${indicator.value.trim()}”没有写明比较方式，建议写作“≥${percent.number}%”`, {
            label: `改为 ≥${percent.number}%`,
            changes: [{ kind: 'indicatorValue', index, value: `≥${percent.number}%` }],
          })
        : null;
    }),
};

export const valueSatisfactionLow: Rule<{ minimum: number }> = {
  id: 'value.satisfaction-low',
  title: '满意度目标不宜过低',
  severity: '提醒',
  params: { minimum: 80 },
  check: (context, { minimum }) =>
    each(context, ['服务对象满意度指标'], ({ index, parsed }) => {
      const percent = percentOf(parsed);
      return percent && percent.number < minimum
        ? atIndicator(context.content.indicators, index, 'value', `满意度目标 ${percent.number}% 低于 ${minimum}%`)
        : null;
    }),
};

export const valueRateMax: Rule = {
  id: 'value.rate-max',
  title: '合格率、达标率等不超过 100%',
  severity: '错误',
  params: {},
  check: (context) =>
    each(context, ['质量指标'], ({ indicator, index, parsed }) => {
      const percent = percentOf(parsed);
      const isRate = /率/.test(indicator.name) || (parsed.kind === 'quantity' && /率/.test(parsed.label));
      return percent && isRate && percent.number > 100
        ? atIndicator(context.content.indicators, index, 'value', `“${indicator.name.trim()}”是比率，${percent.number}% 超过 100%`)
        : null;
    }),
};

export const tableQualitative: Rule<{ maxShare: number }> = {
  id: 'table.qualitative',
  title: '定性指标不宜过半',
  severity: '提醒',
  params: { maxShare: 0.5 },
  check: ({ content }, { maxShare }) => {
    const real = realIndicators(content.indicators);
    const qualitative = real.filter((r) => r.parsed.kind === 'qualitative').length;
    if (real.length === 0 || qualitative / real.length <= maxShare) return [];
    return [
      {
        location: '指标表',
        target: { kind: 'table' },
        identity: 'table',
        message: `${real.length} 个三级指标中有 ${qualitative} 个是定性表述，超过一半；请尽量改为可衡量的数值`,
      },
    ];
  },
};

/** Phrases that only say "better", with nothing to measure against. */
const VAGUE =
  /^(不断|持续|进一步|逐步|稳步|明显|显著|有效|大幅|有所|切实|全面|积极)?(提高|提升|加强|增强|改善|优化|较好|良好|增加|增长|推进|促进|扩大|壮大|深入)$/;

export const valueVague: Rule = {
  id: 'value.vague',
  title: '定性指标值不宜空泛',
  severity: '提醒',
  params: {},
  check: (context) =>
    each(context, null, ({ indicator, index, parsed }) =>
      parsed.kind === 'qualitative' && VAGUE.test(indicator.value.replace(/\s+/g, ''))
        ? atIndicator(context.content.indicators, index, 'value', `“${indicator.value.trim()}”较空泛，建议写成可衡量的目标，如“较上年提高5%”“达到××标准”`)
        : null,
    ),
};
