/**
 * A corpus of workbooks in the shapes last year's tables really come in, from many regions, each with what its
 * cells say it must import to. The workbooks are made here, cell by cell (nothing binary is kept), and written
 * as .xlsx, and for the plain tables also as .xls (converted by LibreOffice) and as a Word document.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { DepartmentTable } from '../../shared/interchange/departmentTable';
import type { FundKey, LayoutId } from '../../shared/layouts';
import { columnNumber, docxOf } from './docxOf';
import { tempDir } from './paths';
import { workbookOf, type Row } from './workbooks';

export type Format = 'xlsx' | 'xls' | 'docx';

export interface SheetSpec {
  name: string;
  rows: Row[];
  /** Ranges to merge, as Excel writes them (`A1:D1`). */
  merges?: string[];
  hidden?: boolean;
  /** Cells written as formulas (`B6` → `SUM(B8:B9)`), whose cached result is the value the rows hold there. */
  formulas?: Record<string, string>;
}

/** The extra columns of a region's indicator table, by the key the reader gives them. */
export type ExtraKey = 'explanation' | 'symbol' | 'unit' | 'nature' | 'weight' | 'scoring' | 'midTermValue';

export interface ExpectedIndicator {
  level1: string;
  level2: string;
  name: string;
  value: string;
  extra?: Partial<Record<ExtraKey, string>>;
}

/** A target table as the interchange JSON gives it: the fields a case names are those its cells write. */
export interface ExpectedTable {
  layout?: LayoutId;
  year: number | null;
  unit?: '万元';
  projectName: string;
  code?: string;
  department?: string;
  departmentCode?: string;
  implementingUnit?: string;
  attribute?: string;
  period?: string;
  fundType?: string | null;
  totalFunds?: number | null;
  annualFunds?: number | null;
  funds?: Partial<Record<FundKey, number>>;
  overallGoal?: string;
  indicators: ExpectedIndicator[];
  otherInfo?: { label: string; value: string }[];
  notApplicable?: string[];
  /** Amounts the preview flags as doubtful (its unitSlip), with the value the rest of the table suggests. */
  flags?: { field: 'totalFunds' | 'annualFunds'; corrected: number }[];
}

export interface Expected {
  targetTables: ExpectedTable[];
  /** How many 自评表 the file holds. */
  selfEvaluations?: number;
  /** The 执行监控表 the file holds: project, month N, and each indicator's ticked causes and likelihood. */
  monitoring?: { projectName: string; month: number; indicators: { name: string; causes: string[]; likelihood: string }[] }[];
  /** The 部门整体支出绩效目标表 the file holds. */
  departmentTables?: DepartmentTable[];
  /** Sheets that look like a table but say nothing the reader can place. */
  unplaced?: { sheet: string }[];
}

export interface ShapeCase {
  id: string;
  description: string;
  formats: Format[];
  sheets: SheetSpec[];
  expected: Expected;
  /** Texts the warnings must contain (each in some warning). */
  warningsInclude?: string[];
}

const ALL_FORMATS: Format[] = ['xlsx', 'xls', 'docx'];

/** The rows of a sheet written top to bottom, each row's merges said in its own terms. */
export class SheetRows {
  readonly rows: Row[] = [];
  readonly merges: string[] = [];

  /** Adds a row; `across` merges cells of it (`B:D`), `down` a cell (or cells) over it and the rows below (`{ A: 4 }`, `{ 'A:B': 3 }`). */
  add(row: Row, across: string[] = [], down: Record<string, number> = {}): this {
    const r = this.rows.length + 1;
    this.rows.push(row);
    for (const span of across) {
      const [from, to] = span.split(':');
      this.merges.push(`${from}${r}:${to}${r}`);
    }
    for (const [span, height] of Object.entries(down)) {
      const [from, to = from] = span.split(':');
      this.merges.push(`${from}${r}:${to}${r + height - 1}`);
    }
    return this;
  }

  blank(count = 1): this {
    for (let i = 0; i < count; i++) this.rows.push([]);
    return this;
  }

  /** Rows whose cells in `downColumns` are written once and merged down over the empty cells under them. */
  mergedDown(rows: Row[], downColumns: string[], across: string[] = []): this {
    const first = this.rows.length + 1;
    for (const row of rows) this.add(row, across);
    for (const letter of downColumns) {
      const c = columnNumber(letter) - 1;
      const starts = rows.flatMap((row, i) => (row[c] !== null && row[c] !== undefined && row[c] !== '' ? [i] : []));
      starts.forEach((start, k) => {
        const end = (starts[k + 1] ?? rows.length) - 1;
        if (end > start) this.merges.push(`${letter}${first + start}:${letter}${first + end}`);
      });
    }
    return this;
  }

  sheet(name: string, options: Pick<SheetSpec, 'hidden' | 'formulas'> = {}): SheetSpec {
    return { name, rows: this.rows, merges: this.merges, ...options };
  }
}

/** An expected indicator. */
const ind = (level1: string, level2: string, name: string, value: string, extra?: ExpectedIndicator['extra']): ExpectedIndicator =>
  extra ? { level1, level2, name, value, extra } : { level1, level2, name, value };

/** A table in the commonest four-column shape, its levels written in full. */
interface PlainTable {
  titles: Row[];
  name: string;
  department: string;
  implementingUnit: string;
  attribute: string;
  period: string;
  totalFunds: number;
  annualFunds: number;
  goal: string;
  /** `[一级, 二级, 三级, 指标值]`, the 一级 written on a group's first row only. */
  indicators: [string | null, string, string, string][];
}

/** Appends a plain table: title rows, the header fields in label | value pairs, the indicators with the 一级 merged down. */
function plainTable(rows: SheetRows, t: PlainTable): SheetRows {
  for (const title of t.titles) rows.add(title, title.length === 1 ? ['A:D'] : []);
  return rows
    .add(['项目名称', t.name], ['B:D'])
    .add(['主管部门', t.department, '实施单位', t.implementingUnit])
    .add(['项目属性', t.attribute, '项目期', t.period])
    .add(['项目总额', t.totalFunds, '年度资金总额', t.annualFunds])
    .add(['年度绩效目标', t.goal], ['B:D'])
    .add(['一级指标', '二级指标', '三级指标', '指标值'])
    .mergedDown(t.indicators, ['A']);
}

function expectedPlain(t: PlainTable, year: number | null): ExpectedTable {
  let level1 = '';
  return {
    year,
    projectName: t.name,
    department: t.department,
    implementingUnit: t.implementingUnit,
    attribute: t.attribute,
    period: t.period,
    totalFunds: t.totalFunds,
    annualFunds: t.annualFunds,
    overallGoal: t.goal,
    indicators: t.indicators.map(([l1, l2, name, value]) => ind((level1 = l1 ?? level1), l2, name, value)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The cases

function seedLike(): ShapeCase {
  const goal = '完成全区农村供水工程维修养护350处，更换老化管网42公里，保障农村群众饮水安全，农村集中供水率稳定在98%以上。';
  const rows = new SheetRows()
    .add(['2024年自治区本级部门项目支出预算绩效目标表'], ['A:F'])
    .add(['(2024年度)'], ['A:F'])
    .add([null, null, null, null, null, '单位: 万元'], ['A:E'])
    .add(['项目名称', null, '自治区农村饮水安全工程维修养护'], ['A:B', 'C:F'])
    .add(['主管部门', null, '宁夏回族自治区水利厅', '实施单位', '宁夏回族自治区水利工程建设中心'], ['A:B', 'E:F'])
    .add(['项目属性', null, '02-经常性项目', '项目期', '1 年'], ['A:B', 'E:F'])
    .add(['项目总额', null, 120.5, '其中: 年度资金总额', 120.5], ['A:B', 'E:F'])
    .add(['其中: 本级资金', '资金总额', 120.5, '其中: 转移市县(区)资金', '资金总额', 0], [], { A: 4, D: 4 })
    .add([null, '其中: 财政拨款', 100.5, null, '其中: 中央资金', 0])
    .add([null, '其他资金', 0, null, '自治区资金', 0])
    .add([null, '结余结转资金', 20])
    .add(['年度总体绩效目标', null, goal], ['A:B', 'C:F'])
    .add(['一级指标', '二级指标', '三级指标', null, null, '绩效值'], ['C:E'])
    .mergedDown(
      [
        ['1-产出指标', '11-数量', '指标 1: 维修养护农村供水工程', null, null, '350 处'],
        [null, null, '指标 2: 更换老化管网', null, null, '42 公里'],
        [null, '12-质量', '维修养护工程验收合格率', null, null, '100%'],
        [null, '13-时效', '项目完成时间', null, null, '2024 年 12 月底前'],
        [null, '14-成本', '单处工程维修养护成本', null, null, '≤0.3 万元/处'],
        ['2-效益指标', '21-经济效益', 0, null, null, 0],
        [null, '22-社会效益', '农村供水保证率', null, null, '≥95%'],
        [null, '23-生态效益', 0, null, null, 0],
        [null, '24-可持续影响', '工程使用寿命', null, null, '持续延长'],
        ['3-满意度指标', '31-服务对象满意度', '受益群众满意度', null, null, '≥90%'],
      ],
      ['A', 'B'],
      ['C:E'],
    );
  return {
    id: '01-seed-like',
    description:
      'The 自治区本级部门 layout of seed 001 (six columns, merged labels, the 本级资金 / 转移市县(区)资金 breakdown, coded levels such as `11-数量`, `0 | 0` rows for an unused 二级): the baseline every reader keeps reading.',
    formats: ALL_FORMATS,
    sheets: [rows.sheet('农村饮水安全工程维修养护')],
    expected: {
      targetTables: [
        {
          layout: '本级部门',
          year: 2024,
          unit: '万元',
          projectName: '自治区农村饮水安全工程维修养护',
          department: '宁夏回族自治区水利厅',
          implementingUnit: '宁夏回族自治区水利工程建设中心',
          attribute: '02-经常性项目',
          period: '1 年',
          fundType: null,
          totalFunds: 120.5,
          annualFunds: 120.5,
          funds: { 本级资金总额: 120.5, 财政拨款: 100.5, 其他资金: 0, 结余结转资金: 20, 转移市县资金总额: 0, 中央资金: 0, 自治区资金: 0 },
          overallGoal: goal,
          indicators: [
            ind('产出指标', '数量指标', '指标 1: 维修养护农村供水工程', '350 处'),
            ind('产出指标', '数量指标', '指标 2: 更换老化管网', '42 公里'),
            ind('产出指标', '质量指标', '维修养护工程验收合格率', '100%'),
            ind('产出指标', '时效指标', '项目完成时间', '2024 年 12 月底前'),
            ind('产出指标', '成本指标', '单处工程维修养护成本', '≤0.3 万元/处'),
            ind('效益指标', '经济效益指标', '0', '0'),
            ind('效益指标', '社会效益指标', '农村供水保证率', '≥95%'),
            ind('效益指标', '生态效益指标', '0', '0'),
            ind('效益指标', '可持续影响指标', '工程使用寿命', '持续延长'),
            ind('满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%'),
          ],
        },
      ],
    },
  };
}

function cityIntegratedExport(): ShapeCase {
  const goal = '保障辖区10个社区工作站正常运转，全年开展社区服务活动不少于120场次，提升社区治理和服务水平。';
  const rows = new SheetRows()
    .add(['福田区2024年度部门预算项目支出绩效目标申报表'], ['A:H'])
    .add([null, null, null, null, null, null, null, '单位：元'])
    .add(['项目编码：', '440304241000000123', null, '项目名称：', '社区工作站经费'], ['E:H'])
    .add(['主管部门：', '深圳市福田区民政局', null, '实施单位：', '福田区华富街道办事处'], ['E:H'])
    .add(['项目属性：', '延续项目', null, '项目期：', '2024-2026年'], ['E:H'])
    .add(['项目负责人：', '陈晓明', null, '联系电话：', '0755-82918000'], ['E:H'])
    .add(['项目总金额（元）：', 3600000, null, '本年度项目金额（元）：', 1200000], ['E:H'])
    .add(['其中：本级财政资金', 1000000, null, '其他资金', 200000], ['E:H'])
    .add(['年度绩效目标', goal], ['B:H'])
    .add(['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '计量单位', '权重', '指标解释'])
    .mergedDown(
      [
        ['产出指标', '数量指标', '社区工作站覆盖社区数', '定量', '10', '个', 20, '华富街道所辖社区工作站全部纳入保障'],
        [null, null, '开展社区服务活动', '定量', '120', '场次', 15, '全年开展各类社区服务活动场次'],
        [null, '质量指标', '工作站规范化建设达标率', '定量', '100', '%', 15, '按区民政局规范化建设标准验收'],
        [null, '时效指标', '经费拨付及时率', '定量', '100', '%', 10, '按季度拨付到位'],
        [null, '成本指标', '单个工作站年度运行经费', '定量', '12', '万元', 10, '年度预算除以工作站数'],
        ['效益指标', '社会效益指标', '社区居民办事便利程度', '定性', '明显提升', null, 10, '居民就近办理社区事务'],
        ['满意度指标', '服务对象满意度指标', '社区居民满意度', '定量', '90', '%', 20, '抽样问卷调查'],
      ],
      ['A', 'B'],
    );
  const extra = (nature: string, unit: string | null, weight: string, explanation: string) => ({ nature, ...(unit ? { unit } : {}), weight, explanation });
  return {
    id: '02-city-integrated-export',
    description:
      "A city's 一体化 system export: labels with full-width colons in columns A and D with a blank column between, 项目编码, amounts in 元 (`项目总金额（元）`, `本年度项目金额（元）`, and `单位：元` above the table; `其中：本级财政资金` is the 财政拨款), 项目负责人 and 联系电话 that Jixiao has no place for, `年度绩效目标`, and an eight-column indicator table with 指标性质, 计量单位, 权重 and 指标解释.",
    formats: ALL_FORMATS,
    sheets: [rows.sheet('绩效目标申报表')],
    expected: {
      targetTables: [
        {
          year: 2024,
          unit: '万元',
          code: '440304241000000123',
          projectName: '社区工作站经费',
          department: '深圳市福田区民政局',
          implementingUnit: '福田区华富街道办事处',
          attribute: '延续项目',
          period: '2024-2026年',
          totalFunds: 360,
          annualFunds: 120,
          funds: { 财政拨款: 100, 其他资金: 20 },
          overallGoal: goal,
          otherInfo: [
            { label: '项目负责人', value: '陈晓明' },
            { label: '联系电话', value: '0755-82918000' },
          ],
          indicators: [
            ind('产出指标', '数量指标', '社区工作站覆盖社区数', '10', extra('定量', '个', '20', '华富街道所辖社区工作站全部纳入保障')),
            ind('产出指标', '数量指标', '开展社区服务活动', '120', extra('定量', '场次', '15', '全年开展各类社区服务活动场次')),
            ind('产出指标', '质量指标', '工作站规范化建设达标率', '100', extra('定量', '%', '15', '按区民政局规范化建设标准验收')),
            ind('产出指标', '时效指标', '经费拨付及时率', '100', extra('定量', '%', '10', '按季度拨付到位')),
            ind('产出指标', '成本指标', '单个工作站年度运行经费', '12', extra('定量', '万元', '10', '年度预算除以工作站数')),
            ind('效益指标', '社会效益指标', '社区居民办事便利程度', '明显提升', extra('定性', null, '10', '居民就近办理社区事务')),
            ind('满意度指标', '服务对象满意度指标', '社区居民满意度', '90', extra('定量', '%', '20', '抽样问卷调查')),
          ],
        },
      ],
    },
  };
}

function centralDeclaration(): ShapeCase {
  const midGoal = '目标1：2024-2026年培训职业院校教师3万人次。\n目标2：支持建设教师企业实践基地150个。';
  const annualGoal = '目标1：2024年培训职业院校教师1万人次。\n目标2：支持建设教师企业实践基地50个。';
  const indicators: Row[] = [
    [null, '产出指标', '数量指标', '培训职业院校教师', '30000人次', '10000人次'],
    [null, null, null, '支持建设教师企业实践基地', '150个', '50个'],
    [null, null, '质量指标', '培训合格率', '≥95%', '≥95%'],
    [null, null, '时效指标', '年度培训任务完成时间', '2026年12月底前', '2024年12月底前'],
    [null, null, '成本指标', '人均培训经费标准', '≤3000元/人', '≤3000元/人'],
    [null, '效益指标', '社会效益指标', '职业院校“双师型”教师占比', '稳步提高', '较上年提高2个百分点'],
    [null, null, '可持续影响指标', '教师专业发展长效机制', '基本建立', '逐步完善'],
    [null, '满意度指标', '服务对象满意度指标', '参训教师满意度', '≥90%', '≥90%'],
  ];
  const rows = new SheetRows()
    .add(['项目支出绩效目标申报表'], ['A:F'])
    .add(['（2024年度）'], ['A:F'])
    .add(['项目名称', '职业院校教师素质提高计划'], ['B:F'])
    .add(['主管部门及代码', '[105]教育部', null, '实施单位', '教育部教师工作司'], ['B:C', 'E:F'])
    .add(['项目属性', '延续项目', null, '项目期', 3], ['B:C', 'E:F'])
    .add(['项目资金（万元）', null, null, '中期资金总额', '年度资金总额'], ['B:C', 'E:F'], { A: 4 })
    .add([null, '资金总额', null, 300, 100], ['B:C', 'E:F'])
    .add([null, '其中：财政拨款', null, 300, 100], ['B:C', 'E:F'])
    .add([null, '其他资金', null, 0, 0], ['B:C', 'E:F'])
    .add(['总体目标', '中期目标（2024-2026年）', null, '年度目标'], ['B:C', 'D:F'], { A: 2 })
    .add([null, midGoal, null, annualGoal], ['B:C', 'D:F'])
    .add(['绩效指标', '一级指标', '二级指标', '三级指标', '中期指标值', '年度指标值'], [], { A: indicators.length + 1 })
    .mergedDown(indicators, ['B', 'C']);
  const mid = (midTermValue: string) => ({ midTermValue });
  return {
    id: '03-central-declaration',
    description:
      'The central 项目支出绩效目标申报表: `（2024年度）` under the title, `主管部门及代码` as `[105]教育部`, 项目期 a bare number, the funds as a matrix (项目资金（万元） merged down four rows; 中期资金总额 and 年度资金总额 columns), the goals as a matrix (总体目标 merged down two rows; 中期目标（2024-2026年） and 年度目标 side by side), and 中期指标值 beside 年度指标值 under a 绩效指标 column merged down the whole indicator table.',
    formats: ALL_FORMATS,
    sheets: [rows.sheet('项目支出绩效目标申报表')],
    expected: {
      targetTables: [
        {
          year: 2024,
          projectName: '职业院校教师素质提高计划',
          department: '教育部',
          departmentCode: '105',
          implementingUnit: '教育部教师工作司',
          attribute: '延续项目',
          period: '3',
          totalFunds: 300,
          annualFunds: 100,
          funds: { 财政拨款: 100, 其他资金: 0 },
          overallGoal: annualGoal,
          otherInfo: [{ label: '中期目标', value: midGoal }],
          indicators: [
            ind('产出指标', '数量指标', '培训职业院校教师', '10000人次', mid('30000人次')),
            ind('产出指标', '数量指标', '支持建设教师企业实践基地', '50个', mid('150个')),
            ind('产出指标', '质量指标', '培训合格率', '≥95%', mid('≥95%')),
            ind('产出指标', '时效指标', '年度培训任务完成时间', '2024年12月底前', mid('2026年12月底前')),
            ind('产出指标', '成本指标', '人均培训经费标准', '≤3000元/人', mid('≤3000元/人')),
            ind('效益指标', '社会效益指标', '职业院校“双师型”教师占比', '较上年提高2个百分点', mid('稳步提高')),
            ind('效益指标', '可持续影响指标', '教师专业发展长效机制', '逐步完善', mid('基本建立')),
            ind('满意度指标', '服务对象满意度指标', '参训教师满意度', '≥90%', mid('≥90%')),
          ],
        },
      ],
    },
  };
}

function central2021Framework(): ShapeCase {
  const goal = '保障国家智慧教育平台安全稳定运行，持续汇聚优质数字教育资源，服务师生和社会学习者。';
  const rows = new SheetRows()
    .add(['2024年度项目支出绩效目标表'], ['A:D'])
    .add([null, null, null, '单位：万元'])
    .add(['项目名称', '国家智慧教育平台运行维护'], ['B:D'])
    .add(['主管部门及代码', '105-教育部', '实施单位', '教育部教育技术与资源发展中心'])
    .add(['项目属性', '延续项目', '项目期', '1年'])
    .add(['年度资金总额', 5000, '其中：财政拨款', 5000])
    .add(['上年结转资金', 0, '其他资金', 0])
    .add(['年度总体目标', goal], ['B:D'])
    .add(['一级指标', '二级指标', '三级指标', '指标值'])
    .mergedDown(
      [
        ['产出指标', '数量指标', '平台汇聚优质数字教育资源', '≥10万条'],
        [null, '质量指标', '平台全年可用率', '≥99.9%'],
        [null, '时效指标', '系统故障响应时间', '≤30分钟'],
        ['成本指标', '经济成本指标', '平台运行维护年度费用', '≤5000万元'],
        [null, '社会成本指标', '不适用', null],
        [null, '生态环境成本指标', '不适用', null],
        ['效益指标', '经济效益指标', '减少地方重复建设投入', '有效减少'],
        [null, '社会效益指标', '平台年度访问量', '≥10亿人次'],
        [null, '生态效益指标', '不适用', null],
        [null, '可持续影响指标', '不适用', null],
        ['满意度指标', '服务对象满意度指标', '师生用户满意度', '≥90%'],
      ],
      ['A'],
    );
  return {
    id: '04-central-2021-framework',
    description:
      'The 2021 central guideline framework: 成本指标 is an 一级 of its own with 二级 经济成本指标, 社会成本指标 and 生态环境成本指标; every 二级 is listed and the unused ones say `不适用` as their 三级 (not applicable, not indicators); the department as `105-教育部`; funds as label | amount pairs with `上年结转资金`.',
    formats: ALL_FORMATS,
    sheets: [rows.sheet('绩效目标表')],
    expected: {
      targetTables: [
        {
          year: 2024,
          projectName: '国家智慧教育平台运行维护',
          department: '教育部',
          departmentCode: '105',
          implementingUnit: '教育部教育技术与资源发展中心',
          attribute: '延续项目',
          period: '1年',
          annualFunds: 5000,
          funds: { 财政拨款: 5000, 结余结转资金: 0, 其他资金: 0 },
          overallGoal: goal,
          indicators: [
            ind('产出指标', '数量指标', '平台汇聚优质数字教育资源', '≥10万条'),
            ind('产出指标', '质量指标', '平台全年可用率', '≥99.9%'),
            ind('产出指标', '时效指标', '系统故障响应时间', '≤30分钟'),
            ind('成本指标', '经济成本指标', '平台运行维护年度费用', '≤5000万元'),
            ind('效益指标', '经济效益指标', '减少地方重复建设投入', '有效减少'),
            ind('效益指标', '社会效益指标', '平台年度访问量', '≥10亿人次'),
            ind('满意度指标', '服务对象满意度指标', '师生用户满意度', '≥90%'),
          ],
          notApplicable: ['社会成本指标', '生态环境成本指标', '生态效益指标', '可持续影响指标'],
        },
      ],
    },
  };
}

function shortLevelNames(): ShapeCase {
  const goal = '新建村级组织活动场所8个、改造提升6个，改善党员群众活动条件。';
  const rows = new SheetRows()
    .add(['2023年项目支出绩效目标表'], ['A:D'])
    .add([null, null, null, '单位：万元'])
    .add(['项目名称', '村级组织活动场所建设补助'], ['B:D'])
    .add(['主管部门', '中共兴和县委组织部', '实施单位', '兴和县各乡镇人民政府'])
    .add(['项目属性', '新增', '项目期', '1年'])
    .add(['项目总额', 336, '年度资金总额', 336])
    .add(['年度绩效目标', goal], ['B:D'])
    .add(['一级指标', '二级指标', '三级指标', '指标值'])
    .mergedDown(
      [
        ['产出', '数量', '新建村级组织活动场所', '8个'],
        [null, null, '改造提升村级组织活动场所', '6个'],
        [null, '质量', '工程验收合格率', '100%'],
        [null, '时效', '——', '——'],
        [null, '成本', '新建场所单个补助标准', '≤30万元/个'],
        ['效益', '经济效益', '无', '无'],
        [null, '社会效益', '党员群众活动条件', '明显改善'],
        [null, '生态效益', '/', '/'],
        [null, '可持续影响', null, null],
        ['满意度', '服务对象满意度', '党员群众满意度', '≥90%'],
        [null, '其他满意度', '村干部满意度', '≥95%'],
      ],
      ['A'],
    );
  // The department's other table, its 二级 with the template's codes.
  const coded: PlainTable = {
    titles: [['2023年项目支出绩效目标表']],
    name: '村级组织运转经费保障',
    department: '中共兴和县委组织部',
    implementingUnit: '兴和县各乡镇人民政府',
    attribute: '经常性',
    period: '1年',
    totalFunds: 120,
    annualFunds: 120,
    goal: '保障全县95个村级组织正常运转。',
    indicators: [
      ['产出', '11-数量指标', '保障村级组织', '95个'],
      [null, '13-时效指标', '经费拨付时间', '每季度首月'],
      ['效益', '22-社会效益指标', '村级组织服务能力', '稳步提升'],
      ['满意度', '31-服务对象满意度指标', '村干部满意度', '≥90%'],
    ],
  };
  return {
    id: '05-short-level-names',
    description:
      "Level names cut short (`产出`, `数量`, `质量`, `效益`, `社会效益`, `满意度`, `服务对象满意度`), and in a second table coded (`11-数量指标`) under a short 一级; a region's own 二级 `其他满意度`; placeholder rows `——`, `无` and `/` for unused 二级 (not applicable, not indicators); a 二级 row with an empty 三级 and 指标值 (neither an indicator nor a placeholder); 二级 cells left empty where the one above continues.",
    formats: ALL_FORMATS,
    sheets: [rows.sheet('Sheet1'), plainTable(new SheetRows(), coded).sheet('Sheet2')],
    expected: {
      targetTables: [
        {
          year: 2023,
          projectName: '村级组织活动场所建设补助',
          department: '中共兴和县委组织部',
          implementingUnit: '兴和县各乡镇人民政府',
          attribute: '新增',
          period: '1年',
          totalFunds: 336,
          annualFunds: 336,
          overallGoal: goal,
          indicators: [
            ind('产出指标', '数量指标', '新建村级组织活动场所', '8个'),
            ind('产出指标', '数量指标', '改造提升村级组织活动场所', '6个'),
            ind('产出指标', '质量指标', '工程验收合格率', '100%'),
            ind('产出指标', '成本指标', '新建场所单个补助标准', '≤30万元/个'),
            ind('效益指标', '社会效益指标', '党员群众活动条件', '明显改善'),
            ind('满意度指标', '服务对象满意度指标', '党员群众满意度', '≥90%'),
            ind('满意度指标', '其他满意度', '村干部满意度', '≥95%'),
          ],
          notApplicable: ['时效指标', '经济效益指标', '生态效益指标'],
        },
        {
          ...expectedPlain(coded, 2023),
          indicators: [
            ind('产出指标', '数量指标', '保障村级组织', '95个'),
            ind('产出指标', '时效指标', '经费拨付时间', '每季度首月'),
            ind('效益指标', '社会效益指标', '村级组织服务能力', '稳步提升'),
            ind('满意度指标', '服务对象满意度指标', '村干部满意度', '≥90%'),
          ],
        },
      ],
    },
  };
}

const ROAD_MAINTENANCE: PlainTable = {
  titles: [],
  name: '农村公路养护',
  department: '乌兰察布市交通运输局',
  implementingUnit: '乌兰察布市公路养护中心',
  attribute: '经常性项目',
  period: '1年',
  totalFunds: 860,
  annualFunds: 860,
  goal: '完成农村公路养护1200公里，优良路率不低于75%，保障农村群众安全便捷出行。',
  indicators: [
    ['产出指标', '数量指标', '养护农村公路里程', '1200公里'],
    [null, '质量指标', '养护路段优良路率', '≥75%'],
    [null, '时效指标', '养护任务完成时间', '2024年11月底前'],
    ['效益指标', '社会效益指标', '农村群众出行条件', '持续改善'],
    ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥90%'],
  ],
};

const RURAL_BUS: PlainTable = {
  titles: [],
  name: '农村客运补贴',
  department: '乌兰察布市交通运输局',
  implementingUnit: '乌兰察布市道路运输事业发展中心',
  attribute: '经常性项目',
  period: '1年',
  totalFunds: 320,
  annualFunds: 320,
  goal: '对86条农村客运线路给予运营补贴，保障农村客运班线稳定开行。',
  indicators: [
    ['产出指标', '数量指标', '补贴农村客运线路', '86条'],
    [null, '质量指标', '补贴资金发放准确率', '100%'],
    ['效益指标', '社会效益指标', '农村客运班线通达率', '≥98%'],
    ['满意度指标', '服务对象满意度指标', '乘客满意度', '≥90%'],
  ],
};

function spacerRows(): ShapeCase {
  const note = '备注：作为导入模板，请勿修改表头';
  const rows = new SheetRows().add(['附件2']).blank().add(['2024年部门项目支出绩效目标表'], ['A:D']).blank().add([null, null, null, '单位：万元']);
  plainTable(rows, ROAD_MAINTENANCE).add([note], ['A:D']).blank(2).add(['2024年部门项目支出绩效目标表'], ['A:D']).blank().add([null, null, null, '单位：万元']);
  plainTable(rows, RURAL_BUS).add([note], ['A:D']).add(['注：指标值请填写可衡量的数值或定性描述。'], ['A:D']);
  return {
    id: '06-spacer-rows-stacked',
    description:
      "Two tables stacked in one sheet with spacer rows everywhere: `附件2` above the first title, blank rows between title and table, a `单位：万元` row, notes under each table (`备注：作为导入模板，请勿修改表头`), and blank rows between the first table's note and the second title; the year is in the titles only.",
    formats: ALL_FORMATS,
    sheets: [rows.sheet('项目支出绩效目标表')],
    expected: { targetTables: [expectedPlain(ROAD_MAINTENANCE, 2024), expectedPlain(RURAL_BUS, 2024)] },
  };
}

function twoRowIndicatorHeader(): ShapeCase {
  const goal = '落实禁牧1800万亩、草畜平衡1.2亿亩，按时足额发放补助奖励资金，促进草原生态恢复。';
  const header = (rows: SheetRows) => rows.add(['绩效指标', null, null, '指标值'], ['A:C'], { D: 2 }).add(['一级指标', '二级指标', '三级指标', null]);
  const rows = new SheetRows()
    .add(['2024年度项目支出绩效目标表'], ['A:D'])
    .add(['项目名称', '草原生态保护补助奖励'], ['B:D'])
    .add(['主管部门', '锡林郭勒盟林业和草原局', '实施单位', '各旗县林业和草原局'])
    .add(['项目属性', '延续项目', '项目期', '5年'])
    .add(['项目总额', 12000, '年度资金总额', 2400])
    .add(['年度绩效目标', goal], ['B:D']);
  header(rows).mergedDown(
    [
      ['产出指标', '数量指标', '禁牧面积', '1800万亩'],
      [null, null, '草畜平衡面积', '1.2亿亩'],
      [null, '质量指标', '补助资金发放准确率', '100%'],
    ],
    ['A', 'B'],
  );
  // The header again where the printed page broke, as exports cut into pages print it.
  header(rows).mergedDown(
    [
      ['产出指标', '时效指标', '补助资金发放时间', '2024年10月底前'],
      [null, '成本指标', '禁牧补助标准', '7.5元/亩'],
      ['效益指标', '生态效益指标', '草原综合植被盖度', '≥50%'],
      [null, '可持续影响指标', '草原生态保护长效机制', '持续巩固'],
      ['满意度指标', '服务对象满意度指标', '农牧民满意度', '≥90%'],
    ],
    ['A'],
  );
  return {
    id: '07-two-row-indicator-header',
    description:
      'An indicator header of two rows (`绩效指标` merged across the three level columns above `一级指标 | 二级指标 | 三级指标`, `指标值` merged down both rows), repeated in the middle of the table where a printed page broke; neither copy is an indicator.',
    formats: ALL_FORMATS,
    sheets: [rows.sheet('草原生态保护补助奖励')],
    expected: {
      targetTables: [
        {
          year: 2024,
          projectName: '草原生态保护补助奖励',
          department: '锡林郭勒盟林业和草原局',
          implementingUnit: '各旗县林业和草原局',
          attribute: '延续项目',
          period: '5年',
          totalFunds: 12000,
          annualFunds: 2400,
          overallGoal: goal,
          indicators: [
            ind('产出指标', '数量指标', '禁牧面积', '1800万亩'),
            ind('产出指标', '数量指标', '草畜平衡面积', '1.2亿亩'),
            ind('产出指标', '质量指标', '补助资金发放准确率', '100%'),
            ind('产出指标', '时效指标', '补助资金发放时间', '2024年10月底前'),
            ind('产出指标', '成本指标', '禁牧补助标准', '7.5元/亩'),
            ind('效益指标', '生态效益指标', '草原综合植被盖度', '≥50%'),
            ind('效益指标', '可持续影响指标', '草原生态保护长效机制', '持续巩固'),
            ind('满意度指标', '服务对象满意度指标', '农牧民满意度', '≥90%'),
          ],
        },
      ],
    },
  };
}

function noYear(): ShapeCase {
  const table: PlainTable = {
    titles: [['项目支出绩效目标表'], [null, null, null, '单位：万元']],
    name: '城乡居民医疗救助',
    department: '察哈尔右翼前旗医疗保障局',
    implementingUnit: '察哈尔右翼前旗医疗保障事务中心',
    attribute: '经常性项目',
    period: '长期',
    totalFunds: 150,
    annualFunds: 150,
    goal: '对符合条件的困难群众给予医疗救助，减轻其医疗费用负担。',
    indicators: [
      ['产出指标', '数量指标', '救助困难群众', '≥3000人次'],
      [null, '时效指标', '救助资金发放时间', '次月15日前'],
      ['效益指标', '社会效益指标', '困难群众医疗费用负担', '有效减轻'],
      ['满意度指标', '服务对象满意度指标', '救助对象满意度', '≥90%'],
    ],
  };
  return {
    id: '08-no-year',
    description: 'A table whose title, texts and values name no year anywhere: its year is unknown (null) and a warning says so.',
    formats: ALL_FORMATS,
    sheets: [plainTable(new SheetRows(), table).sheet('医疗救助')],
    expected: { targetTables: [expectedPlain(table, null)] },
    warningsInclude: ['年度'],
  };
}

function labelVariants(): ShapeCase {
  const goals = [
    '完成36个老旧小区配套设施改造，惠及居民1.2万户，改善居民生活条件。',
    '完成8所中小学校舍维修改造，消除校舍安全隐患，保障正常教学秩序。',
    '新建全民健身设施点位20个，补齐城乡健身设施短板。',
  ];
  const first = new SheetRows()
    .add(['2024年项目支出绩效目标表'], ['A:F'])
    .add(['项目', '名称', '老旧小区改造配套设施建设'], ['C:F'])
    .add(['项目代码', null, '2024-150100-47-01-000123'], ['A:B', 'C:F'])
    .add(['一级预算单位', null, '呼和浩特市住房和城乡建设局', '项目单位', '呼和浩特市城市更新服务中心'], ['A:B', 'E:F'])
    .add(['项目类型', null, '新增', '项目周期', '2024-2025年'], ['A:B', 'E:F'])
    .add(['总投资', null, 4500, '年度预算数', 2500], ['A:B', 'E:F'])
    .add(['年度目标', null, goals[0]!], ['A:B', 'C:F'])
    .add(['一级指标', '二级指标', '指标名称', null, '目标值'], ['C:D', 'E:F'])
    .mergedDown(
      [
        ['产出指标', '数量指标', '改造老旧小区', null, '36个'],
        [null, '质量指标', '改造工程竣工验收合格率', null, '100%'],
        ['效益指标', '社会效益指标', '惠及居民户数', null, '1.2万户'],
        ['满意度指标', '服务对象满意度指标', '小区居民满意度', null, '≥85%'],
      ],
      ['A'],
      ['C:D', 'E:F'],
    );
  const second = new SheetRows()
    .add(['2025年度项目绩效目标表'], ['A:D'])
    .add(['项目全称', '中小学校舍维修改造'], ['B:D'])
    .add(['预算部门', '包头市教育局', '申请单位', '包头市第一中学'])
    .add(['是否新增项目', '否', '实施期限', '2025年1月至12月'])
    .add(['中期资金总额', 900, '本年预算', 300])
    .add(['其中：财政拨款', 200, '上年结转资金', 60])
    .add(['其他资金', 40])
    .add(['总体目标', goals[1]!], ['B:D'])
    .add(['一级指标', '二级指标', '三级指标', '预期指标值'])
    .mergedDown(
      [
        ['产出指标', '数量指标', '维修改造校舍', '8所'],
        [null, '时效指标', '维修改造完成时间', '2025年8月底前'],
        ['效益指标', '社会效益指标', '校舍安全隐患', '全部消除'],
        ['满意度指标', '服务对象满意度指标', '师生满意度', '≥90%'],
      ],
      ['A'],
    );
  const third = new SheetRows()
    .add(['2025年部门项目支出绩效目标表'], ['A:E'])
    .add(['项目名称', null, '全民健身设施补短板工程'], ['A:B', 'C:E'])
    .add(['主管部门', null, '鄂尔多斯市体育局', '实施单位', '鄂尔多斯市体育中心'], ['A:B'])
    .add(['项目属性', null, '延续项目', '项目实施期', '3年'], ['A:B'])
    .add(['年度资金总额', null, 120, '其他资金', 0], ['A:B'])
    .add(['政策依据', null, '《全民健身计划（2021—2025年）》'], ['A:B', 'C:E'])
    .add(['年度总体目标', null, goals[2]!], ['A:B', 'C:E'])
    .add(['一级指标', '二级指标', '三级指标', null, '指标目标值'], ['C:D'])
    .mergedDown(
      [
        ['产出指标', '数量指标', '新建全民健身设施点位', null, '20个'],
        [null, '成本指标', '单个点位建设成本', null, '≤6万元'],
        ['效益指标', '社会效益指标', '城乡居民健身条件', null, '明显改善'],
        ['满意度指标', '服务对象满意度指标', '健身群众满意度', null, '≥90%'],
      ],
      ['A'],
      ['C:D'],
    );
  return {
    id: '09-label-variants',
    description:
      'Three tables with the labels other regions print: `项目 | 名称` split over two cells, label cells merged across two columns, `项目全称`, `项目代码`, `一级预算单位`, `预算部门`, `申请单位`, `项目单位`, `项目类型`, `是否新增项目`, `项目周期`, `实施期限`, `项目实施期`, `总投资`, `中期资金总额`, `年度预算数`, `本年预算`, `上年结转资金`, `其他资金`, `年度目标`, `总体目标`, `政策依据`, `指标名称` for the 三级, and `目标值`, `预期指标值`, `指标目标值` for the value.',
    formats: ALL_FORMATS,
    sheets: [first.sheet('老旧小区'), second.sheet('校舍维修'), third.sheet('全民健身')],
    expected: {
      targetTables: [
        {
          year: 2024,
          code: '2024-150100-47-01-000123',
          projectName: '老旧小区改造配套设施建设',
          department: '呼和浩特市住房和城乡建设局',
          implementingUnit: '呼和浩特市城市更新服务中心',
          attribute: '新增',
          period: '2024-2025年',
          totalFunds: 4500,
          annualFunds: 2500,
          overallGoal: goals[0]!,
          indicators: [
            ind('产出指标', '数量指标', '改造老旧小区', '36个'),
            ind('产出指标', '质量指标', '改造工程竣工验收合格率', '100%'),
            ind('效益指标', '社会效益指标', '惠及居民户数', '1.2万户'),
            ind('满意度指标', '服务对象满意度指标', '小区居民满意度', '≥85%'),
          ],
        },
        {
          year: 2025,
          projectName: '中小学校舍维修改造',
          department: '包头市教育局',
          implementingUnit: '包头市第一中学',
          attribute: '否',
          period: '2025年1月至12月',
          totalFunds: 900,
          annualFunds: 300,
          funds: { 财政拨款: 200, 结余结转资金: 60, 其他资金: 40 },
          overallGoal: goals[1]!,
          indicators: [
            ind('产出指标', '数量指标', '维修改造校舍', '8所'),
            ind('产出指标', '时效指标', '维修改造完成时间', '2025年8月底前'),
            ind('效益指标', '社会效益指标', '校舍安全隐患', '全部消除'),
            ind('满意度指标', '服务对象满意度指标', '师生满意度', '≥90%'),
          ],
        },
        {
          year: 2025,
          projectName: '全民健身设施补短板工程',
          department: '鄂尔多斯市体育局',
          implementingUnit: '鄂尔多斯市体育中心',
          attribute: '延续项目',
          period: '3年',
          annualFunds: 120,
          funds: { 其他资金: 0 },
          overallGoal: goals[2]!,
          otherInfo: [{ label: '政策依据', value: '《全民健身计划（2021—2025年）》' }],
          indicators: [
            ind('产出指标', '数量指标', '新建全民健身设施点位', '20个'),
            ind('产出指标', '成本指标', '单个点位建设成本', '≤6万元'),
            ind('效益指标', '社会效益指标', '城乡居民健身条件', '明显改善'),
            ind('满意度指标', '服务对象满意度指标', '健身群众满意度', '≥90%'),
          ],
        },
      ],
    },
  };
}

/** A 执行监控表 of the central form: funds executed to July, the year's forecast, and why it may fall short. */
function monitoringSheet(): SheetSpec {
  const rows = new SheetRows()
    .add(['2024年项目支出绩效目标执行监控表'], ['A:L'])
    .add([null, null, null, null, null, null, null, null, null, null, null, '单位：万元'])
    .add(['项目名称', null, '农村公路养护'], ['A:B', 'C:L'])
    .add(['主管部门及代码', null, '[301]乌兰察布市交通运输局', null, null, null, '实施单位', null, '乌兰察布市公路养护中心'], ['A:B', 'C:F', 'G:H', 'I:L'])
    .add(['项目资金（万元）', null, null, '年初预算数', null, '1-7月执行数', null, '1-7月执行率', null, '全年预计执行数'], ['D:E', 'F:G', 'H:I', 'J:L'], {
      'A:B': 3,
    })
    .add([null, null, '年度资金总额', 860, null, 420, null, '48.84%', null, 860], ['D:E', 'F:G', 'H:I', 'J:L'])
    .add([null, null, '其中：财政拨款', 860, null, 420, null, '48.84%', null, 860], ['D:E', 'F:G', 'H:I', 'J:L'])
    .add(['年度总体目标', null, '全年预期目标', null, null, null, null, '1-7月目标实际完成情况'], ['C:G', 'H:L'], { 'A:B': 2 })
    .add([null, null, ROAD_MAINTENANCE.goal, null, null, null, null, '已完成农村公路养护700公里。'], ['C:G', 'H:L'])
    .add(
      ['一级指标', '二级指标', '三级指标', '年度指标值', '1-7月执行情况', '全年预计完成值', '偏差原因分析', null, null, null, null, '完成目标可能性'],
      ['G:K'],
      {
        A: 2,
        B: 2,
        C: 2,
        D: 2,
        E: 2,
        F: 2,
        L: 2,
      },
    )
    .add([null, null, null, null, null, null, '经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'])
    .mergedDown(
      [
        ['产出指标', '数量指标', '养护农村公路里程', '1200公里', '700公里', '1200公里', null, null, null, null, null, '确定能'],
        [null, '质量指标', '养护路段优良路率', '≥75%', '76%', '≥75%', null, null, null, null, null, '确定能'],
        ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥90%', '—', '≥90%', null, null, '√', null, null, '有可能'],
      ],
      ['A'],
    );
  return rows.sheet('执行监控表');
}

/** A 自评表 in seed 002's shape. */
function selfEvaluationSheet(): SheetSpec {
  const indicators: Row[] = [
    [null, '产出指标\n（50分）', '数量指标', '养护农村公路里程', '1100公里', '1100公里', 25, 25, null],
    [null, null, '质量指标', '养护路段优良路率', '≥75%', '78%', 25, 25, null],
    [null, '效益指标\n（30分）', '社会效益指标', '农村群众出行条件', '持续改善', '持续改善', 30, 30, null],
    [null, '满意度指标\n（10分）', '服务对象满意度指标', '沿线群众满意度', '≥90%', '93%', 10, 10, null],
  ];
  const rows = new SheetRows()
    .add(['自治区项目支出绩效自评表'], ['A:I'])
    .add(['(2023年度)'], ['A:I'])
    .add(['项目名称', null, '农村公路养护'], ['A:B', 'C:I'])
    .add(['主管部门', null, '乌兰察布市交通运输局', null, null, '实施单位', null, '乌兰察布市公路养护中心'], ['A:B', 'C:E', 'F:G', 'H:I'])
    .add(['项目资金\n（万元）', null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], [], { 'A:B': 5 })
    .add([null, null, '年度资金总额:', 800, 800, 760, 10, '95%', 9.5])
    .add([null, null, '其中:当年财政拨款', 800, 800, 760, '—', '95%', '—'])
    .add([null, null, '上年结转资金', null, null, null, '—', null, '—'])
    .add([null, null, '其他资金', null, null, null, '—', null, '—'])
    .add(['年度\n总体\n目标', '预期目标', null, null, null, '实际完成情况'], ['B:E', 'F:I'], { A: 2 })
    .add([null, '完成农村公路养护1100公里，优良路率不低于75%。', null, null, null, '完成农村公路养护1100公里，优良路率78%。'], ['B:E', 'F:I'])
    .add(['绩效\n指标', '一级\n指标', '二级\n指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析\n及改进措施'], [], {
      A: indicators.length + 1,
    })
    .mergedDown(indicators, ['B'])
    .add(['总分', null, null, null, null, null, 100, 99.5], ['A:F']);
  return rows.sheet('自评表');
}

/** A 部门整体支出绩效目标表: a department's whole budget, its key tasks and indicators, and no 项目名称. */
function departmentSheet(): SheetSpec {
  const rows = new SheetRows()
    .add(['2024年部门整体支出绩效目标表'], ['A:E'])
    .add([null, null, null, null, '单位：万元'])
    .add(['部门（单位）名称', '兴和县农牧和科技局'], ['B:E'])
    .add(['预算整体情况', '资金总额', 1200], ['C:E'], { A: 3 })
    .add([null, '其中：财政拨款', 1100], ['C:E'])
    .add([null, '其他资金', 100], ['C:E'])
    .add(['年度重点工作任务', '任务名称', '主要内容', '预算金额'], ['D:E'], { A: 3 })
    .add([null, '高标准农田建设', '建设高标准农田2万亩', 800], ['D:E'])
    .add([null, '动物疫病防控', '开展春秋两季重大动物疫病集中免疫', 400], ['D:E'])
    .add(['年度总体目标', '建设高标准农田2万亩，重大动物疫病免疫密度保持在90%以上。'], ['B:E'])
    .add(['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值'], [], { A: 5 })
    .mergedDown(
      [
        [null, '产出指标', '数量指标', '建设高标准农田', '2万亩'],
        [null, null, '质量指标', '重大动物疫病免疫密度', '≥90%'],
        [null, '效益指标', '经济效益指标', '粮食综合生产能力', '稳步提升'],
        [null, '满意度指标', '服务对象满意度指标', '农牧民满意度', '≥90%'],
      ],
      ['B'],
    );
  return rows.sheet('部门整体');
}

function mixedKinds(): ShapeCase {
  const target = { ...ROAD_MAINTENANCE, titles: [['2024年项目支出绩效目标表'], [null, null, null, '单位：万元']] };
  const summary = new SheetRows()
    .add(['2024年项目支出绩效目标汇总表'], ['A:E'])
    .add(['序号', '项目名称', '主管部门', '年度资金总额', '指标数'])
    .add([1, '农村公路养护', '乌兰察布市交通运输局', 860, 5])
    .add([2, '农村客运补贴', '乌兰察布市交通运输局', 320, 4])
    .add(['合计', null, null, 1180, 9]);
  const instructions = new SheetRows()
    .add(['填报说明'], ['A:B'])
    .add(['项目名称', '按预算批复的项目名称填写，不得简写。'])
    .add(['一级指标', '产出指标、效益指标、满意度指标，不得修改。'])
    .add(['三级指标', '根据项目实际细化填写，可增行。']);
  return {
    id: '10-mixed-kinds',
    description:
      "A workbook whose sheets hold different things: a 绩效目标表; a 项目支出绩效目标执行监控表 (`1-7月执行数`, `全年预计完成值`, `完成目标可能性`, 偏差原因分析 over 经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他); a 自评表 in seed 002's shape; a 部门整体支出绩效目标表 (`部门（单位）名称`, `预算整体情况`, `年度重点工作任务`); a 汇总 list of projects with a `项目名称` column heading; and instructions whose rows lead with `项目名称`, `一级指标`, `三级指标`. Only the 绩效目标表 is a target table, the 自评表 a 自评表 and the monitoring table a 执行监控表 (its √ read as a tick); the department table is a 部门整体支出绩效目标表 (its `资金总额` the 部门预算支出 total, `其中：财政拨款` and `其他资金` its sources); the list and the instructions are no tables.",
    formats: ['xlsx'],
    sheets: [
      plainTable(new SheetRows(), target).sheet('绩效目标表'),
      monitoringSheet(),
      selfEvaluationSheet(),
      departmentSheet(),
      summary.sheet('项目汇总'),
      instructions.sheet('说明'),
    ],
    expected: {
      targetTables: [expectedPlain(target, 2024)],
      selfEvaluations: 1,
      monitoring: [
        {
          projectName: '农村公路养护',
          month: 7,
          indicators: [
            { name: '养护农村公路里程', causes: [], likelihood: '确定能' },
            { name: '养护路段优良路率', causes: [], likelihood: '确定能' },
            { name: '沿线群众满意度', causes: ['人员保障'], likelihood: '有可能' },
          ],
        },
      ],
      departmentTables: [
        {
          departmentName: '兴和县农牧和科技局',
          year: 2024,
          staff: null,
          subunits: null,
          funds: { expenditure: 1200, fiscal: 1100, other: 100 },
          overallGoal: '建设高标准农田2万亩，重大动物疫病免疫密度保持在90%以上。',
          tasks: [
            { name: '高标准农田建设', content: '建设高标准农田2万亩', amount: 800, goal: '' },
            { name: '动物疫病防控', content: '开展春秋两季重大动物疫病集中免疫', amount: 400, goal: '' },
          ],
          otherTasks: '',
          indicators: [
            { level1: '产出指标', level2: '数量指标', name: '建设高标准农田', value: '2万亩' },
            { level1: '产出指标', level2: '质量指标', name: '重大动物疫病免疫密度', value: '≥90%' },
            { level1: '效益指标', level2: '经济效益指标', name: '粮食综合生产能力', value: '稳步提升' },
            { level1: '满意度指标', level2: '服务对象满意度指标', name: '农牧民满意度', value: '≥90%' },
          ],
        },
      ],
    },
  };
}

function valuesOnly(): ShapeCase {
  const target = { ...ROAD_MAINTENANCE, titles: [['2024年项目支出绩效目标表']] };
  const values = new SheetRows().add(['农村客运补贴', '乌兰察布市交通运输局', '乌兰察布市道路运输事业发展中心', 320]).mergedDown(
    [
      ['产出指标', '数量指标', '补贴农村客运线路', '86条'],
      [null, '质量指标', '补贴资金发放准确率', '100%'],
      ['效益指标', '社会效益指标', '农村客运班线通达率', '≥98%'],
      ['满意度指标', '服务对象满意度指标', '乘客满意度', '≥90%'],
    ],
    ['A'],
  );
  return {
    id: '11-values-only-sheet',
    description:
      'Beside a plain table, a sheet shaped like a table but holding values only: no 项目名称 nor any other label, no indicator header. It is listed as unplaced, not imported.',
    formats: ['xlsx'],
    sheets: [plainTable(new SheetRows(), target).sheet('农村公路养护'), values.sheet('Sheet2')],
    expected: { targetTables: [expectedPlain(target, 2024)], unplaced: [{ sheet: 'Sheet2' }] },
  };
}

function amountUnitDisagreement(): ShapeCase {
  const basis = '购置档案扫描仪1台，单价0.3万元，合计0.3万元。';
  const goal = '购置档案扫描仪1台，完成馆藏档案数字化扫描2万页。';
  const rows = new SheetRows()
    .add(['2024年项目支出绩效目标表'], ['A:D'])
    .add([null, null, null, '单位：万元'])
    .add(['项目名称', '档案数字化设备购置'], ['B:D'])
    .add(['主管部门', '四子王旗档案馆', '实施单位', '四子王旗档案馆'])
    .add(['项目属性', '一次性项目', '项目期', '1年'])
    .add(['年度资金总额（万元）', 3000], ['B:D'])
    .add(['测算依据', basis], ['B:D'])
    .add(['年度绩效目标', goal], ['B:D'])
    .add(['一级指标', '二级指标', '三级指标', '指标值'])
    .mergedDown(
      [
        ['产出指标', '数量指标', '购置档案扫描仪', '1台'],
        [null, '质量指标', '设备验收合格率', '100%'],
        [null, '成本指标', '档案扫描仪购置成本', '≤0.3万元'],
        ['效益指标', '社会效益指标', '档案查阅利用效率', '明显提高'],
        ['满意度指标', '服务对象满意度指标', '档案查阅人员满意度', '≥90%'],
      ],
      ['A'],
    );
  return {
    id: '12-amount-unit-disagreement',
    description:
      'An annual amount written as 3000 under a 万元 label while the 成本指标 and the 测算依据 both say 0.3万元: the amount was typed in 元. It is kept as written, and the reader should flag it with 0.3 as the likely amount.',
    formats: ALL_FORMATS,
    sheets: [rows.sheet('设备购置')],
    expected: {
      targetTables: [
        {
          year: 2024,
          projectName: '档案数字化设备购置',
          department: '四子王旗档案馆',
          implementingUnit: '四子王旗档案馆',
          attribute: '一次性项目',
          period: '1年',
          annualFunds: 3000,
          overallGoal: goal,
          otherInfo: [{ label: '测算依据', value: basis }],
          indicators: [
            ind('产出指标', '数量指标', '购置档案扫描仪', '1台'),
            ind('产出指标', '质量指标', '设备验收合格率', '100%'),
            ind('产出指标', '成本指标', '档案扫描仪购置成本', '≤0.3万元'),
            ind('效益指标', '社会效益指标', '档案查阅利用效率', '明显提高'),
            ind('满意度指标', '服务对象满意度指标', '档案查阅人员满意度', '≥90%'),
          ],
          flags: [{ field: 'annualFunds', corrected: 0.3 }],
        },
      ],
    },
  };
}

function formulas(): ShapeCase {
  const goal = '为5200名居家老年人提供助餐、助洁等上门服务补贴，提升居家养老服务可及性。';
  const rows = new SheetRows()
    .add(['2024年自治区本级部门项目支出预算绩效目标表'], ['A:D'])
    .add(['(2024年度)'], ['A:D'])
    .add(['项目名称', '社区居家养老服务补贴'], ['B:D'])
    .add(['主管部门', '自治区民政厅', '实施单位', '自治区养老服务指导中心'])
    .add(['项目属性', '02-经常性项目', '项目期', '1年'])
    .add(['项目总额', 260, '其中：年度资金总额', 260])
    .add(['其中：本级资金', '资金总额', 260], ['C:D'], { A: 4 })
    .add([null, '其中：财政拨款', 200], ['C:D'])
    .add([null, '其他资金', 60], ['C:D'])
    .add([null, '结余结转资金', 0], ['C:D'])
    .add(['年度总体绩效目标', goal], ['B:D'])
    .add(['一级指标', '二级指标', '三级指标', '绩效值'])
    .mergedDown(
      [
        ['产出指标', '数量指标', '补贴服务老年人', '5200人'],
        [null, '成本指标', '人均补贴标准', '≤500元/人'],
        ['效益指标', '社会效益指标', '居家养老服务可及性', '明显提升'],
        ['满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%'],
      ],
      ['A'],
    );
  return {
    id: '13-formula-cached-values',
    description:
      'A 本级部门 table whose cells are formulas with cached results: the project name joined from two texts, the amounts summed and referred to (`SUM(C8:C10)`, `C7`, `B6`), indicator values built from numbers. The cached values are what is imported.',
    formats: ['xlsx'],
    sheets: [
      rows.sheet('居家养老', {
        formulas: {
          B3: '"社区居家养老"&"服务补贴"',
          B6: 'C7',
          D6: 'B6',
          C7: 'SUM(C8:C10)',
          D13: 'TEXT(5200,"0")&"人"',
          D14: '"≤"&ROUND(C7*10000/5200,0)&"元/人"',
        },
      }),
    ],
    expected: {
      targetTables: [
        {
          year: 2024,
          projectName: '社区居家养老服务补贴',
          department: '自治区民政厅',
          implementingUnit: '自治区养老服务指导中心',
          attribute: '02-经常性项目',
          period: '1年',
          totalFunds: 260,
          annualFunds: 260,
          funds: { 本级资金总额: 260, 财政拨款: 200, 其他资金: 60, 结余结转资金: 0 },
          overallGoal: goal,
          indicators: [
            ind('产出指标', '数量指标', '补贴服务老年人', '5200人'),
            ind('产出指标', '成本指标', '人均补贴标准', '≤500元/人'),
            ind('效益指标', '社会效益指标', '居家养老服务可及性', '明显提升'),
            ind('满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%'),
          ],
        },
      ],
    },
  };
}

function hiddenAndInstructions(): ShapeCase {
  const shown = { ...RURAL_BUS, titles: [['2024年项目支出绩效目标表']] };
  const old = { ...ROAD_MAINTENANCE, titles: [['2023年项目支出绩效目标表']] };
  const instructions = new SheetRows()
    .add(['填表说明'])
    .add(['一、本表由项目单位填报，主管部门审核。'])
    .add(['二、“项目名称”按预算批复填写；“年度资金总额”以万元为单位。'])
    .add(['三、绩效指标按一级指标、二级指标、三级指标逐级细化，指标值应可衡量。']);
  return {
    id: '14-hidden-and-instructions',
    description: "A `填表说明` sheet of instructions first, then the table, and a hidden sheet holding last year's table: only the visible table is read.",
    formats: ['xlsx'],
    sheets: [
      instructions.sheet('填表说明'),
      plainTable(new SheetRows(), shown).sheet('农村客运补贴'),
      plainTable(new SheetRows(), old).sheet('上年', { hidden: true }),
    ],
    expected: { targetTables: [expectedPlain(shown, 2024)] },
  };
}

function symbolAndScoring(): ShapeCase {
  const goal = '保障智慧城管平台稳定运行，城市管理案件按期结案率不低于95%，提升城市精细化管理水平。';
  const rows = new SheetRows()
    .add(['2024年度市级部门项目支出绩效目标表'], ['A:I'])
    .add([null, null, null, null, null, null, null, null, '单位：万元'])
    .add(['项目名称', '智慧城管平台运维'], ['B:I'])
    .add(['主管部门', '赤峰市城市管理综合执法局', null, null, '实施单位', '赤峰市数字化城市管理中心'], ['B:D', 'F:I'])
    .add(['项目属性', '经常性项目', null, null, '项目期', '1年'], ['B:D', 'F:I'])
    .add(['项目总额', 180, null, null, '年度资金总额', 180], ['B:D', 'F:I'])
    .add(['年度绩效目标', goal], ['B:I'])
    .add(['一级指标', '二级指标', '三级指标', '计算符号', '指标值', '计量单位', '分值', '评（扣）分标准', '指标说明'])
    .mergedDown(
      [
        ['产出指标', '数量指标', '城市管理部件巡查覆盖面积', '≥', '120', '平方公里', 20, '完成得满分，每少1平方公里扣1分', '中心城区网格化巡查面积'],
        [null, '质量指标', '案件按期结案率', '≥', '95', '%', 20, '每低1个百分点扣2分', '按期结案数/立案数'],
        [null, '时效指标', '系统故障修复时限', '≤', '24', '小时', 10, '超时一次扣2分', '自报修起计算'],
        [null, '成本指标', '平台年度运维费用', '≤', '180', '万元', 10, '超支不得分', '合同金额'],
        ['效益指标', '社会效益指标', '市容环境问题发现处置能力', '定性', '明显提升', null, 20, '按第三方评估结果分档计分', null],
        ['满意度指标', '服务对象满意度指标', '市民满意度', '≥', '85', '%', 20, '每低1个百分点扣1分', '第三方问卷调查'],
      ],
      ['A'],
    );
  return {
    id: '15-symbol-and-scoring-columns',
    description:
      'A nine-column indicator table with the 计算符号 apart from the 指标值, a 计量单位, 分值, 评（扣）分标准 and 指标说明 (one row without unit or explanation).',
    formats: ALL_FORMATS,
    sheets: [rows.sheet('智慧城管')],
    expected: {
      targetTables: [
        {
          year: 2024,
          projectName: '智慧城管平台运维',
          department: '赤峰市城市管理综合执法局',
          implementingUnit: '赤峰市数字化城市管理中心',
          attribute: '经常性项目',
          period: '1年',
          totalFunds: 180,
          annualFunds: 180,
          overallGoal: goal,
          indicators: [
            ind('产出指标', '数量指标', '城市管理部件巡查覆盖面积', '120', {
              symbol: '≥',
              unit: '平方公里',
              weight: '20',
              scoring: '完成得满分，每少1平方公里扣1分',
              explanation: '中心城区网格化巡查面积',
            }),
            ind('产出指标', '质量指标', '案件按期结案率', '95', {
              symbol: '≥',
              unit: '%',
              weight: '20',
              scoring: '每低1个百分点扣2分',
              explanation: '按期结案数/立案数',
            }),
            ind('产出指标', '时效指标', '系统故障修复时限', '24', {
              symbol: '≤',
              unit: '小时',
              weight: '10',
              scoring: '超时一次扣2分',
              explanation: '自报修起计算',
            }),
            ind('产出指标', '成本指标', '平台年度运维费用', '180', { symbol: '≤', unit: '万元', weight: '10', scoring: '超支不得分', explanation: '合同金额' }),
            ind('效益指标', '社会效益指标', '市容环境问题发现处置能力', '明显提升', { symbol: '定性', weight: '20', scoring: '按第三方评估结果分档计分' }),
            ind('满意度指标', '服务对象满意度指标', '市民满意度', '85', {
              symbol: '≥',
              unit: '%',
              weight: '20',
              scoring: '每低1个百分点扣1分',
              explanation: '第三方问卷调查',
            }),
          ],
        },
      ],
    },
  };
}

function yuanUnitRow(): ShapeCase {
  const goal = '创建基层党建示范点5个，组织党员培训10期，增强基层党组织政治功能和组织力。';
  const rows = new SheetRows()
    .add(['附件1'])
    .add(['2025年项目支出绩效目标表'], ['A:D'])
    .add([null, null, null, '单位：元'])
    .add(['项目名称', '基层党建示范点创建'], ['B:D'])
    .add(['主管部门', '中共多伦县委组织部', '实施单位', '中共多伦县委组织部'])
    .add(['项目属性', '新增项目', '项目期', '1年'])
    .add(['项目总额', '1,250,000.00', '年度资金总额', '1,250,000.00'])
    .add(['其中：财政拨款', '1,000,000.00', '其他资金', '250,000.00'])
    .add(['年度绩效目标', goal], ['B:D'])
    .add(['一级指标', '二级指标', '三级指标', '指标值'])
    .add(['产出指标', '数量指标', '创建基层党建示范点', '5个'])
    .add([null, null, '组织党员培训', '10期'])
    .add([null, '质量指标', '示范点验收合格率', '100%'])
    .add(['效益指标', '社会效益指标', '基层党组织组织力', '明显增强'])
    .add([null, ' 政治效益指标 ', '党员先锋模范作用', '充分发挥'])
    .add(['满意度指标', '服务对象满意度指标', '党员群众满意度', '≥90%']);
  return {
    id: '16-yuan-unit-row',
    description:
      "Amounts in 元 said only by the `单位：元` row above the table, written as text with thousands separators (`1,250,000.00` → 125 万元); `附件1` above the title; level cells left empty (not merged) where the one above continues; a region's own 二级 `政治效益指标` written with spaces around it.",
    formats: ALL_FORMATS,
    sheets: [rows.sheet('党建示范点')],
    expected: {
      targetTables: [
        {
          year: 2025,
          unit: '万元',
          projectName: '基层党建示范点创建',
          department: '中共多伦县委组织部',
          implementingUnit: '中共多伦县委组织部',
          attribute: '新增项目',
          period: '1年',
          totalFunds: 125,
          annualFunds: 125,
          funds: { 财政拨款: 100, 其他资金: 25 },
          overallGoal: goal,
          indicators: [
            ind('产出指标', '数量指标', '创建基层党建示范点', '5个'),
            ind('产出指标', '数量指标', '组织党员培训', '10期'),
            ind('产出指标', '质量指标', '示范点验收合格率', '100%'),
            ind('效益指标', '社会效益指标', '基层党组织组织力', '明显增强'),
            ind('效益指标', '政治效益指标', '党员先锋模范作用', '充分发挥'),
            ind('满意度指标', '服务对象满意度指标', '党员群众满意度', '≥90%'),
          ],
        },
      ],
    },
  };
}

/** Every case of the corpus. */
export const SHAPES: ShapeCase[] = [
  seedLike(),
  cityIntegratedExport(),
  centralDeclaration(),
  central2021Framework(),
  shortLevelNames(),
  spacerRows(),
  twoRowIndicatorHeader(),
  noYear(),
  labelVariants(),
  mixedKinds(),
  valuesOnly(),
  amountUnitDisagreement(),
  formulas(),
  hiddenAndInstructions(),
  symbolAndScoring(),
  yuanUnitRow(),
];

// ---------------------------------------------------------------------------------------------------------------
// The renditions

/** The case as an .xlsx workbook: hidden sheets hidden, formula cells holding their formula and cached result. */
export async function asXlsx(c: Pick<ShapeCase, 'sheets'>): Promise<Buffer> {
  const bytes = await workbookOf(Object.fromEntries(c.sheets.map((s) => [s.name, s])));
  if (!c.sheets.some((s) => s.hidden || s.formulas)) return bytes;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const s of c.sheets) {
    const ws = wb.getWorksheet(s.name)!;
    if (s.hidden) ws.state = 'hidden';
    for (const [address, formula] of Object.entries(s.formulas ?? {})) {
      const cell = ws.getCell(address);
      cell.value = { formula, result: cell.value as string | number };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The case as a Word document: its visible sheets one after the other, titles and notes as paragraphs. */
export function asDocx(c: Pick<ShapeCase, 'sheets'>): Promise<Buffer> {
  return docxOf(c.sheets.filter((s) => !s.hidden));
}

/** .xls copies of .xlsx files, made by LibreOffice in one run (it starts slowly) into a new temp folder. */
export function asXls(...xlsxPaths: string[]): string[] {
  const out = tempDir('jixiao-xls-');
  const profile = `file://${tempDir('jixiao-soffice-')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xls', '--outdir', out, ...xlsxPaths], {
    stdio: 'ignore',
    timeout: 240_000,
  });
  return xlsxPaths.map((file) => path.join(out, `${path.basename(file, '.xlsx')}.xls`));
}
