/// <reference lib="dom" />
/** The import preview at a laptop's 1366×768: what it says of each table, what it leaves, and the unit slip taken in one click. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { departmentTables } from '../../electron/db/departmentTables';
import { openDepartmentDb } from '../../electron/db/open';
import { projectsOfYear } from '../../electron/db/projects';
import { closedDepartment, departmentWith } from '../helpers/departments';
import { previewWorkbook } from '../helpers/importCases';
import { FIXTURES, TEST_OUTPUT } from '../helpers/paths';
import { browserSession, importOnLaptop, openImport } from './webApp';

let departmentPath = '';
const session = browserSession(() => {
  const made = closedDepartment('某旗档案馆', '本级部门', [], ({ workspace }) => departmentWith('某旗发改委', '本级部门', [], workspace));
  departmentPath = made.path;
  return made.workspace.path;
});

describe('the import preview', () => {
  it('names where each table stands, what it lacks and keeps, a missing year, the 部门整体 table, and takes the corrected amount when ticked', async () => {
    const { page, app } = session;
    const dialog = await importOnLaptop(page, app.url, '某旗档案馆', '档案.xlsx', await previewWorkbook());
    const slip = dialog.locator('table.import-preview tbody tr', { hasText: '档案数字化设备购置' });
    await expect.poll(() => slip.locator('.note.place').textContent()).toBe('工作表“设备购置”第 2 行');
    expect(await slip.locator('.note.missing').textContent()).toBe('缺少：项目属性、项目期、项目总额');
    expect(await slip.locator('.note.other-info').textContent()).toBe('其他信息：项目负责人：张三');
    expect(await slip.locator('.note.unit-slip').textContent()).toBe(
      '年度资金总额 3000 万元，而成本指标合计 0.3 万元：按 0.3 万元导入（原写 3000 万元，似按元填写）',
    );
    const noYear = dialog.locator('table.import-preview tbody tr', { hasText: '档案保管经费' });
    expect(await noYear.locator('td').nth(3).textContent()).toBe('缺年度');
    expect(await dialog.getByRole('alert').textContent()).toContain('所选的 1 张表没有写明年度（档案保管经费）');
    const department = dialog.locator('table.import-preview tbody tr', { hasText: '部门整体支出绩效目标表' });
    expect(await department.locator('td').nth(2).textContent()).toContain('某旗档案馆重点工作任务 1 项');
    expect(await department.locator('td').nth(4).textContent()).toBe('1');
    expect(await dialog.locator('.import-others li').allTextContents()).toEqual(['未识别：工作表“通讯录”：没有找到“项目名称”等表头，不像是绩效表指定位置…']);
    // The dialog keeps within the window and scrolls inside.
    const box = (await page.locator('.modal.wide').boundingBox())!;
    expect(box.y >= 0 && box.y + box.height <= 768).toBe(true);
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'import-preview.png') });

    await noYear.getByRole('checkbox').uncheck();
    await slip.getByLabel('按 0.3 万元导入（原写 3000 万元，似按元填写）').check();
    await dialog.getByRole('button', { name: '导入所选 2 张表' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('导入完成：新建 2，替换 0，两份都保留 0，跳过 0');
    const db = openDepartmentDb(departmentPath, { readonly: true });
    try {
      expect(projectsOfYear(db, 2024).map((p) => [p.name, p.annualFunds])).toEqual([['档案数字化设备购置', 300_000]]);
      expect(departmentTables.get(db, 2024)).toMatchObject({ departmentName: '某旗档案馆', tasks: [{ name: '档案数字化', content: '扫描馆藏档案' }] });
    } finally {
      db.close();
    }

    // The same workbook again: the year has its 部门整体 table, which stays unless replaced.
    await dialog.getByRole('button', { name: '关闭' }).click();
    const again = await importOnLaptop(page, app.url, '某旗档案馆', '档案.xlsx', await previewWorkbook());
    const choice = again.getByLabel('部门整体支出绩效目标表 某旗档案馆 同名处理');
    await expect.poll(() => choice.locator('option').allTextContents()).toEqual(['保留原表', '替换原表']);
  }, 90_000);

  it('ticks all or none at once, opens a table’s 审核 counts to its findings, and keeps the progress in view while the dialog is scrolled', async () => {
    const page = await session.freshPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '某旗发改委' });
    const dialog = await openImport(page, path.join(FIXTURES, 'targets-004-stacked.xlsx'));
    const rows = dialog.locator('table.import-preview tbody tr:not(.preview-findings)');
    await expect.poll(() => rows.count()).toBe(15);
    await dialog.getByRole('button', { name: '全不选' }).click();
    expect(await dialog.locator('table.import-preview input[type="checkbox"]:checked').count()).toBe(0);
    expect(await dialog.getByRole('button', { name: '导入所选 0 张表' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '全选' }).click();
    expect(await dialog.locator('table.import-preview input[type="checkbox"]:checked').count()).toBe(15);

    // The counts open to the findings, as the checks panel words them.
    const toggle = dialog.locator('.findings-toggle').first();
    const counted = await toggle.locator('.count').allTextContents();
    const total = counted.reduce((sum, c) => sum + Number(c.replace(/\D/g, '')), 0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const findings = dialog.locator('tr.preview-findings li');
    expect(await findings.count()).toBe(total);
    expect(await findings.first().textContent()).toMatch(/^(错误|提醒) /);
    await toggle.click();
    expect(await findings.count()).toBe(0);

    // Scrolled down to the last table, the progress of the import shows where the clerk looks.
    const modal = page.locator('.modal.wide');
    await modal.evaluate((m) => m.scrollTo(0, m.scrollHeight));
    await modal.evaluate((m) => {
      const seen = new MutationObserver(() => {
        const progress = m.querySelector('.job-progress');
        if (!progress) return;
        const [p, box] = [progress.getBoundingClientRect(), m.getBoundingClientRect()];
        m.dataset.progressInView = String(p.top >= box.top && p.bottom <= box.bottom);
        seen.disconnect();
      });
      seen.observe(m, { childList: true, subtree: true });
    });
    await dialog.getByRole('button', { name: '导入所选 15 张表' }).click();
    await expect.poll(() => modal.getAttribute('data-progress-in-view')).toBe('true');
    await expect.poll(() => dialog.getByRole('status').last().textContent()).toContain('导入完成：新建 15');
  }, 90_000);
});
