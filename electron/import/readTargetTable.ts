/**
 * One 绩效目标表 from its region of a sheet: the header by its labels (headerFields.ts), the
 * indicators by their columns (indicatorTable.ts), whatever the region's layout. Text is kept as
 * written; amounts become exact, in the unit their label or title names, and return as 万元.
 */
import { TEXT_LIMITS } from '../../shared/api/schemas';
import type { TableField } from '../../shared/forms/labelDictionary';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { LAYOUTS, type FundKey, type LayoutId } from '../../shared/layouts';
import { fenToWan, parseAmount } from '../../shared/money';
import type { OtherInfo } from '../../shared/project';
import { cutText } from '../../shared/text';
import { cellAddress, fittedText, type Warn } from './fitText';
import { readHeader, type FoundValue, type HeaderRead } from './headerFields';
import { findIndicatorHeader, readIndicatorRows, type IndicatorHeader } from './indicatorTable';
import type { SheetGrid } from './sheetGrid';
import type { TableRegion } from './tableRegions';

/** What the preview says of a table beyond its warnings. */
export interface TableNotes {
  /** Header fields its layout has that the table does not. */
  missing: string[];
}

function layoutOf(grid: SheetGrid, region: TableRegion, header: HeaderRead): LayoutId {
  const { labels } = header;
  if (labels.has('本级资金') || labels.has('转移市县资金')) return '本级部门';
  if (labels.has('资金类型')) return '重点项目';
  let county = labels.has('主管部门及代码') || labels.has('项目资金');
  for (let r = region.start; r <= region.end && !county; r++) county = grid.visible(r).some((c) => /[(（]必填/.test(c.text));
  return county ? '县级部门' : '本级部门';
}

export function amountOf(found: FoundValue | undefined, where: (f: FoundValue) => string, warn: Warn): number | null {
  if (!found || found.text === '') return null;
  const parsed = parseAmount(typeof found.value === 'number' ? found.value : found.text, found.unit === '元' ? '元' : '万元');
  if (parsed.ok) return fenToWan(parsed.fen);
  warn(`${where(found)}：${typeof found.value === 'number' ? parsed.message : `“${found.text}”不是金额`}，已留空`);
  return null;
}

/** `[105]教育部`, `105-教育部`, `（105）教育部`: the code written before a 主管部门's name, and the name. */
export function splitDepartmentCode(text: string): { code: string; name: string } {
  const m = /^[[【(（]?\s*(\d{2,})\s*[\]】)）]?\s*[-－—_、.．\s]?\s*(\D.*)$/.exec(text.trim());
  return m && /^[[【(（]|\d[-－—_、.．\s]/.test(text.trim()) ? { code: m[1]!, name: m[2]!.trim() } : { code: '', name: text };
}

export function readTargetTable(grid: SheetGrid, region: TableRegion, warn: Warn): (TargetTable & TableNotes) | null {
  const indicatorHeader = findIndicatorHeader(grid, region.start, region.end);
  if (!indicatorHeader) {
    warn(`工作表“${grid.name}”第 ${region.start} 行：找到“项目名称”，但没有指标表（缺少“一级指标 … 三级指标 … 指标值”表头），已跳过`);
    return null;
  }
  return targetTableOf(grid, region, indicatorHeader, readHeader(grid, region.top, indicatorHeader.rows[0]! - 1), warn);
}

/** The table from its header as read and its indicator header, however each was found (by labels, or by a layout map). */
export function targetTableOf(
  grid: SheetGrid,
  region: TableRegion,
  indicatorHeader: IndicatorHeader,
  header: HeaderRead,
  warn: Warn,
): TargetTable & TableNotes {
  const at = (row: number) => `工作表“${grid.name}”第 ${row} 行`;
  const { indicators, notApplicable } = readIndicatorRows(grid, indicatorHeader, region.end, warn);
  const text = (field: TableField, max: number = TEXT_LIMITS.line) => {
    const f = header.fields[field];
    return f && f.col > 0 ? fittedText(grid, f.row, f.col, max, f.label.replace(/[:：]\s*$/, ''), warn) : '';
  };
  const where = (f: FoundValue) => `${at(f.row)}“${f.label}”`;
  const funds: Partial<Record<FundKey, number>> = {};
  for (const [fund, found] of Object.entries(header.funds) as [FundKey, FoundValue][]) {
    const wan = amountOf(found, where, warn);
    if (wan !== null) funds[fund] = wan;
  }
  if (region.year === null) warn(`${at(region.top)}：标题中没有年度，请在导入时指定年度`);
  const layout = layoutOf(grid, region, header);
  const { code: departmentCode, name: department } = splitDepartmentCode(text('department'));
  const otherInfo: OtherInfo[] = header.otherInfo.map(({ label, value, row, col }) => {
    if (value.length <= TEXT_LIMITS.goal) return { label, value };
    warn(
      `工作表“${grid.name}”单元格 ${cellAddress(row, col)}（${label}）有 ${value.length} 个字符，超过上限 ${TEXT_LIMITS.goal}，已截断为前 ${TEXT_LIMITS.goal} 个字符`,
    );
    return { label, value: cutText(value, TEXT_LIMITS.goal) };
  });
  const code = text('code');
  const missing = LAYOUTS[layout].headerFields.filter((f) => header.fields[f.key] === undefined).map((f) => f.label);
  return {
    layout,
    year: region.year,
    unit: '万元',
    projectName: text('name') || unnamed(grid, region, warn),
    department,
    implementingUnit: text('implementingUnit'),
    attribute: text('attribute'),
    period: text('period'),
    fundType: header.fields.fundType ? text('fundType') : null,
    totalFunds: amountOf(header.fields.totalFunds, where, warn),
    annualFunds: amountOf(header.fields.annualFunds, where, warn),
    funds,
    overallGoal: text('overallGoal', TEXT_LIMITS.goal),
    indicators,
    ...(code ? { code } : {}),
    ...(departmentCode ? { departmentCode } : {}),
    ...(otherInfo.length ? { otherInfo } : {}),
    ...(notApplicable.length ? { notApplicable } : {}),
    missing,
  };
}

/** A table without a 项目名称 is kept under a name saying where it was, for the clerk to rename. */
export function unnamed(grid: SheetGrid, region: TableRegion, warn: Warn): string {
  const name = `未命名项目（工作表“${grid.name}”第 ${region.start} 行）`;
  warn(`工作表“${grid.name}”第 ${region.start} 行：表中没有填写项目名称，暂以“${name}”导入，请导入后改名`);
  return name;
}
