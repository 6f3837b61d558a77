/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { evaluationsOfYear } from '../../electron/db/evaluations';
import { openDepartmentDb } from '../../electron/db/open';
import { projectsOfYear } from '../../electron/db/projects';
import { defaultFiscalYear } from '../../shared/fiscalYear';
import type { EvaluationContent } from '../../shared/evaluation/content';
import type { TargetTable } from '../../shared/interchange/targetTable';
import type { Project } from '../../shared/project';
import { departmentWith } from '../helpers/departments';
import { ROOT, TEST_OUTPUT, readJson, tempDir } from '../helpers/paths';
import { browserSession, openOnDepartment, openImport } from './webApp';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test/fixtures/clean-target-table.json'));
/** The year the app opens on. */
const YEAR = defaultFiscalYear(new Date());
let departmentPath = '';
/** A data package with the project's table, its goal changed, to import over it. */
const PACKAGE = path.join(tempDir(), '导入的目标表.json');

function prepareWorkspace(): string {
  const { workspace, api, departmentFile, path: file } = departmentWith('两个标签页的单位', '本级部门', [{ ...CLEAN, year: YEAR }]);
  api.generateSelfEvaluations({ departmentFile, year: YEAR, variant: '项目', replace: false });
  workspace.close();
  fs.writeFileSync(PACKAGE, JSON.stringify({ targetTables: [{ ...CLEAN, year: YEAR, overallGoal: '导入的目标' }], selfEvaluations: [] }));
  departmentPath = file;
  return workspace.path;
}

const session = browserSession(prepareWorkspace);

const saveState = (p: Page) => p.locator('.save-status').getAttribute('data-state');

/** What the department file holds for the year, by project name. */
function stored<T>(pick: (project: Project, evaluation: EvaluationContent | undefined) => T): Record<string, T> {
  const db = openDepartmentDb(departmentPath, { readonly: true });
  try {
    const evaluations = evaluationsOfYear(db, YEAR);
    return Object.fromEntries(projectsOfYear(db, YEAR).map((p) => [p.name, pick(p, evaluations.get(p.id))]));
  } finally {
    db.close();
  }
}
const storedTargets = () => stored((p) => [p.attribute, p.overallGoal]);

describe('one project open in two tabs', () => {
  it('warns the second tab; a save from the tab that has not seen the other’s is refused, then reloaded or kept as a copy', async () => {
    const { page: first, app } = session;
    await openOnDepartment(first, app.url, '两个标签页的单位');
    await first.locator('.project-list tbody td.name', { hasText: CLEAN.projectName }).click();
    await expect.poll(() => first.getByLabel('项目名称').inputValue()).toBe(CLEAN.projectName);

    // The second tab of the same browser opens where the first left off: the same project.
    const second = await first.context().newPage();
    await second.goto(app.url);
    await expect.poll(() => second.getByLabel('项目名称').inputValue()).toBe(CLEAN.projectName);
    const notice = (p: Page) => p.locator('.elsewhere-notice').textContent();
    await expect.poll(() => notice(second)).toContain('这个项目已在另一个标签页中打开');
    await expect.poll(() => notice(first)).toContain('这个项目已在另一个标签页中打开');

    await first.getByLabel('年度总体绩效目标').fill('第一个标签页写的目标');
    await expect.poll(() => saveState(first)).toBe('saved');

    // The second tab has not seen that save: its own is refused, and it says so.
    await second.getByLabel('项目属性').fill('第二个标签页写的属性');
    await expect.poll(() => saveState(second)).toBe('conflict');
    const conflict = second.locator('.conflict-bar');
    expect(await conflict.textContent()).toContain('这个项目已在别处（另一个标签页或窗口）修改并保存');
    expect(await second.locator('.save-status').textContent()).not.toContain('已保存');
    await second.screenshot({ path: path.join(TEST_OUTPUT, 'e2e', 'two-tabs-conflict.png') });
    expect(storedTargets()).toEqual({ [CLEAN.projectName]: [CLEAN.attribute, '第一个标签页写的目标'] });

    // 重新载入: the second tab drops its change and shows what the first saved; it saves again from there.
    await conflict.getByRole('button', { name: '重新载入' }).click();
    await expect.poll(() => second.getByLabel('年度总体绩效目标').inputValue()).toBe('第一个标签页写的目标');
    expect(await second.getByLabel('项目属性').inputValue()).toBe(CLEAN.attribute);
    expect(await saveState(second)).toBe('saved');

    // The first saves again; the second's next change is refused and kept as a copy.
    await first.getByLabel('年度总体绩效目标').fill('第一个标签页再次修改');
    await expect.poll(() => saveState(first)).toBe('saved');
    await second.getByLabel('项目属性').fill('第二个标签页要保留的属性');
    await expect.poll(() => saveState(second)).toBe('conflict');
    await conflict.getByRole('button', { name: '另存为副本' }).click();
    await expect.poll(() => second.getByLabel('项目名称').inputValue()).toBe(`${CLEAN.projectName}（副本）`);
    expect(await second.getByLabel('项目属性').inputValue()).toBe('第二个标签页要保留的属性');
    await expect.poll(() => saveState(second)).toBe('saved');
    expect(await second.locator('.project-list tbody td.name').allTextContents()).toEqual([CLEAN.projectName, `${CLEAN.projectName}（副本）`]);
    expect(storedTargets()).toEqual({
      [CLEAN.projectName]: [CLEAN.attribute, '第一个标签页再次修改'],
      [`${CLEAN.projectName}（副本）`]: ['第二个标签页要保留的属性', '第一个标签页写的目标'],
    });
    // Now on another project, the second tab is no longer warned, nor is the first.
    await expect.poll(() => second.locator('.elsewhere-notice').count()).toBe(0);
    await expect.poll(() => first.locator('.elsewhere-notice').count()).toBe(0);
    await second.close();
  }, 90_000);

  it('refuses a 自评表 save from the tab that has not seen the other’s, then reloads it or keeps it on a copy of the project', async () => {
    const { page: first, app } = session;
    const second = await first.context().newPage();
    await second.goto(app.url);
    await second.locator('.project-list tbody td.name').getByText(CLEAN.projectName, { exact: true }).click();
    for (const p of [first, second]) await p.getByRole('tab', { name: '绩效自评表' }).click();
    const outcome = (p: Page) => p.getByLabel('实际完成情况', { exact: true });
    await expect.poll(() => outcome(second).inputValue()).toBe('');
    await expect.poll(() => second.locator('.elsewhere-notice').count()).toBe(1);

    await outcome(first).fill('第一个标签页写的完成情况');
    await expect.poll(() => saveState(first)).toBe('saved');
    await outcome(second).fill('第二个标签页写的完成情况');
    await expect.poll(() => saveState(second)).toBe('conflict');
    const conflict = second.locator('.conflict-bar');
    expect(await conflict.textContent()).toContain('这个项目的自评表已在别处（另一个标签页或窗口）修改并保存');
    await conflict.getByRole('button', { name: '重新载入' }).click();
    await expect.poll(() => outcome(second).inputValue()).toBe('第一个标签页写的完成情况');

    await outcome(first).fill('第一个标签页再次修改');
    await expect.poll(() => saveState(first)).toBe('saved');
    await outcome(second).fill('第二个标签页要保留的完成情况');
    await expect.poll(() => saveState(second)).toBe('conflict');
    await conflict.getByRole('button', { name: '另存为副本' }).click();
    // The copy opens, still on its 自评表, with what the second tab had typed.
    const copyName = `${CLEAN.projectName}（副本）（2）`;
    await expect.poll(() => second.locator('.project-list tbody tr.selected td.name').textContent()).toBe(copyName);
    await expect.poll(() => outcome(second).inputValue()).toBe('第二个标签页要保留的完成情况');
    await expect.poll(() => saveState(second)).toBe('saved');
    expect(stored((_, evaluation) => evaluation?.actualOutcome)).toMatchObject({
      [CLEAN.projectName]: '第一个标签页再次修改',
      [copyName]: '第二个标签页要保留的完成情况',
    });
    await second.close();
  }, 90_000);

  it('shows an import of this tab that replaced the open project, and goes on saving it (no refusal)', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: '绩效目标表' }).click();
    await expect.poll(() => page.getByLabel('项目名称').inputValue()).toBe(CLEAN.projectName);
    const dialog = await openImport(page, PACKAGE);
    await dialog.getByLabel(`${CLEAN.projectName} 同名处理`).selectOption('replace');
    await dialog.getByRole('button', { name: '导入所选 1 张表' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('导入完成：新建 0，替换 1，两份都保留 0，跳过 0');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => page.getByLabel('年度总体绩效目标').inputValue()).toBe('导入的目标');
    await page.getByLabel('项目属性').fill('导入后改的属性');
    await expect.poll(() => saveState(page)).toBe('saved');
    expect(storedTargets()[CLEAN.projectName]).toEqual(['导入后改的属性', '导入的目标']);
  }, 60_000);
});
