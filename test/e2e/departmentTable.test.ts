/// <reference lib="dom" />
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { departmentWith } from '../helpers/departments';
import { CLEAN_TARGETS, ROAD_TARGETS } from '../helpers/monitoringWorkbooks';
import { TEST_OUTPUT } from '../helpers/paths';
import { browserSession } from './webApp';

function prepareWorkspace(): string {
  const { workspace } = departmentWith('某市交通运输局', '本级部门', [ROAD_TARGETS, CLEAN_TARGETS]);
  workspace.close();
  return workspace.path;
}

const CHECKS = 'aside[aria-label="部门整体审核"]';
const rules = (p: Page) => p.locator(`${CHECKS} li`).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.rule));
const saved = (p: Page) => expect.poll(() => p.locator('.save-status').getAttribute('data-state')).toBe('saved');
const entry = (p: Page) => p.locator('.department-entry');
const shoot = async (p: Page, name: string) => {
  for (const [width, height] of [
    [1366, 768],
    [1280, 720],
  ] as const) {
    await p.setViewportSize({ width, height });
    await p.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', `${name}-${width}.png`) });
  }
};

const session = browserSession(prepareWorkspace);

describe("a clerk prepares the department's 部门整体 tables from its projects", () => {
  it("drafts the 目标表 from the year's projects, confirms it, sees a task's money checked, and scores the 自评表", async () => {
    const page = session.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.app.url);
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '某市交通运输局' });
    await page.getByLabel('年度', { exact: true }).selectOption('2024');
    // The entry above the project list says whether the year's tables exist.
    await expect.poll(() => entry(page).textContent()).toBe('部门整体2024年目标表：未编制自评表：未编制');
    await entry(page).click();
    expect(await page.getByRole('tab').allTextContents()).toEqual(['部门整体支出绩效目标表', '部门整体支出绩效自评表']);
    await expect.poll(() => page.locator('.generate-panel').textContent()).toContain('2024年还没有部门整体支出绩效目标表');
    await page.getByRole('button', { name: '生成部门整体目标表' }).click();

    // 项目支出 is the projects' sum (860 + 3), drafted and marked until confirmed.
    await expect.poll(() => page.getByLabel('部门预算支出项目支出').inputValue()).toBe('863.00');
    expect(await page.getByLabel('部门（单位）名称').inputValue()).toBe('某市交通运输局');
    expect(await page.locator('.department-funds').getAttribute('class')).toContain('pending-review');
    expect(await page.getByLabel('第1项任务名称').inputValue()).toBe('农村公路养护');
    expect(await page.getByLabel('第1项任务拟投入的资金').inputValue()).toBe('860.00');
    await expect.poll(() => rules(page)).toContain('department.drafted');
    await expect.poll(() => entry(page).textContent()).toContain('目标表：草稿');
    await shoot(page, 'department-table-drafted');
    await page.setViewportSize({ width: 1366, height: 768 });

    await page.getByRole('button', { name: '项目支出已核对' }).click();
    expect(await page.locator('.department-funds').getAttribute('class')).not.toContain('pending-review');
    await page.getByRole('button', { name: '年度重点工作任务已核对' }).click();
    await page.getByRole('button', { name: '绩效指标已核对' }).click();
    await expect.poll(() => page.locator('.carry-banner').count()).toBe(0);
    await saved(page);
    await expect.poll(() => rules(page)).not.toContain('department.drafted');
    // A task of a project of the year: named and given its money by picking the project; moved up, then removed.
    await page.getByRole('button', { name: '添加任务' }).click();
    await page.getByLabel('第2项任务对应项目').selectOption('办公家具设备购置');
    expect(await page.getByLabel('第2项任务名称').inputValue()).toBe('办公家具设备购置');
    expect(await page.getByLabel('第2项任务拟投入的资金').inputValue()).toBe('3.00');
    await page.getByRole('button', { name: '上移第2项任务' }).click();
    expect(await page.getByLabel('第1项任务名称').inputValue()).toBe('办公家具设备购置');
    await page.getByRole('button', { name: '删除第1项任务' }).click();
    expect(await page.getByLabel('第1项任务名称').inputValue()).toBe('农村公路养护');
    await expect.poll(() => page.getByLabel('第2项任务名称').count()).toBe(0);

    // More of the projects' core indicators, picked: one added is offered no more; Esc closes the picker.
    const offered = () => page.getByRole('dialog').locator('tbody tr').count();
    await page.getByRole('button', { name: '从项目核心指标中选取…' }).click();
    await expect.poll(offered).toBeGreaterThan(0);
    const offeredBefore = await offered();
    await page.getByRole('dialog').locator('tbody input[type="checkbox"]').first().check();
    await page.getByRole('button', { name: '添加所选（1）' }).click();
    await page.getByRole('button', { name: '从项目核心指标中选取…' }).click();
    await expect.poll(offered).toBe(offeredBefore - 1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // The 合计 left empty: the finding offers the sum of its lines.
    await page.locator(`${CHECKS} li[data-rule="department.funds-sum"]`, { hasText: '部门预算支出合计' }).getByRole('button', { name: '改为 863' }).click();
    await expect.poll(() => page.getByLabel('部门预算支出合计').inputValue()).toBe('863.00');

    // A task's money above 项目支出 is an 错误 the panel names, and jumps to.
    await page.getByLabel('第1项任务拟投入的资金').fill('900');
    await page.getByLabel('第1项任务拟投入的资金').press('Tab');
    await saved(page);
    await expect.poll(() => page.locator(`${CHECKS} li[data-rule="department.task-funds"]`).first().textContent()).toContain('超过项目支出');
    await page.locator(`${CHECKS} li[data-rule="department.task-funds"] button.finding`).first().click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('第1项任务拟投入的资金');
    // A finding of the indicators takes the grid's cursor to its 二级.
    await page.locator(`${CHECKS} li`, { hasText: '缺少必填的时效指标' }).locator('button.finding').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^时效指标 第\d+行 三级指标$/);

    await page.reload();
    await entry(page).click();
    await expect.poll(() => page.getByLabel('第1项任务拟投入的资金').inputValue()).toBe('900.00');
    expect(await page.locator('.carry-banner').count()).toBe(0);
    await shoot(page, 'department-table');
    await page.locator('.department-tasks').scrollIntoViewIfNeeded();
    await shoot(page, 'department-tasks');
    await page.setViewportSize({ width: 1366, height: 768 });

    // Exported as the paper form, a 草稿 while the checks find 错误.
    const actions = page.locator('.form-actions');
    const [excel] = await Promise.all([page.waitForEvent('download'), actions.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(excel.suggestedFilename()).toBe('某市交通运输局2024年部门整体支出绩效目标表（草稿）.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await excel.path())!);
    const cells = workbook.worksheets.flatMap((sheet) =>
      sheet
        .getSheetValues()
        .flatMap((row) => (Array.isArray(row) ? row : []))
        .map(String),
    );
    expect(cells).toContain('农村公路养护');

    // The 自评表 from the 目标表: enter the year's spending and an indicator's result, and see the score.
    await page.getByRole('tab', { name: '部门整体支出绩效自评表' }).click();
    await page.getByRole('button', { name: '生成自评表' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('部门整体支出绩效自评表');
    expect(await page.getByLabel('项目支出年初预算数').inputValue()).toBe('863.00');
    const total = () => page.locator('.total-score strong').textContent();
    const before = await total();
    await page.getByLabel('年度资金总额全年预算数').fill('863');
    await page.getByLabel('年度资金总额全年执行数').fill('863');
    await page.getByLabel('年度资金总额全年执行数').press('Tab');
    await expect.poll(() => page.locator('[data-cell="rate:total"]').textContent()).toBe('100.00%');
    await page.getByLabel('数量指标「养护农村公路里程」实际完成值').fill('1200公里');
    await expect.poll(total).not.toBe(before);
    expect(Number(await total())).toBeGreaterThan(Number(before));
    await saved(page);
    await expect.poll(() => entry(page).textContent()).toContain('自评表：草稿');
    // Marked 已完成 when done, as the 目标表 is.
    await page.getByLabel('状态').selectOption('已完成');
    await saved(page);
    await expect.poll(() => entry(page).textContent()).toContain('自评表：已完成');
    const [word] = await Promise.all([page.waitForEvent('download'), actions.getByRole('button', { name: '导出 Word' }).click()]);
    expect(word.suggestedFilename()).toMatch(/^某市交通运输局2024年部门整体支出绩效自评表(（草稿）)?\.docx$/);
    await page.locator('section.editor').evaluate((editor) => editor.scrollTo(0, 0));
    await shoot(page, 'department-evaluation');
  });

  it("refuses a save over one another tab made since, offering to reload it (a year's table has no copy to keep)", async () => {
    const page = session.page;
    await page.getByRole('tab', { name: '部门整体支出绩效目标表' }).click();
    await expect.poll(() => page.getByLabel('其他需完成的任务').count()).toBe(1);
    const other = await session.freshPage();
    await other.getByLabel('单位', { exact: true }).selectOption({ label: '某市交通运输局' });
    await other.getByLabel('年度', { exact: true }).selectOption('2024');
    await entry(other).click();
    await other.getByLabel('其他需完成的任务').fill('完成年度决算');
    await saved(other);

    await page.getByLabel('其他需完成的任务').fill('配合审计');
    const bar = page.locator('.conflict-bar');
    await expect.poll(() => bar.count()).toBe(1);
    expect(await bar.getByRole('button').allTextContents()).toEqual(['重新载入']);
    await bar.getByRole('button', { name: '重新载入' }).click();
    await expect.poll(() => page.getByLabel('其他需完成的任务').inputValue()).toBe('完成年度决算');
    await saved(page);

    // A project chosen takes the pane; another year then shows no table until one is chosen.
    await page.locator('.project-list tbody tr', { hasText: '农村公路养护' }).click();
    await expect.poll(() => page.getByRole('tab').allTextContents()).toEqual(['绩效目标表', '执行监控表', '绩效自评表']);
    expect(await entry(page).getAttribute('aria-pressed')).toBe('false');
    await page.getByLabel('年度', { exact: true }).selectOption('2025');
    await expect.poll(() => page.locator('section.editor.empty').count()).toBe(1);
    await expect.poll(() => entry(page).textContent()).toBe('部门整体2025年目标表：未编制自评表：未编制');
  });
});
