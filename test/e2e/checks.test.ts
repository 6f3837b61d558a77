/// <reference lib="dom" />
/** The checker beside the 绩效目标表 as the clerk types: jump, fix, acknowledge. Each test has a department of its own. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_OUTPUT } from '../helpers/paths';
import { addDepartment, gridContent, openProject, preparedWorkspace } from './centreProject';
import { browserSession } from './webApp';

const DEPARTMENTS = ['日期审核单位', '金额审核单位', '确认审核单位'];

const session = browserSession(() => preparedWorkspace((workspace) => DEPARTMENTS.forEach((name) => addDepartment(workspace, name))));
const checksOf = (p: Page) => p.getByRole('complementary', { name: '审核' });

describe('the checks of a 绩效目标表', () => {
  it('find a date outside the table’s year, go to its cell, and move it into the year in one click', async () => {
    const page = await session.freshPage();
    await openProject(page, '日期审核单位');
    // The table is for the default year (from October on, next year); its 时效 date of 2024 is not.
    const year = await page.getByLabel('年度', { exact: true }).inputValue();
    const dateFinding = checksOf(page).locator('li[data-rule="value.date-in-year"]');
    await expect.poll(() => dateFinding.textContent()).toContain(`不在 ${year} 年度内`);
    expect(await page.locator('.project-list tbody tr').first().locator('.count.errors').textContent()).toMatch(/^错\d+$/);

    await dateFinding.locator('button.finding').click();
    await expect.poll(() => page.locator('.indicator-grid td.cell.active textarea').inputValue()).toBe('2024年12月31日前');
    await dateFinding.getByRole('button', { name: `改为 ${year} 年` }).click();
    await expect.poll(() => gridContent(page)).toContain(`13-时效指标|项目完成时间|${year}年12月31日前`);
    await expect.poll(() => dateFinding.count()).toBe(0);
  }, 60_000);

  it('find an amount that does not add up as it is typed, and go to the field it is about', async () => {
    const page = await session.freshPage();
    await openProject(page, '金额审核单位');
    await page.getByLabel('本级资金财政拨款').fill('18.51');
    const sumFinding = checksOf(page).locator('li[data-rule="funding.group-sum"]');
    await expect.poll(() => sumFinding.textContent()).toContain('本级资金资金总额 19.51 万元不等于 财政拨款 + 其他资金 + 结余结转资金 = 18.51 万元');
    await page.getByLabel('项目属性').focus();
    await sumFinding.locator('button.finding').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('本级资金资金总额');
    await page.getByLabel('本级资金财政拨款').fill('19.51');
    await expect.poll(() => sumFinding.count()).toBe(0);
  }, 60_000);

  it('keep a 提醒 acknowledged with a 说明 after a reload', async () => {
    const page = await session.freshPage();
    await openProject(page, '确认审核单位');
    const checks = checksOf(page);
    const hygiene = checks.locator('li[data-rule="hygiene.value"]');
    await hygiene.getByRole('button', { name: '确认无误…' }).click();
    await page.getByLabel('确认说明').fill('按主管部门模板保留“≧”');
    await page.getByRole('button', { name: '确认', exact: true }).click();
    await expect.poll(() => hygiene.count()).toBe(0);
    await expect.poll(() => page.locator('.save-status').getAttribute('data-state')).toBe('saved');
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'checks.png'), fullPage: true });
    await page.reload();
    await expect.poll(() => checks.locator('details summary').textContent()).toBe('已确认的提醒（1）');
    await checks.locator('details summary').click();
    expect(await checks.locator('.acknowledged-finding .note').textContent()).toBe('说明：按主管部门模板保留“≧”');
    expect(await page.locator('.year-totals').textContent()).toMatch(/共 1 个项目 · 审核：/);
  }, 60_000);
});
