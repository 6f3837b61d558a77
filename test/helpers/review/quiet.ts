/**
 * Variants a reviewer does not flag (and the `XX万` costs, where the only remark is to write 万元 in full): measure
 * words and units of every kind, a unit in the name or in its own column, 不适用 where the 二级 is not mandatory, `无`
 * where the name states a bad outcome, dates, durations and rates in 时效, concrete values, documents cited, costs
 * worked out as quantity × price, periods that hold the year, names of exactly 20 characters.
 */
import { CLINIC, FARM, finding as f, OFFICE, ROAD, SAFETY, STAGE, variant, type Base, type ReviewCase, type Row, type TableEdit } from './tables';

/** A 数量指标 counted in a measure word or unit of the lexicon: [base, 三级, 指标值, the unit's class]. */
const UNITS: [Base, string, string, string][] = [
  [ROAD, '安装太阳能路灯', '260盏', '量词“盏”'],
  [ROAD, '整治道路安全隐患点', '18处', '量词“处”'],
  [ROAD, '维修加固危桥', '3座', '量词“座”'],
  [ROAD, '新建排水边沟', '1500延米', '长度“延米”'],
  [ROAD, '硬化村内巷道', '8600㎡', '面积符号“㎡”'],
  [ROAD, '安装波形护栏', '≥2400米', '长度“米”'],
  [ROAD, '设置交通标志牌', '120块', '量词“块”'],
  [ROAD, '清理塌方土石', '1800立方米', '体积“立方米”'],
  [ROAD, '养护工人出勤', '2600个工作日', '时间“个工作日”'],
  [ROAD, '聘用护路员', '36人/月', '复合单位“人/月”'],
  [STAGE, '制作惠民演出宣传短视频', '12集', '量词“集”'],
  [STAGE, '创排小戏小品', '6部', '量词“部”'],
  [STAGE, '印发演出节目单', '5000册', '量词“册”'],
  [STAGE, '配送流动舞台设备', '4套', '量词“套”'],
  [STAGE, '开展基层文艺骨干培训', '120课时', '时间“课时”'],
  [STAGE, '展出书画摄影作品', '300幅', '量词“幅”'],
  [STAGE, '布置演出场地花卉', '200盆', '量词“盆”'],
  [STAGE, '开展线上直播', '≥20场次', '复合量词“场次”'],
  [FARM, '建设现代化灌区', '1300公顷', '面积“公顷”'],
  [FARM, '新打机电井', '12眼', '量词“眼”'],
  [FARM, '完成土地流转', '36宗', '量词“宗”'],
  [FARM, '配套水肥一体化设备', '40台', '量词“台”'],
  [FARM, '新建田间道路', '18.5千米', '长度“千米”'],
  [FARM, '营造农田防护林', '1.2万株', '“万”倍数加量词“株”'],
  [FARM, '增施有机肥', '3000吨', '重量“吨”'],
  [SAFETY, '查处非法违法生产经营行为', '≥15宗', '量词“宗”'],
  [SAFETY, '入户开展安全宣传', '5000户', '量词“户”'],
  [SAFETY, '签订安全生产责任书', '120份', '量词“份”'],
  [SAFETY, '配备应急救援车辆', '2辆', '量词“辆”'],
  [SAFETY, '培训企业主要负责人', '300人次', '复合量词“人次”'],
  [CLINIC, '新增康复床位', '40张', '量词“张”'],
  [CLINIC, '开展巡回诊疗', '2次/月', '复合单位“次/月”'],
  [OFFICE, '文件柜', '4组', '量词“组”'],
  [OFFICE, '办公椅', '6把', '量词“把”'],
  [OFFICE, '视频会议终端', '2台套', '复合量词“台套”'],
];

/** The FARM table explains every indicator: rows added to it say what they count. */
const explained = (base: Base, row: Row): Row => (base === FARM && !row[3] ? [row[0], row[1], row[2], { explanation: '按项目实施情况统计' }] : row);

function units(): ReviewCase[] {
  return UNITS.map(([base, name, value, kind], n) =>
    variant(
      base,
      `unit-${n + 1}`,
      `数量指标“${name}”为${value}（${kind}），是可衡量的数值加单位，不提。`,
      (e) => e.add(...explained(base, ['数量指标', name, value])),
      [],
    ),
  );
}

function costUnits(): ReviewCase[] {
  return [
    variant(
      CLINIC,
      'unit-cost-1',
      '经济成本指标“乡村医生岗位补助 500元/人·月”：复合单位“元/人·月”可衡量；总额无从算出，不作资金判断。',
      (e) => e.add('经济成本指标', '乡村医生岗位补助', '500元/人·月'),
      [],
    ),
    variant(
      CLINIC,
      'unit-cost-2',
      '经济成本指标“家庭医生签约服务补助 30元每人每月”：“元每人每月”是复合单位的另一种写法，可衡量。',
      (e) => e.add('经济成本指标', '家庭医生签约服务补助', '30元每人每月'),
      [],
    ),
  ];
}

function unitInName(): ReviewCase[] {
  const cases: [Base, string, string][] = [
    [ROAD, '吸纳农村劳动力就业人数（人）', '150'],
    [ROAD, '修复水毁路段长度（公里）', '6.5'],
    [SAFETY, '安全培训人次（人次）', '300'],
    [FARM, '项目投入个数(个)', '1'],
    [STAGE, '惠民演出覆盖乡镇数（个）', '22'],
  ];
  return [
    ...cases.map(([base, name, value], n) =>
      variant(
        base,
        `unit-in-name-${n + 1}`,
        `数量指标“${name}”的单位写在名称里，指标值只写${value}，可衡量，不提。`,
        (e) => e.add(...explained(base, ['数量指标', name, value])),
        [],
      ),
    ),
    variant(
      FARM,
      'unit-column-1',
      '指标值写1.2，单位“万亩”在计量单位列：单位在本行，可衡量。',
      (e) => e.indicator('新增高效节水灌溉面积', { value: '1.2', extra: { explanation: '新建滴灌、喷灌面积', unit: '万亩' } }),
      [],
    ),
    variant(
      FARM,
      'unit-column-2',
      '效益“受益农户”写5000，计算符号“≥”、计量单位“户”各在其列：可衡量。',
      (e) => e.indicator('受益农户', { value: '5000', extra: { explanation: '项目区受益农户数', symbol: '≥', unit: '户' } }),
      [],
    ),
  ];
}

/** `XX万` in a cost is 万元 for every money check; the only remark is to write the unit in full. */
function wanInCosts(): ReviewCase[] {
  const unitInFull = (name: string) => [f('value.unit-in-full', name)];
  return [
    variant(
      ROAD,
      'wan-1',
      '成本“36万”：按36万元算，成本合计仍为48万元；只提醒写全“万元”。',
      (e) => e.value('道路日常养护费用', '36万'),
      unitInFull('道路日常养护费用'),
    ),
    variant(
      SAFETY,
      'wan-2',
      '成本上限“不超过12万”：按12万元算，合计18万元；只提醒写全“万元”。',
      (e) => e.value('执法检查经费', '不超过12万'),
      unitInFull('执法检查经费'),
    ),
    variant(
      OFFICE,
      'wan-3',
      '打印机成本“1.43万”：按1.43万元算，2×0.785 + 1.43 = 3万元；只提醒写全。',
      (e) => e.value('打印机', '1.43万', '成本指标'),
      unitInFull('打印机'),
    ),
    variant(
      STAGE,
      'wan-4',
      '单场补助“≤0.8万/场”：按0.8万元/场算，×100场 = 80万元；只提醒写全“万元/场”。',
      (e) => e.value('单场演出补助', '≤0.8万/场'),
      unitInFull('单场演出补助'),
    ),
    variant(CLINIC, 'wan-5', '经济成本“≤150万”：按150万元算，合计1500万元；只提醒写全。', (e) => e.value('培训费用', '≤150万'), unitInFull('培训费用')),
  ];
}

function notApplicable(): ReviewCase[] {
  return [
    variant(OFFICE, 'na-1', '本级表样补一行生态效益“0 | 0”：表样自己的“不适用”写法，效益另有社会、可持续指标。', (e) => e.declare('生态效益指标', '0|0'), []),
    variant(OFFICE, 'na-2', '可持续影响指标一行写“无 | 无”：声明不适用，不是占位符；该二级非必填。', (e) => e.declare('可持续影响指标', '无'), []),
    variant(OFFICE, 'na-3', '经济效益指标写“/ | /”代替“0 | 0”：声明不适用。', (e) => e.declare('经济效益指标', '/'), []),
    variant(FARM, 'na-4', '生态效益一行只写“不适用”：声明不适用，不是指标，无需指标解释；经济、社会效益仍在。', (e) => e.declare('生态效益指标', '不适用'), []),
    variant(FARM, 'na-5', '导入时表上声明可持续影响指标不适用（二级清单）：非必填，不提。', (e) => e.declare('可持续影响指标', 'list'), []),
    variant(STAGE, 'na-6', '经济、生态效益“0 | 0”外，可持续影响也声明不适用：社会效益仍有指标。', (e) => e.declare('可持续影响指标', 'list'), []),
    variant(CLINIC, 'na-7', '2021年框架表再声明可持续影响不适用：效益下仍有社会效益指标。', (e) => e.declare('可持续影响指标', 'list'), []),
  ];
}

/** `无` as the value of a name that states a bad outcome is the target itself. */
function negativeOutcomes(): ReviewCase[] {
  const cases: [Base, ...Row][] = [
    [SAFETY, '社会效益指标', '较大及以上生产安全事故', '无'],
    [FARM, '生态效益指标', '施工扬尘污染事件', '无'],
    [FARM, '生态效益指标', '秸秆焚烧引发雾霾现象', '无'],
    [ROAD, '质量指标', '养护作业安全事故', '无'],
    [ROAD, '社会效益指标', '群众上访事件', '无'],
    [STAGE, '社会效益指标', '观众有效投诉', '无'],
    [OFFICE, '质量指标', '采购违规违纪问题', '无'],
    [CLINIC, '质量指标', '医疗差错事故', '无'],
    [SAFETY, '质量指标', '执法过错案件', '无'],
  ];
  return cases.map(([base, level2, name, value], n) =>
    variant(
      base,
      `none-${n + 1}`,
      `“${name} = 无”：名称说的是坏结果，“无”就是目标值，不是占位符。`,
      (e) => (base.table.indicators.some((i) => i.name === name) ? e.value(name, value) : e.add(...explained(base, [level2, name, value]))),
      [],
    ),
  );
}

function timeliness(): ReviewCase[] {
  const cases: [Base, string, string, (e: TableEdit) => unknown][] = [
    [SAFETY, '期限“24小时内”', '事故信息报送时限', (e) => e.add('时效指标', '事故信息报送时限', '24小时内')],
    [SAFETY, '期限“15个工作日内”', '重大隐患整改时限', (e) => e.value('重大隐患整改时限', '15个工作日内')],
    [SAFETY, '期限“1个月内”', '隐患举报核查时限', (e) => e.add('时效指标', '隐患举报核查时限', '1个月内')],
    [ROAD, '日期“2023年第三季度”', '养护任务完成时间', (e) => e.value('养护任务完成时间', '2023年第三季度')],
    [ROAD, '比率“100%”', '资金拨付及时率', (e) => e.add('时效指标', '资金拨付及时率', '100%')],
    [STAGE, '日期“2025年上半年”', '演出任务完成时间', (e) => e.value('演出任务完成时间', '2025年上半年')],
    [STAGE, '日期区间“2025年1-3月”', '节目审查时间', (e) => e.add('时效指标', '节目审查时间', '2025年1-3月')],
    [OFFICE, '期限“3个工作日内”', '验收办结时限', (e) => e.add('时效指标', '验收办结时限', '3个工作日内')],
    [CLINIC, '比率“≥95%”（名称虽含“按期”）', '培训计划按期完成率', (e) => e.add('时效指标', '培训计划按期完成率', '≥95%')],
    [CLINIC, '日期“2024年9月30日”', '设备配置完成时间', (e) => e.value('设备配置完成时间', '2024年9月30日')],
    [FARM, '每月日期“每月10日前”', '资金拨付时间', (e) => e.add(...explained(FARM, ['时效指标', '资金拨付时间', '每月10日前']))],
  ];
  return cases.map(([base, what, name, edit], n) =>
    variant(base, `time-${n + 1}`, `时效“${name}”写${what}：是日期、期限或比率，且在本年度内，不提。`, edit, []),
  );
}

function concreteValues(): ReviewCase[] {
  return [
    variant(
      ROAD,
      'concrete-1',
      '质量“路面技术状况指数（PQI）≥80”：指数本无单位，有可核对的数值。',
      (e) => e.add('质量指标', '路面技术状况指数（PQI）', '≥80'),
      [],
    ),
    variant(ROAD, 'concrete-2', '经济效益“较上年提高5%”：有比较基数和幅度。', (e) => e.value('沿线群众平均出行时间缩短率', '较上年提高5%'), []),
    variant(
      FARM,
      'concrete-3',
      '质量“符合《高标准农田建设 通则》（GB/T 30600）”：写明了标准。',
      (e) => e.add('质量指标', '工程建设标准', '符合《高标准农田建设 通则》（GB/T 30600）', { explanation: '按国家标准验收' }),
      [],
    ),
    variant(STAGE, 'concrete-4', '社会效益“实现全区行政村全覆盖”：可核对的结果。', (e) => e.value('覆盖行政村', '实现全区行政村全覆盖'), []),
    variant(OFFICE, 'concrete-5', '质量“设备安装调试 = 一次性通过验收”：可核对的结果。', (e) => e.add('质量指标', '设备安装调试', '一次性通过验收'), []),
    variant(
      CLINIC,
      'concrete-6',
      '可持续“建立县乡一体化远程影像诊断机制”：说明了要建成什么。',
      (e) => e.add('可持续影响指标', '远程影像诊断机制', '建立县乡一体化远程影像诊断机制'),
      [],
    ),
    variant(SAFETY, 'concrete-7', '社会效益“较大及以上生产安全事故 = 不发生”：可核对的结果。', (e) => e.value('较大及以上生产安全事故', '不发生'), []),
    variant(OFFICE, 'concrete-8', '社会效益“达到95%以上”：有数值。', (e) => e.value('办公设备完好率', '达到95%以上'), []),
  ];
}

function documents(): ReviewCase[] {
  return [
    variant(ROAD, 'policy-1', '政策依据写文号“宁交发〔2022〕35号”。', (e) => e.info('政策依据', '宁交发〔2022〕35号'), []),
    variant(SAFETY, 'policy-2', '政策依据引《中华人民共和国安全生产法》。', (e) => e.info('政策依据', '《中华人民共和国安全生产法》'), []),
    variant(
      STAGE,
      'policy-3',
      '政策依据是印发《…实施方案》的通知，点明了文件。',
      (e) => e.info('政策依据', '自治区文化和旅游厅关于印发《“文化惠民”工程实施方案》的通知'),
      [],
    ),
    variant(CLINIC, 'policy-4', '政策依据写文号“财社〔2024〕15号”。', (e) => e.info('政策依据', '财社〔2024〕15号'), []),
    variant(
      ROAD,
      'calculation-1',
      '测算依据写明里程×单价、面积×单价，合计48万元。',
      (e) => e.info('测算依据', '养护里程120公里×3000元/公里=36万元；坑槽修补3000平方米×40元/平方米=12万元'),
      [],
    ),
    variant(STAGE, 'calculation-2', '测算依据“演出100场×0.8万元/场=80万元”。', (e) => e.info('测算依据', '演出100场×0.8万元/场=80万元'), []),
    variant(
      SAFETY,
      'calculation-3',
      '测算依据用文字写数量和单价（每家次600元、每次1万元）。',
      (e) => e.info('测算依据', '执法检查200家次，每家次600元，计12万元；应急演练6次，每次1万元，计6万元'),
      [],
    ),
    variant(
      OFFICE,
      'calculation-4',
      '测算依据逐项写台数和单价。',
      (e) => e.info('测算依据', '便携式计算机2台，单价7850元；打印机1台，单价14300元；合计3万元'),
      [],
    ),
  ];
}

function periods(): ReviewCase[] {
  return [
    variant(ROAD, 'period-1', '项目期“2023年1月-12月”就是本年度，时效11月底在其内。', (e) => e.set({ period: '2023年1月-12月' }), []),
    variant(STAGE, 'period-2', '项目期“2024-2026年”含2025年度。', (e) => e.set({ period: '2024-2026年' }), []),
    variant(OFFICE, 'period-3', '项目期“2024年1月至2026年12月”含2024年度，时效在其内。', (e) => e.set({ period: '2024年1月至2026年12月' }), []),
    variant(SAFETY, 'period-4', '项目期只写“2024年”。', (e) => e.set({ period: '2024年' }), []),
  ];
}

function borderlines(): ReviewCase[] {
  return [
    variant(ROAD, 'name-20-1', '三级名称正好20个字，一眼可读完，不提。', (e) => e.add('数量指标', '农村公路路域环境综合整治涉及的行政村个数', '35个'), []),
    variant(SAFETY, 'name-20-2', '三级名称正好20个字，不提。', (e) => e.add('质量指标', '重大事故隐患挂牌督办整改到位情况核查比例', '100%'), []),
    variant(STAGE, 'satisfaction-100', '满意度写“100%”：无需比较方式。', (e) => e.value('观众满意度', '100%'), []),
    variant(OFFICE, 'satisfaction-80', '满意度“≥80%”正在门槛上，不算过低。', (e) => e.value('使用人员满意度', '≥80%'), []),
    variant(
      STAGE,
      'one-measure-1',
      '“线上、线下演出观看人次”：顿号只并列修饰同一个人次，算一项。',
      (e) => e.add('数量指标', '线上、线下演出观看人次', '≥8万人次'),
      [],
    ),
    variant(OFFICE, 'one-measure-2', '“办公桌、椅、柜等家具 12件”：以“等”合为一个件数，算一项。', (e) => e.add('数量指标', '办公桌、椅、柜等家具', '12件'), []),
  ];
}

export function quietCases(): ReviewCase[] {
  return [
    ...units(),
    ...costUnits(),
    ...unitInName(),
    ...wanInCosts(),
    ...notApplicable(),
    ...negativeOutcomes(),
    ...timeliness(),
    ...concreteValues(),
    ...documents(),
    ...periods(),
    ...borderlines(),
  ];
}
