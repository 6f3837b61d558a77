/**
 * Reads 绩效目标表 back from a worksheet the way a person would: by their labels, not by the
 * writer's cell addresses.
 */
import type ExcelJS from 'exceljs';

export interface ReadForm {
  title: string;
  /** Header label → value (text, or number for amounts). */
  fields: Record<string, unknown>;
  /** Funding group label → part label → amount. */
  funding: Record<string, Record<string, unknown>>;
  indicators: { level1: string; level2: string; name: string; value: string }[];
  /** Rows (1-based) where the title and the indicator header are. */
  titleRow: number;
  indicatorHeaderRow: number;
  /** Columns (1-based) of the indicator table. */
  columns: { level1: number; level2: number; name: number; value: number };
}

const text = (cell: ExcelJS.Cell) => (cell.value === null || cell.value === undefined ? '' : String(cell.value));

/** The cells of a row as a person sees them: merged areas once, at their top-left cell. */
function visibleCells(ws: ExcelJS.Worksheet, row: number): ExcelJS.Cell[] {
  const seen = new Set<string>();
  const cells: ExcelJS.Cell[] = [];
  for (let c = 1; c <= 6; c++) {
    const master = ws.getCell(row, c).master;
    if (seen.has(master.address)) continue;
    seen.add(master.address);
    if (Number(master.row) === row) cells.push(master);
  }
  return cells;
}

export function readForms(ws: ExcelJS.Worksheet, fundingGroups: string[]): ReadForm[] {
  const starts: number[] = [];
  for (let r = 1; r <= ws.rowCount; r++) if (text(ws.getCell(r, 1)) === '项目名称') starts.push(r);
  return starts.map((start, i) => {
    const end = (starts[i + 1] ?? ws.rowCount + 4) - 4;
    const form: ReadForm = {
      title: text(ws.getCell(start - 3, 1)),
      fields: {},
      funding: {},
      indicators: [],
      titleRow: start - 3,
      indicatorHeaderRow: 0,
      columns: { level1: 0, level2: 0, name: 0, value: 0 },
    };
    const isIndicatorHeader = (row: number) => visibleCells(ws, row).some((c) => text(c) === '一级指标');
    let r = start;
    for (; r <= end && !isIndicatorHeader(r); r++) {
      const cells = visibleCells(ws, r);
      const group = fundingGroups.find((g) => cells.some((c) => text(c) === g));
      for (let k = 0; k < cells.length; k++) {
        const label = text(cells[k]!);
        if (fundingGroups.includes(label)) {
          // A funding group: its label spans its rows; each row has a part label and an amount.
          const col = Number(cells[k]!.col);
          const span = ws.getCell(r, col).master === ws.getCell(r, col) ? rowsMergedDown(ws, r, col) : 1;
          form.funding[label] = {};
          for (let p = 0; p < span; p++) {
            const part = ws.getCell(r + p, col + 1);
            // The amount stands in the first cell past the part label's merged area.
            let amount = col + 2;
            while (ws.getCell(r + p, amount).master === part.master) amount++;
            if (text(part)) form.funding[label]![text(part)] = ws.getCell(r + p, amount).value;
          }
          k += 2;
        } else if (!group && k + 1 < cells.length) {
          form.fields[label] = cells[k + 1]!.value;
          k++;
        }
      }
    }
    form.indicatorHeaderRow = r;
    const header = visibleCells(ws, r);
    const colOf = (label: string) => Number(header.find((c) => text(c) === label)!.col);
    const name = colOf('三级指标');
    const columns = {
      level1: colOf('一级指标'),
      level2: colOf('二级指标'),
      name,
      value: Number(header[header.findIndex((c) => Number(c.col) === name) + 1]!.col),
    };
    form.columns = columns;
    for (r = r + 1; r <= end && text(ws.getCell(r, columns.name)) !== ''; r++) {
      if (isIndicatorHeader(r)) continue; // repeated where the table runs onto a new page
      form.indicators.push({
        level1: text(ws.getCell(r, columns.level1)),
        level2: text(ws.getCell(r, columns.level2)),
        name: text(ws.getCell(r, columns.name)),
        value: text(ws.getCell(r, columns.value)),
      });
    }
    return form;
  });
}

function rowsMergedDown(ws: ExcelJS.Worksheet, row: number, col: number): number {
  const master = ws.getCell(row, col);
  let n = 1;
  while (ws.getCell(row + n, col).master === master && ws.getCell(row + n, col).isMerged) n++;
  return n;
}

/** The merged ranges of a sheet, as `A1:F1` strings. */
export function mergesOf(ws: ExcelJS.Worksheet): string[] {
  return [...((ws.model as unknown as { merges: string[] }).merges ?? [])].sort();
}
