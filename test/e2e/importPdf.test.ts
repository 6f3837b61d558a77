/// <reference lib="dom" />
/** A published table imported from its PDF: the preview marks it as read from PDF, gives its pages and names what the reader was unsure of. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDepartmentDb } from '../../electron/db/open';
import { projectsOfYear } from '../../electron/db/projects';
import { closedDepartment } from '../helpers/departments';
import { docxOf } from '../helpers/docxOf';
import { TEST_OUTPUT } from '../helpers/paths';
import { LONG_GOAL, printToPdf } from '../helpers/pdfOf';
import { browserSession, importOnLaptop } from './webApp';

let departmentPath = '';
const session = browserSession(() => {
  const made = closedDepartment('某县交通运输局', '本级部门');
  departmentPath = made.path;
  return made.workspace.path;
});

let pdf: Buffer;
beforeAll(async () => {
  pdf = printToPdf({ 'long-goal.docx': await docxOf([{ rows: LONG_GOAL, merges: ['B2:D2', 'B4:D4'] }]) }).get('long-goal.docx')!;
}, 300_000);

describe('importing a PDF', () => {
  it('shows the table as read from PDF, on its pages, with the cell split over them named, and imports it', async () => {
    const { page, app } = session;
    const dialog = await importOnLaptop(page, app.url, '某县交通运输局', '部门预算.pdf', pdf);
    const row = dialog.locator('table.import-preview tbody tr', { hasText: '农村公路养护' });
    await expect.poll(() => row.locator('.note.place').textContent()).toBe('从 PDF 第 1–3 页读出，请与原文件核对');
    expect(await dialog.getByRole('note').textContent()).toBe(
      '从 PDF 读出：表格按页面上的表格线和文字位置还原，与工作簿相比可能有错行、漏字，请逐表核对后再导入。',
    );
    expect(await row.locator('.note.doubt').allTextContents()).toEqual(['读取存疑：第 1 页：有单元格跨页，两页上的文字已接为一段，请核对']);
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'import-pdf.png') });

    await dialog.getByRole('button', { name: '导入所选 1 张表' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('导入完成：新建 1，替换 0，两份都保留 0，跳过 0');
    const db = openDepartmentDb(departmentPath, { readonly: true });
    try {
      expect(projectsOfYear(db, 2024).map((p) => [p.name, p.overallGoal.replace(/\s/g, '')])).toEqual([['农村公路养护', String(LONG_GOAL[3]![1])]]);
    } finally {
      db.close();
    }
  }, 120_000);
});
