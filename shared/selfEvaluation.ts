/**
 * The interchange shape of a 项目支出绩效自评表 (DESIGN.md §3), as published tables print it:
 * amounts in 万元, rates as the printed text (`77.33%`), numbers `null` where none was printed.
 */
export interface BudgetLine {
  initialBudget: number | null;
  fullYearBudget: number | null;
  executed: number | null;
  rate: string | null;
}

export interface SelfEvaluationIndicator {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: number | null;
  score: number | null;
  deviation: string;
}

export interface SelfEvaluation {
  year: number;
  projectName: string;
  department: string;
  implementingUnit: string;
  funds: {
    total: BudgetLine & { weight: number | null; score: number | null };
    fiscal: BudgetLine;
    carryover: BudgetLine;
    other: BudgetLine;
  };
  plannedGoal: string;
  actualOutcome: string;
  indicators: SelfEvaluationIndicator[];
  level1Weights: Record<string, number>;
  totalWeight: number | null;
  totalScore: number | null;
}
