/**
 * A Word document (.docx) as one sheet, so that the readers of workbooks read it: each paragraph
 * outside a table is a row of one cell (titles, `（2023年度）`, notes), each table row a row of
 * cells on the table's grid, a cell spanning columns (`gridSpan`) or continuing down (`vMerge`) a
 * merged area. Published 部门预算 and 决算 documents print each project's table this way.
 */
import { LIMITS } from './fileGuard';
import { cellAddress } from './fitText';
import type { Sheet, SheetCell } from './xlsxSheets';
import { OverLimit, openZip, own, parsePart } from './zipXml';

/** The sheet name the readers report for a document's content. */
export const DOCUMENT_SHEET = '文档';

interface OpenCell {
  col: number;
  span: number;
  /** `restart` begins a vertical merge, `continue` extends the one above. */
  vMerge: 'restart' | 'continue' | null;
  paragraphs: string[];
}

export async function readDocument(bytes: Buffer): Promise<Sheet> {
  const sheet: Sheet = { name: DOCUMENT_SHEET, rowCount: 0, columnCount: 0, rows: [], merges: [] };
  const where = { sheet: DOCUMENT_SHEET };
  let cells = 0;
  const put = (row: number, col: number, text: string) => {
    if (text === '') return;
    if (++cells > LIMITS.cells) throw new OverLimit('cells', where);
    (sheet.rows[row] ??= [])[col] = { value: own(text) } satisfies SheetCell;
  };
  const newRow = () => {
    if (++sheet.rowCount > LIMITS.rows) throw new OverLimit('rows', where);
    return sheet.rowCount;
  };

  // Nesting: a table inside a table cell is read as text of that cell.
  let tableDepth = 0;
  let paragraph: string | null = null;
  /** Paragraphs open: a text box inside a paragraph holds paragraphs of its own, read as part of it. */
  let paragraphDepth = 0;
  let inText = false;
  let cell: OpenCell | null = null;
  let rowCells: OpenCell[] = [];
  let gridBefore = 0;
  /** For each grid column of the current table, the first row of the vertical merge open there. */
  let openMerges = new Map<number, { row: number; span: number }>();
  let vMergeEnds: { row: number; col: number; span: number; from: number }[] = [];

  const closeMerge = (col: number, lastRow: number) => {
    const open = openMerges.get(col);
    if (!open) return;
    openMerges.delete(col);
    vMergeEnds.push({ from: open.row, row: lastRow, col, span: open.span });
  };
  const flushMerges = (lastRow: number) => {
    for (const col of [...openMerges.keys()]) closeMerge(col, lastRow);
    for (const m of vMergeEnds) {
      if (m.row > m.from || m.span > 1) sheet.merges.push(`${cellAddress(m.from, m.col)}:${cellAddress(m.row, m.col + m.span - 1)}`);
    }
    vMergeEnds = [];
  };

  const { zip, entries } = await openZip(bytes);
  try {
    await parsePart(
      zip,
      entries.get('word/document.xml'),
      {
        open: (name, a) => {
          switch (name) {
            case 'tbl':
              if (++tableDepth === 1) openMerges = new Map();
              break;
            case 'tr':
              if (tableDepth === 1) {
                rowCells = [];
                gridBefore = 0;
              }
              break;
            case 'gridBefore':
              if (tableDepth === 1 && !cell) gridBefore = Number(a['w:val'] ?? a.val ?? 0) || 0;
              break;
            case 'tc':
              if (tableDepth === 1) {
                const previous = rowCells[rowCells.length - 1];
                cell = { col: previous ? previous.col + previous.span : gridBefore + 1, span: 1, vMerge: null, paragraphs: [] };
              }
              break;
            case 'gridSpan':
              if (tableDepth === 1 && cell) cell.span = Math.max(1, Number(a['w:val'] ?? a.val ?? 1) || 1);
              break;
            case 'vMerge':
              if (tableDepth === 1 && cell) cell.vMerge = (a['w:val'] ?? a.val) === 'restart' ? 'restart' : 'continue';
              break;
            case 'p':
              if (paragraphDepth++ === 0) paragraph = '';
              break;
            case 't':
              inText = true;
              break;
            case 'tab':
              if (paragraph !== null) paragraph += ' ';
              break;
            case 'br':
            case 'cr':
              if (paragraph !== null) paragraph += '\n';
              break;
          }
        },
        close: (name) => {
          switch (name) {
            case 't':
              inText = false;
              break;
            case 'p': {
              if (--paragraphDepth > 0) break;
              const text = (paragraph ?? '').trim();
              paragraph = null;
              if (cell) cell.paragraphs.push(text);
              else if (tableDepth === 0 && text !== '') put(newRow(), 1, text);
              break;
            }
            case 'tc':
              if (tableDepth === 1 && cell) {
                rowCells.push(cell);
                cell = null;
              }
              break;
            case 'tr':
              if (tableDepth === 1) {
                const row = newRow();
                for (const c of rowCells) {
                  sheet.columnCount = Math.max(sheet.columnCount, c.col + c.span - 1);
                  if (c.vMerge === 'continue' && openMerges.has(c.col)) continue;
                  closeMerge(c.col, row - 1);
                  put(row, c.col, c.paragraphs.filter((p) => p !== '').join('\n'));
                  if (c.vMerge === 'restart') openMerges.set(c.col, { row, span: c.span });
                  else if (c.span > 1) vMergeEnds.push({ from: row, row, col: c.col, span: c.span });
                }
                // A column the row has no cell in ends the merge open there.
                for (const col of [...openMerges.keys()]) if (!rowCells.some((c) => c.col === col)) closeMerge(col, row - 1);
                if (sheet.columnCount * sheet.rowCount > LIMITS.area) throw new OverLimit('area', where);
              }
              break;
            case 'tbl':
              if (tableDepth-- === 1) flushMerges(sheet.rowCount);
              break;
          }
        },
        text: (chunk) => {
          if (!inText || paragraph === null) return;
          paragraph += chunk;
          if (paragraph.length > LIMITS.textChars) throw new OverLimit('textChars', where);
        },
      },
      DOCUMENT_SHEET,
    );
  } finally {
    zip.close();
  }
  return sheet;
}
