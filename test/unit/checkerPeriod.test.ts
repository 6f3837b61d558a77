/** The 项目期 and the 时效 dates against it and the fiscal year. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, type Finding } from '../../shared/checker';
import { readPeriod } from '../../shared/checker/projectPeriod';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { LAYOUTS } from '../../shared/layouts';
import { ROOT, readJson } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));

/** The clean 2024 table with a 项目期 and a 时效 value. */
function run(period: string, timeliness = '2024年6月30日前'): Finding[] {
  const table = structuredClone(CLEAN);
  table.period = period;
  table.indicators.find((i) => i.level2 === '时效指标')!.value = timeliness;
  const { layout, year, content } = fromTargetTable(table);
  return checkProject(content, LAYOUTS[layout], year!);
}

const said = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule}: ${f.message}`);

describe('the 项目期 as written', () => {
  it.each([
    ['2024-2026年', { start: { year: 2024, month: null }, end: { year: 2026, month: null } }],
    ['2022年2月--2023年12月', { start: { year: 2022, month: 2 }, end: { year: 2023, month: 12 } }],
    ['2024.1-2026.12', { start: { year: 2024, month: 1 }, end: { year: 2026, month: 12 } }],
    ['2024年1月1日至2024年12月31日', { start: { year: 2024, month: 1 }, end: { year: 2024, month: 12 } }],
    ['2024年1-6月', { start: { year: 2024, month: 1 }, end: { year: 2024, month: 6 } }],
    ['２０２４年', { start: { year: 2024, month: null }, end: { year: 2024, month: null } }],
    ['3年', null],
    ['99 年', null],
  ])('%s', (text, span) => {
    expect(readPeriod(text)).toEqual(span);
  });
});

describe('period.order', () => {
  it.each(['2024年12月-2024年3月', '2026-2024年', '2024.9-2024.3'])('is an 错误 where the 项目期 ends before it starts: %s', (period) => {
    const findings = run(period);
    expect(findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['错误 period.order']);
    expect(findings[0]!.target).toEqual({ kind: 'field', field: 'period' });
  });

  it.each(['2024年3月-2024年12月', '2024年', '2023-2025年', '3年'])('is quiet on %s', (period) => {
    expect(run(period)).toEqual([]);
  });
});

describe('period.fiscal-year', () => {
  it.each(['2021-2023年', '2025年1月-2027年12月', '2023年'])('reminds where the 项目期 does not include 2024: %s', (period) => {
    expect(run(period, '6个月内').map((f) => `${f.severity} ${f.rule}`)).toEqual(['提醒 period.fiscal-year']);
  });
});

describe('value.date-in-year', () => {
  it('is quiet on a date of another year within a multi-year 项目期', () => {
    expect(run('2024-2026年', '2026年12月底前')).toEqual([]);
    expect(run('2023年7月-2024年6月', '2023年12月底前')).toEqual([]);
  });

  it('names a date outside both the fiscal year and the 项目期, with the fix into the year', () => {
    const findings = run('2024-2026年', '2027年3月底前');
    expect(said(findings)).toEqual(['错误 value.date-in-year: 时效指标的日期“2027年3月底前”既不在 2024 年度内，也不在项目期“2024-2026年”内']);
    expect(findings[0]!.fix!.changes).toEqual([{ kind: 'indicatorValue', index: 3, value: '2024年3月底前' }]);
    expect(said(run('2023年7月-2024年6月', '2023年3月底前'))).toEqual([
      '错误 value.date-in-year: 时效指标的日期“2023年3月底前”既不在 2024 年度内，也不在项目期“2023年7月-2024年6月”内',
    ]);
  });

  it('names a date outside the year where the 项目期 names no years, as before', () => {
    expect(said(run('3年', '2023年3月底前'))).toEqual(['错误 value.date-in-year: 时效指标的日期“2023年3月底前”不在 2024 年度内']);
  });

  it('names a date outside a 项目期 that does not include the year, beside the 项目期’s own finding', () => {
    expect(run('2021-2023年', '2022年12月底前').map((f) => f.rule)).toEqual(['period.fiscal-year']);
    expect(run('2021-2023年', '2025年12月底前').map((f) => f.rule)).toEqual(['period.fiscal-year', 'value.date-in-year']);
  });
});
