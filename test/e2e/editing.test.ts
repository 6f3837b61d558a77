/// <reference lib="dom" />
/** Filling in a 绩效目标表 in browser mode: each test opens the app afresh on a department of its own. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import { FIXTURES, TEST_OUTPUT, readJson, tempDir } from '../helpers/paths';
import {
  addDepartment,
  CENTRE,
  CENTRE_TABLE,
  EXPECTED_GRID,
  gridCell,
  gridContent,
  openProject,
  preparedWorkspace,
  PROJECT,
  storedProject,
  typeUndoRedo,
} from './centreProject';
import { browserSession, pasteInto } from './webApp';

const FIRST = readJson<TargetTable[]>(path.join(FIXTURES, 'targets-001.truth.json'));
/** The project as 新建项目 makes it: the header from the department, nothing else. */
const BLANK: TargetTable = { ...CENTRE_TABLE, attribute: '', period: '', totalFunds: null, annualFunds: null, funds: {}, overallGoal: '', indicators: [] };
/** The four indicators the clerk types before pasting the other six. */
const TYPED = CENTRE_TABLE.indicators.slice(0, 4);

const workspace = tempDir('jixiao-e2e-');
/** Department files by name, as prepared. */
const files: Record<string, string> = {};

function prepare(prepared: Workspace): void {
  const departments: [string, TargetTable[]][] = [
    ['表头测试单位', [BLANK]],
    ['撤销测试单位', [CENTRE_TABLE]],
    ['录入测试单位', [BLANK]],
    ['粘贴测试单位', [{ ...CENTRE_TABLE, indicators: TYPED }]],
    ['单元格测试单位', [CENTRE_TABLE]],
    ['指标库测试单位', [CENTRE_TABLE, ...FIRST]],
  ];
  for (const [name, tables] of departments) files[name] = addDepartment(prepared, name, tables).path;
}

const session = browserSession(() => preparedWorkspace(prepare, workspace));
const saved = (p: Page) => expect.poll(() => p.locator('.save-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');

describe('a clerk fills in a 绩效目标表 in browser mode', () => {
  it('prints exactly one line, the address with its token', () => {
    expect(session.app.stdout()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32,}\n$/);
  });

  it('adds a department and a project, whose header starts from the department', async () => {
    const page = await session.freshPage();
    await expect.poll(() => page.locator('h2', { hasText: '新增单位' }).count()).toBe(1);
    await expect.poll(() => page.locator('.path').textContent()).toBe(workspace);

    await page.getByLabel('单位名称').fill(CENTRE);
    await page.getByLabel('单位编码').fill('301018');
    await page.getByLabel('主管部门').fill('自治区科学技术协会');
    await page.getByLabel('表样').selectOption('本级部门');
    await page.getByRole('button', { name: '新增单位' }).click();

    await page.getByRole('button', { name: '新建项目' }).click();
    await page.getByLabel('新项目名称').fill(PROJECT);
    await page.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => page.getByLabel('项目名称').inputValue()).toBe(PROJECT);
    expect(await page.getByLabel('主管部门').inputValue()).toBe('自治区科学技术协会');
    expect(await page.getByLabel('实施单位').inputValue()).toBe(CENTRE);
  }, 60_000);

  it('takes the header and the amounts, refuses at its field what is not an amount, and shows them all after a reload', async () => {
    const page = await session.freshPage();
    await openProject(page, '表头测试单位');
    await page.getByLabel('项目属性').fill('02-经常性项目');
    await page.getByLabel('项目期').fill('99 年');
    await page.getByLabel('项目总额').fill('19.5x');
    await expect.poll(() => page.locator('.field-error').textContent()).toContain('不是数字');
    await page.getByLabel('项目总额').fill('19.51');
    expect(await page.locator('.field-error').count()).toBe(0);
    await page.getByLabel('年度资金总额').fill('19.51');
    await page.getByLabel('本级资金资金总额').fill('19.51');
    await page.getByLabel('本级资金财政拨款').fill('1,9.51'.replace(',', ''));
    await page.getByLabel('本级资金其他资金').fill('0');
    await page.getByLabel('本级资金结余结转资金').fill('0');
    await page.getByLabel('转移市县(区)资金资金总额').fill('0');
    await page.getByLabel('年度总体绩效目标').fill('目标1：加强企业、园区科协组织建设；\n目标2：举办中国创新方法大赛宁夏赛区比赛。');
    await saved(page);
    // What was typed is the project the other tests start from.
    expect(storedProject(files['表头测试单位']!)).toEqual({ ...fromTargetTable(CENTRE_TABLE).content, indicators: [] });

    // Reload: the app reopens the same department and project, and every value is there.
    await page.reload();
    await expect.poll(() => page.getByLabel('项目名称').count()).toBe(1);
    await expect.poll(() => page.getByLabel('项目名称').inputValue()).toBe(PROJECT);
    const values = Object.fromEntries(
      await Promise.all(
        [
          '项目属性',
          '项目期',
          '项目总额',
          '年度资金总额',
          '本级资金资金总额',
          '本级资金财政拨款',
          '本级资金其他资金',
          '本级资金结余结转资金',
          '转移市县(区)资金资金总额',
          '年度总体绩效目标',
        ].map(async (label) => [label, await page.getByLabel(label).inputValue()] as const),
      ),
    );
    expect(values).toEqual({
      项目属性: '02-经常性项目',
      项目期: '99 年',
      项目总额: '19.51',
      年度资金总额: '19.51',
      本级资金资金总额: '19.51',
      本级资金财政拨款: '19.51',
      本级资金其他资金: '0.00',
      本级资金结余结转资金: '0.00',
      '转移市县(区)资金资金总额': '0.00',
      年度总体绩效目标: '目标1：加强企业、园区科协组织建设；\n目标2：举办中国创新方法大赛宁夏赛区比赛。',
    });
    expect(await page.getByLabel('转移市县(区)资金中央资金').inputValue()).toBe('');
  }, 60_000);

  it('undoes and redoes an edit within the editing session', async () => {
    const page = await session.freshPage();
    await openProject(page, '撤销测试单位');
    await typeUndoRedo(page, '项目期', '5年', '99 年');
    await saved(page);
  }, 60_000);

  it('types indicators as in Excel, and shows each 指标值 as it is understood', async () => {
    const page = await session.freshPage();
    await openProject(page, '录入测试单位');
    await gridCell(page, '11-数量指标', 0).click();
    await page.keyboard.type('企业科协组织建设');
    await page.keyboard.press('Tab');
    await page.keyboard.type('14 家');
    await page.keyboard.press('Insert');
    await page.keyboard.type('服务企业户数');
    await page.keyboard.press('Tab');
    await page.keyboard.type('≥1万户');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('成立企业科协组织达成率');
    await page.keyboard.press('Tab');
    await page.keyboard.type('100%');
    await page.keyboard.press('Tab');
    await page.keyboard.type('项目完成时间');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('2024年12月31日前');
    await page.keyboard.press('Enter');

    // The parse is shown beside the value
    const parsed = page.locator('.indicator-grid tbody tr', { hasText: '服务企业户数' }).locator('td.parse');
    expect(await parsed.textContent()).toBe('≥ 10000 户');
    expect(await gridContent(page)).toEqual(EXPECTED_GRID.slice(0, 4));
    await saved(page);
    expect(storedProject(files['录入测试单位']!)?.indicators).toEqual(TYPED);
  }, 60_000);

  it('pastes rows copied from Excel, saves them, and shows the whole table after a reload', async () => {
    const page = await session.freshPage();
    await openProject(page, '粘贴测试单位');
    // Six more pasted from Excel: 一级, 二级 (with codes, merged cells empty), 三级, 指标值
    await gridCell(page, '14-成本指标', 0).click();
    await pasteInto(
      page,
      [
        '1-产出指标\t14-成本指标\t企业科协组织建设\t0.5 万元/家',
        '\t\t园区科协组织建设\t1 万元/家',
        '2-效益指标\t21-经济效益\t0\t0',
        '\t社会效益指标\t企业科技创新能力\t有效提升',
        '\t24-可持续影响\t宣传推介企业科技创新成果\t≧15 项',
        '3-满意度指标\t31-服务对象满意度\t企业服务满意度\t达 90%以上',
        '',
      ].join('\r\n'),
    );
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已粘贴' }).textContent()).toBe('已粘贴 6 行指标');
    expect(await gridContent(page)).toEqual(EXPECTED_GRID);

    await saved(page);
    expect(await page.locator('.project-list tbody tr').first().textContent()).toContain('10');
    expect(storedProject(files['粘贴测试单位']!)).toEqual(fromTargetTable(CENTRE_TABLE).content);
    fs.mkdirSync(path.join(TEST_OUTPUT, 'e2e'), { recursive: true });
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'editor.png'), fullPage: true });

    await page.reload();
    await expect.poll(() => page.getByLabel('项目名称').count()).toBe(1);
    await expect.poll(() => page.getByLabel('项目名称').inputValue()).toBe(PROJECT);
    expect(await gridContent(page)).toEqual(EXPECTED_GRID);
  }, 60_000);

  it('edits a cell in place with F2, clears one with Delete and brings it back with Ctrl+Z, abandons an edit with Escape, replaces a cell typed over', async () => {
    const page = await session.freshPage();
    await openProject(page, '单元格测试单位');
    const withSuffix = EXPECTED_GRID.map((r) => r.replace('项目完成时间|', '项目完成时间节点|'));
    await gridCell(page, '13-时效指标', 0).click();
    await page.keyboard.press('F2');
    await page.keyboard.type('节点');
    await page.keyboard.press('Enter');
    await expect.poll(() => gridContent(page)).toEqual(withSuffix);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Delete');
    await expect.poll(() => gridContent(page)).toContain('13-时效指标||2024年12月31日前');
    await page.keyboard.press('Control+z');
    await expect.poll(() => gridContent(page)).toEqual(withSuffix);
    // Escape abandons an edit
    await gridCell(page, '13-时效指标', 0).dblclick();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await expect.poll(() => gridContent(page)).toEqual(withSuffix);
    // Typing over a selected cell replaces it
    await gridCell(page, '13-时效指标', 0).click();
    await page.keyboard.type('项目完成时间');
    await page.keyboard.press('Enter');
    expect(await gridContent(page)).toEqual(EXPECTED_GRID);
    await saved(page);
  }, 60_000);

  it('offers names from the indicator library while typing a 三级 name, by pinyin initials too', async () => {
    const page = await session.freshPage();
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '指标库测试单位' });
    await page.getByRole('button', { name: '新建项目' }).click();
    await page.getByLabel('新项目名称').fill('指标库测试');
    await page.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => page.getByLabel('项目名称').inputValue()).toBe('指标库测试');
    await gridCell(page, '11-数量指标', 0).click();
    await page.keyboard.type('qykx');
    const options = page.getByRole('listbox', { name: '指标库' }).getByRole('option');
    // 企业科协组织建设 (of the centre's project) leads; the imported 指标 1: 企业科协组织建设 follows.
    await expect.poll(async () => (await options.allTextContents()).join('\n')).toContain('指标 1: 企业科协组织建设');
    expect(await options.first().textContent()).toBe('企业科协组织建设数量指标 · 14 家');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => gridContent(page)).toEqual(['11-数量指标|企业科协组织建设|14 家']);
    await saved(page);
  }, 60_000);
});
