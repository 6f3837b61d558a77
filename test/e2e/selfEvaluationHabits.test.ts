/// <reference lib="dom" />
/** The 自评表 as a clerk used to WPS and Excel works in it: long 实际完成值 shown whole, and a 自评表 of a year not yet over asked about first. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { departmentWith } from '../helpers/departments';
import { ROOT, TEST_OUTPUT, readJson } from '../helpers/paths';
import { YEAR } from './centreProject';
import { browserSession, SCREENS } from './webApp';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));
/** 实际完成值 as clerks write them. */
const LONG_ACTUALS = ['106.7万t（含外调煤炭22.3万t）', '2023年11月30日完成全部设备的招标采购与安装调试'];

function prepareWorkspace(): string {
  const { workspace, api, departmentFile } = departmentWith('长文本测试单位', '本级部门', [CLEAN]);
  api.generateSelfEvaluations({ departmentFile, year: 2024, variant: '项目', replace: false });
  departmentWith('未结束年度测试单位', '本级部门', [{ ...CLEAN, year: YEAR }], workspace);
  workspace.close();
  return workspace.path;
}

const session = browserSession(prepareWorkspace);
const actualHeader = (p: Page) => p.locator('.evaluation-table.indicators thead th', { hasText: '实际完成值' });
const actualWidth = (p: Page) => actualHeader(p).evaluate((th) => th.getBoundingClientRect().width);

async function openEvaluation(p: Page, department: string, year: number): Promise<void> {
  await p.getByLabel('单位', { exact: true }).selectOption({ label: department });
  await p.getByLabel('年度', { exact: true }).selectOption(String(year));
  await p.locator('.project-list tbody tr', { hasText: '办公家具设备购置' }).click();
  await p.getByRole('tab', { name: '绩效自评表' }).click();
}

describe('the 自评表 of a clerk used to WPS and Excel', () => {
  it('shows long 实际完成值 whole at 1280×720, 1366×768 and 1920×1080, over as many lines as they take', async () => {
    const page = await session.freshPage();
    await openEvaluation(page, '长文本测试单位', 2024);
    await expect.poll(() => page.locator('h1').textContent()).toBe('项目支出绩效自评表');
    const fields = [page.getByLabel('数量指标「便携式计算机」实际完成值'), page.getByLabel('时效指标「采购完成时间」实际完成值')];
    for (const [n, field] of fields.entries()) await field.fill(LONG_ACTUALS[n]!);
    fs.mkdirSync(path.join(TEST_OUTPUT, 'e2e'), { recursive: true });
    for (const [width, height] of SCREENS) {
      await page.setViewportSize({ width, height });
      await fields[0]!.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', `self-evaluation-${width}x${height}.png`) });
      expect(await actualHeader(page).evaluate((th) => th.getBoundingClientRect().width)).toBeGreaterThanOrEqual(120);
      for (const field of fields) {
        const hidden = await field.evaluate((e) => e.scrollHeight - e.clientHeight + (e.scrollWidth - e.clientWidth));
        expect(hidden).toBeLessThanOrEqual(0);
      }
    }
    // A grade is still picked from the list.
    await page.getByLabel('服务对象满意度指标「使用人员满意度」评价等级').selectOption('达成年度指标');
    expect(await page.getByLabel('服务对象满意度指标「使用人员满意度」实际完成值').inputValue()).toBe('达成年度指标');
  }, 60_000);

  it('asks before generating the 自评表 of a year not yet over, and generates nothing when told no', async () => {
    const page = await session.freshPage();
    await openEvaluation(page, '未结束年度测试单位', YEAR);
    const panel = page.locator('.generate-panel');
    await expect.poll(() => panel.textContent()).toContain('这个项目还没有自评表');
    for (const button of ['生成自评表', '为本年度所有项目生成']) {
      await panel.getByRole('button', { name: button }).click();
      const dialog = page.getByRole('dialog', { name: '确认' });
      await expect.poll(() => dialog.textContent()).toContain(`${YEAR} 年度尚未结束`);
      await dialog.getByRole('button', { name: '取消' }).click();
      expect(await dialog.count()).toBe(0);
      expect(await panel.count()).toBe(1);
    }
    await panel.getByRole('button', { name: '生成自评表' }).click();
    await page.getByRole('dialog', { name: '确认' }).getByRole('button', { name: '仍然生成' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('项目支出绩效自评表');
  }, 60_000);

  it('drags the 实际完成值 column wider and finds it so after a restart', async () => {
    const page = await session.freshPage();
    await openEvaluation(page, '长文本测试单位', 2024);
    await expect.poll(() => page.locator('h1').textContent()).toBe('项目支出绩效自评表');
    const fitted = await actualWidth(page);
    const box = (await actualHeader(page).locator('.column-edge').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 15, box.y + box.height / 2, { steps: 3 });
    await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2, { steps: 3 });
    await page.mouse.up();
    await expect.poll(() => actualWidth(page)).toBeCloseTo(fitted + 30, 0);
    await page.reload();
    await page.getByRole('tab', { name: '绩效自评表' }).click();
    await expect.poll(() => actualWidth(page)).toBeCloseTo(fitted + 30, 0);
  }, 60_000);
});
