/**
 * `npm run audit`: npm's audit of the production dependencies, printed whatever npm's log level
 * (the project's .npmrc silences npm, and with it the report). Exit status 0 when no advisory
 * applies, 1 when one does, 2 when the advisory service could not be asked.
 */
import { spawnSync } from 'node:child_process';

const SEVERITY = { critical: '严重', high: '高危', moderate: '中危', low: '低危', info: '提示' };

const run = spawnSync('npm', ['audit', '--omit=dev', '--json', '--loglevel=silent'], { encoding: 'utf8', shell: process.platform === 'win32' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}

if (!report || !report.metadata) {
  const reason = report?.message ?? (run.stderr || run.error?.message || '没有回应').trim();
  console.error(`无法检查依赖的安全公告：npm 的安全公告服务没有给出结果（${reason}）。`);
  console.error('请在能访问 npm 安全公告服务的计算机上再运行 npm run audit。');
  process.exit(2);
}

const found = Object.values(report.vulnerabilities ?? {});
for (const v of found) {
  const advisories = v.via.filter((via) => typeof via === 'object').map((via) => `${via.title}${via.url ? ` ${via.url}` : ''}`);
  const through = v.via.filter((via) => typeof via === 'string');
  const what = advisories.length ? advisories.join('；') : `经由 ${through.join('、')}`;
  console.log(`${SEVERITY[v.severity] ?? v.severity}\t${v.name}\t${v.range}\t${what}`);
}
const dependencies = report.metadata.dependencies?.prod ?? report.metadata.dependencies?.total ?? 0;
console.log(
  found.length === 0 ? `已检查 ${dependencies} 个生产依赖，没有已知的安全公告。` : `已检查 ${dependencies} 个生产依赖，${found.length} 个受安全公告影响。`,
);
process.exit(found.length === 0 ? 0 : 1);
