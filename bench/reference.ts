/**
 * The references of `npm run bench`: exceljs alone, as shipped (none of our code is loaded in this
 * bundle, so its merge check is exceljs's own). The forms are laid out before the clock starts.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { targetForm } from '../shared/forms/targetForm';
import { fromTargetTable } from '../shared/interchange/targetTable';
import { provinceTables } from './province';
import { report, timed } from './report';
import { PROVINCE } from './scale';

const tasks: Record<string, (args: string[]) => Promise<void>> = {
  /** exceljs alone writing the same cells and merges, one sheet per table (the forms are laid out before the clock starts). */
  async bareExport([file]) {
    const forms = provinceTables(PROVINCE.seed, PROVINCE.tables, PROVINCE.indicators).map((t) => {
      const { layout, year, content } = fromTargetTable(t);
      return targetForm(layout, year!, content);
    });
    const { seconds, value } = await timed(async () => {
      const wb = new ExcelJS.Workbook();
      forms.forEach((form, i) => {
        const ws = wb.addWorksheet(`表${i + 1}`);
        for (const cell of form.cells) {
          ws.getCell(cell.row + 1, cell.col + 1).value = cell.fen === undefined ? cell.text : cell.fen;
          if (cell.rowSpan > 1 || cell.colSpan > 1) ws.mergeCells(cell.row + 1, cell.col + 1, cell.row + cell.rowSpan, cell.col + cell.colSpan);
        }
      });
      return wb.xlsx.writeBuffer();
    });
    fs.writeFileSync(file!, Buffer.from(value));
    report({ seconds });
  },
  /** exceljs's own load of a workbook, nothing else. */
  async bareLoad([file]) {
    const bytes = fs.readFileSync(file!);
    const { seconds } = await timed(() => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer));
    report({ seconds });
  },
};

const [name, ...args] = process.argv.slice(2);
void tasks[name!]!(args);
