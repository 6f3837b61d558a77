import { describe, expect, it } from 'vitest';
import { Grid, type PaperForm } from '../../shared/forms/paperForm';
import { printedPages } from '../../shared/forms/pages';

/**
 * A title, the indicator header with 绩效指标 running down from it (as the 自评表 has it), and six
 * indicators: 一级 A over four, B over two; 二级 a1 over three.
 */
function form(): PaperForm {
  const grid = new Grid();
  grid.put(0, 4, 'title', '表');
  grid.next();
  grid.put(0, 1, 'label', '绩效指标', 7);
  grid.put(1, 1, 'header', '一级指标');
  grid.put(2, 1, 'header', '二级指标');
  grid.put(3, 1, 'header', '三级指标');
  grid.next();
  const levels: [string, number][] = [
    ['A', 4],
    ['', 0],
    ['', 0],
    ['', 0],
    ['B', 2],
    ['', 0],
  ];
  const level2: [string, number][] = [
    ['a1', 3],
    ['', 0],
    ['', 0],
    ['a2', 1],
    ['b1', 2],
    ['', 0],
  ];
  levels.forEach(([l1, span1], i) => {
    if (l1) grid.put(1, 1, 'level', l1, span1);
    const [l2, span2] = level2[i]!;
    if (l2) grid.put(2, 1, 'level', l2, span2);
    grid.put(3, 1, 'text', `指标${i + 1}`);
    grid.next();
  });
  return grid.form([6, 6, 6, 6], 1, 1);
}

/** Each row's cells as `text@col×rowSpan`. */
const rows = (f: PaperForm) => Array.from({ length: f.rows }, (_, r) => f.cells.filter((c) => c.row === r).map((c) => `${c.text}@${c.col}×${c.rowSpan}`));

const tenEach = (f: PaperForm) => Array.from({ length: f.rows }, () => 10);

describe('printed pages of a form', () => {
  it('cut merged cells at a page break and repeat their labels below it, under a copy of the header row', () => {
    // Title, header and three indicators fill the first page; the header and three more the second.
    const { form: paged, pageStarts } = printedPages(form(), tenEach, { first: 50, next: 40 }, true);
    expect(pageStarts).toEqual([5]);
    expect(rows(paged)).toEqual([
      ['表@0×1'],
      ['绩效指标@0×4', '一级指标@1×1', '二级指标@2×1', '三级指标@3×1'],
      ['A@1×3', 'a1@2×3', '指标1@3×1'],
      ['指标2@3×1'],
      ['指标3@3×1'],
      ['绩效指标@0×4', '一级指标@1×1', '二级指标@2×1', '三级指标@3×1'],
      ['A@1×1', 'a2@2×1', '指标4@3×1'],
      ['B@1×2', 'b1@2×2', '指标5@3×1'],
      ['指标6@3×1'],
    ]);
  });

  it('leave the header to the printer where it repeats it, and never end a page on the header row', () => {
    // Under print titles: no copy; the header the printer repeats counts in the room of the next page.
    const titled = printedPages(form(), tenEach, { first: 50, next: 40 }, false);
    expect(titled.pageStarts).toEqual([5]);
    expect(rows(titled.form)[5]).toEqual(['绩效指标@0×3', 'A@1×1', 'a2@2×1', '指标4@3×1']);
    // Room for the title and the header but not a row under it: the header goes to the next page.
    expect(printedPages(form(), tenEach, { first: 25, next: 100 }, true).pageStarts).toEqual([1]);
  });

  it('count a label cut down to one row at the height it then needs', () => {
    // B needs three lines where it stands alone in a row, one line a row over its two rows.
    const tall = (f: PaperForm) => Array.from({ length: f.rows }, (_, r) => (f.cells.some((c) => c.row === r && c.rowSpan === 1 && c.text === 'B') ? 30 : 10));
    // 指标5 would fit the first page by its own height, but B, cut there, would not: the page ends before it.
    const { form: paged, pageStarts } = printedPages(form(), tall, { first: 75, next: 100 }, true);
    expect(pageStarts).toEqual([6]);
    expect(rows(paged)[7]).toEqual(['B@1×2', 'b1@2×2', '指标5@3×1']);
  });
});
