import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/db/migrations';
import { initialsOf } from '../../electron/db/library';
import { openDepartmentDb } from '../../electron/db/open';
import { libraryIndex } from '../../electron/library/libraryIndex';
import type { Workspace } from '../../electron/services/workspace';
import type { TargetTable } from '../../shared/interchange/targetTable';
import { departmentWith, revisionOf } from '../helpers/departments';
import { oldDepartmentFile } from '../helpers/oldFiles';
import { FIXTURES, readJson, tempDir } from '../helpers/paths';

const open: Workspace[] = [];
afterAll(() => open.forEach((w) => w.close()));

describe('pinyin initials', () => {
  it('spell Chinese by initials and keep letters and digits', () => {
    expect(initialsOf('节能监察')).toBe('jnjc');
    expect(initialsOf('A4彩色打印机')).toBe('a4csdyj');
    expect(initialsOf('指标 1: 企业科协组织建设')).toBe('zb1qykxzzjs');
  });
});

describe('the indicator library', () => {
  const T003 = readJson<TargetTable[]>(path.join(FIXTURES, 'targets-003.truth.json'));
  const dept = departmentWith('平罗县工业和信息化局', '县级部门', T003);
  open.push(dept.workspace);
  const { api, departmentFile } = dept;

  it('finds names by contained text and by pinyin initials', () => {
    // The same name under two 二级 is two entries.
    expect(
      api
        .searchLibrary({ departmentFile, query: 'jnjc' })
        .map((s) => `${s.level2}:${s.name}`)
        .sort(),
    ).toEqual(['成本指标:节能监察', '数量指标:节能监察']);
    expect(api.searchLibrary({ departmentFile, query: '监察' })[0]).toMatchObject({ name: '节能监察' });
    expect(new Set(api.searchLibrary({ departmentFile, query: 'qyaq' }).map((s) => s.name))).toEqual(new Set(['企业安全检查']));
    expect(api.searchLibrary({ departmentFile, query: '   ' })).toEqual([]);
    expect(api.searchLibrary({ departmentFile, query: 'zzzzzz' })).toEqual([]);
  });

  it('offers the 二级 being filled first, with the value last used there', () => {
    const inQuantity = api.searchLibrary({ departmentFile, query: '节能监察', level2: '数量指标' });
    const inCost = api.searchLibrary({ departmentFile, query: '节能监察', level2: '成本指标' });
    expect(inQuantity[0]).toMatchObject({ level2: '数量指标', value: '≧20 户' });
    expect(inCost[0]).toMatchObject({ level2: '成本指标', value: '10 万元' });
  });

  it('keeps every name ever stored, with its latest value', () => {
    const [first] = api.listProjects({ departmentFile, year: 2023 });
    const {
      id,
      year: _y,
      updatedAt: _u,
      revision: _r,
      acknowledgements: _a,
      carriedFrom: _c,
      pendingReview: _p,
      ...content
    } = api.getProject({ departmentFile, id: first!.id });
    const edited = content.indicators.map((i) => (i.name === '节能监察' && i.level2 === '数量指标' ? { ...i, value: '≥25户' } : i));
    api.saveProject({ departmentFile, id, revision: revisionOf(api, departmentFile, id), content: { ...content, indicators: edited } });
    api.saveProject({
      departmentFile,
      id,
      revision: revisionOf(api, departmentFile, id),
      content: { ...content, indicators: edited.filter((i) => i.name !== '项目核查') },
    });
    expect(api.searchLibrary({ departmentFile, query: 'jnjc', level2: '数量指标' })[0]!.value).toBe('≥25户');
    // Removed from the table, still in the library.
    expect(api.searchLibrary({ departmentFile, query: '项目核查', level2: '数量指标' })[0]).toMatchObject({
      name: '项目核查',
      level2: '数量指标',
      value: '≧20 次',
    });
  });

  it('is filled from the indicators of a file written before the library existed', () => {
    const file = path.join(tempDir(), 'v3.jixiao.db');
    oldDepartmentFile(
      file,
      3,
      "INSERT INTO indicator (project_id, position, level1, level2, name, value) VALUES (7, 0, '产出指标', '数量指标', '节能宣传', '2 次')",
    );
    const db = openDepartmentDb(file);
    expect(libraryIndex.search(db, 'jnxc')).toEqual([{ name: '节能宣传', level2: '数量指标', value: '2 次', uses: 1 }]);
    db.close();
  });

  it('answers among 100,000 entries', () => {
    const file = path.join(tempDir(), 'big.jixiao.db');
    const db = new Database(file);
    db.exec(MIGRATIONS.join('\n'));
    const insert = db.prepare('INSERT INTO library_entry (level2, name, value, initials, uses, last_used) VALUES (?, ?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (let i = 0; i < 100_000; i++) insert.run('数量指标', `设备维护第${i}项`, `${i}台`, `sbwhd${i}x`, 1, '2024-01-01');
      insert.run('数量指标', '节能监察', '≥20户', 'jnjc', 5, '2024-06-01');
    })();
    expect(libraryIndex.search(db, 'jnjc')[0]).toMatchObject({ name: '节能监察', value: '≥20户' });
    expect(libraryIndex.search(db, '第99999项')).toEqual([{ name: '设备维护第99999项', level2: '数量指标', value: '99999台', uses: 1 }]);
    expect(libraryIndex.search(db, 'sbwh')).toHaveLength(8);
    db.close();
  });
});
