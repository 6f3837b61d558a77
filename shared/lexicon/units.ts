/**
 * The units and measure words (量词) that real 绩效目标表 write after a number, by class. A number
 * followed by any of them is a measured quantity; `shared/indicatorValue.ts` reads units from here.
 * A unit may also be written per another (`元/人`, `人/月`, `元/人·月`, `元每人每月`): the parser
 * builds those from these entries, so they are not listed one by one.
 */

/** Measure words for things counted one by one. */
const MEASURE_WORDS = [
  '个',
  '家',
  '户',
  '人',
  '名',
  '位',
  '项',
  '件',
  '台',
  '套',
  '辆',
  '艘',
  '架',
  '座',
  '栋',
  '幢',
  '间',
  '层',
  '处',
  '所',
  '宗',
  '块',
  '片',
  '张',
  '本',
  '册',
  '份',
  '篇',
  '部',
  '卷',
  '页',
  '幅',
  '条',
  '根',
  '支',
  '把',
  '盏',
  '盆',
  '株',
  '棵',
  '丛',
  '只',
  '头',
  '匹',
  '口',
  '尾',
  '羽',
  '枚',
  '颗',
  '粒',
  '袋',
  '包',
  '箱',
  '盒',
  '瓶',
  '桶',
  '罐',
  '批',
  '场',
  '期',
  '次',
  '集',
  '节',
  '门',
  '类',
  '种',
  '组',
  '对',
  '双',
  '副',
  '面',
  '扇',
  '眼',
  '孔',
  '道',
  '首',
  '轮',
  '届',
  '例',
  '起',
  '笔',
  '单',
  '单位',
  '床位',
  '封',
  '群',
  '窝',
  '床',
  '帧',
  '路',
  '网点',
  '点位',
  '处次',
];

/** Counting units: people or things times occasions, and the hours of teaching. */
const COUNTING_UNITS = [
  '人次',
  '户次',
  '家次',
  '场次',
  '期次',
  '篇次',
  '架次',
  '车次',
  '班次',
  '批次',
  '项次',
  '台次',
  '件次',
  '辆次',
  '人天',
  '人日',
  '人年',
  '人月',
  '课时',
  '学时',
  '个课时',
  '个学时',
  '节课',
  '堂',
  '课次',
  '班',
  '个班',
];

const AREA_UNITS = ['平方米', '㎡', 'm²', 'm2', '平米', '平方', '平方公里', '平方千米', 'km²', '公顷', '亩', '万亩', '万平方米', '平方厘米'];

const LENGTH_UNITS = ['米', '延米', '公里', '千米', 'km', '厘米', '毫米', 'cm', 'mm', 'm'];

const VOLUME_UNITS = ['立方米', 'm³', 'm3', '㎥', '方', '立方', '升', '毫升', 'L', '万立方米', '亿立方米'];

const WEIGHT_UNITS = ['吨', '千克', '公斤', '克', '斤', '毫克', 'kg', 't', '万吨', '亿吨', '吨标准煤', '吨标煤', '万吨标准煤', '吨二氧化碳'];

/** Time and durations (`3个工作日`, `30分钟`). */
const TIME_UNITS = [
  '年',
  '个年度',
  '年度',
  '个月',
  '月',
  '周',
  '个星期',
  '星期',
  '天',
  '日',
  '个工作日',
  '工作日',
  '自然日',
  '个自然日',
  '小时',
  '个小时',
  '分钟',
  '秒',
  '季度',
  '个季度',
  '季',
  '学期',
  '个学期',
  '学年',
  'h',
  'min',
];

const MONEY_UNITS = ['元', '万元', '亿元', '千元', '百万元', '角', '美元'];

/** Rates, shares, scores and grades. */
const RATE_UNITS = ['%', '‰', '个百分点', '百分点', '倍', '分', '星', '星级', '级'];

/** Energy, power and electricity. */
const ENERGY_UNITS = ['千瓦', '千瓦时', '万千瓦', '万千瓦时', '兆瓦', '兆瓦时', '瓦', '度', 'kW', 'kWh', 'MW', 'MWh', '千伏', '千伏安', '兆伏安', '伏'];

/** Data and networks. */
const DATA_UNITS = ['GB', 'TB', 'PB', 'MB', 'Mbps', 'Gbps', '兆', '字节', '条记录'];

export const UNIT_CLASSES = {
  measureWords: MEASURE_WORDS,
  counting: COUNTING_UNITS,
  area: AREA_UNITS,
  length: LENGTH_UNITS,
  volume: VOLUME_UNITS,
  weight: WEIGHT_UNITS,
  time: TIME_UNITS,
  money: MONEY_UNITS,
  rate: RATE_UNITS,
  energy: ENERGY_UNITS,
  data: DATA_UNITS,
} as const;

export type UnitClass = keyof typeof UNIT_CLASSES;

/** Every unit, longest first, so that `人次` is read before `人` and `个工作日` before `个`. */
export const UNITS: readonly string[] = [...new Set(Object.values(UNIT_CLASSES).flat())].sort((a, b) => b.length - a.length);

/**
 * Units written with 万 or 亿 that are units in their own right (`万元`, `106.7万吨`), not a multiplier
 * of the unit after it (`6.74万件` is 67,400 件).
 */
export const WAN_UNITS: readonly string[] = UNITS.filter((u) => /^[万亿]/.test(u));

/** `万` or `亿` standing alone after a number: a multiplier without a unit (`15万`, `不超过3亿`). */
export const BARE_MULTIPLIERS = ['万', '亿'] as const;

/** The class of a unit (its first part, for a compound such as `元/人`), or null for one not listed. */
export function unitClass(unit: string): UnitClass | null {
  const first = /^[^/每·]+/.exec(unit)?.[0] ?? unit;
  for (const [name, units] of Object.entries(UNIT_CLASSES) as [UnitClass, readonly string[]][]) if (units.includes(first)) return name;
  return null;
}
