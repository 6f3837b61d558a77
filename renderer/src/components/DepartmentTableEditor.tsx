/**
 * The year's 部门整体支出绩效目标表: drafted from the year's projects with one click (生成部门整体目标表),
 * or filled in from a blank one, as the form runs — name, the blocks the region prints, 基本信息,
 * 预算整体情况, 总体绩效目标, 年度重点工作任务, 其他需完成的任务, 绩效指标 — with the checks beside it.
 */
import { useState, type ReactNode } from 'react';
import { DEPARTMENT_STATUSES, type DepartmentStatus, type DepartmentTableContent } from '../../../shared/department/content';
import { emptyDepartmentTable } from '../../../shared/department/draft';
import { applyDepartmentFix } from '../../../shared/department/review';
import { DEPARTMENT_BLOCK_IDS, DEPARTMENT_LABELS, FUND_GROUPS, type DepartmentBlockId } from '../../../shared/department/layout';
import { sortIndicators } from '../../../shared/indicatorGrid';
import type { LayoutId } from '../../../shared/layouts';
import type { RuleProfile } from '../../../shared/profiles/profile';
import { useDepartmentTable } from '../stores/departmentTables';
import { usePick } from '../stores/pick';
import { ConfirmDialog } from './ConfirmDialog';
import { DepartmentExport } from './DepartmentExport';
import { DepartmentFunds } from './DepartmentFunds';
import { DepartmentTasks } from './DepartmentTasks';
import { DocumentToolbar } from './DocumentToolbar';
import { DocumentPending } from './ProjectDocument';
import { DraftedBanner } from './DraftedBanner';
import { FindingsPanel } from './FindingsPanel';
import { IndicatorGrid, type FocusRequest, type IndicatorSource } from './IndicatorGrid';
import { IndicatorPicker } from './IndicatorPicker';
import { useYearDocument } from './DepartmentDocument';

export interface DepartmentEditorProps {
  departmentFile: string;
  departmentName: string;
  layoutId: LayoutId;
  year: number;
  profile: RuleProfile;
  heading: ReactNode;
}

const BLOCK_NAMES: Record<DepartmentBlockId, string> = {
  basicInfo: DEPARTMENT_LABELS.basicInfo.label,
  development: FUND_GROUPS.find((g) => g.block === 'development')!.label,
  level: FUND_GROUPS.find((g) => g.block === 'level')!.label,
};

const TABLE_INDICATORS: IndicatorSource = {
  edit: (change) => useDepartmentTable.getState().change((c) => ({ ...c, indicators: change(c.indicators) })),
  current: () => useDepartmentTable.getState().content?.indicators,
};

/** 生成部门整体目标表; where the clerk has entered a table, only after asking. */
function DraftButton({ exists }: { exists: boolean }) {
  const draft = useDepartmentTable((s) => s.draft);
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button
        type="button"
        className="primary"
        onClick={() => (exists ? setAsking(true) : void draft())}
        title="项目支出、重点工作任务和绩效指标从本年度项目带入"
      >
        生成部门整体目标表
      </button>
      {asking && (
        <ConfirmDialog
          message="重新生成会按本年度项目重新计算项目支出，并替换尚未确认的重点工作任务和绩效指标；已确认的和其他已填写的内容保留。生成前自动备份。仍要生成吗？"
          confirmLabel="重新生成"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void draft();
          }}
        />
      )}
    </>
  );
}

function HeaderFields({ content }: { content: DepartmentTableContent }) {
  const change = useDepartmentTable((s) => s.change);
  const toggle = (block: DepartmentBlockId) =>
    change((c) => ({ ...c, blocks: DEPARTMENT_BLOCK_IDS.filter((b) => (b === block ? !c.blocks.includes(b) : c.blocks.includes(b))) }));
  const count = (field: 'staff' | 'subunits') => (
    <label>
      <span className="label">{DEPARTMENT_LABELS[field].label}</span>
      <input
        aria-label={DEPARTMENT_LABELS[field].label}
        inputMode="numeric"
        data-target={`department-field:${field}`}
        value={content[field] ?? ''}
        onChange={(e) => {
          const digits = e.target.value.replace(/\D/g, '');
          change((c) => ({ ...c, [field]: digits === '' ? null : Number(digits) }), field);
        }}
      />
    </label>
  );
  return (
    <>
      <div className="header-fields">
        <label className="wide">
          <span className="label">{DEPARTMENT_LABELS.departmentName.label}</span>
          <input
            aria-label={DEPARTMENT_LABELS.departmentName.label}
            data-target="department-field:departmentName"
            value={content.departmentName}
            onChange={(e) => change((c) => ({ ...c, departmentName: e.target.value }), 'departmentName')}
          />
        </label>
        {content.blocks.includes('basicInfo') && count('staff')}
        {content.blocks.includes('basicInfo') && count('subunits')}
      </div>
      <fieldset className="block-switches">
        <legend>本地区表样包含</legend>
        {DEPARTMENT_BLOCK_IDS.map((block) => (
          <label key={block}>
            <input type="checkbox" checked={content.blocks.includes(block)} onChange={() => toggle(block)} />
            {BLOCK_NAMES[block]}
          </label>
        ))}
      </fieldset>
    </>
  );
}

function TextBlock({ content, field, rows }: { content: DepartmentTableContent; field: 'overallGoal' | 'otherTasks'; rows: number }) {
  const change = useDepartmentTable((s) => s.change);
  const { label } = DEPARTMENT_LABELS[field];
  return (
    <label className="goal">
      <span className="label">{label}</span>
      <textarea
        aria-label={label}
        data-target={`department-field:${field}`}
        rows={rows}
        value={content[field]}
        placeholder={field === 'overallGoal' ? '目标1：…\n目标2：…' : ''}
        onChange={(e) => change((c) => ({ ...c, [field]: e.target.value }), field)}
      />
    </label>
  );
}

/** 状态 of a 部门整体 table: 草稿 until the clerk marks it 已完成. */
export function StatusField({ status, onChange }: { status: DepartmentStatus; onChange: (status: DepartmentStatus) => void }) {
  return (
    <label>
      状态
      <select aria-label="状态" value={status} onChange={(e) => onChange(e.target.value as DepartmentStatus)}>
        {DEPARTMENT_STATUSES.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
    </label>
  );
}

export function DepartmentTableEditor({ departmentFile, departmentName, layoutId, year, profile, heading }: DepartmentEditorProps) {
  const { content, error, opened } = useYearDocument<DepartmentTableContent>(useDepartmentTable, departmentFile, year);
  const { change, start, findings } = usePick(useDepartmentTable, 'change', 'start', 'findings');
  const [picking, setPicking] = useState(false);
  // A finding of an indicator or a 二级 asks the grid to go there.
  const [focus, setFocus] = useState<FocusRequest | null>(null);

  if (!opened || !content) {
    return (
      <DocumentPending heading={heading} opened={opened} opening="正在打开部门整体支出绩效目标表…" error={error}>
        <div className="generate-panel">
          <p>
            {year}
            年还没有部门整体支出绩效目标表。生成时，项目支出按本年度各项目资金合计，较大的项目列为重点工作任务，并带入各项目的数量、质量、满意度指标，核对后逐项确认。
          </p>
          <DraftButton exists={false} />
          <button type="button" onClick={() => void start(emptyDepartmentTable(departmentName))}>
            填写空白表
          </button>
        </div>
      </DocumentPending>
    );
  }
  return (
    <>
      <div className="editor-form department" key={year}>
        {heading}
        <div className="form-title">
          <h1>{DEPARTMENT_LABELS.title.label}</h1>
          <div className="subtitle">
            <span>（{year}年度）</span>
            <span>单位：万元</span>
          </div>
        </div>
        <DocumentToolbar useDocument={useDepartmentTable} copyable={false}>
          <StatusField status={content.status} onChange={(status) => change((c) => ({ ...c, status }))} />
        </DocumentToolbar>
        <div className="form-actions">
          <DraftButton exists />
          <DepartmentExport departmentFile={departmentFile} year={year} form="department" flush={() => useDepartmentTable.getState().flush()} />
        </div>
        <DraftedBanner drafted={content.drafted} />
        <HeaderFields content={content} />
        <DepartmentFunds content={content} />
        <TextBlock content={content} field="overallGoal" rows={4} />
        <DepartmentTasks content={content} />
        <TextBlock content={content} field="otherTasks" rows={2} />
        <div className={content.drafted.includes('indicators') ? 'pending-review' : ''}>
          <div className="grid-heading">
            <h2>{DEPARTMENT_LABELS.indicators.label}</h2>
            <button type="button" onClick={() => setPicking(true)}>
              从项目核心指标中选取…
            </button>
          </div>
          <IndicatorGrid
            key={`grid-${year}`}
            layoutId={layoutId}
            framework={profile.framework}
            indicators={content.indicators}
            notApplicable={content.notApplicable}
            source={TABLE_INDICATORS}
            focus={focus}
          />
        </div>
        {picking && (
          <IndicatorPicker
            departmentFile={departmentFile}
            year={year}
            present={content.indicators}
            onClose={() => setPicking(false)}
            onAdd={(picked) => {
              setPicking(false);
              change((c) => ({ ...c, indicators: sortIndicators([...c.indicators, ...picked], profile.framework) }));
            }}
          />
        )}
      </div>
      <FindingsPanel
        title="部门整体审核"
        findings={findings}
        fix={(fix) => change((c) => applyDepartmentFix(c, fix))}
        showPlace={(target) => setFocus({ target, seq: (focus?.seq ?? 0) + 1 })}
      />
    </>
  );
}
