/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES, TEST_OUTPUT, tempDir } from '../helpers/paths';
import { browserSession, pasteInto } from './webApp';

const workspace = tempDir('jixiao-e2e-');
const session = browserSession(() => workspace);

/** Every 三级 row of the grid as `二级|三级|指标值`, blank rows left out. */
async function gridContent(p: Page): Promise<string[]> {
  return p.$$eval('.indicator-grid tbody tr', (rows) => {
    let level2 = '';
    return rows.flatMap((tr) => {
      const l2 = tr.querySelector('th.l2');
      if (l2) level2 = l2.textContent ?? '';
      const cells = [...tr.querySelectorAll('td.cell')].map((td) => td.querySelector('input')?.value ?? td.textContent ?? '');
      return cells.every((c) => c === '') ? [] : [`${level2}|${cells.join('|')}`];
    });
  });
}

function gridCell(p: Page, level2Label: string, column: 0 | 1) {
  return p.locator('.indicator-grid tbody tr', { has: p.locator('th.l2', { hasText: level2Label }) }).locator('td.cell').nth(column);
}

const EXPECTED_GRID = [
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

describe('a clerk fills in a 绩效目标表 in browser mode', () => {
  it('prints exactly one line, the address with its token', () => {
    expect(session.app.stdout()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32,}\n$/);
  });

  it('adds a department and a project, fills everything, and finds it all after a reload', async () => {
    await session.page.goto(session.app.url);
    await expect.poll(() => session.page.locator('h2', { hasText: '新增单位' }).count()).toBe(1);
    await expect.poll(() => session.page.locator('.path').textContent()).toBe(workspace);

    await session.page.getByLabel('单位名称').fill('宁夏回族自治区企业创新服务中心');
    await session.page.getByLabel('单位编码').fill('301018');
    await session.page.getByLabel('主管部门').fill('自治区科学技术协会');
    await session.page.getByLabel('表样').selectOption('本级部门');
    await session.page.getByRole('button', { name: '新增单位' }).click();

    await session.page.getByRole('button', { name: '新建项目' }).click();
    await session.page.getByLabel('新项目名称').fill('宁夏回族自治区企业服务中心工作经费');
    await session.page.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => session.page.getByLabel('项目名称').inputValue()).toBe('宁夏回族自治区企业服务中心工作经费');
    expect(await session.page.getByLabel('主管部门').inputValue()).toBe('自治区科学技术协会');
    expect(await session.page.getByLabel('实施单位').inputValue()).toBe('宁夏回族自治区企业创新服务中心');

    // Header and funding block
    await session.page.getByLabel('项目属性').fill('02-经常性项目');
    await session.page.getByLabel('项目期').fill('99 年');
    await session.page.getByLabel('项目总额').fill('19.5x');
    await expect.poll(() => session.page.locator('.field-error').textContent()).toContain('不是数字');
    await session.page.getByLabel('项目总额').fill('19.51');
    expect(await session.page.locator('.field-error').count()).toBe(0);
    await session.page.getByLabel('年度资金总额').fill('19.51');
    await session.page.getByLabel('本级资金资金总额').fill('19.51');
    await session.page.getByLabel('本级资金财政拨款').fill('1,9.51'.replace(',', ''));
    await session.page.getByLabel('本级资金其他资金').fill('0');
    await session.page.getByLabel('本级资金结余结转资金').fill('0');
    await session.page.getByLabel('转移市县(区)资金资金总额').fill('0');
    await session.page.getByLabel('年度总体绩效目标').fill('目标1：加强企业、园区科协组织建设；\n目标2：举办中国创新方法大赛宁夏赛区比赛。');

    // Undo and redo within the editor session
    await session.page.getByLabel('项目期').fill('5年');
    await session.page.keyboard.press('Control+z');
    await expect.poll(() => session.page.getByLabel('项目期').inputValue()).toBe('99 年');
    await session.page.keyboard.press('Control+y');
    await expect.poll(() => session.page.getByLabel('项目期').inputValue()).toBe('5年');
    await session.page.getByLabel('项目期').fill('99 年');

    // Four indicators typed, as in Excel
    await gridCell(session.page, '11-数量指标', 0).click();
    await session.page.keyboard.type('企业科协组织建设');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.type('14 家');
    await session.page.keyboard.press('Insert');
    await session.page.keyboard.type('服务企业户数');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.type('≥1万户');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.press('Shift+Tab');
    await session.page.keyboard.type('成立企业科协组织达成率');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.type('100%');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.type('项目完成时间');
    await session.page.keyboard.press('ArrowRight');
    await session.page.keyboard.type('2024年12月31日前');
    await session.page.keyboard.press('Enter');

    // The parse is shown beside the value
    const parsed = session.page.locator('.indicator-grid tbody tr', { hasText: '服务企业户数' }).locator('td.parse');
    expect(await parsed.textContent()).toBe('≥ 10000 户');

    // Six more pasted from Excel: 一级, 二级 (with codes, merged cells empty), 三级, 指标值
    await gridCell(session.page, '14-成本指标', 0).click();
    await pasteInto(
      session.page,
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
    await expect.poll(() => session.page.getByRole('status').filter({ hasText: '已粘贴' }).textContent()).toBe('已粘贴 6 行指标');
    expect(await gridContent(session.page)).toEqual(EXPECTED_GRID);

    // F2 edits the cell's text in place; Delete clears a cell; Ctrl+Z brings it back.
    const withSuffix = EXPECTED_GRID.map((r) => r.replace('项目完成时间|', '项目完成时间节点|'));
    await gridCell(session.page, '13-时效指标', 0).click();
    await session.page.keyboard.press('F2');
    await session.page.keyboard.type('节点');
    await session.page.keyboard.press('Enter');
    await expect.poll(() => gridContent(session.page)).toEqual(withSuffix);
    await session.page.keyboard.press('ArrowUp');
    await session.page.keyboard.press('Delete');
    await expect.poll(() => gridContent(session.page)).toContain('13-时效指标||2024年12月31日前');
    await session.page.keyboard.press('Control+z');
    await expect.poll(() => gridContent(session.page)).toEqual(withSuffix);
    // Escape abandons an edit
    await gridCell(session.page, '13-时效指标', 0).dblclick();
    await session.page.keyboard.press('Backspace');
    await session.page.keyboard.press('Backspace');
    await session.page.keyboard.press('Escape');
    await session.page.keyboard.press('Enter');
    await expect.poll(() => gridContent(session.page)).toEqual(withSuffix);
    // Typing over a selected cell replaces it
    await gridCell(session.page, '13-时效指标', 0).click();
    await session.page.keyboard.type('项目完成时间');
    await session.page.keyboard.press('Enter');
    expect(await gridContent(session.page)).toEqual(EXPECTED_GRID);

    await expect.poll(() => session.page.locator('.save-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    expect(await session.page.locator('.project-list tbody tr').first().textContent()).toContain('10');

    fs.mkdirSync(path.join(TEST_OUTPUT, 'e2e'), { recursive: true });
    await session.page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'editor.png'), fullPage: true });

    // Reload: the app reopens the same department and project, and every value is there.
    await session.page.reload();
    await expect.poll(() => session.page.getByLabel('项目名称').count()).toBe(1);
    await expect.poll(() => session.page.getByLabel('项目名称').inputValue()).toBe('宁夏回族自治区企业服务中心工作经费');
    const values = Object.fromEntries(
      await Promise.all(
        ['项目属性', '项目期', '项目总额', '年度资金总额', '本级资金资金总额', '本级资金财政拨款', '本级资金其他资金', '本级资金结余结转资金', '转移市县(区)资金资金总额', '年度总体绩效目标'].map(
          async (label) => [label, await session.page.getByLabel(label).inputValue()] as const,
        ),
      ),
    );
    expect(values).toEqual({
      项目属性: '02-经常性项目',
      项目期: '99 年',
      项目总额: '19.51',
      年度资金总额: '19.51',
      本级资金资金总额: '19.51',
      本级资金财政拨款: '19.51',
      本级资金其他资金: '0',
      本级资金结余结转资金: '0',
      '转移市县(区)资金资金总额': '0',
      年度总体绩效目标: '目标1：加强企业、园区科协组织建设；\n目标2：举办中国创新方法大赛宁夏赛区比赛。',
    });
    expect(await session.page.getByLabel('转移市县(区)资金中央资金').inputValue()).toBe('');
    expect(await gridContent(session.page)).toEqual(EXPECTED_GRID);
  }, 120_000);

  it('checks the table as the clerk types: jump, fix, acknowledge', async () => {
    const checks = session.page.getByRole('complementary', { name: '审核' });
    // The table is for the default year (from October on, next year); its 时效 date of 2024 is not.
    const year = await session.page.getByLabel('年度', { exact: true }).inputValue();
    const dateFinding = checks.locator('li[data-rule="value.date-in-year"]');
    await expect.poll(() => dateFinding.textContent()).toContain(`不在 ${year} 年度内`);
    expect(await session.page.locator('.project-list tbody tr').first().locator('.count.errors').textContent()).toMatch(/^错\d+$/);

    await dateFinding.locator('button.finding').click();
    await expect.poll(() => session.page.locator('.indicator-grid td.cell.active input').inputValue()).toBe('2024年12月31日前');
    await dateFinding.getByRole('button', { name: `改为 ${year} 年` }).click();
    await expect.poll(() => gridContent(session.page)).toContain(`13-时效指标|项目完成时间|${year}年12月31日前`);
    await expect.poll(() => dateFinding.count()).toBe(0);

    // Typing a wrong amount makes a finding appear; it points at the field.
    await session.page.getByLabel('本级资金财政拨款').fill('18.51');
    const sumFinding = checks.locator('li[data-rule="funding.group-sum"]');
    await expect.poll(() => sumFinding.textContent()).toContain('本级资金资金总额 19.51 万元不等于 财政拨款 + 其他资金 + 结余结转资金 = 18.51 万元');
    await session.page.getByLabel('项目属性').focus();
    await sumFinding.locator('button.finding').click();
    expect(await session.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('本级资金资金总额');
    await session.page.getByLabel('本级资金财政拨款').fill('19.51');
    await expect.poll(() => sumFinding.count()).toBe(0);

    // A 提醒 acknowledged with a 说明 stays acknowledged after a reload.
    const hygiene = checks.locator('li[data-rule="hygiene.value"]');
    await hygiene.getByRole('button', { name: '确认无误…' }).click();
    await session.page.getByLabel('确认说明').fill('按主管部门模板保留“≧”');
    await session.page.getByRole('button', { name: '确认', exact: true }).click();
    await expect.poll(() => hygiene.count()).toBe(0);
    await expect.poll(() => session.page.locator('.save-status').getAttribute('data-state')).toBe('saved');
    await session.page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'checks.png'), fullPage: true });
    await session.page.reload();
    await expect.poll(() => checks.locator('details summary').textContent()).toBe('已确认的提醒（1）');
    await checks.locator('details summary').click();
    expect(await checks.locator('.acknowledged-finding .note').textContent()).toBe('说明：按主管部门模板保留“≧”');
    expect(await session.page.locator('.year-totals').textContent()).toMatch(/共 1 个项目 · 审核：/);
  }, 60_000);

  it('exports the year as Excel and Word downloads, asking first when a table has 错误', async () => {
    const year = await session.page.getByLabel('年度', { exact: true }).inputValue();
    const [excel] = await Promise.all([session.page.waitForEvent('download'), session.page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(excel.suggestedFilename()).toBe(`宁夏回族自治区企业创新服务中心${year}年项目支出绩效目标.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await excel.path())!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '宁夏回族自治区企业服务中心工作经费']);
    expect(wb.worksheets[1]!.getCell('B4').value).toBe('宁夏回族自治区企业服务中心工作经费');

    await session.page.getByLabel('项目属性').fill('');
    await expect.poll(() => session.page.locator('.project-list tbody .count.errors').count()).toBe(1);
    await session.page.getByRole('button', { name: '导出 Word' }).click();
    await expect.poll(() => session.page.getByRole('dialog').textContent()).toContain('导出的文件将标为“草稿”');
    const [word] = await Promise.all([session.page.waitForEvent('download'), session.page.getByRole('dialog').getByRole('button', { name: '仍然导出' }).click()]);
    expect(word.suggestedFilename()).toBe(`宁夏回族自治区企业创新服务中心${year}年项目支出绩效目标（草稿）.docx`);
    await session.page.getByLabel('项目属性').fill('02-经常性项目');
    await expect.poll(() => session.page.locator('.save-status').getAttribute('data-state')).toBe('saved');
  }, 60_000);

  it('imports a workbook after a preview, and carries the year forward', async () => {
    const year = Number(await session.page.getByLabel('年度', { exact: true }).inputValue());
    await session.page.getByRole('button', { name: '导入…' }).click();
    const dialog = session.page.getByRole('dialog', { name: '导入' });
    await dialog.getByLabel('选择文件').setInputFiles(path.join(FIXTURES, 'targets-001.xlsx'));
    await expect.poll(() => dialog.locator('table.import-preview tbody tr').count()).toBe(2);
    // Last year's tables into this year, to carry them forward.
    await dialog.getByLabel('导入到年度').selectOption(String(year));
    await expect.poll(() => dialog.getByLabel('宁夏回族自治区企业服务中心工作经费 同名处理').count()).toBe(1);
    // The first table has the name of the project already there: keep both.
    await dialog.getByLabel('宁夏回族自治区企业服务中心工作经费 同名处理').selectOption('keep');
    await session.page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'import-preview.png') });
    await dialog.getByRole('button', { name: '导入所选 2 张表' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('导入完成：新建 1，替换 0，两份都保留 1，跳过 0');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => session.page.locator('.project-list tbody tr').count()).toBe(3);

    await session.page.getByLabel('下一年度').click();
    await session.page.getByRole('button', { name: '从上年结转…' }).click();
    const carry = session.page.getByRole('dialog', { name: '从上年结转' });
    await expect.poll(() => carry.locator('li').count()).toBe(3);
    // The one-year project is left unticked.
    expect(await carry.locator('li', { hasText: '服务企业创新系列活动' }).getByRole('checkbox').isChecked()).toBe(false);
    await carry.getByRole('button', { name: '结转所选 2 个项目' }).click();
    await expect.poll(() => carry.getByRole('status').textContent()).toContain('已结转 2 个项目');
    await carry.getByRole('button', { name: '关闭' }).click();
    await session.page.locator('.project-list tbody tr', { hasText: '（2）' }).click();
    await expect.poll(() => session.page.locator('.carry-banner').textContent()).toContain(`本项目由 ${year} 年度结转`);
    await session.page.getByRole('button', { name: '金额已核对' }).click();
    await expect.poll(() => session.page.locator('.carry-banner button').count()).toBe(2);
    await session.page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'carried.png'), fullPage: true });
    await session.page.getByLabel('上一年度').click();
    await session.page.locator('.project-list tbody tr', { hasText: '企业服务中心工作经费' }).first().click();
  }, 60_000);

  it('offers names from the indicator library while typing a 三级 name, by pinyin initials too', async () => {
    await session.page.getByRole('button', { name: '新建项目' }).click();
    await session.page.getByLabel('新项目名称').fill('指标库测试');
    await session.page.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => session.page.getByLabel('项目名称').inputValue()).toBe('指标库测试');
    await gridCell(session.page, '11-数量指标', 0).click();
    await session.page.keyboard.type('qykx');
    const options = session.page.getByRole('listbox', { name: '指标库' }).getByRole('option');
    // 企业科协组织建设 (typed in the first project) leads; the imported 指标 1: 企业科协组织建设 follows.
    await expect.poll(async () => (await options.allTextContents()).join('\n')).toContain('指标 1: 企业科协组织建设');
    expect(await options.first().textContent()).toBe('企业科协组织建设数量指标 · 14 家');
    await session.page.keyboard.press('ArrowDown');
    await session.page.keyboard.press('Enter');
    await expect.poll(() => gridContent(session.page)).toEqual(['11-数量指标|企业科协组织建设|14 家']);
    await expect.poll(() => session.page.locator('.save-status').getAttribute('data-state')).toBe('saved');
  }, 60_000);

  it('deletes a project after confirmation, and undoes it', async () => {
    const before = await session.page.locator('.project-list tbody tr').count();
    const row = session.page.locator('.project-list tbody tr', { hasText: '企业服务中心工作经费' }).first();
    await row.getByRole('button', { name: '复制' }).click();
    await expect.poll(() => session.page.locator('.project-list tbody tr').count()).toBe(before + 1);
    const copy = session.page.locator('.project-list tbody tr', { hasText: '（副本）' });
    await copy.getByRole('button', { name: '删除' }).click();
    await session.page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => session.page.locator('.project-list tbody tr').count()).toBe(before);
    await session.page.getByRole('button', { name: '撤销删除' }).click();
    await expect.poll(() => session.page.locator('.project-list tbody tr').count()).toBe(before + 1);
    await expect.poll(async () => (await gridContent(session.page)).length).toBe(EXPECTED_GRID.length);
  }, 60_000);
});
