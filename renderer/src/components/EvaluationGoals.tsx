/** The goals of a 自评表, the project's and the department's: what was planned, and what was done. */
import type { EvaluationChange } from './BudgetTable';

export function EvaluationGoals<C extends { plannedGoal: string; actualOutcome: string }>({
  content,
  planned,
  actual,
  change,
}: {
  content: C;
  /** The labels the form prints. */
  planned: string;
  actual: string;
  change: EvaluationChange<C>;
}) {
  const goal = (label: string, field: 'plannedGoal' | 'actualOutcome') => (
    <label className="goal">
      <span className="label">{label}</span>
      <textarea aria-label={label} rows={4} value={content[field]} onChange={(e) => change((c) => ({ ...c, [field]: e.target.value }), field)} />
    </label>
  );
  return (
    <div className="goals">
      {goal(planned, 'plannedGoal')}
      {goal(actual, 'actualOutcome')}
    </div>
  );
}
