import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { LAYOUTS, fundKeysOf, headerBlockFields, printedLabel } from '../../shared/layouts';
import { fenToWan } from '../../shared/money';
import { targetForm } from '../../shared/forms/targetForm';
import { paged } from '../../electron/export/xlsxWorkbook';
import { fromTargetTable } from '../../shared/interchange/targetTable';
import { sortIndicators } from '../../shared/indicatorGrid';
import type { Workspace } from '../../electron/services/workspace';
import { departmentWith } from '../helpers/departments';
import { mergesOf, readForms } from '../helpers/formReader';
import { exportCases } from './exportCases';
import { runJob } from '../helpers/jobs';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';

const open: Workspace[] = [];
afterAll(() => open.forEach((w) => w.close()));

const columnLetter = (col: number) => String.fromCharCode(64 + col);
/** For each sheet (by name), the rows (1-based) a manual page break stands below: exceljs does not read them. */
async function pageBreaksOf(bytes: Buffer, wb: ExcelJS.Workbook): Promise<Map<string, number[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const breaks = new Map<string, number[]>();
  for (const [i, ws] of wb.worksheets.entries()) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
    breaks.set(
      ws.name,
      [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1])),
    );
  }
  return breaks;
}
const range = (top: number, row: number, col: number, rowSpan: number, colSpan: number) =>
  `${columnLetter(col + 1)}${top + row + 1}:${columnLetter(col + colSpan)}${top + row + rowSpan}`;

async function exported(caseIndex: number, stacked: boolean) {
  const c = exportCases()[caseIndex]!;
  const dept = departmentWith(c.name, c.layout, c.tables);
  open.push(dept.workspace);
  const file = await runJob(dept.api, { kind: 'export', departmentFile: dept.departmentFile, year: c.year, format: 'xlsx', stacked });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const stored = dept.ids.map((id) => dept.api.getProject({ departmentFile: dept.departmentFile, id }));
  const breaks = await pageBreaksOf(Buffer.from(file.base64, 'base64'), wb);
  return { c, wb, file, stored, draft: (name: string) => file.draftProjects.includes(name), breaksIn: (ws: ExcelJS.Worksheet) => breaks.get(ws.name)! };
}

describe.each([0, 1, 2])('Excel export, layout case %i', (caseIndex) => {
  it.each([false, true])('stacked=%s: every value and every merge matches the stored tables; stacked tables each start a printed page', async (stacked) => {
    const { c, wb, stored, draft, breaksIn } = await exported(caseIndex, stacked);
    const layout = LAYOUTS[c.layout];
    const sheets = wb.worksheets.filter((ws) => ws.name !== '汇总');
    expect(wb.worksheets[0]!.name).toBe('汇总');
    expect(sheets).toHaveLength(stacked ? 1 : stored.length);

    const forms = sheets.flatMap((ws) => readForms(ws, layout.funding.map(printedLabel)).map((form) => ({ ws, form })));
    expect(forms).toHaveLength(stored.length);
    forms.forEach(({ ws, form }, i) => {
      const project = stored[i]!;
      expect(form.title).toBe(`${layout.title(project.year)}${draft(project.name) ? '（草稿）' : ''}`);
      const wan = (fen: number | null | undefined) => (fen === null || fen === undefined ? null : fenToWan(fen));
      for (const field of [...headerBlockFields(layout), ...layout.headerFields.filter((f) => f.kind === 'multiline')]) {
        const value = project[field.key];
        const expected = field.kind === 'money' ? wan(value as number | null) : value;
        expect(form.fields[printedLabel(field)], `${project.name} ${field.label}`).toEqual(expected);
      }
      for (const group of layout.funding) {
        const amounts = Object.fromEntries([
          ...(group.opening ? [[printedLabel(group.opening), wan(project.annualFunds)]] : []),
          ...group.parts.map((p) => [printedLabel(p), wan(project.funds[p.key])]),
        ]);
        expect(form.funding[printedLabel(group)]).toEqual(amounts);
      }
      // In form order (二级 by 二级), whatever order they were stored in.
      expect(form.indicators).toEqual(
        sortIndicators(project.indicators, DEFAULT_PROFILE.framework).map((ind) => ({
          level1: layout.level1Label(ind.level1, DEFAULT_PROFILE.framework),
          level2: layout.level2Label(ind.level2, DEFAULT_PROFILE.framework),
          name: ind.name,
          value: ind.value,
        })),
      );
      // Every merge of the form, cut into its printed pages, is in the sheet where the table stands.
      const { form: model, pageStarts } = paged(
        targetForm(c.layout, project.year, fromTargetTable(c.tables[i]!).content, { draft: draft(project.name) }),
        stacked,
      );
      const top = form.titleRow - 1;
      const expectedMerges = model.cells.filter((m) => m.rowSpan > 1 || m.colSpan > 1).map((m) => range(top, m.row, m.col, m.rowSpan, m.colSpan));
      const merges = mergesOf(ws).filter((m) => {
        const row = Number(/\d+/.exec(m)![0]);
        return row > top && row <= top + model.rows;
      });
      expect(merges).toEqual(expectedMerges.sort());
      // The page breaks inside the table, and below it where another follows.
      const last = i === forms.length - 1 || forms[i + 1]!.ws !== ws;
      expect(breaksIn(ws).filter((b) => b > top && b <= top + model.rows)).toEqual([...pageStarts.map((p) => top + p), ...(last ? [] : [top + model.rows])]);
      // 一级 cells are merged down their rows, and cut where a page breaks.
      const level1Column = columnLetter(form.columns.level1);
      for (const merge of merges.filter((m) => m.startsWith(level1Column) && Number(/\d+/.exec(m)![0]) > form.indicatorHeaderRow)) {
        const [from, to] = merge.split(':').map((a) => Number(/\d+/.exec(a)![0]));
        expect(
          breaksIn(ws).filter((b) => b >= from! && b < to!),
          merge,
        ).toEqual([]);
      }
    });
    // The 60 indicators of the hard table run onto a second page.
    expect(forms.some(({ ws, form }) => breaksIn(ws).some((b) => b > form.indicatorHeaderRow && b < form.indicatorHeaderRow + form.indicators.length))).toBe(
      c.tables.some((t) => t.indicators.length >= 60),
    );
  });
});

describe('Excel export details', () => {
  it('keeps text as text, names sheets legally, sizes rows, and sets up A4 printing', async () => {
    const { wb, stored } = await exported(0, false);
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names).toEqual(['汇总', '宁夏回族自治区企业服务中心工作经费', '服务企业创新系列活动', '信息化_运维_项目_第_2_期_']);
    const hard = wb.getWorksheet('信息化_运维_项目_第_2_期_')!;
    const formulaLike = [] as ExcelJS.Cell[];
    hard.eachRow((row) => row.eachCell((cell) => String(cell.value).startsWith('=') && formulaLike.push(cell)));
    expect(formulaLike.map((c) => [c.type, c.value])).toEqual([[ExcelJS.ValueType.String, '=SUM(A1:A2)']]);
    expect(hard.getCell(formulaLike[0]!.row, 6).numFmt).toBe('@');

    const [form] = readForms(hard, ['本级资金', '转移市县(区)资金']);
    expect(form!.indicators).toHaveLength(60);
    expect(String(form!.fields['年度总体绩效目标'])).toHaveLength(500);
    const goalRow = hard.getRow(form!.indicatorHeaderRow - 1);
    expect(goalRow.height).toBeGreaterThan(14.5 * 10);

    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
    expect(hard.pageSetup.printTitlesRow).toBe(`${form!.indicatorHeaderRow}:${form!.indicatorHeaderRow}`);
    expect(wb.getWorksheet('汇总')!.pageSetup.printTitlesRow).toBe('1:2');
    expect(stored).toHaveLength(3);
  });

  it('sums the 汇总 sheet exactly', async () => {
    const { c, wb, stored } = await exported(1, false);
    const summary = wb.getWorksheet('汇总')!;
    const header = (summary.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual(['序号', '项目名称', '项目属性', '项目期', '年度资金总额', ...fundKeysOf(LAYOUTS[c.layout]), '指标数']);
    const rows = stored.map((_, i) => (summary.getRow(3 + i).values as unknown[]).slice(1));
    expect(rows.map((r) => r[1])).toEqual(stored.map((p) => p.name));
    expect(rows.map((r) => r[4])).toEqual([36, 36.7, 210, 100]);
    const totals = (summary.getRow(3 + stored.length).values as unknown[]).slice(1);
    expect(totals).toEqual(
      ['合计', '4 个项目', '', '', 382.7, 382.7, null, stored.reduce((n, p) => n + p.indicators.length, 0)].map((v) => (v === null ? 0 : v)),
    );
  });
});
