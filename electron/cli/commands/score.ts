/**
 * `jixiao score FILE [--year N] [--json]`: the printed 执行率, 预算执行 score and 总分 of each 自评表
 * beside their computation; exit status 1 when any printed figure disagrees.
 */
import { DEPARTMENT_EXTENSION } from '../../../shared/departmentName';
import { scoreReport, type ScoreReport } from '../../../shared/scoring/scoreReport';
import type { SelfEvaluation } from '../../../shared/interchange/selfEvaluation';
import { readImportFile } from '../../import/readImportFile';
import { inDepartmentFile } from '../../services/departmentFile';
import { evaluationTables } from '../../services/evaluations';
import type { CommandOutput } from '../output';
import { readInput } from '../readInput';

const FIELDS = { rate: '执行率', executionScore: '预算执行得分', totalScore: '总分' } as const;
const shown = (v: string | number | null) => (v === null ? '—' : String(v));

function text(report: ScoreReport): string {
  const { recorded: r, computed: c } = report;
  const head = `${report.projectName}\t执行率 ${shown(r.rate)} / ${shown(c.rate)}\t预算执行 ${shown(r.executionScore)} / ${shown(c.executionScore)}\t总分 ${shown(r.totalScore)} / ${shown(c.totalScore)}（${c.grade ?? '—'}）\n`;
  return head + report.differences.map((d) => `  不一致：${FIELDS[d.field]} 表上 ${d.recorded}，计算 ${shown(d.computed)}\n`).join('');
}

async function selfEvaluationsOf(file: string, year: number | undefined): Promise<SelfEvaluation[]> {
  if (file.endsWith(DEPARTMENT_EXTENSION)) return inDepartmentFile(file, 'read', (db) => evaluationTables(db, year));
  return (await readImportFile(readInput(file), file)).selfEvaluations;
}

export async function scoreCommand(file: string, options: { year?: number; json: boolean }): Promise<CommandOutput> {
  const tables = await selfEvaluationsOf(file, options.year);
  const reports = tables.filter((t) => options.year === undefined || t.year === options.year).map(scoreReport);
  const stdout = options.json ? `${JSON.stringify(reports, null, 2)}\n` : reports.map(text).join('');
  const disagreements = reports.reduce((n, r) => n + r.differences.length, 0);
  return {
    stdout,
    stderr: `${reports.length} 张自评表，${disagreements ? `${disagreements} 处数字与计算不一致` : '数字与计算一致'}\n`,
    status: disagreements ? 1 : 0,
  };
}
