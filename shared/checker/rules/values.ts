/** The form of each 指标值: measurable where it must be, timely, dates in the year, sound percentages, concrete. */
import { unitInName, type ParsedValue } from '../../indicatorValue';
import { isBlankOrHint } from '../../lexicon/hints';
import { namesNegativeOutcome } from '../../lexicon/negativeOutcomes';
import { unitClass } from '../../lexicon/units';
import { isClause } from '../../lexicon/clauses';
import { isPassMarkOnly, isVague } from '../../lexicon/vague';
import { costUnit, isCostLevel2, shortMoneyUnit } from '../costs';
import { endsBeforeStart, monthIndex, readPeriod, type MonthPoint, type PeriodSpan } from '../projectPeriod';
import { bareName, realIndicators, type IndexedIndicator } from '../indicators';
import { atIndicator } from '../places';
import type { CheckContext, Problem, Rule } from '../types';

/** The indicators of these 二级 that have a value: an empty one is tree.names' finding alone. */
function each(context: CheckContext, level2s: string[] | null, test: (r: IndexedIndicator) => Problem | null): Problem[] {
  return realIndicators(context.content.indicators)
    .filter((r) => (level2s === null || level2s.includes(r.indicator.level2)) && !isBlankOrHint(r.indicator.value))
    .flatMap((r) => test(r) ?? []);
}

/** The unit a quantity is measured in: its own, else the one its name or its 计量单位 column states; a cost's `15万` is 万元. */
function statedUnit(r: IndexedIndicator): string {
  if (isCostLevel2(r.indicator.level2)) return costUnit(r);
  const written = r.parsed.kind === 'quantity' || r.parsed.kind === 'range' ? r.parsed.unit : '';
  // A 万 or 亿 alone multiplies; it is no unit.
  const unit = /^[万亿]$/.test(written) ? '' : written;
  return unit || unitInName(r.indicator.name) || (r.indicator.extra?.unit ?? '').trim();
}

export const valueMeasurable: Rule<{ level2s: string[] }> = {
  id: 'value.measurable',
  title: '数量、成本指标为数值加单位',
  severity: '错误',
  params: { level2s: ['数量指标', '成本指标', '经济成本指标'] },
  check: (context, { level2s }) =>
    each(context, level2s, (r) => {
      const { indicator, index, parsed } = r;
      const at = (message: string) => atIndicator(context.content.indicators, index, 'value', message);
      if (parsed.kind !== 'quantity' && parsed.kind !== 'range')
        return at(`${indicator.level2}应填写可衡量的数值和单位（如“≥20户”“10万元”），而不是“${indicator.value.trim()}”`);
      if (statedUnit(r) !== '') return null;
      // A number is measurable; only its unit is not said, which a reviewer asks for without refusing the table.
      return {
        ...at(`指标值“${indicator.value.trim()}”没有计量单位，三级指标名称中也没有写明（如“${indicator.name.trim()}（个）”），请补上单位`),
        severity: '提醒',
      };
    }),
};

export const valueUnitInFull: Rule = {
  id: 'value.unit-in-full',
  title: '成本指标的金额单位写全（万元）',
  severity: '提醒',
  check: (context) =>
    each(context, null, ({ indicator, index, parsed }) => {
      if (!isCostLevel2(indicator.level2) || (parsed.kind !== 'quantity' && parsed.kind !== 'range') || !shortMoneyUnit(parsed.unit)) return null;
      const short = parsed.unit[0]!;
      const value = indicator.value.replace(new RegExp(`(\\d\\s*)${short}(?!元)`), `$1${short}元`);
      return atIndicator(
        context.content.indicators,
        index,
        'value',
        `“${indicator.name.trim()}”的金额“${indicator.value.trim()}”按${short}元计算，请把单位写全为“${short}元”`,
        { label: `改为 ${value.trim()}`, changes: [{ kind: 'indicatorValue', index, value }] },
      );
    }),
};

/** Dates and periods written in words (`年底前`, `每季度`, `一年内`): a 时效 may say when without digits. */
const WHEN_IN_WORDS =
  /(年底|年末|年内|年度内|当年|本年度?|上半年|下半年|季度|季末|月底|月末|每月|每季|每年|每周|当月|次月|当日|当天|[一二三四五六七八九十两半百]+个?(工作日|自然日|年|月|日|天|周|小时|分钟|季度))/;

/** Whether a 时效 says when: a date, a duration or a rate (`2023年12月底前`, `3个工作日`, `≥95%`). */
function saysWhen(value: string, parsed: ParsedValue): boolean {
  if (parsed.kind === 'date') return true;
  if ((parsed.kind === 'quantity' || parsed.kind === 'range') && ['time', 'rate'].includes(unitClass(parsed.unit) ?? '')) return true;
  return WHEN_IN_WORDS.test(value.replace(/\s+/g, ''));
}

export const valueTimeliness: Rule<{ level2s: string[] }> = {
  id: 'value.timeliness',
  title: '时效指标为日期、期限或比率',
  severity: '错误',
  params: { level2s: ['时效指标'] },
  check: (context, { level2s }) =>
    each(context, level2s, ({ indicator, index, parsed }) =>
      // An empty value is tree.names' finding.
      isBlankOrHint(indicator.value) || saysWhen(indicator.value, parsed)
        ? null
        : atIndicator(
            context.content.indicators,
            index,
            'value',
            `时效指标“${indicator.name.trim()}”的指标值“${indicator.value.trim()}”没有写明时限，请填写日期、期限或比率（如“2024年12月底前”“3个工作日内”“≥95%”）`,
          ),
    ),
};

const PLACEHOLDER = /^(\*+|[xX×]+|[/／]+|[-—－_]+|…+|\.+|待定|待填|暂无|无|略)$/;

export const valuePlaceholder: Rule = {
  id: 'value.placeholder',
  title: '不用占位符代替指标',
  severity: '错误',
  check: (context) =>
    each(context, null, ({ indicator, index }) => {
      for (const field of ['name', 'value'] as const) {
        const text = indicator[field].trim();
        // `安全事故 = 无` says there was none: a value, not a placeholder.
        if (field === 'value' && text === '无' && namesNegativeOutcome(indicator.name)) continue;
        if (PLACEHOLDER.test(text))
          return atIndicator(context.content.indicators, index, field, `“${text}”是占位符，请填写实际的${field === 'name' ? '三级指标名称' : '指标值'}`);
      }
      return null;
    }),
};

function datesOf(parsed: ParsedValue): MonthPoint[] {
  if (parsed.kind !== 'date') return [];
  return [parsed.date, parsed.until].flatMap((p) => (p?.year ? [{ year: p.year, month: p.month }] : []));
}

/** Whether a date (a month, or a whole year where no month is written) falls within a 项目期. */
function within(span: PeriodSpan, date: MonthPoint): boolean {
  const from = monthIndex(date, 'start');
  const to = monthIndex(date, 'end');
  return to >= monthIndex(span.start, 'start') && from <= monthIndex(span.end, 'end');
}

export const valueDateInYear: Rule = {
  id: 'value.date-in-year',
  title: '时效指标的日期在本年度或项目期内',
  severity: '错误',
  check: (context) => {
    const read = readPeriod(context.content.period);
    // A 项目期 ending before it starts is period.order's finding, and no span to hold dates.
    const span = read && !endsBeforeStart(read) ? read : null;
    return each(context, ['时效指标'], ({ indicator, index, parsed }) => {
      // A date of another year is still right within a multi-year 项目期 that holds it.
      const wrong = datesOf(parsed).find((d) => d.year !== context.year && !(span && within(span, d)));
      if (!wrong) return null;
      const corrected = indicator.value.replace(new RegExp(`${wrong.year}(\\s*年)`), `${context.year}$1`);
      const where = span ? `既不在 ${context.year} 年度内，也不在项目期“${context.content.period.trim()}”内` : `不在 ${context.year} 年度内`;
      return atIndicator(context.content.indicators, index, 'value', `时效指标的日期“${indicator.value.trim()}”${where}`, {
        label: `改为 ${context.year} 年`,
        changes: [{ kind: 'indicatorValue', index, value: corrected }],
      });
    });
  },
};

/** The 二级 value.satisfaction reads: a non-percentage there is its finding, not value.vague's. */
const SATISFACTION_LEVEL2 = '服务对象满意度指标';

const percentOf = (parsed: ParsedValue) => (parsed.kind === 'quantity' && parsed.unit === '%' ? parsed : null);
type Percent = NonNullable<ReturnType<typeof percentOf>>;

/** The indicators of these 二级 whose value is a percentage, each with it. */
function eachPercent(context: CheckContext, level2s: string[], test: (r: IndexedIndicator, percent: Percent) => Problem | null): Problem[] {
  return each(context, level2s, (r) => {
    const percent = percentOf(r.parsed);
    return percent && test(r, percent);
  });
}

export const valueSatisfaction: Rule = {
  id: 'value.satisfaction',
  title: '满意度为 0–100 的百分比',
  severity: '错误',
  check: (context) =>
    each(context, [SATISFACTION_LEVEL2], ({ indicator, index, parsed }) => {
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
  check: (context) =>
    eachPercent(context, [SATISFACTION_LEVEL2], ({ indicator, index }, percent) =>
      percent.comparator === null && percent.number < 100
        ? atIndicator(context.content.indicators, index, 'value', `满意度“${indicator.value.trim()}”没有写明比较方式，建议写作“≥${percent.number}%”`, {
            label: `改为 ≥${percent.number}%`,
            changes: [{ kind: 'indicatorValue', index, value: `≥${percent.number}%` }],
          })
        : null,
    ),
};

export const valueSatisfactionLow: Rule<{ minimum: number }> = {
  id: 'value.satisfaction-low',
  title: '满意度目标不宜过低',
  severity: '提醒',
  params: { minimum: 80 },
  check: (context, { minimum }) =>
    eachPercent(context, [SATISFACTION_LEVEL2], ({ index }, percent) =>
      percent.number < minimum ? atIndicator(context.content.indicators, index, 'value', `满意度目标 ${percent.number}% 低于 ${minimum}%`) : null,
    ),
};

export const valueRateMax: Rule = {
  id: 'value.rate-max',
  title: '合格率、达标率等不超过 100%',
  severity: '错误',
  check: (context) =>
    eachPercent(context, ['质量指标'], ({ indicator, index }, percent) => {
      const isRate = /率/.test(indicator.name) || /率/.test(percent.label);
      return isRate && percent.number > 100
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

/** A name that states the condition its value confirms (`验收合格、正常运营并接入平台`, not `设备验收合格率`): `达到` there is checkable. */
const statesCondition = (name: string) =>
  isClause(
    bareName(name)
      .split(/[、，,]/)
      .at(-1)!,
  );

export const valueVague: Rule<{ level1s: string[]; level2s: string[] }> = {
  id: 'value.vague',
  title: '质量、效益、满意度指标值不宜空泛',
  severity: '提醒',
  params: { level1s: ['效益指标', '满意度指标'], level2s: ['质量指标'] },
  check: (context, { level1s, level2s }) =>
    each(context, null, ({ indicator, index, parsed }) => {
      if (!(level2s.includes(indicator.level2) || level1s.includes(indicator.level1)) || parsed.kind !== 'qualitative' || !isVague(indicator.value))
        return null;
      // A pass mark says yes to a condition the name states; at 满意度 (`满意`) it is value.satisfaction's finding alone.
      const satisfied = indicator.level2 === SATISFACTION_LEVEL2 && /满意$/.test(indicator.value.trim());
      if (satisfied || (isPassMarkOnly(indicator.value) && statesCondition(indicator.name))) return null;
      return atIndicator(context.content.indicators, index, 'value', `“${indicator.value.trim()}”较空泛，建议写成可衡量的目标，如“较上年提高5%”“达到××标准”`);
    }),
};
