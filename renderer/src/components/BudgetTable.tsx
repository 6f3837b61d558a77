/**
 * The budget block of a 自评表, the project's and the department's: each line's figures in 万元, its
 * 执行率, and on 年度资金总额 the 预算执行 weight and score.
 */
import { emptyFigures, type BudgetFigures, type Points, type ScoreOverride } from '../../../shared/evaluation/content';
import type { EvaluationScores } from '../../../shared/evaluation/scores';
import { executionRate } from '../../../shared/scoring/execution';
import { ScoreCell } from './EvaluationIndicators';
import { MoneyField } from './MoneyField';
import { targetAttribute } from './places';
import { PointsField } from './PointsField';
import { RateCell } from './RateCell';

export type BudgetColumn = { field: keyof BudgetFigures; label: string };

/** How a 自评表 is changed: `coalesce` names the field, so that its edits in quick succession are one undo step. */
export type EvaluationChange<C> = (edit: (content: C) => C, coalesce?: string) => void;

export function BudgetTable<
  K extends string,
  C extends { budget: Partial<Record<K, BudgetFigures>>; executionWeight: Points; executionOverride: ScoreOverride | null },
>({
  caption,
  lines,
  columns,
  content,
  scores,
  place,
  change,
}: {
  caption: string;
  lines: { key: K; label: string }[];
  columns: BudgetColumn[];
  content: C;
  scores: EvaluationScores;
  /** The `data-target` of a line's figure, as the findings name it. */
  place: (line: K, field: keyof BudgetFigures) => string;
  change: EvaluationChange<C>;
}) {
  const execution = (field: 'weight' | 'score' | 'reason') => targetAttribute({ kind: 'execution', field })!;
  const set = (key: K, field: keyof BudgetFigures, fen: number | null) =>
    change((c) => ({ ...c, budget: { ...c.budget, [key]: { ...(c.budget[key] ?? emptyFigures()), [field]: fen } } }), place(key, field));
  return (
    <table className="evaluation-table budget">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th />
          {columns.map((c) => (
            <th key={c.field}>{c.label}</th>
          ))}
          <th>执行率</th>
          <th>分值</th>
          <th>得分</th>
        </tr>
      </thead>
      <tbody>
        {lines.map(({ key, label }) => {
          const line = content.budget[key];
          return (
            <tr key={key}>
              <th scope="row">{label}</th>
              {columns.map((c) => (
                <td key={c.field}>
                  <MoneyField
                    label={`${label}${c.label}`}
                    fen={line?.[c.field] ?? null}
                    target={place(key, c.field)}
                    onChange={(fen) => set(key, c.field, fen)}
                  />
                </td>
              ))}
              <RateCell line={key} rate={executionRate(line?.executed ?? null, line?.fullYearBudget ?? null)} />
              {key === 'total' ? (
                <>
                  <td>
                    <PointsField
                      label="预算执行分值"
                      value={content.executionWeight}
                      data-target={execution('weight')}
                      onChange={(p) => change((c) => ({ ...c, executionWeight: p ?? 0 }), execution('weight'))}
                    />
                  </td>
                  <td>
                    <ScoreCell
                      label="预算执行"
                      score={scores.execution}
                      place={execution}
                      onOverride={(executionOverride, coalesce) => change((c) => ({ ...c, executionOverride }), coalesce)}
                    />
                  </td>
                </>
              ) : (
                <>
                  <td className="muted">—</td>
                  <td className="muted">—</td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
