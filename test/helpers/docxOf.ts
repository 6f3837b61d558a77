/**
 * Word documents made in the tests from the rows of a sheet, as published 部门预算 documents print a table: the
 * title, 单位 and note lines as paragraphs, the table's rows as a Word table on the sheet's grid, a merged area as a
 * cell spanning columns (`columnSpan`) and continuing down (`verticalMerge`).
 */
import { Document, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalMergeType, WidthType } from 'docx';
import type { Row, SheetSpec } from './workbooks';

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A column's number from its letters (`A` is 1). */
export const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** `B3:D5` as 1-based rows and columns. */
export function areaOf(range: string): Area {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) throw new Error(`not a range: ${range}`);
  return { top: Number(m[2]), left: columnNumber(m[1]!), bottom: Number(m[4]), right: columnNumber(m[3]!) };
}

const textOf = (value: Row[number] | undefined) => (value === null || value === undefined ? '' : String(value));
const filled = (row: Row) => row.filter((v) => textOf(v) !== '').length;
/** A cell's lines as paragraphs: Word holds a line break in a cell as a new paragraph. */
const paragraphs = (text: string) => text.split('\n').map((line) => new Paragraph(line));

/**
 * Which rows belong to a table: those of two or more cells, or inside a merge running down; a row of one cell
 * between two such rows (an indicator left without its value) too. The others are lines of text.
 */
export function tableRows(rows: Row[], areas: Area[]): boolean[] {
  const tall = (r: number) => areas.some((a) => a.bottom > a.top && a.top <= r && r <= a.bottom);
  const inTable = rows.map((row, i) => filled(row) >= 2 || tall(i + 1));
  return inTable.map((yes, i) => yes || (filled(rows[i]!) === 1 && i > 0 && inTable[i - 1]! && inTable[i + 1] === true));
}

function tableRow(row: Row, r: number, width: number, areas: Area[]): TableRow {
  const cells: TableCell[] = [];
  for (let c = 1; c <= width;) {
    const area = areas.find((a) => a.top <= r && r <= a.bottom && a.left <= c && c <= a.right);
    if (!area) {
      cells.push(new TableCell({ children: paragraphs(textOf(row[c - 1])) }));
      c++;
      continue;
    }
    // A merge is drawn from its first column; the columns it spans are not cells of their own.
    const columnSpan = area.right - area.left + 1;
    const first = r === area.top;
    const verticalMerge = area.bottom === area.top ? undefined : first ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE;
    cells.push(new TableCell({ children: paragraphs(first ? textOf(row[c - 1]) : ''), columnSpan, verticalMerge }));
    c += columnSpan;
  }
  return new TableRow({ children: cells });
}

/** The sheets one after the other in one document, each as its rows read: lines of text and tables. */
export async function docxOf(sheets: SheetSpec[]): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const { rows, merges = [] } of sheets) {
    const areas = merges.map(areaOf);
    const width = Math.max(...rows.map((row) => row.length), ...areas.map((a) => a.right));
    const columnWidths = Array.from({ length: width }, () => Math.floor(9000 / width));
    const inTable = tableRows(rows, areas);
    for (let r = 0; r < rows.length;) {
      if (!inTable[r]) {
        // A blank row stays an empty paragraph, which keeps two tables apart as Word does.
        children.push(...paragraphs(rows[r]!.map(textOf).join('')));
        r++;
        continue;
      }
      const table: TableRow[] = [];
      for (; r < rows.length && inTable[r]; r++) table.push(tableRow(rows[r]!, r + 1, width, areas));
      children.push(new Table({ rows: table, columnWidths, layout: TableLayoutType.FIXED, width: { size: 9000, type: WidthType.DXA } }));
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
