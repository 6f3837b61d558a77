/**
 * The year's 部门整体支出绩效自评表: generated from the 目标表 with one click, then filled in as the
 * project 自评表 is — budget lines, the tasks' 完成情况, the goal, each indicator's 实际完成值 — with
 * every score suggested by the department's rules.
 */
import { useMemo, useState } from 'react';
import { toNumber } from '../../../shared/decimal';
import { DEPARTMENT_BUDGET_LINES, type DepartmentEvaluationContent } from '../../../shared/department/content';
import { scoreDepartmentEvaluation } from '../../../shared/department/evaluation';
import { DEPARTMENT_LABELS } from '../../../shared/department/layout';
import type { EvaluationScores } from '../../../shared/evaluation/scores';
import { formatWan } from '../../../shared/money';
import { useDepartmentEvaluation } from '../stores/departmentTables';
import { usePick } from '../stores/pick';
import { EvaluationGoals } from './EvaluationGoals';
import { BudgetTable, type BudgetColumn } from './BudgetTable';
import { ConfirmDialog } from './ConfirmDialog';
import { useYearDocument } from './DepartmentDocument';
import { DepartmentExport } from './DepartmentExport';
import { StatusField, type DepartmentEditorProps } from './DepartmentTableEditor';
import { DocumentToolbar } from './DocumentToolbar';
import { EvaluationIndicators } from './EvaluationIndicators';
import { FindingsPanel } from './FindingsPanel';
import { DocumentPending } from './ProjectDocument';

const COLUMNS: BudgetColumn[] = [
  { field: 'initialBudget', label: '年初预算数' },
  { field: 'fullYearBudget', label: '全年预算数' },
  { field: 'executed', label: '全年执行数' },
];

/** 生成自评表 from the 目标表; where there is one, only after asking. */
function GenerateButton({ exists }: { exists: boolean }) {
  const generate = useDepartmentEvaluation((s) => s.generate);
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button
        type="button"
        className={exists ? '' : 'primary'}
        onClick={() => (exists ? setAsking(true) : void generate())}
        title="指标、任务和年初预算数从部门整体目标表带入"
      >
        {exists ? '按目标表重新生成' : '生成自评表'}
      </button>
      {asking && (
        <ConfirmDialog
          message="重新生成会按部门整体目标表更新指标和任务；仍在表中的指标和任务保留已填写的完成情况，已删去的连同填写内容一起去掉。生成前自动备份。仍要生成吗？"
          confirmLabel="重新生成"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void generate();
          }}
        />
      )}
    </>
  );
}

function Budget({ content, scores }: { content: DepartmentEvaluationContent; scores: EvaluationScores }) {
  const change = useDepartmentEvaluation((s) => s.change);
  return (
    <BudgetTable
      caption="年度部门整体支出预算执行情况（万元）"
      lines={DEPARTMENT_BUDGET_LINES}
      columns={COLUMNS}
      content={content}
      scores={scores}
      // As targetAttribute writes a budget place, so that the 自评表's findings (which name 年度资金总额, 财政拨款, 其他资金 as a project's) find them.
      place={(line, field) => `budget:${line}:${field}`}
      change={change}
    />
  );
}

function Tasks({ content }: { content: DepartmentEvaluationContent }) {
  const change = useDepartmentEvaluation((s) => s.change);
  if (content.tasks.length === 0) return null;
  return (
    <table className="evaluation-table department-tasks">
      <caption>年度主要任务完成情况</caption>
      <thead>
        <tr>
          <th>任务名称</th>
          <th>主要实施内容</th>
          <th>拟投入的资金（万元）</th>
          <th>完成情况</th>
        </tr>
      </thead>
      <tbody>
        {content.tasks.map((task, index) => (
          <tr key={index}>
            <td>{task.name}</td>
            <td>{task.content}</td>
            <td className="number">{task.amount === null ? '' : formatWan(task.amount, 2)}</td>
            <td>
              <textarea
                aria-label={`「${task.name}」完成情况`}
                data-target={`department-evaluation-task:${index}:outcome`}
                rows={2}
                value={task.outcome}
                onChange={(e) =>
                  change((c) => ({ ...c, tasks: c.tasks.map((t, n) => (n === index ? { ...t, outcome: e.target.value } : t)) }), `task-outcome:${index}`)
                }
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Goals({ content }: { content: DepartmentEvaluationContent }) {
  const change = useDepartmentEvaluation((s) => s.change);
  return <EvaluationGoals content={content} planned="年度总体目标：预期目标" actual="实际完成情况" change={change} />;
}

export function DepartmentEvaluationEditor({ departmentFile, year, profile, heading }: DepartmentEditorProps) {
  const { content, error, opened } = useYearDocument<DepartmentEvaluationContent>(useDepartmentEvaluation, departmentFile, year);
  const { change, findings } = usePick(useDepartmentEvaluation, 'change', 'findings');
  const scores = useMemo(() => content && scoreDepartmentEvaluation(content, { aboveTargetPercent: profile.thresholds.aboveTargetShare }), [content, profile]);

  if (!opened || !content || !scores) {
    return (
      <DocumentPending heading={heading} opened={opened} opening="正在打开部门整体支出绩效自评表…" error={error}>
        <div className="generate-panel">
          <p>{year}年还没有部门整体支出绩效自评表。生成后，绩效指标及指标值、重点工作任务和年初预算数从部门整体目标表带入，分值按本单位审核规则分配。</p>
          <GenerateButton exists={false} />
        </div>
      </DocumentPending>
    );
  }
  return (
    <>
      <div className="editor-form evaluation department" key={year}>
        {heading}
        <div className="form-title">
          <h1>{DEPARTMENT_LABELS.evaluationTitle.label}</h1>
          <div className="subtitle">
            <span>（{year}年度）</span>
          </div>
        </div>
        <DocumentToolbar useDocument={useDepartmentEvaluation} copyable={false}>
          <StatusField status={content.status} onChange={(status) => change((c) => ({ ...c, status }))} />
          <span className="total-score" data-grade={scores.grade}>
            总分 <strong>{toNumber(scores.total, 2)}</strong>（{scores.grade}）
          </span>
        </DocumentToolbar>
        <div className="form-actions">
          <GenerateButton exists />
          <DepartmentExport departmentFile={departmentFile} year={year} form="departmentEvaluation" flush={() => useDepartmentEvaluation.getState().flush()} />
        </div>
        <div className="header-fields">
          <label className="wide">
            <span className="label">{DEPARTMENT_LABELS.departmentName.label}</span>
            <input
              aria-label={DEPARTMENT_LABELS.departmentName.label}
              value={content.departmentName}
              onChange={(e) => change((c) => ({ ...c, departmentName: e.target.value }), 'departmentName')}
            />
          </label>
        </div>
        <Budget content={content} scores={scores} />
        <Tasks content={content} />
        <Goals content={content} />
        <EvaluationIndicators content={content} scores={scores} framework={profile.framework} onChange={change} />
      </div>
      <FindingsPanel title="部门整体审核" findings={findings} />
    </>
  );
}
