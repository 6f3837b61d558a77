/**
 * `jixiao monitor DEPT_FILE --year N [--json]`: the lights of the year's 执行监控表, by the department's
 * thresholds: each project's 执行率 against what is expected by month N, its light and its red
 * indicators, with the indicators that are not green.
 */
import { inDepartmentFile } from '../../services/departmentFile';
import { yearLights, type ProjectLights } from '../../services/monitoring';
import type { CommandOutput } from '../output';

function text(p: ProjectLights): string {
  const head = `${p.projectName}\t1-${p.month}月\t执行率 ${p.rate ?? '—'}（应达 ${p.expected}）\t${p.light}灯\t红灯指标 ${p.red} 个\n`;
  return (
    head +
    p.indicators
      .filter((i) => i.light !== '绿')
      .map((i) => `  ${i.light}灯\t${i.name}\n`)
      .join('')
  );
}

export async function monitorCommand(file: string, options: { year: number; json: boolean }): Promise<CommandOutput> {
  const lights = await inDepartmentFile(file, 'read', (db) => yearLights(db, options.year));
  const count = (light: string) => lights.filter((p) => p.light === light).length;
  return {
    stdout: options.json ? `${JSON.stringify(lights, null, 2)}\n` : lights.map(text).join(''),
    stderr: lights.length
      ? `${lights.length} 个项目：绿灯 ${count('绿')}，黄灯 ${count('黄')}，红灯 ${count('红')}，未填 ${count('无')}\n`
      : `${options.year} 年度还没有执行监控表\n`,
    status: 0,
  };
}
