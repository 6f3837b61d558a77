/** A stored 执行监控表 in the interchange shape (docs/ARCHITECTURE.md, "The interchange JSON"), and a printed one as stored. */
import { targetsFromForm } from '../evaluation/fromInterchange';
import { fenToWan, parseWan, type Fen } from '../money';
import type { ProjectContent } from '../project';
import type { MonitoringFundLine, MonitoringTable } from '../interchange/monitoring';
import { percentText } from '../scoring/execution';
import { CAUSES, FUND_LINES, LIKELIHOODS, type Likelihood, type MonitoringContent, type MonitoringFigures, type MonitoringIndicator } from './content';
import { monitoringRate } from './lights';

const wan = (fen: Fen | null) => (fen === null ? null : fenToWan(fen));

function line(figures: MonitoringFigures): MonitoringFundLine {
  const printed = { initialBudget: wan(figures.initialBudget), executed: wan(figures.executed), forecast: wan(figures.forecast) };
  const rate = monitoringRate(printed);
  return { initialBudget: printed.initialBudget, executed: printed.executed, rate: rate.ok ? percentText(rate.value) : null, forecast: printed.forecast };
}

export function toMonitoringTable(projectName: string, year: number, content: MonitoringContent): MonitoringTable {
  const funds = {} as MonitoringTable['funds'];
  for (const { key } of FUND_LINES) {
    const figures = content.funds[key];
    if (figures || key === 'total') funds[key] = line(figures ?? { initialBudget: null, executed: null, forecast: null });
  }
  return {
    projectName,
    year,
    month: content.month,
    department: content.department,
    implementingUnit: content.implementingUnit,
    overallGoal: content.overallGoal,
    goalProgress: content.goalProgress,
    funds,
    indicators: content.indicators.map((i) => ({ ...i, causes: [...i.causes] })),
  };
}

/** A printed 执行监控表 as stored: amounts exact to the 分 (else left empty, with a note), causes and likelihood as the form offers them. */
export function fromMonitoringTable(table: MonitoringTable): { content: MonitoringContent; notes: string[] } {
  const notes: string[] = [];
  const fen = (n: number | null, where: string): Fen | null => {
    if (n === null) return null;
    const parsed = parseWan(String(n));
    if (parsed.ok) return parsed.fen;
    notes.push(`${where}：“${n}”不是精确到分的金额，已留空`);
    return null;
  };
  const funds: MonitoringContent['funds'] = {};
  for (const { key, label } of FUND_LINES) {
    const printed = table.funds[key];
    if (!printed) continue;
    funds[key] = {
      initialBudget: fen(printed.initialBudget, `${label}年初预算数`),
      executed: fen(printed.executed, `${label}执行数`),
      forecast: fen(printed.forecast, `${label}全年预计执行数`),
    };
  }
  const indicators = table.indicators.map((i): MonitoringIndicator => {
    const likelihood: Likelihood | '' = (LIKELIHOODS as readonly string[]).includes(i.likelihood) ? (i.likelihood as Likelihood) : '';
    if (i.likelihood !== '' && likelihood === '') notes.push(`「${i.name}」的完成目标可能性“${i.likelihood}”不是确定能、有可能、完全不可能之一，已留空`);
    // In the form's order, each once; a word the form has no column for is named.
    const causes = CAUSES.filter((c) => i.causes.includes(c));
    const unknown = i.causes.filter((c) => !(CAUSES as readonly string[]).includes(c));
    if (unknown.length) notes.push(`「${i.name}」的偏差原因“${unknown.join('、')}”不是经费保障、制度保障、人员保障、硬件条件保障、其他之一，已略去`);
    return { ...i, causes, likelihood };
  });
  return {
    content: {
      month: table.month,
      department: table.department,
      implementingUnit: table.implementingUnit,
      overallGoal: table.overallGoal,
      goalProgress: table.goalProgress,
      funds,
      indicators,
    },
    notes,
  };
}

/** The targets a project known only from its 执行监控表 is created with: its names, budget, goal and indicators. */
export function targetsFromMonitoring(name: string, content: MonitoringContent): ProjectContent {
  return targetsFromForm(name, { ...content, annualFunds: content.funds.total?.initialBudget ?? null });
}
