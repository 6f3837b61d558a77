/** The departments the export tests write: the fixtures' tables in their layouts, and hard cases. */
import path from 'node:path';
import type { TargetTable } from '../../shared/interchange/targetTable';
import type { LayoutId } from '../../shared/layouts';
import { LEVEL2 } from '../../shared/taxonomy';
import { FIXTURES, ROOT, readJson } from '../helpers/paths';

const CLEAN = readJson<TargetTable>(path.join(ROOT, 'test', 'fixtures', 'clean-target-table.json'));

/** A project name Excel cannot use for a sheet, a 500-character goal, formula-like values, 60 indicators (or `count`). */
export function hardTable(year: number, count = 60): TargetTable {
  const indicators = Array.from({ length: count }, (_, i) => {
    const l2 = LEVEL2[i % LEVEL2.length]!;
    return {
      level1: l2.level1,
      level2: l2.name,
      name: `指标${i + 1}：${'设备运行维护'.repeat(1 + (i % 3))}`,
      value: i === 0 ? '=SUM(A1:A2)' : i === 1 ? '+1台' : `≥${i}台`,
    };
  });
  return {
    ...structuredClone(CLEAN),
    year,
    projectName: '信息化/运维:项目*第[2]期?',
    overallGoal: `目标：${'保障全区政务信息系统安全稳定运行，'.repeat(30)}`.slice(0, 500),
    indicators,
  };
}

export interface ExportCase {
  layout: LayoutId;
  name: string;
  year: number;
  tables: TargetTable[];
}

export function exportCases(): ExportCase[] {
  const t001 = readJson<TargetTable[]>(path.join(FIXTURES, 'targets-001.truth.json'));
  const t003 = readJson<TargetTable[]>(path.join(FIXTURES, 'targets-003.truth.json'));
  const keyProject: TargetTable = { ...structuredClone(CLEAN), layout: '重点项目', fundType: '一般公共预算', totalFunds: null, funds: {} };
  return [
    { layout: '本级部门', name: '宁夏回族自治区企业创新服务中心', year: 2024, tables: [...t001, hardTable(2024)] },
    { layout: '县级部门', name: '平罗县工业和信息化局', year: 2023, tables: t003 },
    { layout: '重点项目', name: '自治区发展和改革委员会', year: 2024, tables: [keyProject] },
  ];
}
