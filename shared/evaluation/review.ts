/**
 * The checker over a stored 自评表: the rules every printed 自评表 answers to, on the table as it
 * would be printed, and the rules of the entries themselves (every part scored, every override
 * explained).
 */
import { atEvaluationIndicator, checkSelfEvaluation } from '../checker/selfEvaluationRules';
import { runRules } from '../checker/runRules';
import type { Finding, Problem, Rule, RuleSettings } from '../checker/types';
import { formatPoints, type EvaluationContent } from './content';
import { toSelfEvaluation } from './interchange';
import { fractionPoints, scoreEvaluation, type EvaluationScores, type ScoredEntries } from './scores';
import type { Fraction } from '../decimal';

/** The entries of a project's or a department's 自评表, with their scores. */
type Entries = { content: ScoredEntries; scores: EvaluationScores };

const suggestedText = (f: Fraction | null) => (f ? formatPoints(fractionPoints(f)) : '无');
const execution = (target: Problem['target']) => ({ location: '预算执行', target, identity: 'execution' });
/** What an unscored indicator waits for: its weight, its 实际完成值, else a score by hand. */
const missing = (i: EvaluationContent['indicators'][number]) => (i.weight === null ? 'weight' : i.actual.trim() === '' ? 'actual' : 'score');

/** Where 预算执行 without a score is to be mended: the 全年预算数 or 全年执行数 its rate waits for, else its score. */
function unscoredExecution(content: ScoredEntries, scores: EvaluationScores): Problem['target'] {
  if (scores.rate.ok) return { kind: 'execution', field: 'score' };
  return { kind: 'budget', line: 'total', field: content.budget.total?.fullYearBudget ? 'executed' : 'fullYearBudget' };
}

export const ENTRY_RULES: Rule<Record<string, never>, Entries>[] = [
  {
    id: 'se.unscored',
    title: '每项都有得分',
    severity: '错误',
    check: ({ content, scores }) => [
      ...(scores.execution.score === null
        ? [{ ...execution(unscoredExecution(content, scores)), message: `预算执行尚无得分：${scores.rate.ok ? '请填写得分' : scores.rate.message}` }]
        : []),
      ...scores.indicators.flatMap((s, index): Problem[] =>
        s.score === null
          ? [
              {
                ...atEvaluationIndicator(content.indicators, index, missing(content.indicators[index]!)),
                message: `尚无得分：${s.suggestion.notes.join('；')}；也可直接填写得分并说明理由`,
              },
            ]
          : [],
      ),
    ],
  },
  {
    id: 'se.override-reason',
    title: '改动的得分写明理由',
    severity: '错误',
    check: ({ content, scores }) => [
      ...(content.executionOverride && content.executionOverride.reason.trim() === ''
        ? [{ ...execution({ kind: 'execution', field: 'reason' }), message: '预算执行得分已改为手填，请写明理由' }]
        : []),
      ...content.indicators.flatMap((i, index): Problem[] =>
        i.override && i.override.reason.trim() === ''
          ? [
              {
                ...atEvaluationIndicator(content.indicators, index, 'reason'),
                message: `得分改为 ${formatPoints(i.override.score)}（建议 ${suggestedText(scores.indicators[index]!.suggested)}），请写明理由`,
              },
            ]
          : [],
      ),
    ],
  },
  {
    id: 'se.deviation-draft',
    title: '取自执行监控表的偏差原因经过确认',
    severity: '提醒',
    check: ({ content }) =>
      content.indicators.flatMap((i, index): Problem[] =>
        i.deviationDraft
          ? [{ ...atEvaluationIndicator(content.indicators, index, 'deviation'), message: '偏差原因取自执行监控表（草稿），请核对后确认或改写' }]
          : [],
      ),
  },
];

export function reviewEvaluation(projectName: string, year: number, content: EvaluationContent, settings: RuleSettings = {}): Finding[] {
  const scores = scoreEvaluation(content);
  return [...runRules(ENTRY_RULES, { content, scores }, settings), ...checkSelfEvaluation(toSelfEvaluation(projectName, year, content, scores), settings)];
}
