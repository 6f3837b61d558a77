/**
 * The process the crash test kills: it saves a project and imports workbooks through the real
 * services as fast as it can, and reports each write only after it has returned (committed).
 * `verify` opens the file afterwards, as the next launch of the app would, and reports what is there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readImportFile } from '../../electron/import/readImportFile';
import { createHandlers } from '../../electron/services/handlers';
import { importIntoDepartment } from '../../electron/services/importIntoDepartment';
import { Workspace } from '../../electron/services/workspace';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';

const DEPARTMENT = '断电测试单位.jixiao.db';
const say = (line: string) => fs.writeSync(1, `${line}\n`);

export function init(folder: string, fixtures: string): void {
  const workspace = new Workspace(folder);
  const api = createHandlers(workspace);
  api.createDepartment({ name: '断电测试单位', code: '', supervisor: '', layout: '本级部门' });
  const table = (JSON.parse(fs.readFileSync(path.join(fixtures, 'targets-001.truth.json'), 'utf8')) as TargetTable[])[0]!;
  const { year, content } = fromTargetTable(table);
  const { id, revision } = api.createProject({ departmentFile: DEPARTMENT, year: year!, name: '计数项目' });
  api.saveProject({ departmentFile: DEPARTMENT, id, revision, content: { ...content, name: '计数项目', overallGoal: '保存 0' } });
  workspace.close();
}

/** Writes until killed: mostly saves (`save N`), now and then a whole workbook import into year 2200 + K (`import K`). */
export function run(folder: string, fixtures: string, firstImport: number): void {
  const workspace = new Workspace(folder);
  const api = createHandlers(workspace);
  const [project] = api.listProjects({ departmentFile: DEPARTMENT, year: 2024 });
  const bytes = fs.readFileSync(path.join(fixtures, 'targets-004-stacked.xlsx'));
  let saved = Number(/保存 (\d+)/.exec(api.getProject({ departmentFile: DEPARTMENT, id: project!.id }).overallGoal)![1]);
  let imports = firstImport;
  say('ready');
  const step = async (): Promise<void> => {
    if (Math.random() < 0.15) {
      const year = 2200 + imports;
      const choices = Array.from({ length: 15 }, (_, index) => ({ index, onConflict: 'replace' as const }));
      importIntoDepartment(workspace.db(DEPARTMENT), await readImportFile(bytes, 'targets-004-stacked.xlsx'), year, choices);
      say(`import ${imports++}`);
    } else {
      const current = api.getProject({ departmentFile: DEPARTMENT, id: project!.id });
      const { id: _id, year: _y, updatedAt: _u, revision, acknowledgements: _a, carriedFrom: _c, pendingReview: _p, ...content } = current;
      saved++;
      api.saveProject({
        departmentFile: DEPARTMENT,
        id: project!.id,
        revision,
        content: { ...content, overallGoal: `保存 ${saved}`, indicators: content.indicators.slice().reverse() },
      });
      say(`save ${saved}`);
    }
    setImmediate(() => void step());
  };
  void step();
}

/** What the file holds after the kill: the counter, and how many projects each import year from `fromImport` on has. */
export function verify(folder: string, fromImport: number, toImport: number): { saved: number; importYears: Record<number, number> } {
  const workspace = new Workspace(folder);
  try {
    const api = createHandlers(workspace);
    const [project] = api.listProjects({ departmentFile: DEPARTMENT, year: 2024 });
    const saved = Number(/保存 (\d+)/.exec(api.getProject({ departmentFile: DEPARTMENT, id: project!.id }).overallGoal)![1]);
    const count = workspace.db(DEPARTMENT).prepare('SELECT count(*) FROM project WHERE year = ? AND deleted_at IS NULL').pluck();
    const importYears: Record<number, number> = {};
    for (let k = fromImport; k <= toImport; k++) importYears[k] = count.get(2200 + k) as number;
    return { saved, importYears };
  } finally {
    workspace.close();
  }
}

const [mode, folder, fixtures, first] = process.argv.slice(2);
if (mode === 'run') run(folder!, fixtures!, Number(first));
