import { describe, expect, it } from 'vitest';
import { provinceTables } from '../../bench/province';
import { writeTargetWorkbook } from '../../electron/export/xlsxWorkbook';
import { readWorkbook } from '../../electron/import/readWorkbook';
import { fromTargetTable } from '../../shared/interchange/targetTable';
import { DEFAULT_PROFILE } from '../../shared/profiles/shipped';

describe('the benchmark’s generated province', () => {
  const tables = provinceTables(7, 60);

  it('is the same for the same seed', () => {
    expect(provinceTables(7, 60)).toEqual(tables);
    expect(provinceTables(8, 60)).not.toEqual(tables);
    expect(new Set(tables.map((t) => t.projectName)).size).toBe(60);
  });

  it.each([false, true])(
    'imports from its workbook (stacked: %s) to exactly the generated data',
    async (stacked) => {
      const bytes = await writeTargetWorkbook(
        tables.map((t) => ({ ...fromTargetTable(t), year: t.year!, draft: false, profile: DEFAULT_PROFILE })),
        { stacked, title: '全区项目支出绩效目标表' },
      );
      const read = await readWorkbook(bytes, '全区.xlsx');
      expect(read.targetTables).toEqual(tables);
    },
    60_000,
  );
});
