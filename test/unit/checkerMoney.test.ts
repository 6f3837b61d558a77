/** The money of a table against its 成本指标 and its 测算依据. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, type Finding } from '../../shared/checker';
import { applyFix } from '../../shared/checker/fix';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { LAYOUTS } from '../../shared/layouts';
import type { ProjectContent } from '../../shared/project';
import { ROOT, readJson } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));

const check = (content: ProjectContent): Finding[] => checkProject(content, LAYOUTS['本级部门'], 2024);
const contentOf = (change: (t: TargetTable) => void) => {
  const table = structuredClone(CLEAN);
  change(table);
  return fromTargetTable(table).content;
};
const rules = (findings: Finding[]) => findings.map((f) => f.rule);

describe('money.yuan-as-wan', () => {
  // The clean table's costs come to 3 万元 (2 × 7850 元 + 14300 元); its amounts typed in 元 read 10,000 times that.
  const inYuan = contentOf((t) =>
    Object.assign(t, { annualFunds: 30000, totalFunds: 90000.0123, funds: { ...t.funds, 本级资金总额: 30000, 财政拨款: 30000 } }),
  );

  it('is an 错误 at the annual amount with the corrected figure, in place of the cost-coverage advice', () => {
    expect(check(inYuan).map((f) => `${f.severity} ${f.rule} @ ${f.location}: ${f.message}`)).toEqual([
      '错误 money.yuan-as-wan @ 年度资金总额: 年度资金总额 30000 万元是成本指标合计 3 万元的 10000 倍，似按元填写，应为 3 万元',
    ]);
  });

  it('fixes the annual amount and the other amounts that divide exactly', () => {
    const finding = check(inYuan).find((f) => f.rule === 'money.yuan-as-wan')!;
    expect(finding.fix!.label).toBe('改为 3 万元（表中其他金额同样除以 10000）');
    expect(finding.fix!.changes).toEqual([
      { kind: 'money', field: 'annualFunds', fen: 3_000_000 },
      { kind: 'fund', fund: '本级资金总额', fen: 3_000_000 },
      { kind: 'fund', fund: '财政拨款', fen: 3_000_000 },
    ]);
    const fixed = applyFix(inYuan, finding.fix!);
    expect(fixed.totalFunds).toBe(90_000_012_300);
    expect(check(fixed)).toEqual([]);
  });

  it('takes an amount its 测算依据 states for evidence where the costs cannot be worked out', () => {
    const content = contentOf((t) => {
      Object.assign(t, { annualFunds: 30000, totalFunds: 30000, funds: {} });
      t.indicators.find((i) => i.level2 === '成本指标' && i.name === '打印机')!.value = '按合同价';
      t.otherInfo = [{ label: '测算依据', value: '便携式计算机2台×7850元，打印机1台14300元，合计3万元。' }];
    });
    const finding = check(content).find((f) => f.rule === 'money.yuan-as-wan')!;
    expect(finding.message).toBe('年度资金总额 30000 万元是测算依据中的 3 万元的 10000 倍，似按元填写，应为 3 万元');
    expect(finding.fix!.changes).toEqual([
      { kind: 'money', field: 'annualFunds', fen: 3_000_000 },
      { kind: 'money', field: 'totalFunds', fen: 3_000_000 },
    ]);
  });

  it('is quiet where the costs are only a small part of the money, which stays the coverage advice', () => {
    const content = contentOf((t) => Object.assign(t, { annualFunds: 300, totalFunds: 300, funds: { 本级资金总额: 300, 财政拨款: 300 } }));
    expect(rules(check(content))).toEqual(['money.cost-coverage']);
  });

  it('leaves costs above the money available an 错误', () => {
    const content = contentOf((t) => Object.assign(t, { annualFunds: 2, totalFunds: 2, funds: { 本级资金总额: 2, 财政拨款: 2 } }));
    expect(rules(check(content))).toEqual(['money.cost-within-funds']);
  });
});

describe('unit costs times the quantity they belong to', () => {
  /** The clean table (3 万元) with these 数量 and 成本 rows in place of its own. */
  const withRows = (quantities: [string, string][], costs: [string, string][]) =>
    contentOf((t) => {
      const rest = t.indicators.filter((i) => i.level2 !== '数量指标' && i.level2 !== '成本指标');
      const row =
        (level2: string) =>
        ([name, value]: [string, string]) => ({ level1: '产出指标', level2, name, value });
      t.indicators = [...quantities.map(row('数量指标')), ...costs.map(row('成本指标')), ...rest];
    });
  const money = (content: ProjectContent) =>
    check(content)
      .filter((f) => f.rule.startsWith('money.'))
      .map((f) => f.message);

  it('pairs a cost per thing by its unit, and among quantities of that unit by the name they share', () => {
    // 1.5 元/件 × 2 万件 = 3 万元: all of the funds.
    expect(
      money(
        withRows(
          [
            ['档案录入', '2万件'],
            ['档案整理', '1万件'],
            ['培训人数', '30人'],
          ],
          [['档案录入成本', '1.5元/件']],
        ),
      ),
    ).toEqual([]);
    // Paired with 档案整理 (1 万件) it would cover half; with 档案录入 (2 万件), as the names say, all.
    expect(
      money(
        withRows(
          [
            ['档案整理', '1万件'],
            ['档案录入', '2万件'],
          ],
          [['档案录入成本', '1.5元/件']],
        ),
      ),
    ).toEqual([]);
    expect(money(withRows([['档案录入', '2万件']], [['档案录入成本', '2元/件']]))).toEqual(['成本指标合计 4 万元，超过年度资金总额 3 万元']);
  });

  it('reads a name per thing (单个, 人均, 亩均 …) as a unit cost, and 人次 as counting 人', () => {
    expect(money(withRows([['新建健身点位', '3个']], [['单个点位建设成本', '≤1万元']]))).toEqual([]);
    expect(money(withRows([['新建健身点位', '4个']], [['单个点位建设成本', '≤1万元']]))).toEqual(['成本指标合计 4 万元，超过年度资金总额 3 万元']);
    expect(money(withRows([['培训教师', '100人次']], [['人均培训经费', '≤400元/人']]))).toEqual(['成本指标合计 4 万元，超过年度资金总额 3 万元']);
  });

  it('lets each quantity serve one cost: a cost whose own quantity is not in the table is not worked out', () => {
    // 园区科协 has no 数量 of its own; 企业科协's 14 家 belong to 企业科协's cost, not also to 园区科协's (14 万元 > 3 万元).
    const table = withRows(
      [['企业科协组织建设', '14家']],
      [
        ['企业科协组织建设', '0.2万元/家'],
        ['园区科协组织建设', '1万元/家'],
      ],
    );
    expect(money(table)).toEqual([]);
    const both = withRows(
      [
        ['企业科协组织建设', '10家'],
        ['园区科协组织建设', '1家'],
      ],
      [
        ['企业科协组织建设', '0.2万元/家'],
        ['园区科协组织建设', '1万元/家'],
      ],
    );
    expect(money(both)).toEqual([]);
    const over = withRows(
      [
        ['企业科协组织建设', '10家'],
        ['园区科协组织建设', '2家'],
      ],
      [
        ['企业科协组织建设', '0.2万元/家'],
        ['园区科协组织建设', '1万元/家'],
      ],
    );
    expect(money(over)).toEqual(['成本指标合计 4 万元，超过年度资金总额 3 万元']);
  });

  it('does not pair a cost per person and day with a count of persons: the days are not stated', () => {
    expect(money(withRows([['参会人数', '170人']], [['会议费', '≤510元/人·天']]))).toEqual([]);
  });
});
