/**
 * One 绩效目标表 from its region of a sheet, found by its labels (the template aliases), never by
 * fixed addresses. Text is kept as written; amounts become exact and return as 万元 numbers.
 */
import type { TargetTable } from '../../shared/interchange/targetTable';
import type { FundKey, HeaderKey, LayoutId } from '../../shared/layouts';
import { fenToWan, parseWan, type Fen } from '../../shared/money';
import type { Indicator } from '../../shared/project';
import { LEVEL2_NAMES, level2Def, level2Order, matchLevel1, matchLevel2, type Level1Name, type Level2Name } from '../../shared/taxonomy';
import { fundGroupOf, headerFieldOf, normLabel, type FundGroupMatch } from './labels';
import { fittedText, type Warn } from './fitText';
import type { SheetGrid, VisibleCell } from './sheetGrid';
import { yearOf, type TableRegion } from './tableRegions';
import { INDICATOR_LIMIT, TEXT_LIMITS } from '../../shared/api/schemas';

const VALUE_HEADERS = ['指标值', '绩效值', '年度指标值'];

function amountOf(cell: VisibleCell | undefined, where: string, warn: Warn): Fen | null {
  if (!cell || cell.text === '') return null;
  const parsed = parseWan(typeof cell.value === 'number' ? String(cell.value) : cell.text);
  if (parsed.ok) return parsed.fen;
  warn(`${where}：${typeof cell.value === 'number' ? parsed.message : `“${cell.text}”不是金额`}，已留空`);
  return null;
}

function layoutOf(grid: SheetGrid, region: TableRegion, labels: Set<string>): LayoutId {
  let county = labels.has('主管部门及代码') || labels.has('项目资金(万元)');
  for (let r = region.start; r <= region.end && !county; r++) county = grid.visible(r).some((c) => /[(（]必填/.test(c.text));
  if (county) return '县级部门';
  return labels.has('资金类型') ? '重点项目' : '本级部门';
}

export function readTargetTable(grid: SheetGrid, region: TableRegion, warn: Warn): TargetTable | null {
  const at = (row: number) => `工作表“${grid.name}”第 ${row} 行`;
  const fields: Partial<Record<HeaderKey, string>> = {};
  const amounts: Partial<Record<'totalFunds' | 'annualFunds', Fen | null>> = {};
  const funds: Partial<Record<FundKey, number>> = {};
  const labels = new Set<string>();
  let headerRow = 0;

  for (let r = region.start; r <= region.end && !headerRow; r++) {
    const cells = grid.visible(r);
    if (cells.some((c) => normLabel(c.text) === '一级指标') && cells.some((c) => normLabel(c.text) === '三级指标')) {
      headerRow = r;
      break;
    }
    let group: FundGroupMatch | null = null;
    for (let i = 0; i < cells.length; i++) {
      const label = normLabel(cells[i]!.text);
      if (label === '') continue;
      labels.add(label);
      const nextGroup = fundGroupOf(label);
      if (nextGroup) {
        group = nextGroup;
        continue;
      }
      const fund = group?.parts.get(label);
      const field = headerFieldOf(label);
      if (fund) {
        const fen = amountOf(cells[i + 1], `${at(r)}“${cells[i]!.text}”`, warn);
        if (fen !== null) funds[fund] = fenToWan(fen);
        i++;
      } else if (field) {
        const next = cells[i + 1];
        if (field === 'totalFunds' || field === 'annualFunds') amounts[field] = amountOf(next, `${at(r)}“${cells[i]!.text}”`, warn);
        else fields[field] = next ? fittedText(grid, r, next.col, field === 'overallGoal' ? TEXT_LIMITS.goal : TEXT_LIMITS.line, label, warn) : '';
        i++;
      }
    }
  }
  if (!headerRow) {
    warn(`${at(region.start)}：找到“项目名称”，但没有指标表（缺少“一级指标 … 三级指标”表头），已跳过`);
    return null;
  }

  const indicators = readIndicators(grid, headerRow, region.end, warn);
  const year = yearOf(region.title);
  if (year === null) warn(`${at(region.top)}：标题中没有年度，请在导入时指定年度`);
  const layout = layoutOf(grid, region, labels);
  return {
    layout,
    year: year ?? 0,
    unit: '万元',
    projectName: fields.name || unnamed(grid, region, warn),
    department: fields.department ?? '',
    implementingUnit: fields.implementingUnit ?? '',
    attribute: fields.attribute ?? '',
    period: fields.period ?? '',
    fundType: fields.fundType ?? null,
    totalFunds: amounts.totalFunds === undefined || amounts.totalFunds === null ? null : fenToWan(amounts.totalFunds),
    annualFunds: amounts.annualFunds === undefined || amounts.annualFunds === null ? null : fenToWan(amounts.annualFunds),
    funds,
    overallGoal: fields.overallGoal ?? '',
    indicators,
  };
}

/** A table without a 项目名称 is kept under a name saying where it was, for the clerk to rename. */
export function unnamed(grid: SheetGrid, region: TableRegion, warn: Warn): string {
  const name = `未命名项目（工作表“${grid.name}”第 ${region.start} 行）`;
  warn(`工作表“${grid.name}”第 ${region.start} 行：表中没有填写项目名称，暂以“${name}”导入，请导入后改名`);
  return name;
}

function columnOf(cells: readonly VisibleCell[], names: string[]): number | null {
  return cells.find((c) => names.includes(normLabel(c.text)))?.col ?? null;
}

/** Rows under the indicator header; 一级 and 二级 carry down (merged, or left blank below). */
function readIndicators(grid: SheetGrid, headerRow: number, end: number, warn: Warn): Indicator[] {
  const header = grid.visible(headerRow);
  const cols = {
    level1: columnOf(header, ['一级指标'])!,
    level2: columnOf(header, ['二级指标']),
    name: columnOf(header, ['三级指标'])!,
    value: columnOf(header, VALUE_HEADERS),
  };
  if (cols.level2 === null || cols.value === null) {
    warn(`工作表“${grid.name}”第 ${headerRow} 行：指标表头缺少“二级指标”或“指标值”列`);
    return [];
  }
  const indicators: Indicator[] = [];
  let level1: Level1Name | null = null;
  let level2: Level2Name | null = null;
  for (let r = headerRow + 1; r <= end; r++) {
    const l1 = grid.text(r, cols.level1);
    const l2 = grid.text(r, cols.level2);
    const name = fittedText(grid, r, cols.name, TEXT_LIMITS.indicator, '三级指标', warn);
    const value = fittedText(grid, r, cols.value, TEXT_LIMITS.indicator, '指标值', warn);
    if (normLabel(l1) === '一级指标' || normLabel(name) === '三级指标') continue; // a header repeated mid-table
    if (l1) {
      const matched = matchLevel1(l1);
      if (!matched) break; // the table has ended (a note, a signature line)
      level1 = matched;
    }
    if (l2) {
      const matched = matchLevel2(l2);
      if (!matched) {
        warn(`工作表“${grid.name}”第 ${r} 行：无法识别的二级指标“${l2}”，该行已跳过`);
        continue;
      }
      level2 = matched;
      // The taxonomy decides the 一级 of a 二级, whatever the (possibly blank) 一级 cell says.
      level1 = level2Def(matched).level1;
    }
    if (name === '' && value === '') continue;
    if (!l2 && level2 && name === '0' && value === '0' && indicators.some((i) => i.level2 === level2)) {
      // A `0 | 0` row stands alone for its 二级, so it cannot continue one that has indicators:
      // its label was lost (a header repeated over it); it is the next 二级 in form order.
      const next = nextLevel2(level2, nextExplicitLevel2(grid, r + 1, end, cols.level2));
      if (next) {
        warn(`工作表“${grid.name}”第 ${r} 行：“0 | 0”行没有写明二级指标，按表样顺序归入${next}`);
        level2 = next;
        level1 = level2Def(next).level1;
      }
    }
    if (!level1 || !level2) {
      warn(`工作表“${grid.name}”第 ${r} 行：指标“${name}”前没有一级或二级指标，该行已跳过`);
      continue;
    }
    if (indicators.length === INDICATOR_LIMIT) {
      warn(`工作表“${grid.name}”第 ${r} 行起：一张表最多 ${INDICATOR_LIMIT} 个指标，其后的指标未导入`);
      break;
    }
    indicators.push({ level1, level2, name, value });
  }
  return indicators;
}

function nextExplicitLevel2(grid: SheetGrid, from: number, end: number, col: number): Level2Name | null {
  for (let r = from; r <= end; r++) {
    const matched = matchLevel2(grid.text(r, col));
    if (matched) return matched;
  }
  return null;
}

/** The 二级 right after `current` in form order, if it comes before `limit`. */
function nextLevel2(current: Level2Name, limit: Level2Name | null): Level2Name | null {
  const next = LEVEL2_NAMES[level2Order(current) + 1];
  if (!next || (limit && level2Order(next) >= level2Order(limit))) return null;
  return next;
}
