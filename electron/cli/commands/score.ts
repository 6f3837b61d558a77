/**
 * `jixiao score FILE [--year N] [--json]`: the printed 执行率, 预算执行 score and 总分 of each 自评表
 * beside their computation; exit status 1 when any printed figure disagrees.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { scoreReport, type ScoreReport } from '../../../shared/scoring/scoreReport';
import type { SelfEvaluation } from '../../../shared/selfEvaluation';
import { readImportFile } from '../../import/readImportFile';
import { DEPARTMENT_EXTENSION } from '../../services/workspace';
import type { CommandOutput } from '../output';

const FIELDS = { rate: '执行率', executionScore: '预算执行得分', totalScore: '总分' } as const;
const shown = (v: string | number | null) => (v === null ? '—' : String(v));

function text(report: ScoreReport): string {
  const { recorded: r, computed: c } = report;
  const head = `${report.projectName}\t执行率 ${shown(r.rate)} / ${shown(c.rate)}\t预算执行 ${shown(r.executionScore)} / ${shown(c.executionScore)}\t总分 ${shown(r.totalScore)} / ${shown(c.totalScore)}（${c.grade ?? '—'}）\n`;
  return head + report.differences.map((d) => `  不一致：${FIELDS[d.field]} 表上 ${d.recorded}，计算 ${shown(d.computed)}\n`).join('');
}

async function selfEvaluationsOf(file: string): Promise<{ tables: SelfEvaluation[]; note?: string }> {
  if (file.endsWith(DEPARTMENT_EXTENSION)) {
    if (!fs.existsSync(file)) throw new AppError('not-found', `找不到单位文件“${path.basename(file)}”`);
    return { tables: [], note: `“${path.basename(file)}”中还没有自评表（自评表的填报将在单位文件中保存）\n` };
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new AppError('not-found', `找不到文件“${path.basename(file)}”`);
  }
  return { tables: (await readImportFile(bytes, file)).selfEvaluations };
}

export async function scoreCommand(file: string, options: { year?: number; json: boolean }): Promise<CommandOutput> {
  const { tables, note } = await selfEvaluationsOf(file);
  const reports = tables.filter((t) => options.year === undefined || t.year === options.year).map(scoreReport);
  const stdout = options.json ? `${JSON.stringify(reports, null, 2)}\n` : reports.map(text).join('');
  const disagreements = reports.reduce((n, r) => n + r.differences.length, 0);
  return {
    stdout,
    stderr: `${note ?? ''}${reports.length} 张自评表，${disagreements ? `${disagreements} 处数字与计算不一致` : '数字与计算一致'}\n`,
    status: disagreements ? 1 : 0,
  };
}
