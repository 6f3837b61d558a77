/// <reference lib="dom" />
/**
 * What a table of another region brought, in the editor: 项目编码, the 主管部门's code, 其他信息, the
 * extra columns of an indicator and the 二级 the table declared 不适用.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import { fromOtherRegion } from '../helpers/otherRegions';
import { TEST_OUTPUT } from '../helpers/paths';
import { addDepartment, CENTRE_TABLE, gridCell, openProject, preparedWorkspace, storedProject, typeUndoRedo } from './centreProject';
import { browserSession } from './webApp';

const EXTRA = { explanation: '当年新建企业科协组织的数量', unit: '家', weight: '10' };
// 生态效益 has its blank row in every grid; 社会成本指标 (the 2021 framework's) none but this one.
const OTHER_REGIONS_TABLE = fromOtherRegion(
  CENTRE_TABLE,
  { label: '测算依据', value: '企业科协 14 家 × 0.5 万元\n园区科协 5 家 × 1 万元' },
  ['生态效益指标', '社会成本指标'],
  EXTRA,
);
const NOTE = '不适用（导入时表上如此填写）';

const files: Record<string, string> = {};
function prepare(workspace: Workspace): void {
  for (const name of ['其他信息查看单位', '其他信息编辑单位']) files[name] = addDepartment(workspace, name, [OTHER_REGIONS_TABLE]).path;
}

const session = browserSession(() => preparedWorkspace(prepare));
const saved = (p: Page) => expect.poll(() => p.locator('.save-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
const otherInfoShown = (p: Page) =>
  p.$$eval('.other-info-row', (rows) => rows.map((r) => `${r.querySelector('input')!.value}|${r.querySelector('textarea')!.value}`));
const SHOWN = OTHER_REGIONS_TABLE.otherInfo!.map((o) => `${o.label}|${o.value}`);

async function screenshot(p: Page, name: string, width: number, height: number): Promise<void> {
  await p.setViewportSize({ width, height });
  fs.mkdirSync(path.join(TEST_OUTPUT, 'e2e'), { recursive: true });
  await p.locator('.form-title').scrollIntoViewIfNeeded();
  await p.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', `${name}-${width}x${height}-header.png`) });
  await p.locator('.other-info').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await p.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', `${name}-${width}x${height}-other-info.png`) });
}

describe('a table of another region in the editor', () => {
  it('shows its 项目编码, the 主管部门 with its code, 其他信息, the marker of extra columns and the 不适用 二级', async () => {
    const page = await session.freshPage();
    await openProject(page, '其他信息查看单位');
    expect(await page.getByLabel('项目编码').inputValue()).toBe('64010022T000001234567');
    expect(await page.getByLabel('部门代码').inputValue()).toBe('105');
    expect(await page.getByLabel('主管部门').inputValue()).toBe('自治区科学技术协会');
    expect(await otherInfoShown(page)).toEqual(SHOWN);
    expect(await page.getByLabel('其他信息：测算依据').inputValue()).toBe('企业科协 14 家 × 0.5 万元\n园区科协 5 家 × 1 万元');

    // The indicator with extra columns, and only it, is marked; its tooltip lists them.
    const marked = page.locator('.indicator-grid td.cell.has-extra');
    expect(await marked.count()).toBe(1);
    // (The grid opens on it: its text is in the open cell's input.)
    expect(await marked.evaluate((td) => td.querySelector('textarea')?.value ?? td.textContent)).toBe('企业科协组织建设');
    expect(await marked.getAttribute('title')).toBe('指标解释：当年新建企业科协组织的数量\n计量单位：家\n权重：10');

    // Each 二级 declared 不适用 shows a blank row saying so, 社会成本指标 under its 一级 成本指标.
    const notes = await page.$$eval('.indicator-grid tbody tr', (rows) =>
      rows.flatMap((tr, i) => {
        const name = tr.querySelector('td.cell[data-placeholder]');
        return name ? [{ row: i, note: name.getAttribute('data-placeholder'), text: name.textContent }] : [];
      }),
    );
    expect(notes.map((n) => [n.note, n.text])).toEqual([
      [NOTE, ''],
      [NOTE, ''],
    ]);
    const labels = await page.$$eval('.indicator-grid tbody th', (ths) => ths.map((th) => th.textContent));
    expect(labels.indexOf('成本指标')).toBeGreaterThan(labels.indexOf('14-成本指标'));
    expect(labels.indexOf('社会成本指标')).toBe(labels.indexOf('成本指标') + 1);
    expect(await gridCell(page, '23-生态效益', 0).getAttribute('data-placeholder')).toBe(NOTE);
    // The note is the empty cell's placeholder: in the open cell too.
    await gridCell(page, '23-生态效益', 0).click();
    expect(await gridCell(page, '23-生态效益', 0).locator('textarea').getAttribute('placeholder')).toBe(NOTE);

    await screenshot(page, 'other-info', 1366, 768);
    await screenshot(page, 'other-info', 1280, 720);
  }, 60_000);

  it('edits 其他信息 and 项目编码, undoes with Ctrl+Z, keeps extra columns of an indicator typed over, and shows the edits after a reload', async () => {
    const page = await session.freshPage();
    const file = files['其他信息编辑单位']!;
    await openProject(page, '其他信息编辑单位');
    await typeUndoRedo(page, '其他信息：项目负责人', '李四', '张三');

    // A field added, one removed, and the project's code changed.
    await page.getByRole('button', { name: '＋ 添加一项' }).click();
    await page.getByLabel('其他信息第 4 项的名称').fill('联系电话');
    await page.getByLabel('其他信息：联系电话').fill('0951-5012345');
    await page.getByLabel('删除其他信息第 3 项').click();
    await page.getByLabel('项目编码').fill('64010022T000009999999');
    await page.getByLabel('部门代码').fill('106');
    const edited = ['项目负责人|李四', SHOWN[1]!, '联系电话|0951-5012345'];
    await expect.poll(() => otherInfoShown(page)).toEqual(edited);

    // Typing over the 指标值 of the indicator with extra columns keeps them.
    await gridCell(page, '11-数量指标', 1).click();
    await page.keyboard.type('15 家');
    await page.keyboard.press('Enter');
    await saved(page);
    const stored = storedProject(file)!;
    expect(stored).toMatchObject({
      code: '64010022T000009999999',
      departmentCode: '106',
      otherInfo: [{ label: '项目负责人', value: '李四' }, OTHER_REGIONS_TABLE.otherInfo![1], { label: '联系电话', value: '0951-5012345' }],
      notApplicable: OTHER_REGIONS_TABLE.notApplicable,
    });
    expect(stored.indicators[0]).toEqual({ ...OTHER_REGIONS_TABLE.indicators[0], value: '15 家', extra: EXTRA });

    await page.reload();
    await expect.poll(() => page.getByLabel('项目编码').count()).toBe(1);
    await expect.poll(() => page.getByLabel('项目编码').inputValue()).toBe('64010022T000009999999');
    expect(await page.getByLabel('部门代码').inputValue()).toBe('106');
    expect(await otherInfoShown(page)).toEqual(edited);
  }, 60_000);
});
