/** `jixiao`: the scriptable side of the app. Each command writes results to stdout, messages to stderr. */
import { parseArgs } from 'node:util';

declare const __JIXIAO_VERSION__: string;

const HELP = `绩效填报助手（Jixiao）命令行 ${__JIXIAO_VERSION__}

用法：
  jixiao --version        显示版本号
  jixiao --help           显示本帮助

环境变量：
  JIXIAO_WORKSPACE        工作文件夹（存放各单位的 .jixiao.db 单位文件）
`;

export function run(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { version: { type: 'boolean', short: 'v' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  if (parsed.values.version) {
    process.stdout.write(`${__JIXIAO_VERSION__}\n`);
    return 0;
  }
  if (parsed.values.help || parsed.positionals.length === 0) {
    process.stdout.write(HELP);
    return 0;
  }
  process.stderr.write(`未知命令：${parsed.positionals[0]}\n\n${HELP}`);
  return 2;
}

process.exitCode = run(process.argv.slice(2));
