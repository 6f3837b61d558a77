/**
 * The 自评表 of the project being edited: prepared from its targets with one click, then filled
 * in as the paper form runs — header, budget lines, goals, indicators — with every score
 * suggested by the rules and the checks beside it.
 */
import { useMemo, useState } from 'react';
import { BUDGET_LINES, VARIANTS, type EvaluationContent, type Variant } from '../../../shared/evaluation/content';
import { scoreEvaluation, type EvaluationScores } from '../../../shared/evaluation/scores';
import { toNumber } from '../../../shared/decimal';
import { weightsText } from '../../../shared/profiles/apply';
import { useEvaluation } from '../stores/evaluation';
import type { RuleProfile } from '../../../shared/profiles/profile';
import { EvaluationGoals } from './EvaluationGoals';
import { BudgetTable, type BudgetColumn } from './BudgetTable';
import { ConfirmDialog } from './ConfirmDialog';
import { DocumentToolbar } from './DocumentToolbar';
import { DocumentPending, useProjectDocument, type FormEditorProps } from './ProjectDocument';
import { EvaluationChecks } from './EvaluationChecks';
import { EvaluationIndicators } from './EvaluationIndicators';
import { targetAttribute } from './places';

const TITLES: Record<Variant, string> = { 项目: '项目支出绩效自评表', 转移支付: '转移支付区域（项目）绩效目标自评表' };

/** Whether the fiscal year has not ended yet (it ends on 31 December): its 自评表 could only hold part of it. */
const notOver = (year: number) => year >= new Date().getFullYear();

function GeneratePanel({ profile }: { profile: RuleProfile }) {
  const generate = useEvaluation((s) => s.generate);
  const year = useEvaluation((s) => s.subject?.year);
  const [variant, setVariant] = useState<Variant>('项目');
  const [asking, setAsking] = useState<'project' | 'year' | null>(null);
  const start = (scope: 'project' | 'year') => (year !== undefined && notOver(year) ? setAsking(scope) : void generate(variant, scope));
  return (
    <div className="generate-panel">
      <p>这个项目还没有自评表。生成后，年度指标值、预期目标和年初预算数从绩效目标表带入，分值按 {weightsText(profile)} 平均分配到各三级指标。</p>
      <label>
        表样
        <select aria-label="自评表表样" value={variant} onChange={(e) => setVariant(e.target.value as Variant)}>
          {VARIANTS.map((v) => (
            <option key={v} value={v}>
              {TITLES[v]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => start('project')}>
        生成自评表
      </button>
      <button type="button" onClick={() => start('year')} title="已有自评表的项目不受影响">
        为本年度所有项目生成
      </button>
      {asking && (
        <ConfirmDialog
          message={`${year} 年度尚未结束（至 12 月 31 日），现在生成的自评表只能填写至今的执行情况，年度结束后须再核对。仍要生成吗？`}
          confirmLabel="仍然生成"
          onConfirm={() => {
            setAsking(null);
            void generate(variant, asking);
          }}
          onCancel={() => setAsking(null)}
        />
      )}
    </div>
  );
}

function HeaderFields({ content, projectName }: { content: EvaluationContent; projectName: string }) {
  const change = useEvaluation((s) => s.change);
  const fields: { key: 'centralDepartment' | 'department' | 'implementingUnit'; label: string }[] =
    content.variant === '转移支付'
      ? [
          { key: 'centralDepartment', label: '中央主管部门' },
          { key: 'department', label: '地方主管部门' },
          { key: 'implementingUnit', label: '资金使用单位' },
        ]
      : [
          { key: 'department', label: '主管部门' },
          { key: 'implementingUnit', label: '实施单位' },
        ];
  return (
    <div className="header-fields">
      <label className="wide">
        <span className="label">{content.variant === '转移支付' ? '转移支付（项目）名称' : '项目名称'}</span>
        <input aria-label="项目名称" value={projectName} readOnly title="项目名称在绩效目标表中修改" />
      </label>
      {fields.map((f) => (
        <label key={f.key}>
          <span className="label">{f.label}</span>
          <input aria-label={f.label} value={content[f.key]} onChange={(e) => change((c) => ({ ...c, [f.key]: e.target.value }), f.key)} />
        </label>
      ))}
    </div>
  );
}

function ProjectBudget({ content, scores }: { content: EvaluationContent; scores: EvaluationScores }) {
  const change = useEvaluation((s) => s.change);
  const transfer = content.variant === '转移支付';
  const columns: BudgetColumn[] = [
    ...(transfer ? [] : [{ field: 'initialBudget' as const, label: '年初预算数' }]),
    { field: 'fullYearBudget', label: transfer ? '全年预算数（A）' : '全年预算数' },
    { field: 'executed', label: transfer ? '全年执行数（B）' : '全年执行数' },
  ];
  return (
    <BudgetTable
      caption={transfer ? '资金投入情况（万元）' : '项目资金（万元）'}
      lines={BUDGET_LINES[content.variant]}
      columns={columns}
      content={content}
      scores={scores}
      place={(line, field) => targetAttribute({ kind: 'budget', line, field })!}
      change={change}
    />
  );
}

function FundManagement({ content }: { content: EvaluationContent }) {
  const change = useEvaluation((s) => s.change);
  const set = (index: number, field: 'explanation' | 'problems', value: string) =>
    change((c) => ({ ...c, fundManagement: c.fundManagement.map((r, i) => (i === index ? { ...r, [field]: value } : r)) }), `fundManagement:${index}:${field}`);
  return (
    <table className="evaluation-table management">
      <caption>资金管理情况</caption>
      <thead>
        <tr>
          <th />
          <th>情况说明</th>
          <th>存在问题和改进措施</th>
        </tr>
      </thead>
      <tbody>
        {content.fundManagement.map((row, i) => (
          <tr key={row.item}>
            <th scope="row">{row.item}</th>
            <td>
              <input aria-label={`${row.item}情况说明`} value={row.explanation} onChange={(e) => set(i, 'explanation', e.target.value)} />
            </td>
            <td>
              <input aria-label={`${row.item}存在问题和改进措施`} value={row.problems} onChange={(e) => set(i, 'problems', e.target.value)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Goals({ content }: { content: EvaluationContent }) {
  const change = useEvaluation((s) => s.change);
  const transfer = content.variant === '转移支付';
  return (
    <EvaluationGoals content={content} planned={transfer ? '总体目标' : '预期目标'} actual={transfer ? '全年实际完成情况' : '实际完成情况'} change={change} />
  );
}

export function EvaluationEditor({ departmentFile, project, profile, heading }: FormEditorProps) {
  const { content, error, opened } = useProjectDocument<EvaluationContent>(useEvaluation, departmentFile, project);
  const change = useEvaluation((s) => s.change);
  const scores = useMemo(() => content && scoreEvaluation(content, { aboveTargetPercent: profile.thresholds.aboveTargetShare }), [content, profile]);

  if (!opened || !content || !scores) {
    return (
      <DocumentPending heading={heading} opened={opened} opening="正在打开自评表…" error={error}>
        <GeneratePanel profile={profile} />
      </DocumentPending>
    );
  }
  return (
    <>
      <div className="editor-form evaluation" key={project.id}>
        {heading}
        <div className="form-title">
          <h1>{TITLES[content.variant]}</h1>
          <div className="subtitle">
            <span>（{project.year}年度）</span>
          </div>
        </div>
        <DocumentToolbar useDocument={useEvaluation}>
          <span className="total-score" data-grade={scores.grade}>
            总分 <strong>{toNumber(scores.total, 2)}</strong>（{scores.grade}）
          </span>
        </DocumentToolbar>
        <HeaderFields content={content} projectName={project.name} />
        <ProjectBudget content={content} scores={scores} />
        {content.variant === '转移支付' && <FundManagement content={content} />}
        <Goals content={content} />
        <EvaluationIndicators content={content} scores={scores} framework={profile.framework} />
        {content.variant === '转移支付' && (
          <label className="goal">
            <span className="label">说明</span>
            <textarea
              aria-label="说明"
              rows={2}
              value={content.remarks}
              onChange={(e) => change((c) => ({ ...c, remarks: e.target.value }), 'remarks')}
              placeholder="中央巡视、各级审计和财政监督中发现的问题及其所涉及的金额，如没有请填无"
            />
          </label>
        )}
      </div>
      <EvaluationChecks project={project} content={content} profile={profile} />
    </>
  );
}
