/// <reference lib="dom" />
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { departmentWith } from '../helpers/departments';
import { ROOT, TEST_OUTPUT, readJson } from '../helpers/paths';
import { browserSession, pasteInto } from './webApp';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));
const ACTUALS = ['2台', '1台', '100%', '2024年6月20日', '7800元/台', '14300元', '98%', '5年', '96%'];
const PREPARED = ['撤销测试单位', '跳转测试单位'];

/** A department file with last year's project, as a clerk has it at year end; beside it one whose 自评表 is prepared, for each test that needs its own. */
function prepareWorkspace(): string {
  const { workspace } = departmentWith('自治区发展改革委', '本级部门', [CLEAN]);
  for (const name of PREPARED) {
    const { api, departmentFile } = departmentWith(name, '本级部门', [CLEAN], workspace);
    api.generateSelfEvaluations({ departmentFile, year: 2024, variant: '项目', replace: false });
  }
  workspace.close();
  return workspace.path;
}

const rules = (p: Page) => p.locator('aside[aria-label="自评表审核"] li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.rule));
const saved = (p: Page) => expect.poll(() => p.locator('.save-status').getAttribute('data-state')).toBe('saved');
const focused = (p: Page) => p.evaluate(() => document.activeElement?.getAttribute('aria-label'));

/** Opens the 自评表 of the department's project of 2024. */
async function openEvaluation(p: Page, department: string): Promise<void> {
  await p.getByLabel('单位', { exact: true }).selectOption({ label: department });
  await p.getByLabel('年度', { exact: true }).selectOption('2024');
  await p.locator('.project-list tbody tr', { hasText: '办公家具设备购置' }).click();
  await p.getByRole('tab', { name: '绩效自评表' }).click();
  await expect.poll(() => p.locator('h1').textContent()).toBe('项目支出绩效自评表');
}

const session = browserSession(prepareWorkspace);

describe('a clerk fills in the 自评表 at year end', () => {
  it('prepares it from the targets, enters what happened, and sees every score suggested', async () => {
    await session.page.goto(session.app.url);
    await session.page.getByLabel('单位', { exact: true }).selectOption({ label: '自治区发展改革委' });
    await session.page.getByLabel('年度', { exact: true }).selectOption('2024');
    await session.page.locator('.project-list tbody tr', { hasText: '办公家具设备购置' }).click();
    await session.page.getByRole('tab', { name: '绩效自评表' }).click();
    await expect.poll(() => session.page.locator('.generate-panel').textContent()).toContain('这个项目还没有自评表');
    await session.page.getByRole('button', { name: '生成自评表', exact: true }).click();
    await expect.poll(() => session.page.locator('h1').textContent()).toBe('项目支出绩效自评表');
    expect(await session.page.getByLabel('年度资金总额全年预算数').inputValue()).toBe('3.00');

    await session.page.getByLabel('年度资金总额全年执行数').fill('2.8');
    await expect.poll(() => session.page.locator('[data-cell="rate:total"]').textContent()).toBe('93.33%');
    await session.page.locator('[data-target="evaluation:0:actual"]').focus();
    await pasteInto(session.page, `${ACTUALS.join('\n')}\n`);
    expect(await session.page.locator('[data-col="actual"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(ACTUALS);
    await expect.poll(() => session.page.locator('.total-score').textContent()).toBe('总分 99.33（优）');
    expect(await rules(session.page)).toEqual([]);

    // Enter goes down the column, as in Excel.
    await session.page.locator('[data-target="evaluation:2:actual"]').press('Enter');
    expect(await session.page.evaluate(() => (document.activeElement as HTMLElement).dataset.row)).toBe('3');
  }, 90_000);

  it('an overridden score needs a reason, and a lost point an explanation', async () => {
    await session.page.locator('[data-target="evaluation:3:actual"]').fill('2024年7月10日');
    await expect.poll(() => rules(session.page)).toEqual(['se.unscored']);
    await session.page.getByLabel('时效指标「采购完成时间」得分').fill('7');
    await expect.poll(() => rules(session.page)).toEqual(['se.override-reason', 'se.deviation']);
    await session.page.getByLabel('时效指标「采购完成时间」改分理由').fill('到货延迟 10 天');
    await session.page.getByLabel('时效指标「采购完成时间」偏差原因').fill('供应商到货延迟，已约谈');
    await expect.poll(() => rules(session.page)).toEqual([]);
    await expect.poll(() => session.page.locator('.total-score').textContent()).toBe('总分 98（优）');
    await saved(session.page);
    await session.page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'self-evaluation.png'), fullPage: true });

    await session.page.reload();
    await session.page.locator('.project-list tbody tr', { hasText: '办公家具设备购置' }).click();
    await expect.poll(() => session.page.locator('.project-list td.self-evaluation').first().textContent()).toBe('98 优');
    await session.page.getByRole('tab', { name: '绩效自评表' }).click();
    await expect.poll(() => session.page.getByLabel('时效指标「采购完成时间」改分理由').inputValue()).toBe('到货延迟 10 天');
  }, 60_000);

  it('exports the 自评表 and gives the 决算 paragraph to copy', async () => {
    await session.page.getByLabel('导出的表').selectOption('selfEvaluations');
    const [excel] = await Promise.all([session.page.waitForEvent('download'), session.page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(excel.suggestedFilename()).toBe('自治区发展改革委2024年项目支出绩效自评表.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await excel.path())!);
    expect(wb.getWorksheet('汇总')!.getRow(3).values).toEqual([undefined, 1, '办公家具设备购置', 3, 2.8, '93.33%', 98, '优']);

    await session.page.getByRole('button', { name: '决算说明文字' }).click();
    await expect.poll(() => session.page.getByLabel('决算说明文字', { exact: true }).inputValue()).toContain('（1）“办公家具设备购置”项目自评得分为 98 分。');
    await session.page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  }, 60_000);

  it('undoes and redoes its edits with Ctrl+Z and Ctrl+Y, a pasted column as one, and saves what it shows', async () => {
    const page = await session.freshPage();
    await openEvaluation(page, '撤销测试单位');
    const executed = page.getByLabel('年度资金总额全年执行数');
    const actuals = () => page.locator('[data-col="actual"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const none = ACTUALS.map(() => '');
    await executed.fill('2.8');
    await expect.poll(() => page.locator('[data-cell="rate:total"]').textContent()).toBe('93.33%');
    await page.getByLabel('数量指标「便携式计算机」实际完成值').focus();
    await pasteInto(page, `${ACTUALS.join('\n')}\n`);
    await expect.poll(actuals).toEqual(ACTUALS);
    await saved(page);

    await page.keyboard.press('Control+z');
    await expect.poll(actuals).toEqual(none);
    expect(await executed.inputValue()).toBe('2.80');
    await page.keyboard.press('Control+z');
    await expect.poll(() => executed.inputValue()).toBe('');
    expect(await page.locator('[data-cell="rate:total"]').textContent()).toBe('—');
    await page.keyboard.press('Control+y');
    await expect.poll(() => executed.inputValue()).toBe('2.80');
    await page.keyboard.press('Control+y');
    await expect.poll(actuals).toEqual(ACTUALS);
    await page.keyboard.press('Control+z');
    await expect.poll(actuals).toEqual(none);
    await saved(page);

    await page.reload();
    await page.getByRole('tab', { name: '绩效自评表' }).click();
    await expect.poll(() => page.getByLabel('年度资金总额全年执行数').inputValue()).toBe('2.80');
    expect(await actuals()).toEqual(none);
  }, 60_000);

  it('takes the clerk from a finding to the field it is about: a budget figure, a weight, a score’s reason', async () => {
    const page = await session.freshPage();
    await openEvaluation(page, '跳转测试单位');
    const checks = page.getByRole('complementary', { name: '自评表审核' });
    const jump = async (rule: string, about: string) => {
      await page.getByRole('tab', { name: '绩效自评表' }).focus();
      await checks.locator(`li[data-rule="${rule}"]`, { hasText: about }).locator('button.finding').click();
    };

    // Nothing executed yet: 预算执行 has no score for want of the 全年执行数.
    await jump('se.unscored', '预算执行');
    expect(await focused(page)).toBe('年度资金总额全年执行数');

    await page.getByLabel('产出指标分值').fill('40');
    await jump('se.weights', '产出指标');
    expect(await focused(page)).toBe('产出指标分值');

    await page.getByLabel('年度资金总额全年执行数').fill('2.8');
    await page.getByLabel('其中：当年财政拨款全年执行数').fill('3');
    await jump('se.sub-lines', '当年财政拨款');
    expect(await focused(page)).toBe('其中：当年财政拨款全年执行数');

    await page.getByLabel('数量指标「便携式计算机」得分').fill('5');
    await jump('se.override-reason', '便携式计算机');
    expect(await focused(page)).toBe('数量指标「便携式计算机」改分理由');

    // An indicator's finding goes to its row's 实际完成值, as before.
    await jump('se.unscored', '数量指标「打印机」');
    expect(await focused(page)).toBe('数量指标「打印机」实际完成值');
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'self-evaluation-jump.png') });
  }, 60_000);
});
