/** Layout maps: made from what the clerk points out, found again where the same labels stand in the same places. */
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../shared/api/schemas';
import { excerptCells, layoutMapOf, layoutMapOrigins, type LayoutMap, type MapMarks, type MapPlace, type SheetExcerpt } from '../../shared/forms/layoutMap';
import { MAPPED_MARKS, mappedRows, OTHER_SHAPE, shifted } from '../helpers/importCases';
import type { Row } from '../helpers/workbooks';

const excerptOf = (rows: Row[], merges: SheetExcerpt['merges'] = []): SheetExcerpt => ({
  texts: rows.map((row) => row.map((v) => (v === null ? '' : String(v)))),
  merges,
});

/** A place pointed out on `mappedRows` (rows and columns from 1) as the map holds it: from the top-left of the table, which starts at A2 under its title. */
const fromTopLeft = (p: MapPlace): MapPlace => ({ row: p.row - 2, col: p.col - 1 });

function mapOf(rows: Row[], marks: MapMarks = MAPPED_MARKS): LayoutMap {
  const made = layoutMapOf('档案局表', excerptCells(excerptOf(rows)), marks);
  if ('problem' in made) throw new Error(made.problem);
  return made.map;
}

describe('a layout map', () => {
  it('holds the places pointed out and the labels beside them, from the table’s top-left', () => {
    expect(mapOf(mappedRows('档案数字化', 12))).toEqual({
      name: '档案局表',
      fingerprint: [
        { row: 0, col: 0, text: '名目' },
        { row: 1, col: 0, text: '归口' },
        { row: 1, col: 2, text: '承办' },
        { row: 2, col: 0, text: '本年经费' },
        { row: 3, col: 0, text: '打算' },
        { row: 4, col: 0, text: '大类' },
        { row: 4, col: 1, text: '小类' },
        { row: 4, col: 2, text: '细目' },
        { row: 4, col: 3, text: '数值' },
      ],
      fields: Object.fromEntries(Object.entries(MAPPED_MARKS.fields).map(([field, p]) => [field, fromTopLeft(p)])),
      indicatorHeaderRow: 4,
      columns: { level1: 0, level2: 1, name: 2, value: 3 },
    });
  });

  it('takes a label above its value where none stands beside it, and a merged label once', () => {
    const rows: Row[] = [['名目', '档案数字化'], ['打算'], ['完成年度任务。'], ['大类', '小类', '细目', '数值']];
    const made = layoutMapOf('上下', excerptCells(excerptOf(rows, [{ row: 2, col: 1, rows: 1, cols: 4 }])), {
      fields: { name: { row: 1, col: 2 }, overallGoal: { row: 3, col: 1 } },
      headerRow: 4,
      columns: { level1: 1, name: 3, value: 4 },
    });
    expect('map' in made && made.map.fingerprint.slice(0, 2)).toEqual([
      { row: 0, col: 0, text: '名目' },
      { row: 1, col: 0, text: '打算' },
    ]);
  });

  it('is found where the same labels stand in the same places: lower down, further right, stacked; not in another shape', () => {
    const map = mapOf(mappedRows('档案数字化', 12));
    const origins = (rows: Row[]) => layoutMapOrigins(excerptCells(excerptOf(rows)), map);
    expect(origins(mappedRows('档案修缮', 8))).toEqual([{ row: 2, col: 1 }]);
    expect(origins(shifted(mappedRows('档案修缮', 8), 3, 2))).toEqual([{ row: 5, col: 3 }]);
    expect(origins([...mappedRows('甲', 1), [], ...mappedRows('乙', 2)])).toEqual([
      { row: 2, col: 1 },
      { row: 13, col: 1 },
    ]);
    expect(origins(OTHER_SHAPE)).toEqual([]);
    // One label changed is another shape.
    expect(origins(mappedRows('档案修缮', 8).map((row) => row.map((v) => (v === '数值' ? '目标值' : v))))).toEqual([]);
  });

  it('says what is still to point out, and refuses a field under the indicator header', () => {
    const cells = excerptCells(excerptOf(mappedRows('档案数字化', 12)));
    expect(layoutMapOf('x', cells, { fields: { name: { row: 2, col: 2 } }, headerRow: null, columns: { name: 3 } })).toEqual({
      problem: '还需指定：指标表头、一级或二级指标列、指标值列',
    });
    expect(layoutMapOf('x', cells, { ...MAPPED_MARKS, fields: { ...MAPPED_MARKS.fields, period: { row: 7, col: 4 } } })).toEqual({
      problem: '项目期应在指标表头上方',
    });
    const bare: Row[] = [['档案数字化'], [], ['产出指标', '数量指标', '件数', '10件']];
    expect(
      layoutMapOf('x', excerptCells(excerptOf(bare)), { fields: { name: { row: 1, col: 1 } }, headerRow: 2, columns: { level1: 1, name: 3, value: 4 } }),
    ).toEqual({
      problem: '所指位置旁边没有可以用来识别表样的文字（如项目名称左边的标签、指标表头的各列名称）',
    });
  });

  it('is checked by the API’s schema: its name names a file, its columns and places make a table', () => {
    const map = mapOf(mappedRows('档案数字化', 12));
    expect(layoutMap.parse({ ...map, name: '  档案局表 ' })).toEqual(map);
    const issue = (value: unknown) => {
      const parsed = layoutMap.safeParse(value);
      return parsed.success ? null : parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`);
    };
    expect(issue({ ...map, name: '../表样' })).toEqual(['name：表样名称不能包含 \\ / : * ? " < > | 等字符，不能以点开头或结尾，也不能是 CON、NUL 等设备名']);
    expect(issue({ ...map, name: 'CON' })).toHaveLength(1);
    expect(issue({ ...map, columns: { name: 2, value: 3 } })).toEqual(['columns：应指定一级指标列或二级指标列']);
    expect(issue({ ...map, indicatorHeaderRow: 1 })).toEqual(['indicatorHeaderRow：各字段应在指标表头上方']);
    expect(issue({ ...map, fingerprint: map.fingerprint.slice(0, 1) })).toEqual(['fingerprint：至少要有两处用来识别表样的文字']);
  });
});
