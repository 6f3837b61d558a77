/** Tables as other regions' systems export them, made from a sound table of the fixtures. */
import type { TargetTable } from '../../shared/interchange/targetTable';
import type { IndicatorExtra, OtherInfo } from '../../shared/project';

/**
 * `table` with what such a table carries beyond the form's fields: a 项目编码, the 主管部门's code 105, 其他信息 (a
 * 项目负责人, the `field` given, a 资金管理办法), the 二级 it declares 不适用, and extra columns of its first indicator.
 */
export function fromOtherRegion(table: TargetTable, field: OtherInfo, notApplicable: string[], extra: IndicatorExtra): TargetTable {
  return {
    ...table,
    code: '64010022T000001234567',
    departmentCode: '105',
    otherInfo: [{ label: '项目负责人', value: '张三' }, field, { label: '资金管理办法', value: '《自治区本级专项资金管理办法》' }],
    notApplicable,
    indicators: table.indicators.map((i, n) => (n === 0 ? { ...i, extra } : i)),
  };
}
