/// <reference lib="dom" />
/** 审核规则 in the app: a department's rules chosen, edited, refused, exported and imported; the editor and its checks follow. Each test has a department of its own. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readRuleProfile } from '../../electron/db/department';
import { openDepartmentDb } from '../../electron/db/open';
import type { RuleProfile } from '../../shared/profiles/profile';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';
import { TEST_OUTPUT } from '../helpers/paths';
import { addDepartment, openProject, preparedWorkspace } from './centreProject';
import { browserSession } from './webApp';

const DEPARTMENTS = ['选用规则单位', '有误规则单位', '共享规则单位'];
let workspace = '';
const session = browserSession(() => (workspace = preparedWorkspace((w) => DEPARTMENTS.forEach((name) => addDepartment(w, name)))));

const checksOf = (p: Page) => p.getByRole('complementary', { name: '审核' });
const rulesDialog = (p: Page) => p.getByRole('dialog', { name: '审核规则' });

/** The rules the department's file holds, read beside the app that has it open. */
function storedProfile(department: string): RuleProfile {
  const db = openDepartmentDb(path.join(workspace, `${department}.jixiao.db`), { readonly: true });
  try {
    return readRuleProfile(db);
  } finally {
    db.close();
  }
}

async function openRules(p: Page, department: string) {
  await p.getByRole('button', { name: '单位与工作文件夹' }).click();
  await p.getByRole('button', { name: `审核规则：${department}` }).click();
  await expect.poll(() => rulesDialog(p).getByLabel('方案名称').inputValue()).not.toBe('');
}

async function closeRules(p: Page) {
  await rulesDialog(p).getByRole('button', { name: '关闭' }).click();
  await p.getByRole('button', { name: '返回填报' }).click();
}

/** Neither the page nor the dialog's form scrolls sideways. */
async function widths(p: Page) {
  return p.evaluate(() => {
    const form = document.querySelector('.rule-profile')!;
    return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, form: form.scrollWidth - form.clientWidth };
  });
}

describe('审核规则 of a department', () => {
  it('choose 中央 2021 指引: the grid shows the 成本指标 一级 with its 二级, the checks and 项目属性 follow, and the choice stays when the department is opened again', async () => {
    const page = await session.freshPage();
    await openProject(page, '选用规则单位');
    const checks = checksOf(page);
    await expect.poll(() => page.locator('.indicator-grid tbody th.l1').allTextContents()).toEqual(['1-产出指标', '2-效益指标', '3-满意度指标']);
    // Under the seeds' region the table's 0 | 0 row is how an unused 二级 is written: no finding of the tree.
    await expect.poll(() => checks.locator('li[data-rule="hygiene.value"]').count()).toBe(1);
    expect(await checks.locator('li[data-rule^="tree."]').count()).toBe(0);
    expect(await page.locator('#attribute-options option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(
      DEFAULT_PROFILE.attributeOptions,
    );

    await openRules(page, '选用规则单位');
    const dialog = rulesDialog(page);
    expect(await dialog.getByLabel('方案名称').inputValue()).toBe('宁夏（种子表样）');
    await dialog.getByLabel('内置方案').selectOption({ label: '中央 2021 指引' });
    await dialog.getByRole('button', { name: '选用此方案' }).click();
    expect(await dialog.getByLabel('成本指标分值').inputValue()).toBe('10');
    for (const [width, height] of [
      [1366, 768],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      expect(await widths(page)).toEqual({ page: 0, form: 0 });
      await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', `rule-profile-${width}x${height}.png`) });
      await dialog.getByRole('region', { name: '自评分值' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', `rule-profile-${width}x${height}-lower.png`) });
      await dialog.locator('.rule-profile').evaluate((form) => form.scrollTo(0, 0));
    }
    // The grid draws the rows in view: tall enough for all of them.
    await page.setViewportSize({ width: 1440, height: 1400 });
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.locator('[role="status"]').textContent()).toBe('已保存“中央 2021 指引”；保存前的数据已备份。');
    expect(storedProfile('选用规则单位').id).toBe('central-2021');
    expect(fs.readdirSync(path.join(workspace, '备份')).some((f) => f.startsWith('选用规则单位.') && f.includes('更改审核规则前'))).toBe(true);
    await closeRules(page);

    const followed = async (p: Page) => {
      await expect.poll(() => p.locator('.indicator-grid tbody th.l1').allTextContents()).toEqual(['产出指标', '成本指标', '效益指标', '满意度指标']);
      const level2 = await p.locator('.indicator-grid tbody th.l2').allTextContents();
      expect(level2.slice(level2.indexOf('经济成本指标'), level2.indexOf('经济成本指标') + 3)).toEqual(['经济成本指标', '社会成本指标', '生态环境成本指标']);
      const tree = checksOf(p).locator('li[data-rule^="tree."]');
      await expect
        .poll(() => tree.allTextContents())
        .toEqual([
          expect.stringContaining('成本指标下没有任何三级指标'),
          expect.stringContaining('缺少必填的经济成本指标'),
          expect.stringContaining('按审核规则“中央 2021 指引”，不用的二级指标写“不适用”，不以“0 | 0”表示'),
        ]);
      expect(await p.locator('#attribute-options option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual([
        '新增项目',
        '延续性项目',
      ]);
    };
    await followed(page);

    const again = await session.freshPage();
    await openProject(again, '选用规则单位');
    await followed(again);
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'rule-profile-grid.png'), fullPage: true });
  }, 90_000);

  it('refuses a weight total that is not 100 and a threshold out of range, naming the field, and keeps the file as it was', async () => {
    const page = await session.freshPage();
    await openProject(page, '有误规则单位');
    await openRules(page, '有误规则单位');
    const dialog = rulesDialog(page);
    const alert = dialog.getByRole('alert');

    await dialog.getByLabel('产出指标分值').fill('60');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => alert.textContent()).toBe('未保存。自评分值（weights）：预算执行与各一级指标的分值合计应为 100，现为 110');

    await dialog.getByLabel('产出指标分值').fill('50');
    await dialog.getByLabel('满意度指标值下限').fill('120');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => alert.textContent()).toBe('未保存。阈值·满意度指标值下限（thresholds.satisfactionFloor）：应在 0 到 100 之间');

    await dialog.getByLabel('满意度指标值下限').fill('八十');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => alert.textContent()).toBe('未保存。阈值·满意度指标值下限（thresholds.satisfactionFloor）：应为数字');
    expect(storedProfile('有误规则单位')).toEqual(DEFAULT_PROFILE);

    // Leaving with edits not saved asks first.
    await dialog.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('dialog', { name: '确认' }).getByRole('button', { name: '放弃修改' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(storedProfile('有误规则单位')).toEqual(DEFAULT_PROFILE);
  }, 60_000);

  it('edits a copy of the shipped rules (a 二级 added, a rule switched off), exports it and imports it back; a file that is no profile is refused naming it', async () => {
    const page = await session.freshPage();
    await openProject(page, '共享规则单位');
    await expect.poll(() => checksOf(page).locator('li[data-rule="hygiene.value"]').count()).toBe(1);
    await openRules(page, '共享规则单位');
    const dialog = rulesDialog(page);

    await dialog.getByRole('button', { name: '复制为本单位方案以修改框架' }).click();
    expect(await dialog.getByLabel('方案名称').inputValue()).toBe('宁夏（种子表样）（本单位修改）');
    await dialog.getByRole('button', { name: '添加二级指标（满意度指标）' }).click();
    await dialog.getByLabel('满意度指标的二级指标名称').last().fill('其他满意度指标');
    await dialog.getByLabel('其他满意度指标的编码').fill('32');
    await dialog.getByLabel('启用：指标值书写规范').uncheck();
    await dialog.getByLabel('项目属性选项（每行一个；填报时仍可输入其他）').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('三年期项目');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.locator('[role="status"]').textContent()).toContain('已保存');
    const edited = storedProfile('共享规则单位');
    expect(edited.framework.level2.at(-1)).toEqual({ name: '其他满意度指标', level1: '满意度指标', code: '32' });
    expect(edited.rules['hygiene.value']).toEqual({ enabled: false });
    expect(edited.attributeOptions).toEqual([...DEFAULT_PROFILE.attributeOptions, '三年期项目']);

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出…' }).click()]);
    expect(download.suggestedFilename()).toBe('宁夏（种子表样）（本单位修改）.jxrules');
    const exported = fs.readFileSync((await download.path())!);
    expect(JSON.parse(exported.toString('utf8'))).toEqual(edited);

    // Another choice kept, then the file brings the edited rules back.
    await dialog.getByLabel('内置方案').selectOption({ label: '空白' });
    await dialog.getByRole('button', { name: '选用此方案' }).click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => storedProfile('共享规则单位').name).toBe('空白');
    await dialog.getByLabel('审核规则文件').setInputFiles({ name: '共享.jxrules', mimeType: 'application/json', buffer: exported });
    await expect
      .poll(() => dialog.locator('[role="status"]').textContent())
      .toBe('已导入“宁夏（种子表样）（本单位修改）”（共享.jxrules）；导入前的数据已备份。');
    expect(storedProfile('共享规则单位')).toEqual(edited);
    expect(await dialog.getByLabel('方案名称').inputValue()).toBe('宁夏（种子表样）（本单位修改）');

    await dialog.getByLabel('审核规则文件').setInputFiles({ name: '坏.jxrules', mimeType: 'application/json', buffer: Buffer.from('{"name": 1}') });
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/^审核规则文件“坏\.jxrules”无法使用：.+（审核规则未改动）$/);
    expect(storedProfile('共享规则单位')).toEqual(edited);

    await closeRules(page);
    await expect.poll(() => page.locator('.indicator-grid tbody th.l2').allTextContents()).toContain('32-其他满意度');
    await expect.poll(() => checksOf(page).locator('li[data-rule="hygiene.value"]').count()).toBe(0);
  }, 90_000);
});
