import { describe, expect, it } from 'vitest';
import { naturalCompare } from '../../shared/text';
import { sortProjects } from '../../shared/projectOrder';
import type { ProjectSummary } from '../../shared/project';

const summary = (id: number, name: string, patch: Partial<ProjectSummary> = {}): ProjectSummary => ({
  id,
  year: 2025,
  name,
  attribute: '',
  annualFunds: null,
  indicatorCount: 0,
  status: '草稿',
  updatedAt: '2025-01-01T00:00:00.000Z',
  revision: 1,
  errors: 0,
  warnings: 0,
  selfEvaluation: null,
  monitoring: null,
  ...patch,
});

describe('natural order of names', () => {
  it('puts 项目2 before 项目10 and compares numbers inside names as numbers', () => {
    const names = ['项目10', '项目2', '项目1', '第12批资金', '第3批资金', '项目２０'];
    expect([...names].sort(naturalCompare)).toEqual(['第3批资金', '第12批资金', '项目1', '项目2', '项目10', '项目２０']);
  });

  it('sorts the project list by any column, names naturally, ties by name', () => {
    const list = [
      summary(1, '项目10', { annualFunds: 500, errors: 1, indicatorCount: 3 }),
      summary(2, '项目2', { annualFunds: null, indicatorCount: 3, selfEvaluation: { score: 90, grade: '优', errors: 0, scored: true } }),
      summary(3, '项目1', { annualFunds: 100, warnings: 2, indicatorCount: 1, status: '已完成' }),
    ];
    const names = (key: Parameters<typeof sortProjects>[1]['key'], descending = false) => sortProjects(list, { key, descending }).map((p) => p.name);
    expect(names('name')).toEqual(['项目1', '项目2', '项目10']);
    expect(names('name', true)).toEqual(['项目10', '项目2', '项目1']);
    expect(names('annualFunds')).toEqual(['项目2', '项目1', '项目10']);
    expect(names('indicatorCount')).toEqual(['项目1', '项目2', '项目10']);
    expect(names('findings')).toEqual(['项目2', '项目1', '项目10']);
    expect(names('status')).toEqual(['项目2', '项目10', '项目1']);
    expect(names('selfEvaluation', true)).toEqual(['项目2', '项目1', '项目10']);
  });
});
