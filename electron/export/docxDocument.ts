/**
 * Publication documents: a title, opening paragraphs, then each project's form drawn from the
 * same form model as the workbook. The indicator table repeats its header row on every page it
 * runs onto.
 */
import {
  AlignmentType,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { formatWan } from '../../shared/money';
import type { FormCell, PaperForm } from '../../shared/forms/paperForm';
import { targetForm } from '../../shared/forms/targetForm';
import type { ExportTable } from './exportTable';

const FONT = { ascii: 'Times New Roman', eastAsia: '宋体', hAnsi: 'Times New Roman' };
/** A4 in twentieths of a point, with 2 cm side margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const run = (text: string, options: { bold?: boolean; size?: number } = {}) => new TextRun({ text, font: FONT, size: options.size ?? 21, bold: options.bold });

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
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
  });
}

/** Rows `from` to `to` of the form as a Word table; the first `headerRows` repeat on every page. */
function formTable(form: PaperForm, from: number, to: number, headerRows: number): Table {
  const total = form.widths.reduce((a, b) => a + b, 0);
  const columnWidths = form.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const rows: TableRow[] = [];
  for (let r = from; r < to; r++) {
    const cells = form.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col);
    rows.push(new TableRow({ children: cells.map((c) => tableCell(c, columnWidths)), tableHeader: r - from < headerRows, cantSplit: true }));
  }
  return new Table({ rows, columnWidths, layout: TableLayoutType.FIXED, width: { size: TEXT_WIDTH, type: WidthType.DXA } });
}

function formSection(form: PaperForm, first: boolean): (Paragraph | Table)[] {
  const titleCells = form.cells.filter((c) => c.row < form.titleRows);
  const [title, ...rest] = titleCells;
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, pageBreakBefore: !first, spacing: { after: 120 }, children: [run(title!.text, { bold: true, size: 32 })] }),
    ...rest.map((c) => new Paragraph({ alignment: c.role === 'unit' ? AlignmentType.RIGHT : AlignmentType.CENTER, children: [run(c.text)] })),
    formTable(form, form.titleRows, form.indicatorHeaderRow, 0),
    // Word and LibreOffice join tables that touch; a hairline paragraph keeps the indicator table
    // separate, so that its own first row is the header repeated on every page.
    new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [run('', { size: 2 })] }),
    formTable(form, form.indicatorHeaderRow, form.rows, 1),
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

/** `onProgress` hears forms laid out / forms. */
export async function writeFormsDocument(plan: DocumentPlan, onProgress?: (done: number, total: number) => void): Promise<Buffer> {
  const doc = new Document({
    creator: '绩效填报助手',
    title: plan.title,
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: 1440, bottom: 1440, left: PAGE.margin, right: PAGE.margin } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(plan.title, { bold: true, size: 36 })] }),
          ...plan.opening.map((text, i) => new Paragraph({ indent: { firstLine: 420 }, spacing: { after: i === plan.opening.length - 1 ? 240 : 120, line: 360 }, children: [run(text, { size: 24 })] })),
          ...plan.forms.flatMap((form, i) => {
            onProgress?.(i + 1, plan.forms.length);
            return formSection(form, i === 0);
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
    forms: tables.map((t) => targetForm(t.layout, t.year, t.content, { draft: t.draft })),
  };
}
