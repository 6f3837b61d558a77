/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The 绩效目标表 the editor tests work on: the one a clerk of 宁夏回族自治区企业创新服务中心 types in
 * (editing.test.ts types it and checks that the file then holds exactly this), stored beforehand
 * for the tests that start from it; and the indicator grid read from the page.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openDepartmentDb } from '../../electron/db/open';
import { projectsOfYear } from '../../electron/db/projects';
import { Workspace } from '../../electron/services/workspace';
import { defaultFiscalYear } from '../../shared/fiscalYear';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { contentOf, type ProjectContent } from '../../shared/project';
import { departmentWith } from '../helpers/departments';
import { tempDir } from '../helpers/paths';

/** The year the app opens on, which a new project is made in. */
export const YEAR = defaultFiscalYear(new Date());
export const CENTRE = '宁夏回族自治区企业创新服务中心';
export const PROJECT = '宁夏回族自治区企业服务中心工作经费';

export const CENTRE_TABLE: TargetTable = {
  layout: '本级部门',
  year: YEAR,
  unit: '万元',
  projectName: PROJECT,
  department: '自治区科学技术协会',
  implementingUnit: CENTRE,
  attribute: '02-经常性项目',
  period: '99 年',
  fundType: null,
  totalFunds: 19.51,
  annualFunds: 19.51,
  funds: { 本级资金总额: 19.51, 财政拨款: 19.51, 其他资金: 0, 结余结转资金: 0, 转移市县资金总额: 0 },
  overallGoal: '目标1：加强企业、园区科协组织建设；\n目标2：举办中国创新方法大赛宁夏赛区比赛。',
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '企业科协组织建设', value: '14 家' },
    { level1: '产出指标', level2: '数量指标', name: '服务企业户数', value: '≥1万户' },
    { level1: '产出指标', level2: '质量指标', name: '成立企业科协组织达成率', value: '100%' },
    { level1: '产出指标', level2: '时效指标', name: '项目完成时间', value: '2024年12月31日前' },
    { level1: '产出指标', level2: '成本指标', name: '企业科协组织建设', value: '0.5 万元/家' },
    { level1: '产出指标', level2: '成本指标', name: '园区科协组织建设', value: '1 万元/家' },
    { level1: '效益指标', level2: '经济效益指标', name: '0', value: '0' },
    { level1: '效益指标', level2: '社会效益指标', name: '企业科技创新能力', value: '有效提升' },
    { level1: '效益指标', level2: '可持续影响指标', name: '宣传推介企业科技创新成果', value: '≧15 项' },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '企业服务满意度', value: '达 90%以上' },
  ],
};

/** The grid of the project, as `gridContent` reads it. */
export const EXPECTED_GRID = [
  '11-数量指标|企业科协组织建设|14 家',
  '11-数量指标|服务企业户数|≥1万户',
  '12-质量指标|成立企业科协组织达成率|100%',
  '13-时效指标|项目完成时间|2024年12月31日前',
  '14-成本指标|企业科协组织建设|0.5 万元/家',
  '14-成本指标|园区科协组织建设|1 万元/家',
  '21-经济效益|0|0',
  '22-社会效益|企业科技创新能力|有效提升',
  '24-可持续影响|宣传推介企业科技创新成果|≧15 项',
  '31-服务对象满意度|企业服务满意度|达 90%以上',
];

/** A workspace (in a new folder unless given) with what `prepare` puts in it, closed for the app to open; its folder. */
export function preparedWorkspace(prepare: (workspace: Workspace) => void, folder = tempDir('jixiao-e2e-')): string {
  const workspace = new Workspace(folder);
  prepare(workspace);
  workspace.close();
  return workspace.path;
}

/** A department of the workspace holding the project (or the tables given) in its 本级部门 layout. */
export function addDepartment(workspace: Workspace, name: string, tables: TargetTable[] = [CENTRE_TABLE]) {
  return departmentWith(name, '本级部门', tables, workspace);
}

/** What the department file (read beside the app that has it open) holds of the year's project of that name. */
export function storedProject(file: string, name = PROJECT): ProjectContent | undefined {
  const db = openDepartmentDb(file, { readonly: true });
  try {
    const project = projectsOfYear(db, YEAR).find((p) => p.name === name);
    return project && contentOf(project);
  } finally {
    db.close();
  }
}

/** Opens the department's project in the year the app opens on. */
export async function openProject(p: Page, department: string, name = PROJECT): Promise<void> {
  await p.getByLabel('单位', { exact: true }).selectOption({ label: department });
  await p.locator('.project-list tbody tr', { hasText: name }).first().click();
  await expect.poll(() => p.getByLabel('项目名称').inputValue()).toBe(name);
}

/** Types into the editor's field of that label, then undoes (it shows `before` again) and redoes the typing with Ctrl+Z and Ctrl+Y. */
export async function typeUndoRedo(p: Page, label: string, typed: string, before: string): Promise<void> {
  const field = p.getByLabel(label);
  await field.fill(typed);
  await p.keyboard.press('Control+z');
  await expect.poll(() => field.inputValue()).toBe(before);
  await p.keyboard.press('Control+y');
  await expect.poll(() => field.inputValue()).toBe(typed);
}

/** Every 三级 row of the grid as `二级|三级|指标值`, blank rows left out. */
export async function gridContent(p: Page): Promise<string[]> {
  return p.$$eval('.indicator-grid tbody tr', (rows) => {
    let level2 = '';
    return rows.flatMap((tr) => {
      const l2 = tr.querySelector('th.l2');
      if (l2) level2 = l2.textContent ?? '';
      const cells = [...tr.querySelectorAll('td.cell')].map((td) => td.querySelector('textarea')?.value ?? td.textContent ?? '');
      return cells.every((c) => c === '') ? [] : [`${level2}|${cells.join('|')}`];
    });
  });
}

export function gridCell(p: Page, level2Label: string, column: 0 | 1) {
  return p
    .locator('.indicator-grid tbody tr', { has: p.locator('th.l2', { hasText: level2Label }) })
    .locator('td.cell')
    .nth(column);
}
