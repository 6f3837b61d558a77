/**
 * The 项目绩效自评结果 paragraph of the department's 决算 report (seed 002, 第三部分 十(四)): how many
 * projects and how much money were evaluated, then each project's score, ready to paste; where the
 * year has a 部门整体支出绩效自评表, the department's own score and grade first.
 */
import { formatWan, type Fen } from '../money';
import { gradeOf } from '../scoring/execution';

export interface EvaluatedSummary {
  name: string;
  /** 总分, two decimals at most. */
  score: number;
  /** 年度资金总额 的全年预算数. */
  budget: Fen | null;
}

/** `department`: the 总分 of the year's 部门整体支出绩效自评表, where there is one. */
export function summaryText(departmentName: string, year: number, projects: EvaluatedSummary[], department: { score: number } | null = null): string {
  const money = projects.reduce((sum, p) => sum + (p.budget ?? 0), 0);
  const opening =
    `根据年初设定的绩效目标，${departmentName}组织对 ${year} 年度项目支出开展绩效自评，` +
    `共自评项目 ${projects.length} 个，涉及资金 ${formatWan(money, 2)} 万元。各项目自评得分如下：`;
  const lines = projects.map((p, i) => `（${i + 1}）“${p.name}”项目自评得分为 ${p.score} 分`);
  const own = department ? `${departmentName} ${year} 年度部门整体支出绩效自评得分为 ${department.score} 分（${gradeOf(department.score)}）。\n` : '';
  return `${own}${opening}\n${lines.join('；')}${lines.length ? '。' : ''}\n`;
}
