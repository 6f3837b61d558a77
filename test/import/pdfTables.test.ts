/** Tables rebuilt from a page's rulings: a ruling broken off inside a table is read as a merge, and named. */
import { describe, expect, it } from 'vitest';
import { pageBlocks, type PageTable, type Segment } from '../../electron/import/pdfTables';

const h = (at: number, from: number, to: number): Segment => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): Segment => ({ horizontal: false, at, from, to });

describe('a table rebuilt from its rulings', () => {
  it('reads two boxes as two cells, and the boxes a broken ruling leaves open as one merged cell with a doubt', () => {
    const run = (text: string, x: number, y: number) => ({ x, y, width: 10, size: 10, text });
    const whole = [h(200, 0, 200), h(0, 0, 200), v(0, 0, 200), v(200, 0, 200)];
    const [ruled] = pageBlocks([run('甲', 40, 150), run('乙', 140, 150)], [...whole, h(100, 0, 200), v(100, 0, 200)]) as PageTable[];
    expect(ruled!.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan, c.text])).toEqual([
      [0, 0, 1, 1, '甲'],
      [0, 1, 1, 1, '乙'],
      [1, 0, 1, 1, ''],
      [1, 1, 1, 1, ''],
    ]);
    expect(ruled!.doubts).toEqual([]);
    // The ruling between the top two boxes and the one under the right box stop short: three boxes open into each other.
    const [broken] = pageBlocks([run('甲', 40, 150), run('乙', 140, 150)], [...whole, h(100, 0, 100), v(100, 0, 100)]) as PageTable[];
    expect(broken!.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan, c.text])).toEqual([[0, 0, 2, 2, '甲 乙']]);
    expect(broken!.doubts).toEqual([{ row: 0, text: '表格线不完整，几个单元格按合并读取' }]);
  });
});
