/**
 * Turning a block copied from Excel into indicator rows. Excel puts cells with line breaks in
 * double quotes; merged 一级/二级 cells arrive only on their first row, so an empty level cell
 * inherits the row above.
 */
import { level1Of, matchLevel1, matchLevel2 } from './taxonomy';
import type { EvaluationIndicator } from './evaluation/content';
import type { Indicator } from './project';

/** Rows of cells from tab-separated text, following Excel's quoting. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const src = text.replace(/\r\n?/g, '\n');
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === '\t') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * A column copied from Excel into the 自评表's 实际完成值, from the row at `from` down: the first
 * cell of each row, a row per indicator (a blank cell clears its row, rows past the last are left out).
 */
export function pasteActuals(indicators: EvaluationIndicator[], from: number, text: string): EvaluationIndicator[] {
  const actuals = parseTsv(text).map((cells) => (cells[0] ?? '').trim());
  return indicators.map((i, n) => (n >= from && n - from < actuals.length ? { ...i, actual: actuals[n - from]! } : i));
}

export interface PastedRow {
  /** The 二级 named in the block, or null where the block had only 三级 and 指标值. */
  level2: string | null;
  name: string;
  value: string;
}

export type PasteResult = { ok: true; rows: PastedRow[] } | { ok: false; message: string };

const HEADER_WORDS = /^(一级指标|二级指标|三级指标|指标值|绩效值|指标内容|指标名称)$/;

/** True where the text is more than one cell: a block for the grid rather than text for a cell. */
export function isBlock(text: string): boolean {
  return /\t|\n./.test(text.replace(/\r?\n$/, ''));
}

export function parsePastedIndicators(text: string): PasteResult {
  const rows = parseTsv(text)
    .map((r) => r.map((c) => c.trim()))
    .filter((r) => r.some((c) => c !== ''))
    .filter((r) => !r.every((c) => c === '' || HEADER_WORDS.test(c.replace(/\s+/g, ''))));
  if (rows.length === 0) return { ok: false, message: '剪贴板中没有可粘贴的指标' };
  const width = Math.max(...rows.map((r) => r.length));
  if (width < 2 || width > 4) {
    return { ok: false, message: `粘贴的内容有 ${width} 列；请复制 2–4 列：[一级指标] [二级指标] 三级指标 指标值` };
  }
  const out: PastedRow[] = [];
  let level1Label = '';
  let level2Label = '';
  for (const [n, cells] of rows.entries()) {
    const padded = [...Array(width - cells.length).fill(''), ...cells].slice(-width);
    const [name, value] = padded.slice(-2) as [string, string];
    if (width === 4) level1Label = padded[0] || level1Label;
    if (width >= 3) level2Label = padded[width - 3] || level2Label;
    let level2: string | null = null;
    if (width >= 3) {
      level2 = matchLevel2(level2Label);
      if (!level2) return { ok: false, message: `第 ${n + 1} 行：无法识别二级指标“${level2Label}”，未粘贴任何内容` };
      const level1 = width === 4 && level1Label ? matchLevel1(level1Label) : null;
      const expected = level1Of(level2);
      if (width === 4 && level1Label && level1 !== expected) {
        return { ok: false, message: `第 ${n + 1} 行：一级指标“${level1Label}”与二级指标“${level2Label}”不对应，未粘贴任何内容` };
      }
    }
    out.push({ level2, name, value });
  }
  return { ok: true, rows: out };
}

/** An indicator under a 二级; its 一级 is the taxonomy's, or `level1` for a 二级 it does not know. */
export function toIndicator(level2: string, name: string, value: string, level1 = ''): Indicator {
  return { level1: level1Of(level2) ?? level1, level2, name, value };
}
