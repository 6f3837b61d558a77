/// <reference lib="dom" />
/**
 * The 绩效目标表 as a clerk used to WPS and Excel works in it: amounts typed with their unit, the
 * grid's columns and cell editor at the common screen sizes, and undo without blank steps. Each test
 * opens the app afresh on a department of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import { TEST_OUTPUT } from '../helpers/paths';
import { addDepartment, CENTRE_TABLE, gridCell, gridContent, openProject, preparedWorkspace, storedProject, YEAR } from './centreProject';
import { browserSession, pasteInto, SCREENS } from './webApp';

/** Department files by name, as prepared. */
const files: Record<string, string> = {};

/** A 三级 name and a 指标值 as long as clerks write them. */
const LONG_NAME = '农村饮水安全巩固提升工程受益人口覆盖率及水质达标情况';
const LONG_VALUE = '≥95%（以县疾控中心年度水质监测报告为准）';
const LONG_TABLE = {
  ...CENTRE_TABLE,
  indicators: [{ level1: '产出指标', level2: '数量指标', name: LONG_NAME, value: LONG_VALUE }, ...CENTRE_TABLE.indicators.slice(1)],
};

function prepare(prepared: Workspace): void {
  for (const name of ['金额测试单位', '撤销修正测试单位']) files[name] = addDepartment(prepared, name).path;
  for (const name of ['列宽测试单位', '换行测试单位']) files[name] = addDepartment(prepared, name, [LONG_TABLE]).path;
  files['消息测试单位'] = addDepartment(prepared, '消息测试单位', [CENTRE_TABLE, { ...CENTRE_TABLE, year: 2023 }]).path;
}

/** The width of the grid's header cell of that text, in pixels. */
const headerWidth = (p: Page, column: number) =>
  p
    .locator('.indicator-grid thead th')
    .nth(column)
    .evaluate((th) => th.getBoundingClientRect().width);

const session = browserSession(() => preparedWorkspace(prepare));
const saved = (p: Page) => expect.poll(() => p.locator('.save-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');

describe('a clerk used to WPS and Excel', () => {
  it('types amounts with their unit, in 元 or 万元, and sees them as the form prints them; a bare figure too large for 万元 is asked about', async () => {
    const page = await session.freshPage();
    await openProject(page, '金额测试单位');
    // Shown as the form prints amounts.
    expect(await page.getByLabel('项目总额').inputValue()).toBe('19.51');
    expect(await page.getByLabel('本级资金其他资金').inputValue()).toBe('0.00');

    const typed: [string, string, number][] = [
      ['项目总额', '450万', 450_000_000],
      ['年度资金总额', '450万元', 450_000_000],
      ['本级资金资金总额', '4,500,000元', 450_000_000],
      ['本级资金财政拨款', '4500000.01元', 450_000_001],
    ];
    for (const [label, text] of typed) {
      await page.getByLabel(label).fill(text);
      expect(await page.locator('.field-error').count()).toBe(0);
      await page.getByLabel(label).press('Tab');
    }
    for (const [label] of typed.slice(0, 3)) expect(await page.getByLabel(label).inputValue()).toBe('450.00');
    expect(await page.getByLabel('本级资金财政拨款').inputValue()).toBe('450.000001');

    // 4500000 万元 is 450 亿元: kept as typed, and the field asks; the clerk chooses 元.
    await page.getByLabel('本级资金财政拨款').fill('4500000');
    const offer = page.locator('.field-offer');
    await expect.poll(() => offer.textContent()).toContain('4500000.00 万元过大，是否按元填写？');
    await page.getByLabel('本级资金财政拨款').press('Tab');
    expect(await page.getByLabel('本级资金财政拨款').inputValue()).toBe('4500000');
    await saved(page);
    expect(storedProject(files['金额测试单位']!)?.funds.财政拨款).toBe(4_500_000_000_000);
    await offer.getByRole('button', { name: '按元：450.00 万元' }).click();
    expect(await page.getByLabel('本级资金财政拨款').inputValue()).toBe('450.00');
    expect(await offer.count()).toBe(0);
    await saved(page);
    const stored = storedProject(files['金额测试单位']!)!;
    expect([stored.totalFunds, stored.annualFunds]).toEqual([450_000_000, 450_000_000]);

    // 保持原值 keeps 万元, and the question goes.
    await page.getByLabel('本级资金其他资金').fill('200000');
    await offer.getByRole('button', { name: '保持原值' }).click();
    expect(await page.getByLabel('本级资金其他资金').inputValue()).toBe('200000.00');
    expect(await offer.count()).toBe(0);
  }, 60_000);

  it('sees the grid’s 三级 and 指标值 at 1280×720, 1366×768 and 1920×1080 wide enough to read, and a long name whole in the cell editor', async () => {
    const page = await session.freshPage();
    await openProject(page, '列宽测试单位');
    fs.mkdirSync(path.join(TEST_OUTPUT, 'e2e'), { recursive: true });
    for (const [width, height] of SCREENS) {
      await page.setViewportSize({ width, height });
      await gridCell(page, '11-数量指标', 0).click();
      await gridCell(page, '11-数量指标', 0).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', `grid-${width}x${height}.png`) });
      expect(await headerWidth(page, 2)).toBeGreaterThanOrEqual(180);
      expect(await headerWidth(page, 3)).toBeGreaterThanOrEqual(140);
      // Nothing of the grid is cut off at the right.
      expect(await page.locator('.indicator-grid').evaluate((g) => g.scrollWidth - g.clientWidth)).toBeLessThanOrEqual(0);
      // The editor shows the whole name, over as many lines as it takes.
      const editor = page.locator('.indicator-grid td.cell.active textarea');
      expect(await editor.inputValue()).toBe(LONG_NAME);
      const hidden = await editor.evaluate((e) => e.scrollHeight - e.clientHeight + (e.scrollWidth - e.clientWidth));
      expect(hidden).toBeLessThanOrEqual(0);
    }
  }, 60_000);

  // Dragged wider, a column takes its room from the others down to their minimum (the grid fits the window).
  it('drags a column wider and finds it so after a restart, sizes it to its text again with a double-click, and breaks a line in a cell with Alt+Enter', async () => {
    const page = await session.freshPage();
    await openProject(page, '换行测试单位');
    const fitted = await headerWidth(page, 2);
    const edge = page.locator('.indicator-grid thead th').nth(2).locator('.column-edge');
    const box = (await edge.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 15, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => headerWidth(page, 2)).toBeCloseTo(fitted + 30, 0);

    await page.reload();
    await expect.poll(() => page.getByLabel('项目名称').inputValue()).not.toBe('');
    await expect.poll(() => headerWidth(page, 2)).toBeCloseTo(fitted + 30, 0);
    await page.locator('.indicator-grid thead th').nth(2).locator('.column-edge').dblclick();
    await expect.poll(() => headerWidth(page, 2)).toBeCloseTo(fitted, 0);

    // Alt+Enter breaks the line where the caret is, and the cell shows both lines.
    await gridCell(page, '11-数量指标', 1).click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Alt+Enter');
    await page.keyboard.type('以县疾控中心报告为准');
    await page.keyboard.press('Enter');
    await saved(page);
    expect(storedProject(files['换行测试单位']!)?.indicators[0]!.value).toBe(`${LONG_VALUE}\n以县疾控中心报告为准`);
    const cell = gridCell(page, '11-数量指标', 1);
    expect(await cell.evaluate((td) => td.firstChild?.textContent)).toBe(`${LONG_VALUE}\n以县疾控中心报告为准`);
    // In the active cell the box is as tall as its lines.
    await cell.click();
    const editor = page.locator('.indicator-grid td.cell.active textarea');
    expect(await editor.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(0);
    expect(await editor.evaluate((e) => e.clientHeight)).toBeGreaterThanOrEqual(40);
  }, 60_000);

  it('undoes three one-click fixes with three Ctrl+Z, the last first, without a blank step or the focus jumping to a field', async () => {
    const page = await session.freshPage();
    await openProject(page, '撤销修正测试单位');
    const checks = page.getByRole('complementary', { name: '审核' });
    const value = (label: string) => page.getByLabel(label).inputValue();
    await page.getByLabel('本级资金财政拨款').fill('18.51');
    const fixes = [
      [checks.locator('li[data-rule="funding.group-sum"]').getByRole('button', { name: '改为 18.51' }), '本级资金资金总额'],
      [checks.locator('li[data-rule="funding.annual-sum"]').getByRole('button', { name: '改为 18.51' }), '年度资金总额'],
    ] as const;
    for (const [button, label] of fixes) {
      await button.click();
      await expect.poll(() => value(label)).toBe('18.51');
    }
    await checks
      .locator('li[data-rule="value.date-in-year"]')
      .getByRole('button', { name: `改为 ${YEAR} 年` })
      .click();
    await expect.poll(() => gridContent(page)).toContain(`13-时效指标|项目完成时间|${YEAR}年12月31日前`);

    await page.keyboard.press('Control+z');
    await expect.poll(() => gridContent(page)).toContain('13-时效指标|项目完成时间|2024年12月31日前');
    expect([await value('年度资金总额'), await value('本级资金资金总额'), await value('本级资金财政拨款')]).toEqual(['18.51', '18.51', '18.51']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null)).not.toBe('本级资金财政拨款');
    await page.keyboard.press('Control+z');
    await expect.poll(() => value('年度资金总额')).toBe('19.51');
    await page.keyboard.press('Control+z');
    await expect.poll(() => value('本级资金资金总额')).toBe('19.51');
    expect(await value('本级资金财政拨款')).toBe('18.51');
    await saved(page);
  }, 60_000);

  it('sees a message only beside what it is about: a paste’s goes when the paste is undone, an export’s is not shown on another year', async () => {
    const page = await session.freshPage();
    await openProject(page, '消息测试单位');
    await gridCell(page, '14-成本指标', 0).click();
    await pasteInto(page, '设备购置\t2 万元/台\r\n耗材\t0.5 万元\r\n');
    const pasted = page.locator('.indicator-grid p[role="status"]');
    await expect.poll(() => pasted.textContent()).toBe('已粘贴 2 行指标');
    await page.keyboard.press('Control+z');
    await expect.poll(() => pasted.textContent()).not.toContain('已粘贴');
    await page.keyboard.press('Control+y');
    await expect.poll(() => pasted.textContent()).toBe('已粘贴 2 行指标');
    await saved(page);

    const bar = page.locator('.export-bar');
    // The table's date outside the year is an 错误: the export asks first.
    await bar.getByRole('button', { name: '导出 Word' }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('dialog', { name: '确认' }).getByRole('button', { name: '仍然导出' }).click()]);
    await expect.poll(() => bar.textContent()).toContain('已导出');
    expect(await bar.textContent()).toContain(String(YEAR));
    await page.getByLabel('年度', { exact: true }).selectOption('2023');
    await expect.poll(() => page.locator('.project-list tbody tr').count()).toBe(1);
    expect(await bar.textContent()).not.toContain('已导出');
  }, 60_000);
});
