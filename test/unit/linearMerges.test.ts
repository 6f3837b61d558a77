import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import '../../electron/excel/linearMerges';
import { readSheets } from '../../electron/import/xlsxSheets';

function streamingWorkbook() {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
  return { wb, bytes: async () => (await wb.commit(), Buffer.concat(chunks)) };
}

describe('the streaming writer’s merge check', () => {
  it('refuses a merge over merged cells, as exceljs does', () => {
    const { wb } = streamingWorkbook();
    const ws = wb.addWorksheet('表');
    ws.mergeCells(2, 2, 3, 4);
    for (const [r1, c1, r2, c2] of [
      [3, 4, 5, 6],
      [1, 1, 2, 2],
      [2, 2, 3, 4],
      [1, 3, 4, 3],
    ]) {
      expect(() => ws.mergeCells(r1!, c1!, r2!, c2!), `${r1},${c1},${r2},${c2}`).toThrow('Cannot merge already merged cells');
    }
    expect(() => ws.mergeCells(4, 2, 4, 4)).not.toThrow();
  });

  it('writes 20,000 merges of one sheet, each read back where it was made', async () => {
    const { wb, bytes } = streamingWorkbook();
    const ws = wb.addWorksheet('表');
    const expected: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const row = i * 3 + 1;
      ws.getCell(row, 1).value = `第${i}行`;
      ws.mergeCells(row, 1, row + 1, 1);
      ws.mergeCells(row, 2, row, 4);
      expected.push(`A${row}:A${row + 1}`, `B${row}:D${row}`);
      ws.getRow(row + 1).commit();
    }
    ws.commit();
    const sheets = [];
    for await (const sheet of readSheets(await bytes())) sheets.push(sheet);
    expect(sheets[0]!.merges).toEqual(expected);
    expect(sheets[0]!.rows[29_998]![1]!.value).toBe('第9999行');
  });
});
