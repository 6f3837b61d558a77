/// <reference lib="dom" />
/** The year's projects in browser mode: 导入 after a preview, 从上年结转, and a deletion undone. Each test has a department of its own. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { FIXTURES, TEST_OUTPUT, readJson } from '../helpers/paths';
import { addDepartment, CENTRE_TABLE, EXPECTED_GRID, gridContent, openProject, preparedWorkspace, PROJECT, YEAR } from './centreProject';
import { browserSession, openImport } from './webApp';

const FIRST = readJson<TargetTable[]>(path.join(FIXTURES, 'targets-001.truth.json'));

function prepare(workspace: Workspace): void {
  addDepartment(workspace, '导入测试单位');
  // The year as an import of targets-001.xlsx beside the centre's project leaves it: the table of the same name kept as 「…（2）」.
  const [sameName, oneYear] = FIRST.map((t) => ({ ...t, year: YEAR }));
  addDepartment(workspace, '结转测试单位', [CENTRE_TABLE, { ...sameName!, projectName: `${PROJECT}（2）` }, oneYear!]);
  addDepartment(workspace, '删除测试单位');
}

const session = browserSession(() => preparedWorkspace(prepare));

describe('the year’s projects', () => {
  it('imports a workbook after a preview, keeping both tables of a name already there', async () => {
    const page = await session.freshPage();
    await openProject(page, '导入测试单位');
    const year = Number(await page.getByLabel('年度', { exact: true }).inputValue());
    const dialog = await openImport(page, path.join(FIXTURES, 'targets-001.xlsx'));
    await expect.poll(() => dialog.locator('table.import-preview tbody tr').count()).toBe(2);
    // Last year's tables into this year, to carry them forward.
    await dialog.getByLabel('导入到年度').selectOption(String(year));
    await expect.poll(() => dialog.getByLabel(`${PROJECT} 同名处理`).count()).toBe(1);
    // The first table has the name of the project already there: keep both.
    await dialog.getByLabel(`${PROJECT} 同名处理`).selectOption('keep');
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'import-preview.png') });
    await dialog.getByRole('button', { name: '导入所选 2 张表' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('导入完成：新建 1，替换 0，两份都保留 1，跳过 0');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => page.locator('.project-list tbody tr').count()).toBe(3);
    await expect.poll(() => page.locator('.project-list tbody tr', { hasText: `${PROJECT}（2）` }).count()).toBe(1);
  }, 60_000);

  it('carries last year’s projects forward, a one-year project only when ticked, and outlines what is to be confirmed', async () => {
    const page = await session.freshPage();
    await openProject(page, '结转测试单位');
    const year = Number(await page.getByLabel('年度', { exact: true }).inputValue());
    await page.getByLabel('下一年度').click();
    await page.getByRole('button', { name: '从上年结转…' }).click();
    const carry = page.getByRole('dialog', { name: '从上年结转' });
    await expect.poll(() => carry.locator('li').count()).toBe(3);
    // The one-year project is left unticked.
    expect(await carry.locator('li', { hasText: '服务企业创新系列活动' }).getByRole('checkbox').isChecked()).toBe(false);
    await carry.getByRole('button', { name: '结转所选 2 个项目' }).click();
    await expect.poll(() => carry.getByRole('status').textContent()).toContain('已结转 2 个项目');
    await carry.getByRole('button', { name: '关闭' }).click();
    await page.locator('.project-list tbody tr', { hasText: '（2）' }).click();
    await expect.poll(() => page.locator('.carry-banner').textContent()).toContain(`本项目由 ${year} 年度结转`);
    await page.getByRole('button', { name: '金额已核对' }).click();
    await expect.poll(() => page.locator('.carry-banner button').count()).toBe(2);
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'carried.png'), fullPage: true });
  }, 60_000);

  it('deletes a project after confirmation, and undoes it', async () => {
    const page = await session.freshPage();
    await openProject(page, '删除测试单位');
    const before = await page.locator('.project-list tbody tr').count();
    await page.getByRole('button', { name: `${PROJECT} 的操作` }).click();
    await page.getByRole('menuitem', { name: /复制/ }).click();
    await expect.poll(() => page.locator('.project-list tbody tr').count()).toBe(before + 1);
    await page.getByRole('button', { name: `${PROJECT}（副本） 的操作` }).click();
    await page.getByRole('menuitem', { name: /删除/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => page.locator('.project-list tbody tr').count()).toBe(before);
    await page.getByRole('button', { name: '撤销删除' }).click();
    await expect.poll(() => page.locator('.project-list tbody tr').count()).toBe(before + 1);
    await expect.poll(async () => (await gridContent(page)).length).toBe(EXPECTED_GRID.length);
  }, 60_000);
});
