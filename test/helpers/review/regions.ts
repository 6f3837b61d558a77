/**
 * The tables of other regions' shapes (test/helpers/shapes.ts) as the import reads them, each checked in the layout of
 * the department it would be imported into, with the reviewer's findings. Tables repeated there (the road and bus
 * tables of several workbooks) are taken once.
 */
import type { TargetTable } from '../../../shared/interchange/targetTable';
import type { LayoutId } from '../../../shared/layouts';
import { SHAPES, type ExpectedTable } from '../shapes';
import { finding as f, type ExpectedFinding, type ReviewCase } from './tables';

function tableOf(read: ExpectedTable, layout: LayoutId, year: number): TargetTable {
  return {
    layout,
    year,
    unit: '万元',
    projectName: read.projectName,
    department: read.department ?? '',
    implementingUnit: read.implementingUnit ?? '',
    attribute: read.attribute ?? '',
    period: read.period ?? '',
    fundType: read.fundType ?? null,
    totalFunds: read.totalFunds ?? null,
    annualFunds: read.annualFunds ?? null,
    funds: read.funds ?? {},
    overallGoal: read.overallGoal ?? '',
    indicators: read.indicators,
    ...(read.code ? { code: read.code } : {}),
    ...(read.departmentCode ? { departmentCode: read.departmentCode } : {}),
    ...(read.otherInfo ? { otherInfo: read.otherInfo } : {}),
    ...(read.notApplicable ? { notApplicable: read.notApplicable } : {}),
  };
}

interface RegionCase {
  shape: string;
  /** Which of the shape's tables (0-based). */
  table?: number;
  layout: LayoutId;
  /** The year to check in where the table writes none. */
  year?: number;
  description: string;
  expected: ExpectedFinding[];
}

const missing = (...level2s: string[]) => level2s.map((l) => f('tree.required', l));

const REGION_CASES: RegionCase[] = [
  {
    shape: '01-seed-like',
    layout: '本级部门',
    description: '本级部门表样的农村饮水工程维修养护：单处成本0.3万元×350处 = 105万元，在120.5万元内；只有“持续延长”空泛。',
    expected: [f('value.vague', '工程使用寿命')],
  },
  {
    shape: '02-city-integrated-export',
    layout: '重点项目',
    description:
      '市级一体化系统导出的表：指标值为裸数，单位在“计量单位”列（10个、120场次、12万元、90%），算可衡量；单个工作站12万元×10个 = 120万元；“明显提升”空泛；满意度90%未写比较方式。',
    // Today's checker reads 90 without its unit column as no percentage (value.satisfaction): the unit is on the row.
    expected: [f('value.vague', '社区居民办事便利程度'), f('value.satisfaction-comparator', '社区居民满意度')],
  },
  {
    shape: '03-central-declaration',
    layout: '重点项目',
    description:
      '中央项目支出绩效目标申报表：人均培训经费≤3000元×10000人次 = 3000万元，远超年度资金100万元；可持续“逐步完善”空泛；中期指标值的2026年不是本年度的时效。',
    // Today's checker cannot pair 元/人 with 人次, so it misses the overrun.
    expected: [f('money.cost-within-funds', '成本指标'), f('value.vague', '教师专业发展长效机制')],
  },
  {
    shape: '04-central-2021-framework',
    layout: '重点项目',
    description:
      '2021年中央框架：成本指标为一级，经济成本指标满足成本要求；社会成本、生态环境成本、生态效益、可持续影响声明不适用（非必填），不算缺项；“有效减少”空泛。',
    // Today's checker asks for the classic 成本指标 二级 here: the 2021 framework's 经济成本指标 is the table's cost.
    expected: [f('value.vague', '减少地方重复建设投入')],
  },
  {
    shape: '05-short-level-names',
    layout: '重点项目',
    description: '简写层级名的村级活动场所建设：时效以“——”声明不适用，但时效为必填；经济、生态效益不适用无妨；“明显改善”空泛；单个补助≤30万元×8个 = 240万元。',
    expected: [...missing('时效指标'), f('value.vague', '党员群众活动条件')],
  },
  {
    shape: '05-short-level-names',
    table: 1,
    layout: '重点项目',
    description: '同一单位的村级组织运转经费（二级带编码）：缺质量、成本；时效“每季度首月”是日期；“稳步提升”空泛。',
    expected: [...missing('质量指标', '成本指标'), f('value.vague', '村级组织服务能力')],
  },
  {
    shape: '06-spacer-rows-stacked',
    layout: '重点项目',
    description: '上下堆叠的农村公路养护表：缺成本指标；“持续改善”空泛。',
    expected: [...missing('成本指标'), f('value.vague', '农村群众出行条件')],
  },
  {
    shape: '06-spacer-rows-stacked',
    table: 1,
    layout: '重点项目',
    description: '堆叠的第二张表农村客运补贴：缺时效、成本；其余可衡量。',
    expected: missing('时效指标', '成本指标'),
  },
  {
    shape: '07-two-row-indicator-header',
    layout: '重点项目',
    description: '两行表头的草原生态补奖：禁牧补助7.5元/亩×1800万亩 = 13500万元，超过年度资金2400万元；“持续巩固”空泛。',
    // Today's checker cannot pair 禁牧补助标准 with 禁牧面积 by name.
    expected: [f('money.cost-within-funds', '成本指标'), f('value.vague', '草原生态保护长效机制')],
  },
  {
    shape: '08-no-year',
    layout: '重点项目',
    year: 2024,
    description: '未写年度的医疗救助表（按2024年审核）：缺质量、成本；时效“次月15日前”是日期；“有效减轻”空泛。',
    expected: [...missing('质量指标', '成本指标'), f('value.vague', '困难群众医疗费用负担')],
  },
  {
    shape: '09-label-variants',
    layout: '重点项目',
    description: '“一级预算单位”“项目周期”等标签的老旧小区改造：缺时效、成本；项目期2024-2025年含本年度。',
    expected: missing('时效指标', '成本指标'),
  },
  {
    shape: '09-label-variants',
    table: 1,
    layout: '重点项目',
    description: '“实施期限”“本年预算”等标签的校舍维修：缺质量、成本；“全部消除”是可核对的结果。',
    expected: missing('质量指标', '成本指标'),
  },
  {
    shape: '09-label-variants',
    table: 2,
    layout: '重点项目',
    description: '带政策依据（《全民健身计划（2021—2025年）》）的健身设施：缺质量、时效；单个点位≤6万元×20个 = 120万元；“明显改善”空泛。',
    // Today's checker reads 6万元 as the whole cost (5% of the funds): it is the cost of one of the 20 points.
    expected: [...missing('质量指标', '时效指标'), f('value.vague', '城乡居民健身条件')],
  },
  {
    shape: '12-amount-unit-disagreement',
    layout: '重点项目',
    description: '年度资金写3000（万元）而成本指标与测算依据都是0.3万元：按元填在万元栏，应为0.3万元；缺时效；“明显提高”空泛。',
    // Today's checker says the costs are 0% of the funds; the reviewer names the slip instead.
    expected: [f('money.yuan-as-wan', 'annualFunds'), ...missing('时效指标'), f('value.vague', '档案查阅利用效率')],
  },
  {
    shape: '13-formula-cached-values',
    layout: '本级部门',
    description: '公式单元格的居家养老补贴（本级部门）：资金200 + 60 = 260万元；人均≤500元×5200人 = 260万元；缺质量、时效；“明显提升”空泛。',
    expected: [...missing('质量指标', '时效指标'), f('value.vague', '居家养老服务可及性')],
  },
  {
    shape: '15-symbol-and-scoring-columns',
    layout: '重点项目',
    description: '计算符号、计量单位分列的智慧城管：裸数配单位列可衡量（24小时是期限）；定性的一行没有指标说明而其余都有；“明显提升”空泛。',
    // Today's checker reads every value without its unit and symbol columns.
    expected: [f('value.vague', '市容环境问题发现处置能力'), f('basis.explanation', '市容环境问题发现处置能力')],
  },
  {
    shape: '16-yuan-unit-row',
    layout: '重点项目',
    description: '“单位：元”的党建示范点：缺时效、成本；“明显增强”“充分发挥”（地区自设的政治效益指标）空泛。',
    expected: [...missing('时效指标', '成本指标'), f('value.vague', '基层党组织组织力'), f('value.vague', '党员先锋模范作用')],
  },
];

export function regionCases(): ReviewCase[] {
  return REGION_CASES.map((c) => {
    const shape = SHAPES.find((s) => s.id === c.shape);
    const read = shape?.expected.targetTables[c.table ?? 0];
    if (!read) throw new Error(`样式 ${c.shape} 没有第 ${(c.table ?? 0) + 1} 张表`);
    const year = read.year ?? c.year;
    if (year === undefined || year === null) throw new Error(`样式 ${c.shape} 的表没有年度`);
    return {
      id: `region-${c.shape}${c.table ? `#${c.table + 1}` : ''}`,
      description: c.description,
      layout: c.layout,
      year,
      table: tableOf(read, c.layout, year),
      expected: c.expected,
    };
  });
}
