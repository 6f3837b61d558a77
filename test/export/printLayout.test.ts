import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import { LAYOUTS, LAYOUT_IDS, type LayoutId } from '../../shared/layouts';
import { LEVEL2 } from '../../shared/taxonomy';
import { departmentWith } from '../helpers/departments';
import { TEST_OUTPUT, tempDir } from '../helpers/paths';
import { exportCases, hardTable } from './exportCases';
import { runJob } from '../helpers/jobs';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';
import { unescapeXml } from '../helpers/xmlText';

const OUT = path.join(TEST_OUTPUT, 'export');
const open: Workspace[] = [];
const files: { name: string; layout: string; projects: number; kind: 'xlsx' | 'docx' }[] = [];

/**
 * A table of 80 indicators, which runs over pages, between two short ones, all stacked in one sheet;
 * with a 项目编码 and 其他信息 above its indicators, as a table of another region brings them.
 */
const LONG_INDICATORS = 80;
const OTHER_REGIONS_FIELDS = {
  code: '64010022T000001234567',
  otherInfo: [
    { label: '项目负责人', value: '张三' },
    { label: '测算依据', value: Array.from({ length: 8 }, (_, i) => `${i + 1}. 运维服务器 ${i + 2} 台 × 1.2 万元/台，按年度合同支付。`).join('\n') },
  ],
};
const longName = (layout: LayoutId, kind: 'xlsx' | 'docx') => `${layout}-long-${kind}`;

/** Text of each page of a PDF. */
function pages(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, '-layout', pdf, '-'], { encoding: 'utf8' }));
}

interface Word {
  text: string;
  x: number;
  y: number;
}

/** The words of each page of a PDF with where they stand (pdftotext's words: runs of text without a gap). */
function words(pdf: string): Word[][] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return xml
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
        text: unescapeXml(m[4]!),
        x: (Number(m[1]) + Number(m[3])) / 2,
        y: Number(m[2]),
      })),
    );
}

/** The numbers of the long table's indicators (`指标12：…`) on a page: its lines' words run together, as a 12 stands apart from 指标. */
function indicatorNumbers(page: Word[]): number[] {
  const lines = new Map<number, Word[]>();
  for (const w of page) lines.set(Math.round(w.y), [...(lines.get(Math.round(w.y)) ?? []), w]);
  return [...lines.values()].flatMap((line) =>
    [
      ...line
        .map((w) => w.text)
        .join('')
        .matchAll(/指标(\d+)：/g),
    ].map((m) => Number(m[1])),
  );
}

/**
 * The indicator header of a page (its first row holding 一级指标) and, for each of its labels, the
 * text of the column under it: the words nearest to that label across the page, in reading order.
 */
function indicatorColumns(page: Word[]): Map<string, string> | null {
  const first = page.find((w) => w.text === '一级指标');
  if (!first) return null;
  // Left to right: pdftotext may give the words of a row in another order.
  const header = page.filter((w) => Math.abs(w.y - first.y) < 3).sort((a, b) => a.x - b.x);
  const below = page.filter((w) => w.y > first.y + 3).sort((a, b) => a.y - b.y || a.x - b.x);
  const columns = new Map(header.map((h) => [h.text, '']));
  for (const w of below) {
    const nearest = header.reduce((a, b) => (Math.abs(b.x - w.x) < Math.abs(a.x - w.x) ? b : a));
    columns.set(nearest.text, columns.get(nearest.text)! + w.text);
  }
  return columns;
}

beforeAll(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  for (const c of exportCases()) {
    const dept = departmentWith(c.name, c.layout, c.tables);
    open.push(dept.workspace);
    for (const kind of ['xlsx', 'docx'] as const) {
      const file = await runJob(dept.api, { kind: 'export', departmentFile: dept.departmentFile, year: c.year, format: kind, stacked: false });
      const name = `${c.layout}-${kind}`;
      fs.writeFileSync(path.join(OUT, `${name}.${kind}`), Buffer.from(file.base64, 'base64'));
      files.push({ name, layout: c.layout, projects: c.tables.length, kind });
    }
  }
  for (const layout of LAYOUT_IDS) {
    const { name, year, tables } = exportCases().find((c) => c.layout === layout)!;
    const long = { ...hardTable(year, LONG_INDICATORS), projectName: '信息化运维项目', ...OTHER_REGIONS_FIELDS };
    const dept = departmentWith(name, layout, [tables[0]!, long, { ...tables[0]!, projectName: `${tables[0]!.projectName}（二期）` }]);
    open.push(dept.workspace);
    for (const kind of ['xlsx', 'docx'] as const) {
      const file = await runJob(dept.api, { kind: 'export', departmentFile: dept.departmentFile, year, format: kind, stacked: true });
      fs.writeFileSync(path.join(OUT, `${longName(layout, kind)}.${kind}`), Buffer.from(file.base64, 'base64'));
      files.push({ name: longName(layout, kind), layout, projects: 3, kind });
    }
  }
  const profile = `file://${tempDir('jixiao-soffice-')}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, ...files.map((f) => path.join(OUT, `${f.name}.${f.kind}`))],
    {
      stdio: 'ignore',
      timeout: 240_000,
    },
  );
  for (const f of files) execFileSync('pdftoppm', ['-f', '1', '-l', '6', '-r', '60', '-png', path.join(OUT, `${f.name}.pdf`), path.join(OUT, f.name)]);
}, 300_000);

afterAll(() => open.forEach((w) => w.close()));

describe('printed exports (LibreOffice)', () => {
  it('converts every export', () => {
    for (const f of files) expect(fs.existsSync(path.join(OUT, `${f.name}.pdf`)), f.name).toBe(true);
  });

  it.each(exportCases().map((c) => c.layout))('%s workbook: the 汇总 page, then each table with no column cut off', (layoutId) => {
    const file = files.find((f) => f.name === `${layoutId}-xlsx`)!;
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
    const file = files.find((f) => f.name === '本级部门-docx')!;
    const text = pages(path.join(OUT, `${file.name}.pdf`));
    const info = execFileSync('pdfinfo', [path.join(OUT, `${file.name}.pdf`)], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(text[0]).toContain('根据《中华人民共和国预算法》');
    const withIndicators = text.filter((p) => /指标\d+：|指标 \d:/.test(p));
    for (const page of withIndicators) expect(page).toContain('一级指标');
  });

  /**
   * Each page of a long table's export that shows its indicators (`指标12：…`) must read on its own:
   * the indicator header at the top of the table, and in the 一级 column the 一级 of every indicator on it.
   */
  function expectPagesReadOnTheirOwn(layout: LayoutId, kind: 'xlsx' | 'docx') {
    const labels = LAYOUTS[layout];
    const shown = words(path.join(OUT, `${longName(layout, kind)}.pdf`))
      .map((page, i) => ({ page: i + 1, columns: indicatorColumns(page), numbers: indicatorNumbers(page) }))
      .filter((p) => p.numbers.length > 0);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (const { page, columns, numbers } of shown) {
      expect([...(columns?.keys() ?? [])], `page ${page}`).toEqual([
        ...(labels.indicatorColumn ? [labels.indicatorColumn.heading] : []),
        '一级指标',
        '二级指标',
        '三级指标',
        labels.valueColumnLabel,
      ]);
      for (const level1 of new Set(numbers.map((n) => labels.level1Label(LEVEL2[(n - 1) % LEVEL2.length]!.level1, DEFAULT_PROFILE.framework))))
        expect(columns!.get('一级指标'), `page ${page}`).toContain(level1);
    }
    // Every indicator is printed, once.
    expect(shown.flatMap((p) => p.numbers).sort((a, b) => a - b)).toEqual(Array.from({ length: LONG_INDICATORS }, (_, i) => i + 1));
  }

  it.each(LAYOUT_IDS)('%s, 「Excel 合并为一表」: each page showing indicators of a long table shows the indicator header and their 一级', (layout) => {
    expectPagesReadOnTheirOwn(layout, 'xlsx');
  });

  it.each(LAYOUT_IDS)('%s, Word: each page showing indicators of a long table shows the indicator header and their 一级', (layout) => {
    expectPagesReadOnTheirOwn(layout, 'docx');
  });
});
