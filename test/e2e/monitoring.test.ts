/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getMonitoring } from '../../electron/db/monitoring';
import { openDepartmentDb } from '../../electron/db/open';
import { projectsOfYear } from '../../electron/db/projects';
import { departmentWith } from '../helpers/departments';
import { CLEAN_TARGETS, ROAD_TARGETS } from '../helpers/monitoringWorkbooks';
import { TEST_OUTPUT } from '../helpers/paths';
import { browserSession } from './webApp';

let departmentFile = '';

function prepareWorkspace(): string {
  const made = departmentWith('某市交通运输局', '本级部门', [ROAD_TARGETS, CLEAN_TARGETS]);
  made.workspace.close();
  departmentFile = made.path;
  return made.workspace.path;
}

/** The stored 原因说明 of an indicator of 农村公路养护's 执行监控表. */
function storedExplanation(name: string): string | undefined {
  const db = openDepartmentDb(departmentFile, { readonly: true });
  try {
    const project = projectsOfYear(db, 2024).find((p) => p.name === '农村公路养护')!;
    return getMonitoring(db, project.id)?.indicators.find((i) => i.name === name)?.explanation;
  } finally {
    db.close();
  }
}

const rules = (p: Page) => p.locator('aside[aria-label="监控表审核"] li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.rule));
const saved = (p: Page) => expect.poll(() => p.locator('.save-status').getAttribute('data-state')).toBe('saved');
const light = (p: Page, where: string) => p.locator(`${where} .light`).first().getAttribute('data-light');

const session = browserSession(prepareWorkspace);

describe('a clerk reports the 执行监控表 in the middle of the year', () => {
  it('prepares it for 1–6月 from the targets, enters the money and the progress, and sees the lights', async () => {
    const page = session.page;
    await page.goto(session.app.url);
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '某市交通运输局' });
    await page.getByLabel('年度', { exact: true }).selectOption('2024');
    await page.locator('.project-list tbody tr', { hasText: '农村公路养护' }).click();
    expect(await page.getByRole('tab').allTextContents()).toEqual(['绩效目标表', '执行监控表', '绩效自评表']);
    await page.getByRole('tab', { name: '执行监控表' }).click();
    await expect.poll(() => page.locator('.generate-panel').textContent()).toContain('这个项目还没有执行监控表');
    expect(await page.getByLabel('监控月份').inputValue()).toBe('7');
    await page.getByLabel('监控月份').selectOption('6');
    await page.getByRole('button', { name: '生成监控表', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('项目支出绩效目标执行监控表');
    expect(await page.locator('.form-title .subtitle').textContent()).toBe('（2024年度）1-6月');
    expect(await page.getByLabel('年度资金总额年初预算数').inputValue()).toBe('860.00');

    // Half the year gone, half the money spent: green; a little less, yellow.
    await page.getByLabel('年度资金总额1-6月执行数').fill('430');
    await expect.poll(() => page.locator('[data-cell="rate:total"]').textContent()).toBe('50.00%');
    await expect.poll(() => light(page, '.project-light')).toBe('绿');
    await page.getByLabel('年度资金总额1-6月执行数').fill('400');
    await expect.poll(() => light(page, '.project-light')).toBe('黄');

    for (const [name, progress] of [
      ['养护农村公路里程', '700公里'],
      ['养护路段优良路率', '76%'],
      ['新建港湾式停车带', '10个'],
      ['沿线群众满意度', '92%'],
    ] as const)
      await page.getByLabel(`「${name}」1-6月执行数`).fill(progress);
    for (const name of ['养护农村公路里程', '养护路段优良路率', '沿线群众满意度']) await page.getByLabel(`「${name}」完成目标可能性`).selectOption('确定能');
    await page.getByLabel('「新建港湾式停车带」完成目标可能性').selectOption('完全不可能');
    await expect.poll(() => rules(page)).toEqual(['mo.reason']);
    const row = page.locator('table.monitoring tbody tr', { hasText: '新建港湾式停车带' });
    expect(await light(page, 'table.monitoring tbody tr:nth-child(2)')).toBe('红');
    await page.locator('aside[aria-label="监控表审核"] li').first().click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('「新建港湾式停车带」经费保障');
    await page.getByLabel('「新建港湾式停车带」经费保障').check();
    await expect.poll(() => rules(page)).toEqual(['mo.reason']);
    await page.getByLabel('「新建港湾式停车带」原因说明').fill('配套资金未到位');
    await expect.poll(() => rules(page)).toEqual([]);
    expect(await row.locator('.light').getAttribute('data-light')).toBe('红');
    await saved(page);
    await expect.poll(() => light(page, '.project-list tr.selected td.monitoring')).toBe('黄');
    expect(await page.locator('.project-list tr.selected td.monitoring').textContent()).toContain('红1');
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'monitoring.png'), fullPage: true });
    // On a 1366×768 laptop the form does not scroll sideways.
    await page.setViewportSize({ width: 1366, height: 768 });
    const sideways = () =>
      page.evaluate(() => {
        const form = document.querySelector('.editor-form')!;
        return [document.documentElement.scrollWidth - document.documentElement.clientWidth, form.scrollWidth - form.clientWidth];
      });
    await expect.poll(sideways).toEqual([0, 0]);
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'monitoring-1366.png') });
    await page.setViewportSize({ width: 1440, height: 1400 });

    await page.reload();
    await page.locator('.project-list tbody tr', { hasText: '农村公路养护' }).click();
    await page.getByRole('tab', { name: '执行监控表' }).click();
    await expect.poll(() => page.getByLabel('「新建港湾式停车带」原因说明').inputValue()).toBe('配套资金未到位');
    expect(await page.getByLabel('年度资金总额1-6月执行数').inputValue()).toBe('400.00');
  }, 120_000);

  it('the 自评表 prepared afterwards takes the monitoring reasons as a draft until confirmed', async () => {
    const page = session.page;
    await page.getByRole('tab', { name: '绩效自评表' }).click();
    await page.getByRole('button', { name: '生成自评表', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('项目支出绩效自评表');
    const deviation = page.getByLabel('数量指标「新建港湾式停车带」偏差原因');
    expect(await deviation.inputValue()).toBe('经费保障：配套资金未到位');
    const cell = page.locator('td', { has: deviation });
    expect(await cell.getAttribute('class')).toBe('pending-review');
    const evaluationRules = () => page.locator('aside[aria-label="自评表审核"] li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.rule));
    await expect.poll(evaluationRules).toContain('se.deviation-draft');
    await cell.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => cell.getAttribute('class')).toBe('');
    await expect.poll(evaluationRules).not.toContain('se.deviation-draft');
    await saved(page);
  }, 90_000);

  it('lights by the region’s minimum execution when its 审核规则 sets one', async () => {
    const page = session.page;
    await page.getByRole('button', { name: '单位与工作文件夹' }).click();
    await page.getByRole('button', { name: '审核规则：某市交通运输局' }).click();
    const dialog = page.getByRole('dialog', { name: '审核规则' });
    await expect.poll(() => dialog.getByLabel('截至月份').inputValue()).toBe('7');
    await dialog.getByLabel('各月最低执行率').fill('4月25%，6月四十');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('未保存。监控·各月最低执行率（monitoring.minimums.1.month）：应为数字');
    // 46.51 % by June against a minimum of 45 %: green.
    await dialog.getByLabel('各月最低执行率').fill('4月25%，6月45%，8月60%，10月80%');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.locator('[role="status"]').textContent()).toContain('已保存');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('button', { name: '返回填报' }).click();
    await page.locator('.project-list tbody tr', { hasText: '农村公路养护' }).click();
    await expect.poll(() => light(page, '.project-list tr.selected td.monitoring')).toBe('绿');
    await page.getByRole('tab', { name: '执行监控表' }).click();
    await expect.poll(() => page.locator('.project-light').textContent()).toContain('（应达 45.00%）');
    expect(await light(page, '.project-light')).toBe('绿');
  }, 90_000);

  it('saves what was typed in it as the tab closes, before its save was due', async () => {
    const page = session.page;
    await page.getByLabel('「新建港湾式停车带」原因说明').fill('配套资金7月到位');
    const closed = new Promise((resolve) => page.once('close', resolve));
    page.on('dialog', (dialog) => void dialog.accept());
    await page.close({ runBeforeUnload: true });
    await closed;
    await expect.poll(() => storedExplanation('新建港湾式停车带')).toBe('配套资金7月到位');
  }, 60_000);
});
