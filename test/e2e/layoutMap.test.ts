/// <reference lib="dom" />
/** 指定位置 at a laptop's 1366×768: a sheet the reader cannot place, its fields pointed out, saved as a layout map, read and imported. */
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDepartmentDb } from '../../electron/db/open';
import { projectsOfYear } from '../../electron/db/projects';
import { readLayoutMapFile } from '../../electron/services/layoutMaps';
import { closedDepartment } from '../helpers/departments';
import { mappedWorkbook } from '../helpers/importCases';
import { TEST_OUTPUT } from '../helpers/paths';
import { browserSession, importOnLaptop } from './webApp';

let workspacePath = '';
let departmentPath = '';
const session = browserSession(() => {
  const made = closedDepartment('某县档案局', '本级部门');
  workspacePath = made.workspace.path;
  departmentPath = made.path;
  return workspacePath;
});

/** Clicks a cell of the editor's grid and chooses what it is from the menu. */
async function assign(editor: Locator, cell: string, choice: string): Promise<void> {
  await editor.locator(`td[data-cell="${cell}"]`).click();
  await editor.getByRole('menu').getByRole('menuitem', { name: choice, exact: true }).click();
}

describe('指定位置 in the import preview', () => {
  it('points out the fields of an unplaced sheet, saves them as a layout map, and imports the sheets of that shape', async () => {
    const { page, app } = session;
    const dialog = await importOnLaptop(page, app.url, '某县档案局', '档案局.xlsx', await mappedWorkbook());
    await expect.poll(() => dialog.locator('.import-others li').count()).toBe(3);
    expect(await dialog.locator('table.import-preview tbody tr').count()).toBe(0);

    await dialog.getByRole('button', { name: '指定位置：一号' }).click();
    const editor = page.getByRole('dialog', { name: '指定位置' });
    expect(await editor.locator('td[data-cell="2,1"]').textContent()).toBe('名目');
    await assign(editor, '2,2', '项目名称');
    await assign(editor, '3,2', '主管部门');
    await assign(editor, '3,4', '实施单位');
    await assign(editor, '4,2', '年度资金总额');
    await assign(editor, '5,2', '年度总体目标');
    await assign(editor, '6,1', '本行为指标表头');
    await assign(editor, '7,1', '本列为一级指标');
    await assign(editor, '7,2', '本列为二级指标');
    await assign(editor, '7,3', '本列为三级指标');
    // From the keyboard: the arrows move, Enter opens the menu, Esc closes it and leaves the dialogs open.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.getByRole('menu').getAttribute('aria-label')).toBe('D7 是');
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.getByRole('menu').count()).toBe(0);
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowDown');
    expect(await editor.getByRole('menuitem', { name: '本列为指标值' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await editor.locator('.map-assigned').textContent()).toBe(
      '已指定：项目名称 B2；主管部门 B3；实施单位 D3；年度资金总额 B4；年度总体目标 B5；指标表头 第 6 行；一级指标 A 列；二级指标 B 列；三级指标 C 列；指标值 D 列',
    );
    for (const modal of await page.locator('.modal.wide').all()) {
      const box = (await modal.boundingBox())!;
      expect(box.y >= 0 && box.y + box.height <= 768 && box.x >= 0 && box.x + box.width <= 1366).toBe(true);
    }
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'layout-map-editor.png') });

    await editor.getByLabel('表样名称').fill('档案局表');
    await editor.getByRole('button', { name: '保存为表样' }).click();
    await expect.poll(() => editor.count()).toBe(0);
    const rows = dialog.locator('table.import-preview tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.locator('.note.place').allTextContents()).toEqual(['工作表“一号”第 2 行', '工作表“二号”第 5 行']);
    expect(await dialog.locator('.import-others li').allTextContents()).toEqual(['未识别：工作表“三号”：没有找到“项目名称”等表头，不像是绩效表指定位置…']);
    expect(await dialog.getByRole('status').textContent()).toBe('已保存表样“档案局表”：已按它重新读取，以后导入同样的表也会自动使用');
    expect(readLayoutMapFile(path.join(workspacePath, '表样', '档案局表.json')).fields.name).toEqual({ row: 0, col: 1 });
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'layout-map-preview.png') });

    await dialog.getByRole('button', { name: '导入所选 2 张表' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('导入完成：新建 2，替换 0，两份都保留 0，跳过 0');
    const db = openDepartmentDb(departmentPath, { readonly: true });
    try {
      expect(projectsOfYear(db, 2024).map((p) => [p.name, p.department, p.annualFunds, p.indicators.length])).toEqual([
        ['档案数字化', '某县档案局', 12_000_000, 4],
        ['档案修缮', '某县档案局', 8_000_000, 4],
      ]);
    } finally {
      db.close();
    }
  }, 120_000);
});
