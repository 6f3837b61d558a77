/**
 * The 执行监控表 of the project being edited: prepared from its targets for 1–N月 with one click,
 * then filled in as the central form runs — funds executed and forecast, the goal's progress, each
 * indicator's progress, reasons and 完成目标可能性 — with the lights and the checks beside it.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import {
  CAUSES,
  emptyMonitoringFigures,
  FUND_LINES,
  LIKELIHOODS,
  monthsLabel,
  type Cause,
  type FundLineKey,
  type Likelihood,
  type MonitoringContent,
  type MonitoringFigures,
  type MonitoringIndicator,
} from '../../../shared/monitoring/content';
import { monitoringRate, type Light } from '../../../shared/monitoring/lights';
import { LightDot } from './LightDot';
import { lightsOf, reviewMonitoring } from '../../../shared/monitoring/review';
import { monitoringThresholds, type RuleProfile } from '../../../shared/profiles/profile';
import { percentText } from '../../../shared/scoring/execution';
import { useMonitoring } from '../stores/monitoring';
import { useProjects } from '../stores/projects';
import { DocumentToolbar } from './DocumentToolbar';
import { DocumentPending, useProjectDocument, type FormEditorProps } from './ProjectDocument';
import { FindingsPanel } from './FindingsPanel';
import { MoneyField } from './MoneyField';
import { RateCell } from './RateCell';
import { targetAttribute } from './places';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
/** Of the indicator table, in percent: 二级, 三级, 年度指标值, 执行数, 预计完成值, the five ticks, 原因说明, 可能性, 备注, 灯. */
const COLUMN_WIDTHS = [6, 11, 8, 9, 8, 4, 4, 4, 4, 4, 13, 12, 7, 6];

/** N of 1–N月 for the year: what its projects were prepared for, else the department's rules' month. */
function useYearMonth(profile: RuleProfile): [number, (month: number) => void] {
  const prepared = useProjects((s) => s.list.find((p) => p.monitoring)?.monitoring?.month);
  const [month, setMonth] = useState(prepared ?? monitoringThresholds(profile).month);
  return [month, setMonth];
}

function MonthSelect({ month, onMonth }: { month: number; onMonth: (month: number) => void }) {
  return (
    <label>
      截至
      <select aria-label="监控月份" value={month} onChange={(e) => onMonth(Number(e.target.value))}>
        {MONTHS.map((m) => (
          <option key={m} value={m}>
            {monthsLabel(m)}
          </option>
        ))}
      </select>
    </label>
  );
}

function GeneratePanel({ profile, prepared }: { profile: RuleProfile; prepared: boolean }) {
  const generate = useMonitoring((s) => s.generate);
  const [month, setMonth] = useYearMonth(profile);
  return (
    <div className="generate-panel">
      {!prepared && <p>这个项目还没有执行监控表。生成后，年度指标值、年度总体目标和年初预算数从绩效目标表带入；已填写的执行情况在重新生成时保留。</p>}
      <MonthSelect month={month} onMonth={setMonth} />
      <button type="button" onClick={() => void generate(month, 'project')}>
        {prepared ? '重新生成' : '生成监控表'}
      </button>
      <button type="button" onClick={() => void generate(month, 'year')} title="已有执行监控表的项目保留已填写的内容，月份改为所选">
        为本年度所有项目生成
      </button>
    </div>
  );
}

function Funds({ content }: { content: MonitoringContent }) {
  const change = useMonitoring((s) => s.change);
  const months = monthsLabel(content.month);
  const place = (line: FundLineKey, field: keyof MonitoringFigures) => targetAttribute({ kind: 'monitoringFund', line, field })!;
  const set = (key: FundLineKey, field: keyof MonitoringFigures, fen: number | null) =>
    change((c) => ({ ...c, funds: { ...c.funds, [key]: { ...(c.funds[key] ?? emptyMonitoringFigures()), [field]: fen } } }), place(key, field));
  const columns: { field: keyof MonitoringFigures; label: string }[] = [
    { field: 'initialBudget', label: '年初预算数' },
    { field: 'executed', label: `${months}执行数` },
    { field: 'forecast', label: '全年预计执行数' },
  ];
  const money = (key: FundLineKey, label: string, c: (typeof columns)[number]) => (
    <td key={c.field}>
      <MoneyField
        label={`${label}${c.label}`}
        fen={content.funds[key]?.[c.field] ?? null}
        target={place(key, c.field)}
        onChange={(fen) => set(key, c.field, fen)}
      />
    </td>
  );
  return (
    <table className="evaluation-table budget">
      <caption>项目资金（万元）</caption>
      <thead>
        <tr>
          <th />
          <th>年初预算数</th>
          <th>{months}执行数</th>
          <th>{months}执行率</th>
          <th>全年预计执行数</th>
        </tr>
      </thead>
      <tbody>
        {FUND_LINES.map(({ key, label }) => {
          const line = content.funds[key];
          const rate = monitoringRate({ initialBudget: line?.initialBudget ?? null, executed: line?.executed ?? null });
          return (
            <tr key={key}>
              <th scope="row">{label}</th>
              {money(key, label, columns[0]!)}
              {money(key, label, columns[1]!)}
              <RateCell line={key} rate={rate} />
              {money(key, label, columns[2]!)}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Indicators({ content, lights }: { content: MonitoringContent; lights: Light[] }) {
  const change = useMonitoring((s) => s.change);
  const months = monthsLabel(content.month);
  const at = (index: number, field: 'progress' | 'forecast' | 'causes' | 'explanation' | 'likelihood') =>
    targetAttribute({ kind: 'monitoringIndicator', index, field })!;
  const set = (index: number, patch: Partial<MonitoringIndicator>, coalesce: string) =>
    change((c) => ({ ...c, indicators: c.indicators.map((i, n) => (n === index ? { ...i, ...patch } : i)) }), coalesce);
  const textCell = (index: number, field: 'progress' | 'forecast' | 'explanation', label: string) => (
    <td>
      <input
        aria-label={label}
        data-target={at(index, field)}
        value={content.indicators[index]![field]}
        onChange={(e) => set(index, { [field]: e.target.value }, at(index, field))}
      />
    </td>
  );
  const toggle = (causes: Cause[], cause: Cause) => CAUSES.filter((c) => (c === cause ? !causes.includes(c) : causes.includes(c)));
  return (
    <section className="evaluation-indicators">
      <table className="evaluation-table monitoring">
        <caption>绩效指标</caption>
        <colgroup>
          {COLUMN_WIDTHS.map((width, i) => (
            <col key={i} style={{ width: `${width}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th rowSpan={2}>二级指标</th>
            <th rowSpan={2}>三级指标</th>
            <th rowSpan={2}>年度指标值</th>
            <th rowSpan={2}>{months}执行数</th>
            <th rowSpan={2}>全年预计完成值</th>
            <th colSpan={CAUSES.length + 1}>偏差原因分析</th>
            <th rowSpan={2}>完成目标可能性</th>
            <th rowSpan={2}>备注</th>
            <th rowSpan={2}>灯</th>
          </tr>
          <tr>
            {CAUSES.map((c) => (
              <th key={c} className="cause">
                {c}
              </th>
            ))}
            <th>原因说明</th>
          </tr>
        </thead>
        <tbody>
          {content.indicators.map((indicator, index) => {
            const name = `「${indicator.name}」`;
            return (
              <tr key={index}>
                <td className="level">{indicator.level2}</td>
                <td>{indicator.name}</td>
                <td>{indicator.target}</td>
                {textCell(index, 'progress', `${name}${months}执行数`)}
                {textCell(index, 'forecast', `${name}全年预计完成值`)}
                {CAUSES.map((cause, n) => (
                  <td key={cause} className="cause">
                    <input
                      type="checkbox"
                      aria-label={`${name}${cause}`}
                      {...(n === 0 ? { 'data-target': at(index, 'causes') } : {})}
                      checked={indicator.causes.includes(cause)}
                      onChange={() => set(index, { causes: toggle(indicator.causes, cause) }, at(index, 'causes'))}
                    />
                  </td>
                ))}
                {textCell(index, 'explanation', `${name}原因说明`)}
                <td>
                  <select
                    aria-label={`${name}完成目标可能性`}
                    data-target={at(index, 'likelihood')}
                    value={indicator.likelihood}
                    onChange={(e) => set(index, { likelihood: e.target.value as Likelihood | '' }, at(index, 'likelihood'))}
                  >
                    <option value="">（请选择）</option>
                    {LIKELIHOODS.map((l) => (
                      <option key={l}>{l}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <input aria-label={`${name}备注`} value={indicator.remarks} onChange={(e) => set(index, { remarks: e.target.value }, `remarks:${index}`)} />
                </td>
                <td className="computed">
                  <LightDot light={lights[index]!} label={indicator.name} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function MonitoringEditor({ departmentFile, project, profile, heading }: FormEditorProps) {
  const { content, error, opened } = useProjectDocument<MonitoringContent>(useMonitoring, departmentFile, project);
  const change = useMonitoring((s) => s.change);
  const lights = useMemo(() => content && lightsOf(project.name, project.year, content, profile), [content, project.name, project.year, profile]);
  const deferred = useDeferredValue(content);
  const findings = useMemo(
    () => (deferred ? reviewMonitoring(project.name, project.year, deferred, profile) : []),
    [deferred, project.name, project.year, profile],
  );

  if (!opened || !content || !lights) {
    return (
      <DocumentPending heading={heading} opened={opened} opening="正在打开执行监控表…" error={error}>
        <GeneratePanel profile={profile} prepared={false} />
      </DocumentPending>
    );
  }
  const months = monthsLabel(content.month);
  const text = (label: string, field: 'department' | 'implementingUnit') => (
    <label>
      <span className="label">{label}</span>
      <input aria-label={label} value={content[field]} onChange={(e) => change((c) => ({ ...c, [field]: e.target.value }), field)} />
    </label>
  );
  const goal = (label: string, field: 'overallGoal' | 'goalProgress') => (
    <label className="goal">
      <span className="label">{label}</span>
      <textarea aria-label={label} rows={3} value={content[field]} onChange={(e) => change((c) => ({ ...c, [field]: e.target.value }), field)} />
    </label>
  );
  return (
    <>
      <div className="editor-form evaluation monitoring" key={project.id}>
        {heading}
        <div className="form-title">
          <h1>项目支出绩效目标执行监控表</h1>
          <div className="subtitle">
            <span>（{project.year}年度）</span>
            <span>{months}</span>
          </div>
        </div>
        <DocumentToolbar useDocument={useMonitoring}>
          <span className="project-light">
            <LightDot light={lights.project} label="项目" />
            执行率 <strong>{lights.rate.ok ? percentText(lights.rate.value) : '—'}</strong>（应达 {percentText(lights.expected)}），红灯指标 {lights.red} 个
          </span>
        </DocumentToolbar>
        <GeneratePanel profile={profile} prepared />
        <div className="header-fields">
          <label className="wide">
            <span className="label">项目名称</span>
            <input aria-label="项目名称" value={project.name} readOnly title="项目名称在绩效目标表中修改" />
          </label>
          {text('主管部门及代码', 'department')}
          {text('实施单位', 'implementingUnit')}
        </div>
        <Funds content={content} />
        <div className="goals">
          {goal('年度总体目标', 'overallGoal')}
          {goal(`${months}完成情况`, 'goalProgress')}
        </div>
        <Indicators content={content} lights={lights.indicators} />
      </div>
      <FindingsPanel title="监控表审核" findings={findings} />
    </>
  );
}
