import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toTargetTable } from '../../shared/interchange/targetTable';
import { contentOf } from '../../shared/project';
import { departmentWith } from '../helpers/departments';
import { FIXTURES, readJson, tempDir } from '../helpers/paths';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { jixiao } from '../helpers/cli';

const tables = readJson<TargetTable[]>(path.join(FIXTURES, 'targets-003.truth.json'));
const dept = departmentWith('平罗县工业和信息化局', '县级部门', tables);
dept.workspace.close();
const out = tempDir();
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('jixiao export', () => {
  it('writes the interchange JSON of the stored tables, and says which are drafts', () => {
    const file = path.join(out, 'tables.json');
    const run = jixiao('export', dept.path, '--year', '2023', '--format', 'json', '--out', file);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('注意：1 个项目有审核错误，已在文件中标为草稿：2023 年自治区企业技术中心奖补资金');
    const written = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(Object.keys(written)).toEqual(['targetTables', 'selfEvaluations']);
    // What was stored, in the interchange shape: the fixture's own tables come back.
    expect(written.targetTables).toEqual(tables);
  });

  it('writes Excel per sheet or stacked, for chosen projects, in another layout', async () => {
    const stacked = path.join(out, 'stacked.xlsx');
    expect(jixiao('export', dept.path, '--year', '2023', '--format', 'xlsx', '--stacked', '--out', stacked).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(stacked);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '绩效目标表']);

    const chosen = path.join(out, 'chosen.xlsx');
    const run = jixiao(
      'export',
      dept.path,
      '--year',
      '2023',
      '--format',
      'xlsx',
      '--layout',
      '本级部门',
      '--project',
      '工业经济运行等工作经费',
      '--project',
      '2023 年一般工业固废综合利用奖补资金',
      '--out',
      chosen,
    );
    expect(run.status).toBe(0);
    // Checked by the 本级部门 rules, these county tables lack its funding breakdown: drafts.
    expect(run.stderr).toContain('注意：2 个项目有审核错误');
    const picked = new ExcelJS.Workbook();
    await picked.xlsx.readFile(chosen);
    expect(picked.worksheets.map((w) => w.name)).toEqual(['汇总', '工业经济运行等工作经费', '2023 年一般工业固废综合利用奖补资金']);
    expect(picked.worksheets[1]!.getCell('A1').value).toBe('2023年自治区本级部门项目支出预算绩效目标表（草稿）');
  });

  it('writes Word', () => {
    const docx = path.join(out, 'a.docx');
    expect(jixiao('export', dept.path, '--year', '2023', '--format', 'docx', '--out', docx).status).toBe(0);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('explains what is wrong, and writes nothing', () => {
    const target = path.join(out, 'nothing.xlsx');
    const cases: [string[], string][] = [
      [['--year', '2023', '--format', 'pdf', '--out', target], '--format 应为 xlsx、docx、json 之一'],
      [['--format', 'xlsx', '--out', target], '请用 --year 指定年度'],
      [['--year', '2023', '--format', 'xlsx'], '请用 --out 指定输出文件'],
      [['--year', '2023', '--format', 'xlsx', '--layout', '省级', '--out', target], '--layout 应为 本级部门、县级部门、重点项目 之一'],
      [['--year', '2031', '--format', 'xlsx', '--out', target], '2031 年度没有可导出的项目'],
      [['--year', '2023', '--format', 'xlsx', '--project', '不存在的项目', '--out', target], '2023 年度没有项目“不存在的项目”'],
    ];
    for (const [args, message] of cases) {
      const run = jixiao('export', dept.path, ...args);
      expect(run.status, message).toBe(2);
      expect(run.stderr).toContain(message);
    }
    expect(fs.existsSync(target)).toBe(false);
  });

  it('exports what the services store', () => {
    const stored = dept.ids.map((id) => dept.api.getProject({ departmentFile: dept.departmentFile, id }));
    expect(stored.map((p) => toTargetTable('县级部门', p.year, contentOf(p)))).toEqual(tables);
  });
});
