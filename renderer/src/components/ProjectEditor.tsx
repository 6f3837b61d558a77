import { useEffect, useRef, useState } from 'react';
import { LAYOUTS } from '../../../shared/layouts';
import { countFindings } from '../../../shared/checker';
import { PROJECT_STATUSES, type ProjectStatus } from '../../../shared/project';
import { reviewProject } from '../../../shared/review';
import { isReadOnly, useEditor } from '../stores/editor';
import { useEvaluation } from '../stores/evaluation';
import { useProjects } from '../stores/projects';
import { useWorkspace } from '../stores/workspace';
import { useOpenElsewhere } from '../hooks/useOpenElsewhere';
import { CarriedBanner } from './CarriedBanner';
import { ChecksPanel } from './ChecksPanel';
import { ConfirmDialog } from './ConfirmDialog';
import { DocumentToolbar, useUndoKeys } from './DocumentToolbar';
import { HeaderBlock } from './HeaderBlock';
import { IndicatorGrid } from './IndicatorGrid';
import { OtherInfoBlock } from './OtherInfoBlock';
import { EvaluationEditor } from './EvaluationEditor';
import { MonitoringEditor } from './MonitoringEditor';
import { useMonitoring } from '../stores/monitoring';
import { usePick } from '../stores/pick';

/** In the order of the year: targets before it, monitoring in it, self-evaluation after it. */
const TABS = ['绩效目标表', '执行监控表', '绩效自评表'] as const;
type Tab = (typeof TABS)[number];

/** Which of a project's tables is shown; the choice stays while the clerk goes from project to project. */
function Tabs({ tab, onTab }: { tab: Tab; onTab: (tab: Tab) => void }) {
  return (
    <div className="form-tabs" role="tablist">
      {TABS.map((t) => (
        <button key={t} type="button" role="tab" aria-selected={t === tab} className={t === tab ? 'active' : ''} onClick={() => onTab(t)}>
          {t}
        </button>
      ))}
    </div>
  );
}

export function ProjectEditor() {
  const department = useWorkspace((s) => s.department);
  const selectedId = useProjects((s) => s.selectedId);
  const profile = useProjects((s) => s.profile);
  const { content, project, error } = usePick(useEditor, 'content', 'project', 'error');
  const { open, close, change } = useEditor.getState();
  const [tab, setTab] = useState<Tab>('绩效目标表');
  // 已完成 asked for while the project still has 错误: the number, until the clerk answers.
  const [completing, setCompleting] = useState<number | null>(null);
  const elsewhere = useOpenElsewhere(department?.file ?? null, selectedId);
  const section = useRef<HTMLElement>(null);
  useUndoKeys(section, tab === '绩效自评表' ? useEvaluation.getState() : tab === '执行监控表' ? useMonitoring.getState() : useEditor.getState());

  useEffect(() => {
    if (department && selectedId !== null) void open({ departmentFile: department.file, id: selectedId });
    else close();
  }, [department, selectedId, open, close]);

  if (!department || selectedId === null) {
    return <section className="editor empty">从左侧选择一个项目，或新建项目。</section>;
  }
  if (!content || !project || project.id !== selectedId || !profile) {
    return <section className="editor empty">{error ?? '正在打开…'}</section>;
  }

  const heading = (
    <>
      <Tabs tab={tab} onTab={setTab} />
      {elsewhere && (
        <p className="elsewhere-notice" role="status">
          这个项目已在另一个标签页中打开。两处都修改时，后保存的一处会被拒绝；请只在一个标签页中填写。
        </p>
      )}
    </>
  );

  if (tab === '执行监控表') {
    return (
      <section className="editor" ref={section}>
        <MonitoringEditor departmentFile={department.file} project={project} profile={profile} heading={heading} />
      </section>
    );
  }
  if (tab === '绩效自评表') {
    return (
      <section className="editor" ref={section}>
        <EvaluationEditor departmentFile={department.file} project={project} profile={profile} heading={heading} />
      </section>
    );
  }

  const layout = LAYOUTS[department.layout];
  const setStatus = (status: ProjectStatus) => change((c) => ({ ...c, status }));
  const chooseStatus = (status: ProjectStatus) => {
    const errors = status === '已完成' ? countFindings(reviewProject({ ...project, ...content }, layout, profile)).errors : 0;
    if (errors > 0) setCompleting(errors);
    else setStatus(status);
  };
  const readOnly = isReadOnly(content);
  return (
    <section className="editor" ref={section}>
      <div className="editor-form">
        {heading}
        <div className="form-title">
          <h1>{layout.title(project.year)}</h1>
          <div className="subtitle">
            <span>{layout.subtitle(project.year)}</span>
            <span>{layout.unitNote}</span>
          </div>
        </div>
        <DocumentToolbar useDocument={useEditor}>
          <label>
            状态
            <select aria-label="状态" value={content.status} onChange={(e) => chooseStatus(e.target.value as ProjectStatus)}>
              {PROJECT_STATUSES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        </DocumentToolbar>
        {readOnly && (
          <p className="read-only-bar" role="status">
            本项目已完成，只读。要修改，请先重新打开。
            <button type="button" onClick={() => setStatus('草稿')}>
              重新打开
            </button>
          </p>
        )}
        {completing !== null && (
          <ConfirmDialog
            message={`这个项目还有 ${completing} 个错误。标记为已完成后，项目只读，直到重新打开。仍要标记为已完成吗？`}
            confirmLabel="仍标记为已完成"
            onCancel={() => setCompleting(null)}
            onConfirm={() => {
              setCompleting(null);
              setStatus('已完成');
            }}
          />
        )}
        <CarriedBanner project={project} />
        {/* A 已完成 project's fields are disabled; its store takes no edit either (see isReadOnly). */}
        <fieldset className="form-fields" disabled={readOnly}>
          {/* Keyed by project, so that half-typed amounts and the grid's cursor do not carry over to another project. */}
          <HeaderBlock
            key={`header-${project.id}`}
            layoutId={layout.id}
            attributeOptions={profile.attributeOptions}
            content={content}
            pending={project.pendingReview}
          />
          <OtherInfoBlock otherInfo={content.otherInfo} />
          <div className={project.pendingReview.includes('indicators') ? 'pending-review' : ''}>
            <IndicatorGrid
              key={`grid-${project.id}`}
              layoutId={layout.id}
              framework={profile.framework}
              indicators={content.indicators}
              notApplicable={content.notApplicable}
            />
          </div>
        </fieldset>
      </div>
      <ChecksPanel content={content} layout={layout} profile={profile} year={project.year} acknowledgements={project.acknowledgements} readOnly={readOnly} />
    </section>
  );
}
