/**
 * Variants a reviewer flags, each changing one or a few things of a sound table: values without a unit or a number,
 * 时效 without a date, vague words, two measures or too many characters in a name, periods, money, 政策依据 and
 * 测算依据, 指标解释, template hint text, 不适用 where the 二级 is mandatory, header fields, funds, placeholders.
 */
import { baseCase, CLINIC, FARM, finding as f, OFFICE, ROAD, SAFETY, STAGE, underRules, variant, type Base, type ReviewCase } from './tables';

function measurable(): ReviewCase[] {
  const at = (name: string) => [f('value.measurable', name)];
  return [
    variant(ROAD, 'bare-1', '数量写“120”，名称和单位列都没有单位：提醒补单位。', (e) => e.value('养护乡村道路里程', '120'), at('养护乡村道路里程')),
    variant(SAFETY, 'bare-2', '数量写“≥6”没有单位：提醒。', (e) => e.value('组织应急演练', '≥6'), at('组织应急演练')),
    variant(STAGE, 'bare-3', '数量写“100”没有单位：提醒（单场补助仍可按100场算出80万元）。', (e) => e.value('送戏下乡演出场次', '100'), at('送戏下乡演出场次')),
    variant(OFFICE, 'bare-4', '打印机数量写“1”没有单位：提醒。', (e) => e.value('打印机', '1', '数量指标'), at('打印机')),
    variant(FARM, 'bare-5', '节水灌溉面积写“1.2”，没有计量单位列也没写单位：提醒。', (e) => e.value('新增高效节水灌溉面积', '1.2'), at('新增高效节水灌溉面积')),
    variant(ROAD, 'bare-6', '成本写“12”没有单位：提醒；合计因此无从核对，不另提资金。', (e) => e.value('路面坑槽修补费用', '12'), at('路面坑槽修补费用')),
    variant(ROAD, 'no-number-1', '数量写“全县乡村道路”，没有数：错误。', (e) => e.value('养护乡村道路里程', '全县乡村道路'), at('养护乡村道路里程')),
    variant(SAFETY, 'no-number-2', '数量写“全覆盖”，没有数：错误。', (e) => e.value('开展安全生产执法检查', '全覆盖'), at('开展安全生产执法检查')),
    variant(
      STAGE,
      'no-number-3',
      '数量写“按计划开展”，没有数：错误；单场补助无从乘出总额，不另提资金。',
      (e) => e.value('送戏下乡演出场次', '按计划开展'),
      at('送戏下乡演出场次'),
    ),
    variant(OFFICE, 'no-number-4', '成本写“按政府采购价”，没有数：错误。', (e) => e.value('打印机', '按政府采购价', '成本指标'), at('打印机')),
    variant(FARM, 'no-number-5', '数量写“按下达任务”，没有数：错误。', (e) => e.value('新建高标准农田面积', '按下达任务'), at('新建高标准农田面积')),
  ];
}

function timeliness(): ReviewCase[] {
  const cases: [Base, string, string][] = [
    [ROAD, '养护任务完成时间', '及时'],
    [SAFETY, '重大隐患整改时限', '按时'],
    [STAGE, '演出任务完成时间', '按期'],
    [OFFICE, '采购完成时间', '及时完成'],
    [FARM, '工程完工时间', '按计划完成'],
    [CLINIC, '设备配置完成时间', '尽快完成'],
  ];
  return [
    ...cases.map(([base, name, value], n) =>
      variant(base, `timely-${n + 1}`, `时效写“${value}”：不是日期、期限或比率。`, (e) => e.value(name, value), [f('value.timeliness', name)]),
    ),
    variant(SAFETY, 'timely-7', '新增时效“事故信息报送 = 及时准确”：没有期限。', (e) => e.add('时效指标', '事故信息报送', '及时准确'), [
      f('value.timeliness', '事故信息报送'),
    ]),
  ];
}

function vague(): ReviewCase[] {
  const cases: [Base, string, string][] = [
    [ROAD, '养护路段优良率', '明显提高'],
    [ROAD, '沿线群众平均出行时间缩短率', '有所提高'],
    [SAFETY, '较大及以上生产安全事故', '显著减少'],
    [SAFETY, '企业安全生产标准化达标率', '进一步提高'],
    [SAFETY, '事故直接经济损失较上年下降', '有所下降'],
    [STAGE, '扶持基层文艺队伍', '持续壮大'],
    [FARM, '工程验收合格率', '合格'],
    [FARM, '亩均粮食产能提高', '显著'],
    [FARM, '项目区节水率', '达标'],
    [FARM, '受益农户', '持续增加'],
    [OFFICE, '设备验收合格率', '良好'],
    [OFFICE, '设备使用年限', '持续发挥作用'],
    [CLINIC, '乡镇卫生院DR检查覆盖率', '明显'],
    [CLINIC, '设备使用年限', '进一步延长'],
  ];
  return [
    ...cases.map(([base, name, value], n) =>
      variant(base, `vague-${n + 1}`, `“${name}”写“${value}”：只有方向或程度，没有可核对的数或标准。`, (e) => e.value(name, value), [f('value.vague', name)]),
    ),
    variant(
      STAGE,
      'vague-15',
      '社会效益改为“基层群众文化生活水平 = 得到提升”：空泛。',
      (e) => e.rename('覆盖行政村', '基层群众文化生活水平').value('基层群众文化生活水平', '得到提升'),
      [f('value.vague', '基层群众文化生活水平')],
    ),
    variant(STAGE, 'vague-16', '满意度写“良好”：不是百分比，也空泛。', (e) => e.value('观众满意度', '良好'), [
      f('value.satisfaction', '观众满意度'),
      f('value.vague', '观众满意度'),
    ]),
    variant(ROAD, 'vague-17', '满意度写“明显提高”：不是百分比，也空泛。', (e) => e.value('沿线群众满意度', '明显提高'), [
      f('value.satisfaction', '沿线群众满意度'),
      f('value.vague', '沿线群众满意度'),
    ]),
  ];
}

function names(): ReviewCase[] {
  const two = (name: string) => [f('name.single-measure', name)];
  const long = (name: string) => [f('name.length', name)];
  return [
    variant(
      STAGE,
      'two-1',
      '“演出场次、观众人次”一个名称两项指标。',
      (e) => e.add('数量指标', '演出场次、观众人次', '100场、5万人次'),
      two('演出场次、观众人次'),
    ),
    variant(
      ROAD,
      'two-2',
      '“养护道路里程；修补坑槽面积”用分号连着两项指标。',
      (e) => e.rename('养护乡村道路里程', '养护道路里程；修补坑槽面积').value('养护道路里程；修补坑槽面积', '120公里；3000平方米'),
      two('养护道路里程；修补坑槽面积'),
    ),
    variant(
      SAFETY,
      'two-3',
      '“隐患整改率、执法案件办结率”两个比率。',
      (e) => e.add('质量指标', '隐患整改率、执法案件办结率', '≥95%'),
      two('隐患整改率、执法案件办结率'),
    ),
    variant(
      FARM,
      'two-4',
      '“带动农民就业、增加农民收入”两项效益。',
      (e) => e.add('社会效益指标', '带动农民就业、增加农民收入', '≥300人', { explanation: '项目区务工农民人数' }),
      two('带动农民就业、增加农民收入'),
    ),
    variant(
      OFFICE,
      'two-5',
      '“节约办公成本，提高办公效率”逗号连着两项效益。',
      (e) => e.add('社会效益指标', '节约办公成本，提高办公效率', '≥10%'),
      two('节约办公成本，提高办公效率'),
    ),
    variant(
      CLINIC,
      'two-6',
      '“培训基层医生人数、护士人数”两个人数。',
      (e) => e.add('数量指标', '培训基层医生人数、护士人数', '≥800人次'),
      two('培训基层医生人数、护士人数'),
    ),
    variant(
      ROAD,
      'long-1',
      '数量名称22个字，超过20字。',
      (e) => e.add('数量指标', '开展农村公路路域环境综合整治涉及行政村的数量', '35个'),
      long('开展农村公路路域环境综合整治涉及行政村的数量'),
    ),
    variant(
      SAFETY,
      'long-2',
      '质量名称21个字。',
      (e) => e.rename('隐患整改完成率', '重大生产安全事故隐患挂牌督办整改销号完成率'),
      long('重大生产安全事故隐患挂牌督办整改销号完成率'),
    ),
    variant(
      STAGE,
      'long-3',
      '数量名称22个字（单场补助仍可与之对应）。',
      (e) => e.rename('送戏下乡演出场次', '全年送戏下乡进村入户开展各类文艺演出的总场次'),
      long('全年送戏下乡进村入户开展各类文艺演出的总场次'),
    ),
    variant(
      FARM,
      'long-4',
      '生态效益名称21个字。',
      (e) => e.rename('项目区节水率', '项目区高效节水灌溉较传统漫灌方式的节水比例'),
      long('项目区高效节水灌溉较传统漫灌方式的节水比例'),
    ),
    variant(
      OFFICE,
      'long-5',
      '社会效益名称22个字。',
      (e) => e.rename('办公设备完好率', '购置设备投入使用后办公设备保持完好运行的比例'),
      long('购置设备投入使用后办公设备保持完好运行的比例'),
    ),
    variant(
      CLINIC,
      'long-6',
      '可持续名称21个字。',
      (e) => e.rename('设备使用年限', '新配置医疗设备在各乡镇卫生院的正常使用年限'),
      long('新配置医疗设备在各乡镇卫生院的正常使用年限'),
    ),
  ];
}

function periods(): ReviewCase[] {
  const order = [f('period.order', 'period')];
  const fiscal = [f('period.fiscal-year', 'period')];
  return [
    variant(FARM, 'period-order-1', '项目期“2027-2025年”止于起之前。', (e) => e.set({ period: '2027-2025年' }), order),
    variant(ROAD, 'period-order-2', '项目期“2023年12月至2023年1月”止于起之前。', (e) => e.set({ period: '2023年12月至2023年1月' }), order),
    variant(STAGE, 'period-order-3', '项目期“2026年-2024年”止于起之前。', (e) => e.set({ period: '2026年-2024年' }), order),
    variant(OFFICE, 'period-order-4', '项目期“2026年1月至2024年12月”止于起之前。', (e) => e.set({ period: '2026年1月至2024年12月' }), order),
    variant(
      SAFETY,
      'period-order-5',
      '项目期“2024年12月-2024年3月”止于起之前（时效为期限，不涉日期）。',
      (e) => e.set({ period: '2024年12月-2024年3月' }),
      order,
    ),
    variant(SAFETY, 'period-year-1', '2024年度的表，项目期“2021-2023年”不含本年度（时效为期限）。', (e) => e.set({ period: '2021-2023年' }), fiscal),
    variant(
      STAGE,
      'period-year-2',
      '2025年度的表，项目期“2026-2028年”不含本年度；时效改为比率，不涉日期。',
      (e) => e.set({ period: '2026-2028年' }).rename('演出任务完成时间', '演出计划按期完成率').value('演出计划按期完成率', '≥95%'),
      fiscal,
    ),
    variant(
      ROAD,
      'period-year-3',
      '2023年度的表，项目期“2022年”不含本年度；时效为比率。',
      (e) => e.set({ period: '2022年' }).rename('养护任务完成时间', '养护任务按期完成率').value('养护任务按期完成率', '100%'),
      fiscal,
    ),
    variant(
      OFFICE,
      'period-year-4',
      '2024年度的表，项目期“2021年-2023年”不含本年度；时效为比率。',
      (e) => e.set({ period: '2021年-2023年' }).rename('采购完成时间', '采购计划按期完成率').value('采购计划按期完成率', '100%'),
      fiscal,
    ),
    variant(
      CLINIC,
      'period-year-5',
      '2024年度的表，项目期“2025-2026年”不含本年度；时效为期限。',
      (e) => e.set({ period: '2025-2026年' }).value('设备配置完成时间', '≤6个月'),
      fiscal,
    ),
    variant(ROAD, 'date-1', '2023年度的表，时效“2022年11月底前”不在本年度（项目期未写年份）。', (e) => e.value('养护任务完成时间', '2022年11月底前'), [
      f('value.date-in-year', '养护任务完成时间'),
    ]),
    variant(OFFICE, 'date-2', '2024年度的表，时效“2025年6月30日前”不在本年度。', (e) => e.value('采购完成时间', '2025年6月30日前'), [
      f('value.date-in-year', '采购完成时间'),
    ]),
    variant(STAGE, 'date-3', '2025年度的表，时效“2024年11月底前”不在本年度。', (e) => e.value('演出任务完成时间', '2024年11月底前'), [
      f('value.date-in-year', '演出任务完成时间'),
    ]),
    variant(FARM, 'date-4', '时效“2028年10月底前”既不在2025年度，也不在项目期2025-2027年内。', (e) => e.value('工程完工时间', '2028年10月底前'), [
      f('value.date-in-year', '工程完工时间'),
    ]),
  ];
}

function money(): ReviewCase[] {
  const slip = [f('money.yuan-as-wan', 'annualFunds')];
  const over = [f('money.cost-within-funds', '成本指标')];
  const short = [f('money.cost-coverage', '成本指标')];
  return [
    variant(
      OFFICE,
      'yuan-1',
      '年度资金、资金总额与财政拨款都写30000（万元），项目总额90000，而成本合计3万元：按元填在万元栏，应为3万元。',
      (e) => e.set({ annualFunds: 30000, totalFunds: 90000 }).funds({ 本级资金总额: 30000, 财政拨款: 30000 }),
      slip,
    ),
    variant(
      ROAD,
      'yuan-2',
      '县级表年度资金与财政拨款写480000，成本合计48万元：按元填写。',
      (e) => e.set({ annualFunds: 480000 }).funds({ 财政拨款: 480000 }),
      slip,
    ),
    variant(
      STAGE,
      'yuan-3',
      '年度资金800000，测算依据“演出100场×0.8万元/场=80万元”与成本都是80万元：按元填写。',
      (e) =>
        e.set({ annualFunds: 800000, totalFunds: 800000 }).funds({ 本级资金总额: 800000, 财政拨款: 800000 }).info('测算依据', '演出100场×0.8万元/场=80万元'),
      slip,
    ),
    variant(FARM, 'yuan-4', '年度资金60000000，而测算依据与亩均投入都是6000万元：按元填写。', (e) => e.set({ annualFunds: 60000000 }), slip),
    variant(
      SAFETY,
      'yuan-5',
      '年度资金与财政拨款写180000，成本合计18万元：按元填写。',
      (e) => e.set({ annualFunds: 180000 }).funds({ 财政拨款: 180000 }),
      slip,
    ),
    variant(ROAD, 'over-1', '日常养护费改为46万元，成本合计58万元，超过年度资金48万元。', (e) => e.value('道路日常养护费用', '46万元'), over),
    variant(
      OFFICE,
      'over-2',
      '计算机单价改为8500元，2×8500 + 14300 = 31300元，超过年度资金3万元。',
      (e) => e.value('便携式计算机', '8500元/台', '成本指标'),
      over,
    ),
    variant(SAFETY, 'over-3', '新增成本“应急物资储备费用 10万元”，合计28万元，超过18万元。', (e) => e.add('成本指标', '应急物资储备费用', '10万元'), over),
    variant(STAGE, 'over-4', '单场补助改为≤1.2万元/场，×100场 = 120万元，超过80万元。', (e) => e.value('单场演出补助', '≤1.2万元/场'), over),
    variant(CLINIC, 'over-5', '设备购置改为≤1500万元，经济成本合计1650万元，超过1500万元。', (e) => e.value('设备购置费用', '≤1500万元'), over),
    variant(
      ROAD,
      'short-1',
      '成本改为8 + 4 = 12万元，只占年度资金48万元的25%。',
      (e) => e.value('道路日常养护费用', '8万元').value('路面坑槽修补费用', '4万元'),
      short,
    ),
    variant(
      SAFETY,
      'short-2',
      '年度资金与财政拨款改为60万元，成本18万元只占30%（不是一万倍）。',
      (e) => e.set({ annualFunds: 60 }).funds({ 财政拨款: 60 }),
      short,
    ),
    variant(
      FARM,
      'short-3',
      '亩均投入改为≤1000元/亩，测算依据随之为2000万元，只占年度资金6000万元的三分之一。',
      (e) => e.value('亩均财政投入', '≤1000元/亩').info('测算依据', '新建高标准农田2万亩×1000元/亩=2000万元'),
      short,
    ),
  ];
}

function bases(): ReviewCase[] {
  const policy = [f('basis.policy', '政策依据')];
  const calculation = [f('basis.calculation', '测算依据')];
  const explanation = (...names: string[]) => names.map((n) => f('basis.explanation', n));
  return [
    variant(FARM, 'policy-1', '政策依据“根据上级工作要求”：没有文件名或文号。', (e) => e.info('政策依据', '根据上级工作要求'), policy),
    variant(FARM, 'policy-2', '政策依据“按照自治区党委、政府部署安排”：没有文件。', (e) => e.info('政策依据', '按照自治区党委、政府部署安排'), policy),
    variant(ROAD, 'policy-3', '政策依据“县政府常务会议研究确定”：没有文件。', (e) => e.info('政策依据', '县政府常务会议研究确定'), policy),
    variant(SAFETY, 'policy-4', '政策依据“落实安全生产工作需要”：没有文件。', (e) => e.info('政策依据', '落实安全生产工作需要'), policy),
    variant(STAGE, 'policy-5', '政策依据“厅党组会议决定”：没有文件。', (e) => e.info('政策依据', '厅党组会议决定'), policy),
    variant(FARM, 'calculation-1', '测算依据“参照上年支出水平测算”：没有数量×单价。', (e) => e.info('测算依据', '参照上年支出水平测算'), calculation),
    variant(FARM, 'calculation-2', '测算依据“按照建设任务和补助标准测算”：没有数。', (e) => e.info('测算依据', '按照建设任务和补助标准测算'), calculation),
    variant(STAGE, 'calculation-3', '测算依据“根据实际需要”。', (e) => e.info('测算依据', '根据实际需要'), calculation),
    variant(
      ROAD,
      'calculation-4',
      '测算依据“按上年预算数安排48万元”：只有总额，没有数量×单价。',
      (e) => e.info('测算依据', '按上年预算数安排48万元'),
      calculation,
    ),
    variant(OFFICE, 'calculation-5', '测算依据“按政府采购价格测算”。', (e) => e.info('测算依据', '按政府采购价格测算'), calculation),
    variant(FARM, 'explanation-1', '时效一行没有指标解释，其余各行都有。', (e) => e.indicator('工程完工时间', { extra: {} }), explanation('工程完工时间')),
    variant(
      FARM,
      'explanation-2',
      '满意度一行指标解释为空。',
      (e) => e.indicator('受益农户满意度', { extra: { explanation: '' } }),
      explanation('受益农户满意度'),
    ),
    variant(
      FARM,
      'explanation-3',
      '两行指标解释为空。',
      (e) => e.indicator('受益农户', { extra: { explanation: ' ' } }).indicator('项目区节水率', { extra: {} }),
      explanation('受益农户', '项目区节水率'),
    ),
    variant(
      FARM,
      'explanation-4',
      '新增质量指标没有写指标解释。',
      (e) => e.add('质量指标', '工程质量监督抽检合格率', '≥98%'),
      explanation('工程质量监督抽检合格率'),
    ),
  ];
}

/** The year's goal pasted into a 三级 name, as happens when a row is copied from the wrong column. */
const PASTED_GOAL =
  '新建高标准农田2万亩，配套建设灌排、田间道路等设施，新增高效节水灌溉面积1.2万亩，提高粮食综合生产能力，项目区亩均粮食产能提高50公斤以上，受益农户5000户以上，项目区节水率达到15%以上，工程验收合格率达到100%，受益农户满意度达到90%以上';

function tree(): ReviewCase[] {
  const required = (level2: string) => f('tree.required', level2);
  return [
    variant(OFFICE, 'required-1', '时效指标写“0 | 0”：时效为必填，不能不适用。', (e) => e.declare('时效指标', '0|0'), [required('时效指标')]),
    variant(FARM, 'required-2', '导入时表上声明成本指标不适用：成本为必填。', (e) => e.declare('成本指标', 'list'), [required('成本指标')]),
    variant(STAGE, 'required-3', '质量指标一行只写“不适用”：质量为必填。', (e) => e.declare('质量指标', '不适用'), [required('质量指标')]),
    variant(CLINIC, 'required-4', '声明服务对象满意度不适用：满意度为必填，满意度一级也就没有指标。', (e) => e.declare('服务对象满意度指标', 'list'), [
      required('服务对象满意度指标'),
      f('tree.level1', '满意度指标'),
    ]),
    variant(OFFICE, 'required-5', '数量指标写“无 | 无”：数量为必填（计算机单价因此无从乘出总额）。', (e) => e.declare('数量指标', '无'), [
      required('数量指标'),
    ]),
    // The county form lists every 二级 and marks each 必填: one that does not apply is declared, which satisfies it.
    variant(
      ROAD,
      'county-na-1',
      '县级表样列出每个二级，生态效益写“0 | 0”：表样自己的“不适用”写法，生态效益不是必填，无意见。',
      (e) => e.declare('生态效益指标', '0|0'),
      [],
    ),
    variant(SAFETY, 'county-na-2', '县级表样导入时经济效益声明不适用（表中列明）：经济效益不是必填，无意见。', (e) => e.declare('经济效益指标', 'list'), []),
    variant(ROAD, 'county-na-3', '县级表样可持续影响一行写“不适用”：非必填二级的声明，无意见。', (e) => e.declare('可持续影响指标', '不适用'), []),
    variant(
      ROAD,
      'county-missing',
      '县级表样删去生态效益一行：表样每个二级都要列出（不用时填“不适用”），缺生态效益指标。',
      (e) => e.declare('生态效益指标', 'list').table.notApplicable!.pop(),
      [required('生态效益指标')],
    ),
    // Other regions' rules: how an unused 二级 is written.
    underRules('中央 2021 指引', baseCase(CLINIC)),
    underRules(
      '中央 2021 指引',
      variant(CLINIC, 'zero-row', '按中央2021指引，不用的二级写“不适用”，这里社会成本写成“0 | 0”：提醒改写。', (e) => e.declare('社会成本指标', '0|0'), [
        f('tree.not-applicable', '社会成本指标'),
      ]),
    ),
    underRules(
      '空白',
      variant(OFFICE, 'zero-row', '按“空白”规则，不用的二级省略不填，经济效益的“0 | 0”一行可删：提醒。', () => {}, [f('tree.not-applicable', '经济效益指标')]),
    ),
    variant(STAGE, 'level1-1', '删去满意度指标：满意度一级没有三级，必填的服务对象满意度缺失。', (e) => e.remove('观众满意度'), [
      f('tree.level1', '满意度指标'),
      required('服务对象满意度指标'),
    ]),
    variant(
      OFFICE,
      'level1-2',
      '效益下四个二级全是“0 | 0”：效益一级没有三级，也没有任何效益指标。',
      (e) => e.declare('社会效益指标', '0|0').declare('可持续影响指标', '0|0'),
      [f('tree.level1', '效益指标'), required('效益指标')],
    ),
    variant(ROAD, 'duplicate', '数量下两行同名“养护乡村道路里程”。', (e) => e.add('数量指标', '养护乡村道路里程', '≥118公里'), [
      f('tree.names', '养护乡村道路里程'),
    ]),
    variant(STAGE, 'empty-value', '满意度指标值为空（一项“指标值为空”）。', (e) => e.value('观众满意度', ''), [f('tree.names', '观众满意度')]),
    variant(SAFETY, 'empty-name', '质量下一行有值无名。', (e) => e.add('质量指标', '', '≥95%'), [f('tree.names', '')]),
    variant(
      FARM,
      'pasted-goal',
      '把总体目标整段粘进三级名称（125字）：超过100字的名称是错误，也远超20字，且逗号连着多项指标。',
      (e) => e.add('质量指标', PASTED_GOAL, '100%', { explanation: '综合验收' }),
      [f('tree.names', PASTED_GOAL), f('name.length', PASTED_GOAL), f('name.single-measure', PASTED_GOAL)],
    ),
  ];
}

function header(): ReviewCase[] {
  const goal = [f('header.required', 'overallGoal')];
  return [
    variant(
      ROAD,
      'hint-1',
      '年度总体目标是模板提示语“请在此处简要说明…”：等于未填。',
      (e) => e.set({ overallGoal: '请在此处简要说明项目年度绩效目标。' }),
      goal,
    ),
    variant(STAGE, 'hint-2', '年度总体绩效目标是模板提示语“如没有请填无”：等于未填。', (e) => e.set({ overallGoal: '如没有请填无' }), goal),
    variant(OFFICE, 'hint-3', '年度总体绩效目标只有“请在此处简要说明…”。', (e) => e.set({ overallGoal: '请在此处简要说明…' }), goal),
    variant(SAFETY, 'hint-4', '年度总体目标是带括号的提示语。', (e) => e.set({ overallGoal: '（请在此处简要说明项目年度总体绩效目标，如没有请填无）' }), goal),
    variant(ROAD, 'missing-1', '实施单位未填。', (e) => e.set({ implementingUnit: '' }), [f('header.required', 'implementingUnit')]),
    variant(OFFICE, 'missing-2', '项目属性未填。', (e) => e.set({ attribute: '' }), [f('header.required', 'attribute')]),
    variant(STAGE, 'missing-3', '项目期未填。', (e) => e.set({ period: '' }), [f('header.required', 'period')]),
    variant(FARM, 'missing-4', '年度资金总额未填（不再核对资金）。', (e) => e.set({ annualFunds: null }), [f('header.required', 'annualFunds')]),
    variant(SAFETY, 'missing-5', '主管部门未填。', (e) => e.set({ department: '' }), [f('header.required', 'department')]),
    variant(CLINIC, 'missing-6', '项目名称未填。', (e) => e.set({ projectName: '' }), [f('header.required', 'name')]),
    variant(ROAD, 'missing-7', '项目属性与年度总体目标都未填。', (e) => e.set({ attribute: '', overallGoal: '' }), [
      f('header.required', 'attribute'),
      ...goal,
    ]),
  ];
}

function funds(): ReviewCase[] {
  const annual = f('funding.annual-sum', 'annualFunds');
  return [
    variant(OFFICE, 'funds-1', '财政拨款改为2.5万元，本级资金总额3万元不等于其组成之和。', (e) => e.funds({ 财政拨款: 2.5 }), [
      f('funding.group-sum', '本级资金总额'),
    ]),
    variant(STAGE, 'funds-2', '本级资金总额改为70万元：既不等于组成80万元，年度资金80万元也不等于来源之和70万元。', (e) => e.funds({ 本级资金总额: 70 }), [
      f('funding.group-sum', '本级资金总额'),
      annual,
    ]),
    variant(ROAD, 'funds-3', '县级表其他资金写5万元，财政拨款48 + 5 ≠ 年度资金48万元。', (e) => e.funds({ 其他资金: 5 }), [annual]),
    variant(SAFETY, 'funds-4', '财政拨款写15万元，不等于年度资金18万元。', (e) => e.funds({ 财政拨款: 15 }), [annual]),
    variant(OFFICE, 'funds-5', '项目总额2万元小于年度资金3万元。', (e) => e.set({ totalFunds: 2 }), [f('funding.within-total', 'annualFunds')]),
    variant(STAGE, 'funds-6', '转移市县资金总额写10万元而其中央、自治区资金都是0，年度资金80万元也不等于90万元。', (e) => e.funds({ 转移市县资金总额: 10 }), [
      f('funding.group-sum', '转移市县资金总额'),
      annual,
    ]),
    variant(STAGE, 'funds-7', '项目总额60万元小于年度资金80万元。', (e) => e.set({ totalFunds: 60 }), [f('funding.within-total', 'annualFunds')]),
  ];
}

function placeholders(): ReviewCase[] {
  const at = (name: string) => [f('value.placeholder', name)];
  return [
    variant(ROAD, 'placeholder-1', '质量写“待定”。', (e) => e.value('养护路段优良率', '待定'), at('养护路段优良率')),
    variant(SAFETY, 'placeholder-2', '经济效益写“*”。', (e) => e.value('事故直接经济损失较上年下降', '*'), at('事故直接经济损失较上年下降')),
    variant(STAGE, 'placeholder-3', '可持续影响写“——”，名称却是实际指标：占位符。', (e) => e.value('扶持基层文艺队伍', '——'), at('扶持基层文艺队伍')),
    variant(OFFICE, 'placeholder-4', '“办公设备完好率 = 无”：名称不是坏结果，“无”是占位符。', (e) => e.value('办公设备完好率', '无'), at('办公设备完好率')),
    variant(FARM, 'placeholder-5', '三级名称写“待填”。', (e) => e.rename('受益农户', '待填'), at('待填')),
    variant(CLINIC, 'placeholder-6', '可持续影响写“暂无”。', (e) => e.value('设备使用年限', '暂无'), at('设备使用年限')),
  ];
}

function satisfaction(): ReviewCase[] {
  return [
    variant(OFFICE, 'satisfaction-1', '满意度写“满意”，不是百分比。', (e) => e.value('使用人员满意度', '满意'), [f('value.satisfaction', '使用人员满意度')]),
    variant(ROAD, 'satisfaction-2', '满意度105%超过100%。', (e) => e.value('沿线群众满意度', '105%'), [f('value.satisfaction', '沿线群众满意度')]),
    variant(FARM, 'satisfaction-3', '满意度“90%”未写比较方式。', (e) => e.value('受益农户满意度', '90%'), [
      f('value.satisfaction-comparator', '受益农户满意度'),
    ]),
    variant(STAGE, 'satisfaction-4', '满意度“≥75%”低于80%。', (e) => e.value('观众满意度', '≥75%'), [f('value.satisfaction-low', '观众满意度')]),
    variant(SAFETY, 'satisfaction-5', '满意度“70%”既低于80%也未写比较方式。', (e) => e.value('监管企业满意度', '70%'), [
      f('value.satisfaction-comparator', '监管企业满意度'),
      f('value.satisfaction-low', '监管企业满意度'),
    ]),
    variant(CLINIC, 'satisfaction-6', '满意度写“较满意”。', (e) => e.value('基层群众就医满意度', '较满意'), [f('value.satisfaction', '基层群众就医满意度')]),
    variant(ROAD, 'rate-1', '质量优良率110%超过100%。', (e) => e.value('养护路段优良率', '110%'), [f('value.rate-max', '养护路段优良率')]),
    variant(FARM, 'rate-2', '合格率“≥105%”超过100%。', (e) => e.value('工程验收合格率', '≥105%'), [f('value.rate-max', '工程验收合格率')]),
  ];
}

function qualitative(): ReviewCase[] {
  return [
    variant(
      ROAD,
      'qualitative-1',
      '质量、效益都改成定性而具体的表述（符合规范、全部恢复通行、无事故、建立路长制），十三项中七项定性，过半；没有空泛的词。',
      (e) =>
        e
          .rename('养护路段优良率', '养护作业质量')
          .value('养护作业质量', '符合《公路养护技术规范》要求')
          .rename('沿线群众平均出行时间缩短率', '沿线农产品外运条件')
          .value('沿线农产品外运条件', '雨雪天气正常通行')
          .rename('新增通客车行政村', '通村客运班线')
          .value('通村客运班线', '全部恢复通行')
          .rename('道路沿线补植行道树', '施工废料处置')
          .value('施工废料处置', '全部清运至指定地点')
          .rename('养护路段使用年限', '养护长效机制')
          .value('养护长效机制', '建立县乡村三级路长制')
          .add('质量指标', '养护作业安全事故', '无')
          .add('社会效益指标', '群众出行安全', '无交通安全责任事故'),
      [f('table.qualitative')],
    ),
    variant(
      STAGE,
      'qualitative-2',
      '质量、效益改为定性而具体的表述，十一项中六项定性，过半。',
      (e) =>
        e
          .rename('演出节目审查通过率', '演出节目内容')
          .value('演出节目内容', '经自治区文化和旅游厅审查通过')
          .rename('覆盖行政村', '演出覆盖范围')
          .value('演出覆盖范围', '覆盖全区所有县（市、区）')
          .rename('扶持基层文艺队伍', '基层文艺队伍扶持机制')
          .value('基层文艺队伍扶持机制', '形成送戏下乡长效机制')
          .add('质量指标', '演出安全事故', '无')
          .add('质量指标', '演出场地', '符合安全条件')
          .add('社会效益指标', '演出内容导向', '坚持正确导向，无政治性差错'),
      [f('table.qualitative')],
    ),
  ];
}

function combinations(): ReviewCase[] {
  return [
    variant(
      ROAD,
      'several-1',
      '数量只写“120”、时效“按时”、质量“明显提高”：三处各一条。',
      (e) => e.value('养护乡村道路里程', '120').value('养护任务完成时间', '按时').value('养护路段优良率', '明显提高'),
      [f('value.measurable', '养护乡村道路里程'), f('value.timeliness', '养护任务完成时间'), f('value.vague', '养护路段优良率')],
    ),
    variant(
      STAGE,
      'several-2',
      '目标是模板提示语，新增“演出场次、观众人次”，质量名称21字。',
      (e) =>
        e
          .set({ overallGoal: '请在此处简要说明…' })
          .add('数量指标', '演出场次、观众人次', '100场、5万人次')
          .rename('演出节目审查通过率', '演出节目经专家评审和主管部门审查后的通过率'),
      [f('header.required', 'overallGoal'), f('name.single-measure', '演出场次、观众人次'), f('name.length', '演出节目经专家评审和主管部门审查后的通过率')],
    ),
    variant(
      FARM,
      'several-3',
      '政策依据“根据上级要求”、测算依据“按实际需要测算”、质量一行无指标解释。',
      (e) => e.info('政策依据', '根据上级要求').info('测算依据', '按实际需要测算').indicator('工程验收合格率', { extra: {} }),
      [f('basis.policy', '政策依据'), f('basis.calculation', '测算依据'), f('basis.explanation', '工程验收合格率')],
    ),
    variant(
      SAFETY,
      'several-4',
      '执法经费写“12万”（只提醒写全）、事故写“无”（不提）、数量下重复一行“组织应急演练”。',
      (e) => e.value('执法检查经费', '12万').value('较大及以上生产安全事故', '无').add('数量指标', '组织应急演练', '≥6次'),
      [f('value.unit-in-full', '执法检查经费'), f('tree.names', '组织应急演练')],
    ),
    variant(
      OFFICE,
      'several-5',
      '时效“及时”、社会效益“明显提高”、满意度“98%”。',
      (e) => e.value('采购完成时间', '及时').value('办公设备完好率', '明显提高').value('使用人员满意度', '98%'),
      [f('value.timeliness', '采购完成时间'), f('value.vague', '办公设备完好率'), f('value.satisfaction-comparator', '使用人员满意度')],
    ),
    variant(CLINIC, 'several-6', '数量“若干”、质量“达标”。', (e) => e.value('培训基层医务人员', '若干').value('培训考核合格率', '达标'), [
      f('value.measurable', '培训基层医务人员'),
      f('value.vague', '培训考核合格率'),
    ]),
  ];
}

export function findingCases(): ReviewCase[] {
  return [
    ...measurable(),
    ...timeliness(),
    ...vague(),
    ...names(),
    ...periods(),
    ...money(),
    ...bases(),
    ...tree(),
    ...header(),
    ...funds(),
    ...placeholders(),
    ...satisfaction(),
    ...qualitative(),
    ...combinations(),
  ];
}
