/// <reference lib="dom" />
/**
 * The project list and the keyboard, as a clerk with many long-named projects uses them on a laptop:
 * one line per project, names in natural order, sorting by any column remembered, actions in a row
 * menu and on keys; Ctrl+F, arrows, Enter, Ctrl+S, F1; 已完成 asked for and read-only; the panels
 * sized and folded away. Each test has a department of its own.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import { TEST_OUTPUT } from '../helpers/paths';
import { addDepartment, CENTRE_TABLE, gridCell, gridContent, openProject, preparedWorkspace, PROJECT, storedProject, YEAR } from './centreProject';
import { browserSession, SCREENS } from './webApp';

const LONG = '宁夏回族自治区科学技术协会企业科协组织建设及中国创新方法大赛宁夏赛区比赛专项工作经费';
const NAMES = ['项目10', '项目2', '项目1', LONG];
const files: Record<string, string> = {};

function prepare(workspace: Workspace): void {
  for (const name of ['列表测试单位', '按键测试单位', '完成测试单位', '面板测试单位']) {
    const {
      api,
      departmentFile,
      path: file,
    } = addDepartment(workspace, name, [CENTRE_TABLE, ...NAMES.map((projectName) => ({ ...CENTRE_TABLE, projectName }))]);
    files[name] = file;
    // 自评表 prepared and nothing entered yet.
    api.generateSelfEvaluations({ departmentFile, year: YEAR, variant: '项目', replace: false });
  }
}

const session = browserSession(() => preparedWorkspace(prepare));

const rowNames = (p: Page) => p.locator('.project-list tbody td.name').allTextContents();
const row = (p: Page, name: string) => p.locator('.project-list tbody tr', { has: p.locator('td.name', { hasText: new RegExp(`^${name}$`) }) });
const focused = (p: Page) => p.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? null);
const focusedRow = (p: Page) => p.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('tr')?.querySelector('td.name')?.textContent ?? null);

describe('the project list', () => {
  it('shows one line per project in natural order, sorts by any column and remembers it, says 未填 for an untouched 自评表, and keeps its actions in a row menu', async () => {
    const page = await session.freshPage();
    await page.locator('.departments li').first().waitFor();
    for (const [width, height] of SCREENS) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', `workspace-${width}x${height}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await openProject(page, '列表测试单位');
    expect(await rowNames(page)).toEqual([LONG, PROJECT, '项目1', '项目2', '项目10']);
    // One line each: the long name cut with its full text on hover; the row's menu in view.
    const longRow = row(page, LONG);
    expect((await longRow.boundingBox())!.height).toBeLessThan(34);
    expect(await longRow.locator('td.name').getAttribute('title')).toBe(LONG);
    const list = (await page.locator('.project-list').boundingBox())!;
    for (const name of [LONG, '项目10']) {
      const menu = (await page.getByRole('button', { name: `${name} 的操作` }).boundingBox())!;
      expect(menu.x + menu.width).toBeLessThanOrEqual(list.x + list.width);
    }
    expect(await row(page, '项目1').locator('td.self-evaluation').textContent()).toBe('未填');
    for (const [width, height] of SCREENS) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', `workbench-${width}x${height}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    // By 审核 descending (then by name); remembered after a restart.
    const findingsHeader = page.locator('table.projects thead').getByRole('button', { name: /^审核/ });
    await findingsHeader.click();
    await findingsHeader.click();
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toBe('审核 ▼');
    const byFindings = await rowNames(page);
    await page.reload();
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '列表测试单位' });
    await expect.poll(() => rowNames(page)).toEqual(byFindings);
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toBe('审核 ▼');
    await page.getByRole('button', { name: /^项目名称/ }).click();
    expect(await rowNames(page)).toEqual([LONG, PROJECT, '项目1', '项目2', '项目10']);

    // The row's menu: 复制.
    await page.getByRole('button', { name: '项目2 的操作' }).click();
    await page.getByRole('menuitem', { name: /复制/ }).click();
    await expect.poll(() => rowNames(page)).toContain('项目2（副本）');

    // Names wrap where the clerk turns compact off.
    await page.getByRole('button', { name: '紧凑' }).click();
    expect((await longRow.boundingBox())!.height).toBeGreaterThan(40);
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'project-list-wrapped.png') });
  }, 120_000);
});

describe('the keyboard', () => {
  it('finds with Ctrl+F, moves with the arrows, opens with Enter, renames with F2, asks before Delete, saves with Ctrl+S, lists the keys with F1 or ?, and Esc closes every dialog', async () => {
    const page = await session.freshPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '按键测试单位' });
    await expect.poll(() => rowNames(page)).toHaveLength(5);
    // Keys the browser would take for itself are the program's.
    await page.evaluate(() => {
      const w = window as unknown as { taken: string[] };
      w.taken = [];
      window.addEventListener('keydown', (e) => e.ctrlKey && e.defaultPrevented && w.taken.push(e.key));
    });
    await page.keyboard.press('Control+f');
    await expect.poll(() => focused(page)).toBe('查找项目');
    await page.keyboard.type('项目');
    await expect.poll(() => rowNames(page)).toEqual(['项目1', '项目2', '项目10']);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedRow(page)).toBe('项目1');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedRow(page)).toBe('项目2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('项目名称').inputValue()).toBe('项目2');

    await page.locator('.project-list tbody tr[aria-selected="true"]').focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedRow(page)).toBe('项目1');
    await page.keyboard.press('F2');
    await page.getByLabel('项目新名称').fill('项目1甲');
    await page.keyboard.press('Enter');
    await expect.poll(() => rowNames(page)).toEqual(['项目1甲', '项目2', '项目10']);
    await expect.poll(() => focusedRow(page)).toBe('项目1甲');
    await page.keyboard.press('Delete');
    await expect.poll(() => page.getByRole('dialog', { name: '确认' }).textContent()).toContain('确定删除项目“项目1甲”吗？');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await rowNames(page)).toContain('项目1甲');

    // Ctrl+S saves what was typed at once, never the browser's Save page.
    await page.getByLabel('项目编码').fill('XM-2');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('.save-status').getAttribute('data-state')).toBe('saved');
    expect(storedProject(files['按键测试单位']!, '项目2')?.code).toBe('XM-2');
    expect(await page.evaluate(() => (window as unknown as { taken: string[] }).taken)).toEqual(['f', 's']);

    // F1, and ? outside a field, list the keys; Esc closes the list, also after a click inside it.
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: '快捷键' });
    await expect.poll(() => help.textContent()).toContain('Ctrl+S');
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'shortcuts.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    await page.locator('.form-title h1').click();
    await page.keyboard.press('?');
    await help.locator('h2').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    await page.getByRole('button', { name: '从上年结转…' }).click();
    await page.getByRole('dialog', { name: '从上年结转' }).locator('h2').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  }, 120_000);
});

describe('已完成', () => {
  it('asks first when the project has 错误, then opens read-only until it is reopened', async () => {
    const page = await session.freshPage();
    await openProject(page, '完成测试单位');
    const status = page.getByLabel('状态', { exact: true });
    await status.selectOption('已完成');
    const ask = page.getByRole('dialog', { name: '确认' });
    await expect.poll(() => ask.textContent()).toMatch(/这个项目还有 \d+ 个错误/);
    await page.keyboard.press('Escape');
    expect(await status.inputValue()).toBe('草稿');
    await status.selectOption('已完成');
    await ask.getByRole('button', { name: '仍标记为已完成' }).click();
    await expect.poll(() => page.locator('.save-status').getAttribute('data-state')).toBe('saved');
    expect(storedProject(files['完成测试单位']!)?.status).toBe('已完成');

    // Read-only, after a restart as well: nothing typed is taken, in a field or in the grid.
    await page.reload();
    await openProject(page, '完成测试单位');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '本项目已完成，只读' }).count()).toBe(1);
    expect(await page.getByLabel('项目名称').isDisabled()).toBe(true);
    // Its findings are shown, without one-click fixes or confirmations.
    const checks = page.getByRole('complementary', { name: '审核' });
    expect(await checks.locator('li').count()).toBeGreaterThan(0);
    expect(await checks.getByRole('button', { name: /^改为|^确认无误|^一键/ }).count()).toBe(0);
    const grid = await gridContent(page);
    await gridCell(page, '11-数量指标', 1).click({ force: true });
    await page.keyboard.type('99 家');
    await page.keyboard.press('Enter');
    expect(await gridContent(page)).toEqual(grid);
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'read-only.png') });

    await page.getByRole('button', { name: '重新打开' }).click();
    await expect.poll(() => page.getByLabel('项目名称').isDisabled()).toBe(false);
    await expect.poll(() => storedProject(files['完成测试单位']!)?.status).toBe('草稿');
  }, 120_000);
});

describe('the panels', () => {
  it('the list is sized by its bar and folds away, the checks fold to a badge, and both are remembered', async () => {
    const page = await session.freshPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await openProject(page, '面板测试单位');
    // Until dragged, the list follows the window (a fraction of a pixel, maybe): the bar sets whole pixels.
    const listWidth = async () => Math.round((await page.locator('.project-list').boundingBox())!.width);
    const before = await listWidth();
    await page.getByRole('separator', { name: '调整项目列表宽度' }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(listWidth).toBe(before + 60);
    await page.getByRole('button', { name: '收起审核' }).click();
    const badge = page.getByRole('button', { name: '展开审核' });
    await expect.poll(() => badge.textContent()).toMatch(/审核错误 \d+提醒 \d+/);
    await page.reload();
    await openProject(page, '面板测试单位');
    expect(await listWidth()).toBe(before + 60);
    expect(await badge.count()).toBe(1);

    const formWidth = async () => (await page.locator('.editor-form').boundingBox())!.width;
    const withList = await formWidth();
    await page.getByRole('button', { name: '收起项目列表' }).click();
    await expect.poll(formWidth).toBeGreaterThan(withList + 200);
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'panels-folded-1366x768.png') });
    await page.reload();
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '面板测试单位' });
    await page.getByRole('button', { name: '展开项目列表' }).click();
    await badge.click();
    await expect.poll(() => page.getByRole('complementary', { name: '审核' }).locator('h2').count()).toBe(1);
  }, 120_000);
});
