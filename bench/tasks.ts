/**
 * The measured work of `npm run bench`, each run in its own process (`node tasks.cjs TASK …`) so
 * that its peak memory is its own. Prints one JSON line: seconds (or milliseconds) and maxRSS.
 * The references (exceljs alone) are in reference.ts, a bundle without any of our code loaded.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { targetDocumentPlan, writeFormsDocument } from '../electron/export/docxDocument';
import { writeTargetWorkbook } from '../electron/export/xlsxWorkbook';
import { readImportFile } from '../electron/import/readImportFile';
import { importTables } from '../electron/import/importTables';
import { createHandlers } from '../electron/services/handlers';
import { Workspace } from '../electron/services/workspace';
import { libraryIndex } from '../electron/library/libraryIndex';
import { recordIndicators } from '../electron/db/library';
import { fromTargetTable } from '../shared/interchange/targetTable';
import { LEVEL2 } from '../shared/taxonomy';
import { provinceTables, seeded } from './province';
import { report, timed } from './report';
import { PROVINCE } from './scale';
import { DEFAULT_PROFILE } from '../shared/profiles/shipped';

const province = () => provinceTables(PROVINCE.seed, PROVINCE.tables, PROVINCE.indicators);
const PROVINCE_YEAR = 2024;
const exportTables = () => province().map((t) => ({ ...fromTargetTable(t), year: t.year!, draft: false, profile: DEFAULT_PROFILE }));

const tasks: Record<string, (args: string[]) => Promise<void>> = {
  /** Our export of the province, one sheet per table or stacked. */
  async export([file, stacked]) {
    const tables = exportTables();
    const { seconds, value } = await timed(() => writeTargetWorkbook(tables, { stacked: stacked === 'stacked', title: '全区' }));
    fs.writeFileSync(file!, value);
    report({ seconds });
  },
  /**
   * The first `count` tables of the province as the Word document the app publishes, and as its
   * workbook (one sheet per table), for the .docx read beside the .xlsx read of the same tables.
   * Setup, not measured: the Word writer holds the whole document, so the province is cut to what it builds.
   */
  async exportDocx([docx, xlsx, count]) {
    const tables = exportTables().slice(0, Number(count));
    fs.writeFileSync(docx!, await writeFormsDocument(targetDocumentPlan(tables, { departmentName: '全区', year: PROVINCE_YEAR, draft: false })));
    fs.writeFileSync(xlsx!, await writeTargetWorkbook(tables, { stacked: false, title: '全区' }));
    report({ seconds: 0 });
  },
  /** Parse and store: the province into a new department file, in one transaction. */
  async store([file, folder]) {
    const workspace = new Workspace(folder!);
    const { file: departmentFile } = createHandlers(workspace).createDepartment({ name: '全区', code: '', supervisor: '', layout: '本级部门' });
    const { seconds } = await timed(async () => {
      const read = await readImportFile(fs.readFileSync(file!), file!);
      importTables(
        workspace.db(departmentFile),
        read.targetTables.map((table) => ({ table, year: table.year!, onConflict: 'replace' })),
      );
    });
    workspace.close();
    report({ seconds });
  },
  /** A department file with 10 years × 200 projects (setup, not measured). */
  async makeDepartment([folder]) {
    const workspace = new Workspace(folder!);
    const { file: departmentFile } = createHandlers(workspace).createDepartment({ name: '十年', code: '', supervisor: '', layout: '本级部门' });
    const tables = province().slice(0, 200);
    const sixty = { ...provinceTables(9, 1, 60)[0]!, projectName: '六十个指标' };
    const twoHundred = { ...provinceTables(10, 1, 200)[0]!, projectName: '二百个指标' };
    importTables(workspace.db(departmentFile), [
      ...Array.from({ length: 10 }, (_, y) => tables.map((table) => ({ table, year: 2016 + y, onConflict: 'keep' as const }))).flat(),
      { table: sixty, year: 2020, onConflict: 'keep' },
      { table: twoHundred, year: 2020, onConflict: 'keep' },
    ]);
    workspace.close();
    report({ seconds: 0 });
  },
  /** Opening that file and listing one year's projects, as the app does on start. */
  async openAndList([folder]) {
    const start = performance.now();
    const workspace = new Workspace(folder!);
    const list = createHandlers(workspace).listProjects({ departmentFile: '十年.jixiao.db', year: 2020 });
    const milliseconds = performance.now() - start;
    if (list.length !== 202) throw new Error(`listed ${list.length}`);
    workspace.close();
    report({ milliseconds });
  },
  /** Autocomplete over 100,000 library names: p50 and p95 of one query. */
  async library([folder]) {
    const workspace = new Workspace(folder!);
    const { file: departmentFile } = createHandlers(workspace).createDepartment({ name: '指标库', code: '', supervisor: '', layout: '本级部门' });
    const db = workspace.db(departmentFile);
    const r = seeded(3);
    const words = ['农村', '饮水', '安全', '教育', '医疗', '培训', '改造', '服务', '企业', '监测', '建设', '宣传', '覆盖', '受益', '生态', '就业'];
    const indicators = Array.from({ length: 100_000 }, (_, i) => {
      const level2 = r.pick(LEVEL2);
      return { level1: level2.level1, level2: level2.name, name: `${r.pick(words)}${r.pick(words)}${r.pick(words)}${i}`, value: `≥${i}个` };
    });
    db.transaction(() => recordIndicators(db, indicators, new Date().toISOString()))();
    libraryIndex.search(db, '农村');
    const queries = Array.from({ length: 1_000 }, () => (r.next() < 0.5 ? r.pick(words) : r.pick(['nc', 'jy', 'fw', 'qy', 'jcz', 'ncys'])));
    const times = queries.map((q) => {
      const start = performance.now();
      libraryIndex.search(db, q);
      return performance.now() - start;
    });
    times.sort((a, b) => a - b);
    workspace.close();
    report({ p50: times[499]!, p95: times[949]! });
  },
};

const [name, ...args] = process.argv.slice(2);
void tasks[name!]!(args);
