/** `jixiao carry DEPT_FILE --from N --to M [--project NAME]…`: 从上年结转, after a backup. */
import { carryForward } from '../../services/carryForward';
import { inDepartmentFile } from '../../services/departmentFile';
import { CliError, type CommandOutput } from '../output';

export async function carryCommand(file: string, options: { from?: number; to?: number; projects: string[] }): Promise<CommandOutput> {
  if (options.from === undefined || options.to === undefined) throw new CliError('请用 --from 和 --to 指定从哪一年度结转到哪一年度');
  const { from, to } = options;
  const outcomes = await inDepartmentFile(file, 'write', (db) =>
    carryForward(db, { from, to, ...(options.projects.length ? { names: options.projects } : {}) }),
  );
  const lines = outcomes.map((o) => (o.action === 'carried' ? `结转\t${o.name}\n` : `跳过\t${o.name}\t${o.reason}\n`)).join('');
  const carried = outcomes.filter((o) => o.action === 'carried').length;
  return { stdout: lines, stderr: `已从 ${from} 年度结转 ${carried} 个项目到 ${to} 年度，金额等待核对\n`, status: 0 };
}
