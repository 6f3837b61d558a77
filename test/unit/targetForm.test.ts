import { describe, expect, it } from 'vitest';
import type { PaperForm } from '../../shared/forms/paperForm';
import { targetForm } from '../../shared/forms/targetForm';
import { LAYOUT_IDS, type LayoutId } from '../../shared/layouts';
import type { ProjectContent } from '../../shared/project';

const CONTENT: ProjectContent = {
  name: '义务教育阶段学生资助',
  code: '64010022T000001234567',
  department: '教育局',
  departmentCode: '105',
  implementingUnit: '平罗县教育局',
  attribute: '一年期项目',
  period: '1 年',
  fundType: '',
  totalFunds: 1_000_000,
  annualFunds: 1_000_000,
  funds: {},
  overallGoal: '资助家庭经济困难学生。',
  indicators: [{ level1: '产出指标', level2: '数量指标', name: '资助学生人数', value: '≥500人' }],
  otherInfo: [
    { label: '项目负责人', value: '张三' },
    { label: '测算依据', value: '500 人 × 2000 元\n＝100 万元' },
    { label: '资金管理办法', value: '《学生资助资金管理办法》' },
    { label: '联络人：', value: '李四' },
    { label: '新加的一项', value: '' },
  ],
  notApplicable: [],
  status: '草稿',
};

/** The rows of a form from its first header row on, each as `text@col+colSpan` of its cells. */
function rowsOf(form: PaperForm): string[][] {
  return Array.from({ length: form.rows }, (_, r) => form.cells.filter((c) => c.row === r).map((c) => `${c.text}@${c.col}+${c.colSpan}`)).slice(form.titleRows);
}

const rowOf = (rows: string[][], label: string) => rows.findIndex((r) => r[0]!.startsWith(`${label}@`));

describe('the 绩效目标表 as printed, with what tables of other regions carry', () => {
  it.each(LAYOUT_IDS)('%s: 项目编码 in a row of its own above 项目名称', (layout: LayoutId) => {
    const rows = rowsOf(targetForm(layout, 2024, CONTENT));
    expect(rows[0]).toEqual(['项目编码@0+1', '64010022T000001234567@1+5']);
    expect(rows[1]).toEqual(['项目名称@0+1', '义务教育阶段学生资助@1+5']);
    const without = rowsOf(targetForm(layout, 2024, { ...CONTENT, code: '' }));
    expect(without[0]).toEqual(['项目名称@0+1', '义务教育阶段学生资助@1+5']);
    expect(without.flat().some((c) => c.startsWith('项目编码'))).toBe(false);
  });

  it('prints the 主管部门 with its code where the label says 及代码, else as its name', () => {
    const county = rowsOf(targetForm('县级部门', 2024, CONTENT));
    expect(county[rowOf(county, '主管部门及代码')]!.slice(0, 2)).toEqual(['主管部门及代码@0+1', '[105]教育局@1+2']);
    expect(rowsOf(targetForm('县级部门', 2024, { ...CONTENT, departmentCode: '' })).flat()).toContain('教育局@1+2');
    for (const layout of ['本级部门', '重点项目'] as const) {
      const rows = rowsOf(targetForm(layout, 2024, CONTENT));
      expect(rows[rowOf(rows, '主管部门')]!.slice(0, 2)).toEqual(['主管部门@0+1', '教育局@1+2']);
    }
  });

  it.each(LAYOUT_IDS)(
    '%s: 其他信息 after the goal, a row each with its value across the form; a label the dictionary does not know ends in a colon',
    (layout) => {
      const form = targetForm(layout, 2024, CONTENT);
      const rows = rowsOf(form);
      const goal = rows.findIndex((r) => r[1] === '资助家庭经济困难学生。@1+5');
      expect(goal).toBeGreaterThan(0);
      expect(rows.slice(goal + 1, goal + 5)).toEqual([
        ['项目负责人@0+1', '张三@1+5'],
        ['测算依据@0+1', '500 人 × 2000 元\n＝100 万元@1+5'],
        ['资金管理办法：@0+1', '《学生资助资金管理办法》@1+5'],
        ['联络人：@0+1', '李四@1+5'],
      ]);
      // The field added but not filled in is not printed; the indicator table follows.
      expect(form.indicatorHeaderRow - form.titleRows).toBe(goal + 5);
      expect(rowsOf(targetForm(layout, 2024, { ...CONTENT, otherInfo: [] }))[goal + 1]).toEqual(rows[goal + 5]);
    },
  );
});
