/** `jixiao`: the scriptable side of the app. Each command writes results to stdout, messages to stderr. */
import { parseArgs } from 'node:util';
import { storageError } from '../services/departmentFile';
import { DEPARTMENT_EXTENSION } from '../../shared/departmentName';
import { carryCommand } from './commands/carry';
import { check } from './commands/check';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { monitorCommand } from './commands/monitor';
import { scoreCommand } from './commands/score';
import { summaryCommand } from './commands/summary';
import { yearOption } from './options';
import { CliError, type CommandOutput } from './output';

declare const __JIXIAO_VERSION__: string;

const HELP = `绩效填报助手（Jixiao）命令行 ${__JIXIAO_VERSION__}

用法：
  jixiao check 单位文件|工作簿.xlsx|数据包.json [--year 年度] [--json] [--profile 审核规则.jxrules]
                          审核其中的绩效目标表、自评表、执行监控表和部门整体支出绩效目标表、自评表（位置以“部门整体”开头）；每条意见一行：级别、项目、位置、规则、说明（以制表符分隔），
                          --json 输出 JSON 数组；有“错误”时退出码为 1；
                          单位文件按其中保存的审核规则审核，工作簿和数据包按“宁夏（种子表样）”，
                          --profile 则按该审核规则文件（程序中“审核规则”导出的 .jxrules，或同样内容的 .json）
  jixiao export 单位文件 --year 年度 --format xlsx|docx|json --out 输出文件
                          [--form targets|self-evaluations|monitoring|department|department-evaluation]
                          [--layout 本级部门|县级部门|重点项目] [--stacked] [--project 项目名称]…
                          导出该年度的绩效目标表（--form self-evaluations 则为自评表，monitoring 为执行监控表，
                          department 为部门整体支出绩效目标表，department-evaluation 为部门整体支出绩效自评表）：
                          Excel（每个项目一个工作表，--stacked 则全部在一个工作表）、Word（公开用文档）或交换用 JSON；
                          有审核错误的表标为草稿，并在标准错误输出中说明
  jixiao import 文件 [--json] [--layout-map 表样.json]…
                          读取 Excel 工作簿（.xlsx、.xls）、Word 文档（.docx）、PDF 或 JSON 数据包中的绩效目标表、自评表、执行监控表和部门整体表，
                          不写入任何文件；
                          --json 输出 { targetTables, selfEvaluations, monitoring, departmentTables, departmentEvaluations, unplaced, warnings }；
                          --layout-map 按表样文件（程序中“指定位置…”保存在工作文件夹“表样”中）读取
                          按标签认不出的工作表
  jixiao import 文件 --into 单位文件 [--year 年度] [--on-conflict replace|keep|skip] [--name 单位名称] [--layout 表样]
                          [--layout-map 表样.json]…
                          把其中的绩效目标表、自评表、执行监控表和部门整体表写入单位文件（不存在则新建；整个导入一次完成或不写入）；
                          自评表和执行监控表写入同名同年度的项目（没有则按表新建项目），表上的得分原样保留；
                          同名同年度的项目：replace 替换、keep 两份都保留、skip 跳过（默认）；
                          部门整体表每个年度一张：该年度已有的，只有 replace 才替换
  jixiao carry 单位文件 --from 年度 --to 年度 [--project 项目名称]…
                          从上年结转：用上一年度的项目生成新年度的草稿（文字中的年份顺延，金额保留待核对）；
                          不指定项目时，一年期项目不结转
  jixiao score 文件 [--year 年度] [--json]
                          核对自评表（单位文件、.xlsx 或 JSON 数据包）上的执行率、预算执行得分和总分：
                          与计算不一致时退出码为 1
  jixiao monitor 单位文件 --year 年度 [--json]
                          执行监控表的红黄绿灯：每个项目 1-N 月执行率与应达进度（按审核规则的监控阈值）、
                          项目的灯、红灯指标数，以及未亮绿灯的指标
  jixiao summary 单位文件 --year 年度
                          输出部门决算报告“项目绩效自评结果”一段文字（有部门整体自评表时先写部门整体自评得分，再写项目数、资金和各项目自评得分）
  jixiao --version        显示版本号
  jixiao --help           显示本帮助

环境变量：
  JIXIAO_WORKSPACE        工作文件夹（存放各单位的 .jixiao.db 单位文件）
`;

async function command(argv: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      version: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
      year: { type: 'string' },
      json: { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      layout: { type: 'string' },
      stacked: { type: 'boolean' },
      project: { type: 'string', multiple: true },
      into: { type: 'string' },
      'on-conflict': { type: 'string' },
      name: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      form: { type: 'string' },
      'layout-map': { type: 'string', multiple: true },
      profile: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (values.version) return { stdout: `${__JIXIAO_VERSION__}\n`, status: 0 };
  const [name, ...rest] = positionals;
  if (values.help || name === undefined) return { stdout: HELP, status: 0 };
  if (name === 'check') {
    if (rest.length !== 1) throw new CliError('用法：jixiao check 单位文件 [--year 年度] [--json] [--profile 审核规则.jxrules]');
    return check(rest[0]!, { year: yearOption(values.year), json: values.json, profile: values.profile });
  }
  if (name === 'import') {
    if (rest.length !== 1) throw new CliError('用法：jixiao import 文件 [--json] [--into 单位文件 …] [--layout-map 表样.json]');
    return importCommand(rest[0]!, {
      json: values.json ?? false,
      into: values.into,
      year: yearOption(values.year),
      onConflict: values['on-conflict'],
      name: values.name,
      layout: values.layout,
      layoutMaps: values['layout-map'] ?? [],
    });
  }
  if (name === 'carry') {
    if (rest.length !== 1) throw new CliError('用法：jixiao carry 单位文件 --from 年度 --to 年度 [--project 项目名称]…');
    return carryCommand(rest[0]!, { from: yearOption(values.from, '--from'), to: yearOption(values.to, '--to'), projects: values.project ?? [] });
  }
  if (name === 'score') {
    if (rest.length !== 1) throw new CliError('用法：jixiao score 文件 [--year 年度] [--json]');
    return scoreCommand(rest[0]!, { year: yearOption(values.year), json: values.json ?? false });
  }
  if (name === 'export') {
    if (rest.length !== 1) throw new CliError('用法：jixiao export 单位文件 --year 年度 --format xlsx|docx|json --out 输出文件');
    const { format, out, layout } = values;
    return exportCommand(rest[0]!, {
      year: yearOption(values.year),
      format,
      out,
      layout,
      form: values.form,
      stacked: values.stacked ?? false,
      projects: values.project ?? [],
    });
  }
  if (name === 'monitor') {
    const year = yearOption(values.year);
    if (rest.length !== 1 || year === undefined) throw new CliError('用法：jixiao monitor 单位文件 --year 年度 [--json]');
    return monitorCommand(rest[0]!, { year, json: values.json ?? false });
  }
  if (name === 'summary') {
    const year = yearOption(values.year);
    if (rest.length !== 1 || year === undefined) throw new CliError('用法：jixiao summary 单位文件 --year 年度');
    return summaryCommand(rest[0]!, year);
  }
  throw new CliError(`未知命令：${name}\n\n${HELP}`);
}

export async function run(argv: string[]): Promise<number> {
  try {
    const output = await command(argv);
    process.stdout.write(output.stdout);
    if (output.stderr) process.stderr.write(output.stderr);
    return output.status;
  } catch (error) {
    // A damaged department file, a full disk or a read-only folder: status 2 (cannot read), in plain
    // words naming the department file of the command line (SQLite names none).
    const known =
      error instanceof CliError
        ? error
        : storageError(
            error,
            argv.find((a) => a.endsWith(DEPARTMENT_EXTENSION)),
          );
    if (known) {
      process.stderr.write(`${known.message}\n`);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${error.message}\n\n${HELP}`);
      return 2;
    }
    throw error;
  }
}

void run(process.argv.slice(2)).then((status) => (process.exitCode = status));
