/**
 * The printed pages of a form. An indicator table longer than a page runs onto further pages, and
 * each of them must read on its own: start with the indicator header, and show the labels (一级,
 * 二级, 绩效指标) of the rows it continues, which a merged cell prints only once, on the page where
 * it starts. The writers estimate the heights of their rows; here the pages are cut and the form
 * laid out again with them.
 */
import type { FormCell, PaperForm } from './paperForm';

export interface PageRoom {
  /** Height the form has on its first page. */
  first: number;
  /** Height of each further page. */
  next: number;
}

/**
 * Heights of a form's rows: as laid out, and as the first or the last row of a page, where a
 * label merged across the page break is cut down to that one row and may need more lines.
 */
interface Heights {
  plain: number[];
  asFirst: number[];
  asLast: number[];
}

/**
 * The rows that start a new page inside the indicator table (a page never ends on its header),
 * chosen so that each page, with the header repeated at its top, holds what is put on it. Rows
 * above the table that do not fit go to the next page whole, as printers move a row that does
 * not fit (Word's rows here do not split); those breaks are the printer's, not listed.
 */
function pageBreaks(form: PaperForm, heights: Heights, room: PageRoom): number[] {
  const { plain, asFirst, asLast } = heights;
  const { header, last } = headerOf(form);
  const headerHeight = plain.slice(header, last + 1).reduce((a, b) => a + b, 0);
  const breaks: number[] = [];
  let limit = room.first;
  let used = 0;
  let pageStart = 0;
  const newPage = (row: number, repeated: number) => {
    limit = room.next;
    used = repeated;
    pageStart = row;
  };
  for (let r = 0; r < form.rows; r++) {
    if (r < header) {
      if (used > 0 && used + plain[r]! > limit) newPage(r, 0);
    } else if (r === header) {
      // The header goes to the next page with the first row under it.
      if (used > 0 && used + headerHeight + Math.max(plain[last + 1] ?? 0, asLast[last + 1] ?? 0) > limit) {
        breaks.push(r);
        newPage(r, 0);
      }
    } else if (r > last && r > pageStart && used + Math.max(plain[r]!, asLast[r]!) > limit) {
      breaks.push(r);
      newPage(r, headerHeight);
    }
    used += r === pageStart && r > last ? Math.max(plain[r]!, asFirst[r]!) : plain[r]!;
  }
  return breaks;
}

/** The indicator header's first and last rows. */
const headerOf = (form: PaperForm) => ({ header: form.indicatorHeaderRow, last: form.indicatorHeaderRow + (form.indicatorHeaderRows ?? 1) - 1 });

export interface PagedForm {
  form: PaperForm;
  /** Rows of `form` that start a printed page (after its first). */
  pageStarts: number[];
}

/**
 * The form with a page starting at each of `breaks` (rows of `form`): cells merged across a break
 * are cut there and their text repeated below it, and with `repeatHeader` a copy of the indicator
 * header (its one or two rows) is put at the top of each page that continues the table (where the printer does not
 * repeat it itself).
 */
function withPages(form: PaperForm, breaks: number[], repeatHeader: boolean): PagedForm {
  const { header, last } = headerOf(form);
  const size = last - header + 1;
  const copied = (b: number) => repeatHeader && b > last;
  /** Where a row of `form` lands: below the header copies put above it. */
  const moved = (row: number) => row + size * breaks.filter((b) => copied(b) && b <= row).length;
  const pageStarts = breaks.map((b) => moved(b) - (copied(b) ? size : 0));

  const cells: FormCell[] = [];
  for (const cell of form.cells) {
    const end = cell.row + cell.rowSpan - 1;
    const cuts = breaks.filter((b) => b > cell.row && b <= end);
    [cell.row, ...cuts].forEach((from, i) => {
      const to = (cuts[i] ?? end + 1) - 1;
      // A cell that runs down from the header (the 自评表's 绩效指标) runs down from its copy too.
      const top = i > 0 && copied(from) && cell.row <= header ? moved(from) - size : moved(from);
      cells.push({ ...cell, row: top, rowSpan: moved(to) - top + 1 });
    });
  }
  for (const b of breaks.filter(copied)) {
    for (const cell of form.cells) {
      if (cell.row < header || cell.row > last) continue;
      const runsAcross = cell.row + cell.rowSpan - 1 >= b;
      if (!runsAcross) cells.push({ ...cell, row: moved(b) - size + cell.row - header, rowSpan: Math.min(cell.rowSpan, last - cell.row + 1) });
    }
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { form: { ...form, rows: moved(form.rows - 1) + 1, cells }, pageStarts };
}

/** The form cut into printed pages; `heightsOf` estimates the heights of a form's rows as the writer draws them. */
export function printedPages(form: PaperForm, heightsOf: (form: PaperForm) => number[], room: PageRoom, repeatHeader: boolean): PagedForm {
  const heights = {
    plain: heightsOf(form),
    // Each cell alone in its last row, or in its first.
    asFirst: heightsOf({ ...form, cells: form.cells.map((c) => ({ ...c, row: c.row + c.rowSpan - 1, rowSpan: 1 })) }),
    asLast: heightsOf({ ...form, cells: form.cells.map((c) => ({ ...c, rowSpan: 1 })) }),
  };
  return withPages(form, pageBreaks(form, heights, room), repeatHeader);
}
