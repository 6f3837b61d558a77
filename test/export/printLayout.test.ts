import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import { LAYOUTS } from '../../shared/layouts';
import { departmentWith } from '../helpers/departments';
import { TEST_OUTPUT, tempDir } from '../helpers/paths';
import { exportCases } from './exportCases';

const OUT = path.join(TEST_OUTPUT, 'export');
const open: Workspace[] = [];
const files: { name: string; layout: string; projects: number; kind: 'xlsx' | 'docx' }[] = [];

/** Text of each page of a PDF. */
function pages(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, '-layout', pdf, '-'], { encoding: 'utf8' }));
}

beforeAll(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  for (const c of exportCases()) {
    const dept = departmentWith(c.name, c.layout, c.tables);
    open.push(dept.workspace);
    for (const kind of ['xlsx', 'docx'] as const) {
      const file = await dept.api.exportProjects({ department: dept.department, year: c.year, format: kind, stacked: false });
      const name = `${c.layout}-${kind}`;
      fs.writeFileSync(path.join(OUT, `${name}.${kind}`), Buffer.from(file.base64, 'base64'));
      files.push({ name, layout: c.layout, projects: c.tables.length, kind });
    }
  }
  const profile = `file://${tempDir('jixiao-soffice-')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, ...files.map((f) => path.join(OUT, `${f.name}.${f.kind}`))], {
    stdio: 'ignore',
    timeout: 240_000,
  });
  for (const f of files) execFileSync('pdftoppm', ['-f', '1', '-l', '3', '-r', '60', '-png', path.join(OUT, `${f.name}.pdf`), path.join(OUT, f.name)]);
}, 300_000);

afterAll(() => open.forEach((w) => w.close()));

describe('printed exports (LibreOffice)', () => {
  it('converts every export', () => {
    for (const f of files) expect(fs.existsSync(path.join(OUT, `${f.name}.pdf`)), f.name).toBe(true);
  });

  it.each(exportCases().map((c) => c.layout))('%s workbook: the 汇总 page, then each table with no column cut off', (layoutId) => {
    const file = files.find((f) => f.layout === layoutId && f.kind === 'xlsx')!;
    const text = pages(path.join(OUT, `${file.name}.pdf`));
    const valueLabel = LAYOUTS[layoutId].valueColumnLabel;
    expect(text[0]).toContain('项目支出绩效目标汇总表');
    expect(text[0]).toContain('合计');
    const tablePages = text.slice(1);
    // One page per project, and more only where a table is long (60 indicators).
    expect(tablePages.length).toBeGreaterThanOrEqual(file.projects);
    expect(tablePages.length).toBeLessThanOrEqual(file.projects + (layoutId === '本级部门' ? 3 : 0));
    // Fit to width: every page shows all columns; pages a long table runs onto repeat its header row.
    for (const page of tablePages) {
      expect(page).toContain('一级指标');
      expect(page).toContain(valueLabel);
    }
    expect(tablePages.filter((p) => p.includes('项目名称'))).toHaveLength(file.projects);
  });

  it('Word document: A4 pages, each project’s table, its header row repeated where it runs on', () => {
    const file = files.find((f) => f.layout === '本级部门' && f.kind === 'docx')!;
    const text = pages(path.join(OUT, `${file.name}.pdf`));
    const info = execFileSync('pdfinfo', [path.join(OUT, `${file.name}.pdf`)], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(text[0]).toContain('根据《中华人民共和国预算法》');
    const withIndicators = text.filter((p) => /指标\d+：|指标 \d:/.test(p));
    for (const page of withIndicators) expect(page).toContain('一级指标');
  });
});
