/**
 * Publication documents: a title, opening paragraphs, then each project's form drawn from the
 * same form model as the workbook. The indicator table repeats its header row on every page it
 * runs onto.
 */
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { formatWan } from '../../shared/money';
import { lineCount, type FormCell, type PaperForm } from '../../shared/forms/paperForm';
import { printedPages } from '../../shared/forms/pages';
import { targetForm } from '../../shared/forms/targetForm';
import type { ExportTable } from './exportTable';

const FONT = { ascii: 'Times New Roman', eastAsia: '宋体', hAnsi: 'Times New Roman' };
/** A4 in twentieths of a point, with 2 cm side margins and 2.54 cm at top and bottom. */
const PAGE = { width: 11906, height: 16838, margin: 1134, marginY: 1440 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Font sizes, in half-points. */
const SIZE = { text: 21, formTitle: 32, title: 36, opening: 24 };
/** Space after paragraphs and around cell text, in twentieths of a point. */
const SPACE = { formTitle: 120, title: 240, opening: 120, cellX: 60, cellY: 30 };
/** The opening paragraphs are set at one and a half lines (240 is single). */
const OPENING_LINE = 360;
const OPENING_INDENT = 420;

const run = (text: string, options: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: options.size ?? SIZE.text, bold: options.bold });

/**
 * Heights, in points, estimated on the high side, so that what they put on a page fits it:
 * a line takes 1.5 times its font size (LibreOffice sets the CJK fonts standing in for 宋体 at
 * about 1.45), and a CJK character is as wide as the font is high.
 */
const lineHeight = (size: number) => (size / 2) * 1.5;
// lineCount keeps a unit of the width in reserve, as the cell margins are here already.
const linesIn = (text: string, width: number, size: number) => lineCount(text, width / (size * 5) + 1);
const paragraphHeight = (text: string, width: number, size: number, after: number, line = 240) =>
  linesIn(text, width, size) * lineHeight(size) * (line / 240) + after / 20;

/** The table's column widths, in twentieths of a point. */
function columnWidthsOf(form: PaperForm): number[] {
  const total = form.widths.reduce((a, b) => a + b, 0);
  return form.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
}

/** Heights of a form's rows as the document sets them: the title rows as paragraphs, the others as table rows. */
function rowHeights(form: PaperForm): number[] {
  const columnWidths = columnWidthsOf(form);
  const heights = Array.from({ length: form.rows }, () => 0);
  for (const cell of form.cells) {
    if (cell.row < form.titleRows)
      heights[cell.row] =
        cell.role === 'title' ? paragraphHeight(cell.text, TEXT_WIDTH, SIZE.formTitle, SPACE.formTitle) : paragraphHeight(cell.text, TEXT_WIDTH, SIZE.text, 0);
    else if (cell.rowSpan === 1) {
      const width = columnWidths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0) - 2 * SPACE.cellX;
      heights[cell.row] = Math.max(heights[cell.row]!, linesIn(cellText(cell), width, SIZE.text) * lineHeight(SIZE.text) + (2 * SPACE.cellY) / 20 + 1);
    }
  }
  return heights;
}

/** The height of a page's text area, in points, less a little for what the estimates miss. */
const BODY = (0.99 * (PAGE.height - 2 * PAGE.marginY)) / 20;
/** The hairline paragraph that keeps two tables apart. */
const HAIRLINE = 1;

function paragraphs(text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], bold = false): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ alignment, children: [run(line, { bold })] }));
}

function cellText(cell: FormCell): string {
  // Two decimals, as the workbook's number format shows them.
  if (cell.role === 'money') return cell.fen === null || cell.fen === undefined ? '' : formatWan(cell.fen, 2);
  return cell.text;
}

function tableCell(cell: FormCell, columnWidths: number[]): TableCell {
  const centered = cell.role === 'label' || cell.role === 'header' || cell.role === 'level' || cell.role === 'figure';
  const alignment = cell.role === 'money' ? AlignmentType.RIGHT : centered ? AlignmentType.CENTER : AlignmentType.LEFT;
  return new TableCell({
    children: paragraphs(cellText(cell), alignment, cell.role === 'label' || cell.role === 'header'),
    columnSpan: cell.colSpan,
    rowSpan: cell.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: columnWidths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0), type: WidthType.DXA },
    margins: { left: SPACE.cellX, right: SPACE.cellX, top: SPACE.cellY, bottom: SPACE.cellY },
  });
}

/** Rows `from` to `to` of the form as a Word table; the first `headerRows` repeat on every page. */
function formTable(form: PaperForm, from: number, to: number, headerRows: number): Table {
  const columnWidths = columnWidthsOf(form);
  const rows: TableRow[] = [];
  for (let r = from; r < to; r++) {
    const cells = form.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col);
    rows.push(new TableRow({ children: cells.map((c) => tableCell(c, columnWidths)), tableHeader: r - from < headerRows, cantSplit: true }));
  }
  return new Table({ rows, columnWidths, layout: TableLayoutType.FIXED, width: { size: TEXT_WIDTH, type: WidthType.DXA } });
}

/** Word and LibreOffice join tables that touch: a hairline paragraph keeps them apart. */
const hairline = (pageBreakBefore: boolean) =>
  new Paragraph({ pageBreakBefore, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [run('', { size: 2 })] });

/**
 * A form: its title, its header table, then its indicator table, one table per printed page. Each
 * page's table starts with the indicator header row and repeats the labels of the rows it
 * continues; Word would repeat the header of one long table, but leave its merged 一级 cells
 * empty on the pages they run onto. `room` is what the form has on its first page.
 */
function formSection(form: PaperForm, first: boolean, room: number): (Paragraph | Table)[] {
  const { form: paged, pageStarts } = printedPages(form, rowHeights, { first: room - HAIRLINE, next: BODY - HAIRLINE }, true);
  const header = paged.indicatorHeaderRow;
  const [title, ...rest] = paged.cells.filter((c) => c.row < paged.titleRows);
  const starts = [header, ...pageStarts.filter((p) => p > header)];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: !first,
      spacing: { after: SPACE.formTitle },
      children: [run(title!.text, { bold: true, size: SIZE.formTitle })],
    }),
    ...rest.map((c) => new Paragraph({ alignment: c.role === 'unit' ? AlignmentType.RIGHT : AlignmentType.CENTER, children: [run(c.text)] })),
    formTable(paged, paged.titleRows, header, 0),
    ...starts.flatMap((start, i) => [
      hairline(i > 0 || pageStarts.includes(header)),
      formTable(paged, start, starts[i + 1] ?? paged.rows, paged.indicatorHeaderRows ?? 1),
    ]),
  ];
}

export interface PublicationInfo {
  departmentName: string;
  year: number;
  draft: boolean;
}

export function publicationTitle({ departmentName, year, draft }: PublicationInfo): string {
  return `${departmentName}${year}年项目支出预算绩效目标${draft ? '（草稿）' : ''}`;
}

export interface DocumentPlan {
  title: string;
  /** Paragraphs under the title, before the forms. */
  opening: string[];
  forms: PaperForm[];
}

/** The last opening paragraph stands further from the first form. */
const openingAfter = (plan: DocumentPlan, i: number) => (i === plan.opening.length - 1 ? SPACE.title : SPACE.opening);

/** What the title and the opening take of the first page, in points. */
function openingHeight(plan: DocumentPlan): number {
  return plan.opening.reduce(
    (height, text, i) => height + paragraphHeight(text, TEXT_WIDTH - OPENING_INDENT, SIZE.opening, openingAfter(plan, i), OPENING_LINE),
    paragraphHeight(plan.title, TEXT_WIDTH, SIZE.title, SPACE.title),
  );
}

/** `onProgress` hears forms laid out / forms. */
export async function writeFormsDocument(plan: DocumentPlan, onProgress?: (done: number, total: number) => void): Promise<Buffer> {
  const doc = new Document({
    creator: '绩效填报助手',
    title: plan.title,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.marginY, bottom: PAGE.marginY, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: SPACE.title }, children: [run(plan.title, { bold: true, size: SIZE.title })] }),
          ...plan.opening.map(
            (text, i) =>
              new Paragraph({
                indent: { firstLine: OPENING_INDENT },
                spacing: { after: openingAfter(plan, i), line: OPENING_LINE },
                children: [run(text, { size: SIZE.opening })],
              }),
          ),
          ...plan.forms.flatMap((form, i) => {
            onProgress?.(i + 1, plan.forms.length);
            return formSection(form, i === 0, i === 0 ? BODY - openingHeight(plan) : BODY);
          }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

export function targetDocumentPlan(tables: ExportTable[], info: PublicationInfo): DocumentPlan {
  return {
    title: publicationTitle(info),
    opening: [
      `根据《中华人民共和国预算法》和全面实施预算绩效管理的有关要求，现将${info.departmentName}${info.year}年项目支出预算绩效目标予以公开。`,
      `附件：${info.year}年项目支出预算绩效目标表`,
    ],
    forms: tables.map((t) => targetForm(t.layout, t.year, t.content, { draft: t.draft, profile: t.profile })),
  };
}
