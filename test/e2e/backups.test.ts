/// <reference lib="dom" />
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupBeside } from '../../electron/db/backups';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { closedDepartment, revisionOf } from '../helpers/departments';
import { ROOT, TEST_OUTPUT, readJson } from '../helpers/paths';
import { browserSession, openOnDepartment } from './webApp';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));

/** A department whose project was renamed after a backup of 2020. */
const session = browserSession(
  () =>
    closedDepartment('恢复测试单位', '本级部门', [CLEAN], ({ workspace, api, departmentFile, ids, path: file }) => {
      backupBeside(workspace.db(departmentFile), file, '导入前', new Date(2020, 0, 1, 9, 0, 0));
      api.renameProject({ departmentFile, id: ids[0]!, revision: revisionOf(api, departmentFile, ids[0]!), name: '改过的名字' });
    }).workspace.path,
);

describe('备份与恢复 in the app', () => {
  it('lists the backups with time and reason, and restores one after confirmation', async () => {
    const { page, app } = session;
    await openOnDepartment(page, app.url, '恢复测试单位');
    await page.getByLabel('年度', { exact: true }).selectOption('2024');
    await expect.poll(() => page.locator('.project-list tbody td.name').allTextContents()).toEqual(['改过的名字']);
    await page.getByRole('button', { name: '单位与工作文件夹' }).click();
    await page.getByRole('button', { name: '备份与恢复…' }).click();
    const dialog = page.getByRole('dialog', { name: '备份与恢复' });
    await expect.poll(() => dialog.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(['每日', '导入前']);
    await dialog.locator('tbody tr', { hasText: '导入前' }).getByRole('button', { name: '恢复' }).click();
    await page.getByRole('dialog').last().getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => dialog.textContent()).toContain('已恢复到 2020-01-01 09:00:00 的备份；恢复前的数据已另存为');
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'backups.png') });
    await dialog.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('button', { name: '返回填报' }).click();
    await expect.poll(() => page.locator('.project-list tbody td.name').allTextContents()).toEqual(['办公家具设备购置']);
  }, 60_000);
});
