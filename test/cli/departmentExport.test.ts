import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { departmentEvaluations, departmentTables } from '../../electron/db/departmentTables';
import { toDepartmentTable } from '../../shared/department/interchange';
import { interchangePackageSchema } from '../../shared/interchange/schemas';
import { jixiao } from '../helpers/cli';
import { BARE_TABLE, FULL_TABLE, fullEvaluation } from '../helpers/departmentTables';
import { departmentWith } from '../helpers/departments';
import { tempDir } from '../helpers/paths';

// A department file holding the 2025 target table and 自评表 and a 2024 target table whose tasks await confirmation.
const dept = departmentWith('某县教育体育局', '本级部门', []);
const db = dept.workspace.db(dept.departmentFile);
departmentTables.write(db, 2025, FULL_TABLE);
departmentTables.write(db, 2024, BARE_TABLE);
departmentEvaluations.write(db, 2025, fullEvaluation());
dept.workspace.close();
const out = tempDir();
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const exportTo = (file: string, ...args: string[]) => jixiao('export', dept.path, '--out', path.join(out, file), ...args);

describe('jixiao export --form department|department-evaluation', () => {
  it('writes the 部门整体支出绩效目标表 as Excel, Word and a data package', async () => {
    const xlsx = exportTo('目标表.xlsx', '--year', '2025', '--format', 'xlsx', '--form', 'department');
    expect(xlsx.status).toBe(0);
    expect(xlsx.stderr).toBe(`已导出到 ${path.join(out, '目标表.xlsx')}\n`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, '目标表.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['部门整体支出绩效目标表']);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('2025年部门整体支出绩效目标表');
    expect(wb.worksheets[0]!.getCell('C5').value).toBe(23456.789012);

    expect(exportTo('目标表.docx', '--year', '2025', '--format', 'docx', '--form', 'department').status).toBe(0);
    expect(fs.readFileSync(path.join(out, '目标表.docx')).subarray(0, 2).toString()).toBe('PK');

    expect(exportTo('目标表.json', '--year', '2025', '--format', 'json', '--form', 'department').status).toBe(0);
    const written = interchangePackageSchema.parse(JSON.parse(fs.readFileSync(path.join(out, '目标表.json'), 'utf8')));
    expect(written.departmentTables).toEqual([toDepartmentTable(2025, FULL_TABLE)]);
  });

  it('says when the table is a 草稿 (drafted parts not yet confirmed)', async () => {
    const run = exportTo('草稿.xlsx', '--year', '2024', '--format', 'xlsx', '--form', 'department');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('注意：部门整体支出绩效目标表尚未确认或有审核错误，已在文件中标为草稿');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, '草稿.xlsx'));
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('2024年部门整体支出绩效目标表（草稿）');
  });

  it('writes the 部门整体支出绩效自评表 as Excel, Word and a data package', async () => {
    for (const format of ['xlsx', 'docx', 'json'])
      expect(exportTo(`自评表.${format}`, '--year', '2025', '--format', format, '--form', 'department-evaluation').status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, '自评表.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['部门整体支出绩效自评表']);
    const sheet = wb.worksheets[0]!;
    expect([sheet.getCell('A1').value, sheet.getCell('A2').value]).toEqual(['部门整体支出绩效自评表', '（2025年度）']);
    expect(fs.readFileSync(path.join(out, '自评表.docx')).subarray(0, 2).toString()).toBe('PK');
    const written = interchangePackageSchema.parse(JSON.parse(fs.readFileSync(path.join(out, '自评表.json'), 'utf8')));
    expect(written.departmentEvaluations.map((e) => [e.departmentName, e.year, e.totalScore])).toEqual([['某县教育体育局', 2025, 94.02]]);
  });

  it('a year without the table, or options that choose projects, are refused in Chinese, and nothing is written', () => {
    const target = path.join(out, 'nothing.xlsx');
    const cases: [string[], string][] = [
      [['--year', '2030', '--form', 'department'], '2030 年度还没有部门整体支出绩效目标表，请先生成或导入'],
      [['--year', '2024', '--form', 'department-evaluation'], '2024 年度还没有部门整体支出绩效自评表，请先生成或导入'],
      [['--year', '2025', '--form', 'department', '--project', '学生资助'], '--form department 导出部门整体的表，不能与 --project 或 --layout 同用'],
      [
        ['--year', '2025', '--form', 'department-evaluation', '--layout', '县级部门'],
        '--form department-evaluation 导出部门整体的表，不能与 --project 或 --layout 同用',
      ],
      [['--year', '2025', '--form', 'departments'], '--form 应为 targets、self-evaluations、monitoring、department、department-evaluation 之一'],
    ];
    for (const [args, message] of cases) {
      const run = jixiao('export', dept.path, '--format', 'xlsx', '--out', target, ...args);
      expect(run.status, message).toBe(2);
      expect(run.stderr).toContain(message);
    }
    expect(fs.existsSync(target)).toBe(false);
  });
});
