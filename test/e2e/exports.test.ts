/// <reference lib="dom" />
/** 导出 of the year's 绩效目标表 in browser mode, as downloads. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addDepartment, CENTRE, CENTRE_TABLE, openProject, preparedWorkspace, YEAR } from './centreProject';
import { browserSession } from './webApp';

/** The project with its 时效 date moved into its year: a table without 错误. */
const indicators = CENTRE_TABLE.indicators.map((i) => (i.level2 === '时效指标' ? { ...i, value: `${YEAR}年12月31日前` } : i));
const session = browserSession(() => preparedWorkspace((workspace) => addDepartment(workspace, CENTRE, [{ ...CENTRE_TABLE, indicators }])));

describe('导出 of the 绩效目标表', () => {
  it('exports the year as Excel and Word downloads, asking first when a table has 错误', async () => {
    const page = await session.freshPage();
    await openProject(page, CENTRE);
    await expect.poll(() => page.locator('.project-list tbody .count.errors').count()).toBe(0);
    const year = await page.getByLabel('年度', { exact: true }).inputValue();
    const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(excel.suggestedFilename()).toBe(`宁夏回族自治区企业创新服务中心${year}年项目支出绩效目标.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await excel.path())!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '宁夏回族自治区企业服务中心工作经费']);
    expect(wb.worksheets[1]!.getCell('B4').value).toBe('宁夏回族自治区企业服务中心工作经费');

    await page.getByLabel('项目属性').fill('');
    await expect.poll(() => page.locator('.project-list tbody .count.errors').count()).toBe(1);
    await page.getByRole('button', { name: '导出 Word' }).click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('导出的文件将标为“草稿”');
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: '仍然导出' }).click()]);
    expect(word.suggestedFilename()).toBe(`宁夏回族自治区企业创新服务中心${year}年项目支出绩效目标（草稿）.docx`);
    await page.getByLabel('项目属性').fill('02-经常性项目');
    await expect.poll(() => page.locator('.save-status').getAttribute('data-state')).toBe('saved');
  }, 60_000);
});
