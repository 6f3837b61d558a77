/**
 * The 21 published tables of the fixtures (seeds 001, 003 and 004) with the findings a reviewer makes on them. Where
 * this differs from what the checker said when the corpus was written (test/unit/checkerFixtures.test.ts), a comment
 * says why.
 */
import path from 'node:path';
import type { TargetTable } from '../../../shared/interchange/targetTable';
import { FIXTURES, readJson } from '../paths';
import { finding as f, type ExpectedFinding, type ReviewCase } from './tables';

const GOAL = f('header.required', 'overallGoal');
const vague = (...names: string[]) => names.map((n) => f('value.vague', n));
const long = (...names: string[]) => names.map((n) => f('name.length', n));
const twoMeasures = (...names: string[]) => names.map((n) => f('name.single-measure', n));

const SEEDS: Record<string, { description: string; expected: ExpectedFinding[] }> = {
  'targets-001#1': {
    description:
      '种子001（本级部门）企业服务中心工作经费：成本 14×0.5 + 3×1 + 2.51 + 2×3.5 = 19.51万元与年度资金相符；“有效提升”空泛。“宣传、展示、推介企业科技创新成果”的名称是对同一成果的三个动作，但其值“推荐参赛企业15家，推介成果15项”衡量两件事，宜拆分。',
    expected: [...vague('企业科技创新能力和企业科技工作者创新意识'), ...twoMeasures('宣传、展示、推介企业科技创新成果')],
  },
  'targets-001#2': {
    description: '种子001服务企业创新系列活动：两句话的三级名称（逗号连接两项各自可衡量的内容）一名一指标不符，其中一个超过20字；“指标 2:”编号不计入名称字数。',
    // New rules: name.length and name.single-measure.
    expected: [
      ...long('培养企业高素质技术技能人才，提升企业科技工作者队伍整体创新意识和能力'),
      ...twoMeasures('培养企业高素质技术技能人才，提升企业科技工作者队伍整体创新意识和能力', '解决企业技术难题，提升企业研发能力'),
    ],
  },
  'targets-003#1': {
    description:
      '种子003（县级部门）工业经济运行经费：四个效益指标值都只说方向（不断提高、积极进行、作用明显、不断提升）；三个名称用逗号连着几项内容；两个名称超过20字。“发挥地区、重点企业…作用”的顿号只并列主语，算一项。',
    // Today's vague rule flags only two of the four: 积极进行 and 作用明显 say as little as 不断提高.
    expected: [
      ...vague(
        '减少企业用能消耗，降低企业生产成本，提高能源利用效率',
        '发挥地区、重点企业促进经济发展的支撑和引领作用',
        '开展节能降耗等宣传，推动企业节能降耗',
        '持续提高服务企业能力，工业经济高质量发展',
      ),
      ...long('减少企业用能消耗，降低企业生产成本，提高能源利用效率', '发挥地区、重点企业促进经济发展的支撑和引领作用'),
      ...twoMeasures(
        '减少企业用能消耗，降低企业生产成本，提高能源利用效率',
        '开展节能降耗等宣传，推动企业节能降耗',
        '持续提高服务企业能力，工业经济高质量发展',
      ),
    ],
  },
  'targets-003#2': {
    description: '种子003一般工业固废综合利用奖补：效益显著、作用明显、进一步优化、不断增强都空泛；经济效益名称两句两项。2023年3月底在年度内。',
    // Today's vague rule flags only 进一步优化 and 不断增强.
    expected: [
      ...vague('提高资源能源利用效率，降低企业用能成本', '促进工业结构调整和产业转型发展', '生态环境', '企业核心竞争力'),
      ...twoMeasures('提高资源能源利用效率，降低企业用能成本'),
    ],
  },
  'targets-003#3': {
    description:
      '种子003专精特新培育：质量“管理水平逐年提高”与可持续“…持续提升…突出”空泛；“高于全区规上工业平均水平”“达到自治区下达目标任务”有可核对的参照，不算空泛。',
    // Today's checker finds neither vague value (its pattern wants the bare phrase).
    expected: [...vague('经营管理能力', '产业发展水平')],
  },
  'targets-003#4': {
    description: '种子003企业技术中心奖补：时效“2022 年 3 月底”不在2023年度内；“取得积极进展”“作用明显”空泛。',
    // Today's checker finds the date but neither vague value.
    expected: [f('value.date-in-year', '拨付企业奖补资金时限'), ...vague('技术创新体系建设', '推动企业技术创新能力提升')],
  },
  'targets-004#1': {
    description:
      '种子004（本级部门）服务业发展引导资金：年度总体绩效目标为空；“明显提高”“保持向好态势”“持续向好”空泛；两个名称超过20字；“新增规上限上、上规模发展”并列两项，可持续名称三句三项；“…和主辅分离等企业在库率”以“等”归为一个比率，算一项。',
    // Today's checker flags only 明显提高 as vague; 保持向好态势 and 持续向好 say no more.
    expected: [
      GOAL,
      ...vague(
        '新增规上限上、上规模发展',
        '促进服务业规模化发展',
        '促进服务业集聚化发展',
        '带动服务业增加值保持增长',
        '引导产业集群集聚发展,企业不断发展壮大,更好发挥示范引领作用',
      ),
      ...long('新增规上限上、上规模发展和主辅分离等企业在库率', '引导产业集群集聚发展,企业不断发展壮大,更好发挥示范引领作用'),
      ...twoMeasures('新增规上限上、上规模发展', '引导产业集群集聚发展,企业不断发展壮大,更好发挥示范引领作用'),
    ],
  },
  'targets-004#2': {
    description: '种子004预算内统筹基本建设资金：时效指标值为空（一项“指标值为空”，不再另按时效判断）；四个效益值“有效推动”“持续加强”等空泛。',
    // Today's vague rule flags two of the four.
    expected: [f('tree.names', '年度预算及时下达率'), ...vague('积极扩大有效投资', '加强民生保障能力', '促进生态环境改善', '推动全区经济高质量发展')],
  },
  'targets-004#3': {
    description:
      '种子004政务信息化专项：效益值只写“提升”；满意度名称超过20字。“政务服务、社会治理现代化水平”“对项目审批、资金安排满意度”的顿号并列修饰同一中心词，算一项。满意度80%以上不算过低。',
    expected: [...vague('自治区数字政府建设', '自治区政务服务、社会治理现代化水平'), ...long('自治区本级各部门对项目审批、资金安排满意度')],
  },
  'targets-004#4': {
    description: '种子004战略性新兴产业专项：五个效益值“不断提高/深入/壮大/增强”空泛；“项目按期建成率 80%以上”是比率，时效无误。',
    expected: [...vague('促进创新创业和就业', '促进创新驱动战略实施', '促进自治区战略性新兴产业', '促进绿色生态产业发展水平', '引导企业加大科技创新投入作用')],
  },
  'targets-004#5': {
    description:
      '种子004煤矿安全改造专项：目标为空；时效值为空；数量名称超过20字；“煤炭洗选率及矸石利用率”是两个比率，各需一个指标值。“低于上年度数”“不低于上年度数”以上年实际数为参照，可核对，不算空泛。',
    expected: [
      GOAL,
      f('tree.names', '煤矿安全改造或智能化项目技术方案按期完成'),
      ...long('争取煤矿安全改造或智能化中央资金补助占项目总投资比例'),
      ...twoMeasures('煤炭洗选率及矸石利用率'),
    ],
  },
  'targets-004#6': {
    description:
      '种子004充电基础设施专项：目标为空；时效“按时补贴”不是日期、期限或比率；生态效益值为空；“进一步提升”“增加”空泛；质量名称超过20字且并列“验收合格、正常运营并接入平台”几项条件（值“达到”对名称所列条件而言可核对）。八项中四项定性，未过半。',
    // Today's checker calls the empty value a tree.names finding only, as here; 按时补贴 was not flagged.
    expected: [
      GOAL,
      f('value.timeliness', '补贴资金的拨付'),
      f('tree.names', '推动交通运输绿色低碳转型'),
      ...vague('电动汽车充电保障能力', '企业建设充电基础设施'),
      ...long('验收合格、正常运营并接入自治区充电设施公共服务管理平台'),
      ...twoMeasures('验收合格、正常运营并接入自治区充电设施公共服务管理平台'),
    ],
  },
  'targets-004#7': {
    description: '种子004定价成本监审：“有效促进企业降本增效”“持续稳定”空泛；其余可衡量，成本13万元等于年度资金。',
    // Today's checker finds nothing here.
    expected: [...vague('合理审核商品或服务定价成本', '确保物价的稳定性')],
  },
  'targets-004#8': {
    description:
      '种子004品博会参展：数量与时效指标值为空（各一项“指标值为空”，不再另按可衡量、时效判断）；满意度写“满意”不是百分比；两个效益值空泛；成本名称超过20字；七项中四项定性，过半。',
    // Today's checker adds value.measurable on the empty 数量 value: the reviewer writes the empty value once.
    expected: [
      f('tree.names', '根据国家要求进行线上、线下办展'),
      f('tree.names', '根据国家参展时间节点要求按时完成'),
      f('value.satisfaction', '参展企业满意度'),
      f('table.qualitative'),
      ...vague('我区区域品牌和品牌企业及产品的知名度', '带动我区企业的品牌建设意识'),
      ...long('品博会线上办展品博会线上和线下办展经费投入'),
    ],
  },
  'targets-004#9': {
    description:
      '种子004专项业务工作经费：目标为空；时效“法定期限内完成”没有日期或期限；四个效益值“有所增长/提升/增加”“逐步提升”空泛；三个名称超过20字（数量、成本两处同名）。“开展调研、…、纪检监察等次数”以“等”合为一个次数，算一项。',
    expected: [
      GOAL,
      f('value.timeliness', '处理法律事务'),
      ...vague('推动我区经济社会发展', '对经济与社会可持续发展的促进程序', '争取国家有关政策和试点', '保障经济平稳运行'),
      ...long(
        '开展调研、项目争取、促进项目进度、考察学习、纪检监察等次数',
        '开展调研、项目争取、促进项目进度、考察学习、纪检监察等次数',
        '法治政府建设法律顾问咨询服务和审计顾问咨询服务',
      ),
    ],
  },
  'targets-004#10': {
    description: '种子004项目督导评审经费：三个效益值空泛（有所增长、有所提升、持续）；成本 0.5万×40 + 0.3万×307 + 0.4万×50 = 132.1万元，在162万元内且过半。',
    expected: [...vague('推动全区经济发展', '对社会事业发展', '政府投资项目')],
  },
  'targets-004#11': {
    description:
      '种子004办公家具设备购置：时效“完全按照合同内容按时履约”无日期或期限（另两项“30日内”是期限）；经济效益“带动”空泛；一行三级名称为空；满意度98%未写比较方式。成本合计3万元等于年度资金。',
    expected: [
      f('value.timeliness', '合同履约及验收的及时性'),
      f('value.vague', '项目执行所产生的经济效益'),
      f('tree.names', ''),
      f('value.satisfaction-comparator', '使用人员满意度'),
    ],
  },
  'targets-004#12': {
    description:
      '种子004档案数字化：成本按单价×数量为 0.5元×6.74万件 + 0.45元×32.85万页 + 6元×6.74万件 = 58.5925万元，超过年度资金58万元；四个名称超过20字；“有所提升”“减少实体档案调阅次数”（只有方向没有数）空泛；“一年内完成”是期限。',
    // Today's checker cannot pair these unit costs with their quantities, so it misses the overrun.
    expected: [
      f('money.cost-within-funds', '成本指标'),
      ...long(
        '2017-2022年文书档案发文数字化录入',
        '2017-2022年文书档案发文数字化总页数',
        '2017-2022年文书档案收发文整理总件数',
        '促进档案信息化管理使档案的利用更方便、快捷',
      ),
      ...vague('促进档案信息化管理使档案的利用更方便、快捷', '保护档案实体'),
    ],
  },
  'targets-004#13': {
    description: '种子004节能表彰：质量“高质量完成”、生态“持续下降”、可持续“促进作用”空泛；时效“按时召开”；社会效益三级名称为空。十项中五项定性，未过半。',
    expected: [
      f('value.timeliness', '表彰大会召开'),
      f('tree.names', ''),
      ...vague('表彰大会会前各项准备工作', '全社会能耗双控目标', '对全社会经济绿色低碳循环发展'),
    ],
  },
  'targets-004#14': {
    description:
      '种子004算力产业大会：时效“按期完成”；“较2023年提升”没有幅度、“持续提升”空泛，生态效益值照抄名称；“绿色办会、节能办会”与逗号连接的社会效益名称各含两项，“大会合作签约数及金额”是一个数目和一个金额；两个名称超过20字；九项中六项定性，过半。',
    // Today's checker misses the timeliness, both 较2023年提升 and the copied name.
    expected: [
      f('value.timeliness', '按时限要求举办大会'),
      f('table.qualitative'),
      ...vague(
        '高质量举办算力产业大会的影响',
        '大会合作签约数及金额',
        '数字赋能"六新六特六优"产业,宁夏枢纽建设高质量发展',
        '绿色办会、节能办会',
        '持续扩大宁夏枢纽建设的影响力、吸引力和竞争力',
      ),
      ...long('数字赋能"六新六特六优"产业,宁夏枢纽建设高质量发展', '持续扩大宁夏枢纽建设的影响力、吸引力和竞争力'),
      ...twoMeasures('数字赋能"六新六特六优"产业,宁夏枢纽建设高质量发展', '绿色办会、节能办会', '大会合作签约数及金额'),
    ],
  },
  'targets-004#15': {
    description: '种子004用能权改革：“显著提高”“良好”“持久”空泛；成本 50×2 + 3×2 + 72.4 + 0.045万×60人×4天×2期 = 200万元，等于年度资金。',
    // Today's checker flags two of the three: 持久 says as little.
    expected: [...vague('企业节能减排效益', '项目低碳节能效果', '节能减排效果')],
  },
};

/** The seed tables as the fixtures' truth files hold them, each with the reviewer's findings. */
export function seedCases(): ReviewCase[] {
  return ['targets-001', 'targets-003', 'targets-004'].flatMap((file) =>
    readJson<TargetTable[]>(path.join(FIXTURES, `${file}.truth.json`)).map((table, n): ReviewCase => {
      const key = `${file}#${n + 1}`;
      const seed = SEEDS[key];
      if (!seed) throw new Error(`种子表 ${key} 没有审核意见`);
      return { id: `seed-${key}`, description: seed.description, layout: table.layout, year: table.year!, table, expected: seed.expected };
    }),
  );
}
