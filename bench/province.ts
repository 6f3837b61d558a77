/**
 * A province's worth of 绩效目标表, generated from a seed: the same seed always gives the same
 * tables. Used by the benchmarks and by the test that the generated workbook imports exactly.
 */
import type { TargetTable } from '../shared/interchange/targetTable';
import { LEVEL2 } from '../shared/taxonomy';

/** mulberry32: small, fast and good enough to vary test data. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(list: readonly T[]) => list[int(list.length)]! };
}

const PLACES = [
  '银川市',
  '石嘴山市',
  '吴忠市',
  '固原市',
  '中卫市',
  '兴庆区',
  '西夏区',
  '金凤区',
  '永宁县',
  '贺兰县',
  '灵武市',
  '平罗县',
  '盐池县',
  '同心县',
  '海原县',
];
const WORKS = [
  '农村饮水安全',
  '义务教育薄弱学校改造',
  '基层医疗卫生服务',
  '高标准农田建设',
  '老旧小区改造',
  '就业创业补助',
  '文化惠民工程',
  '生态保护修复',
  '中小企业发展',
  '公共法律服务',
];
const THINGS = ['受益户数', '覆盖乡镇', '培训人次', '建设里程', '改造面积', '服务企业', '设备台数', '监测站点', '宣传场次', '验收项目'];
const UNITS = ['户', '个', '人次', '公里', '平方米', '家', '台', '个', '场', '项'];
const QUALITATIVE = ['明显提升', '持续改善', '逐步提高', '有效保障', '进一步增强'];

/** An amount in 万元 with at most two decimals, as a JSON number. */
const wan = (r: ReturnType<typeof seeded>, max: number) => Math.round((10 + r.next() * max) * 100) / 100;

/** `count` indicators spread over the 二级 in form order, as a printed table lists them. */
function indicatorsOf(r: ReturnType<typeof seeded>, year: number, count: number): TargetTable['indicators'] {
  const list = Array.from({ length: count }, (_, i) => {
    const level2 = LEVEL2[i % LEVEL2.length]!;
    const k = r.int(THINGS.length);
    const name = `${THINGS[k]}${i + 1}`;
    const value =
      level2.name === '时效指标'
        ? `${year}年${1 + r.int(12)}月底前`
        : level2.name === '质量指标' || level2.name === '服务对象满意度指标'
          ? `≥${80 + r.int(20)}%`
          : level2.name === '成本指标'
            ? `≤${wan(r, 500)}万元`
            : level2.level1 === '效益指标'
              ? r.pick(QUALITATIVE)
              : `≥${1 + r.int(5000)}${UNITS[k]}`;
    return { level1: level2.level1, level2: level2.name, name, value, order: i % LEVEL2.length };
  });
  return list.sort((a, b) => a.order - b.order).map(({ order: _order, ...indicator }) => indicator);
}

export function provinceTables(seed: number, count: number, indicatorsPerTable = 30, year = 2025): TargetTable[] {
  const r = seeded(seed);
  return Array.from({ length: count }, (_, i): TargetTable => {
    const place = r.pick(PLACES);
    const work = r.pick(WORKS);
    const fiscal = wan(r, 2000);
    const other = r.next() < 0.3 ? wan(r, 100) : 0;
    const carried = r.next() < 0.2 ? wan(r, 50) : 0;
    // Sums in 分, so that the printed sums are exact.
    const own = (Math.round(fiscal * 100) + Math.round(other * 100) + Math.round(carried * 100)) / 100;
    return {
      layout: '本级部门',
      year,
      unit: '万元',
      projectName: `${place}${work}项目（${String(i + 1).padStart(4, '0')}）`,
      department: `${place}财政局`,
      implementingUnit: `${place}${work.slice(0, 4)}中心`,
      attribute: r.next() < 0.7 ? '02-经常性项目' : '01-一次性项目',
      period: `${1 + r.int(3)}年`,
      fundType: null,
      totalFunds: Math.round(own * (1 + r.int(3)) * 100) / 100,
      annualFunds: own,
      funds: { 本级资金总额: own, 财政拨款: fiscal, 其他资金: other, 结余结转资金: carried, 转移市县资金总额: 0, 中央资金: 0, 自治区资金: 0 },
      overallGoal: `目标1：${year}年完成${place}${work}，惠及群众${1 + r.int(90)}万人。`,
      indicators: indicatorsOf(r, year, indicatorsPerTable - 2 + r.int(5)),
    };
  });
}
