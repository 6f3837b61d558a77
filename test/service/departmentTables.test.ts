import { afterEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/services/workspace';
import type { DepartmentTableContent } from '../../shared/department/content';
import { wanToFen as fen } from '../../shared/money';
import { departmentWith } from '../helpers/departments';
import { CLEAN_TARGETS, ROAD_TARGETS } from '../helpers/monitoringWorkbooks';

const open: Workspace[] = [];
afterEach(() => {
  for (const w of open.splice(0)) w.close();
});
function setup() {
  const dept = departmentWith('某市交通运输局', '本级部门', [ROAD_TARGETS, CLEAN_TARGETS]);
  open.push(dept.workspace);
  return dept;
}

const TABLE: DepartmentTableContent = {
  departmentName: '某市交通运输局',
  blocks: ['basicInfo'],
  staff: 48,
  subunits: 2,
  funds: { expenditure: fen(1363), basic: fen(500), project: fen(863), income: fen(1363), fiscal: fen(1363), other: fen(0) },
  overallGoal: '目标1：保障全市农村公路完好畅通。',
  tasks: [{ name: '农村公路养护', content: '养护农村公路', amount: fen(860), goal: '路况优良', project: '农村公路养护' }],
  otherTasks: '',
  indicators: [{ level1: '产出指标', level2: '数量指标', name: '养护里程', value: '≥1200公里' }],
  notApplicable: [],
  drafted: [],
  status: '草稿',
};

describe('部门整体支出绩效目标表 of a department file', () => {
  it('is none before it is saved, and saved whole with its revision raised', () => {
    const { api, departmentFile } = setup();
    expect(api.getDepartmentTable({ departmentFile, year: 2024 })).toEqual({ content: null, revision: 0, updatedAt: null, findings: [] });
    const saved = api.saveDepartmentTable({ departmentFile, year: 2024, revision: 0, content: TABLE });
    expect(saved.revision).toBe(1);
    expect(saved.content).toEqual(TABLE);
    const again = api.saveDepartmentTable({ departmentFile, year: 2024, revision: 1, content: { ...TABLE, staff: 50 } });
    expect(again.revision).toBe(2);
    expect(api.getDepartmentTable({ departmentFile, year: 2024 }).content?.staff).toBe(50);
    expect(api.getDepartmentTable({ departmentFile, year: 2025 }).content).toBeNull();
  });

  it('refuses a save naming an older revision (another tab saved since), keeping what that one saved', () => {
    const { api, departmentFile } = setup();
    api.saveDepartmentTable({ departmentFile, year: 2024, revision: 0, content: TABLE });
    api.saveDepartmentTable({ departmentFile, year: 2024, revision: 1, content: { ...TABLE, staff: 60 } });
    expect(() => api.saveDepartmentTable({ departmentFile, year: 2024, revision: 1, content: { ...TABLE, staff: 70 } })).toThrow(
      expect.objectContaining({ code: 'stale', message: expect.stringContaining('2024年的部门整体支出绩效目标表已在别处') }),
    );
    expect(api.getDepartmentTable({ departmentFile, year: 2024 })).toMatchObject({ revision: 2, content: { staff: 60 } });
  });
});
