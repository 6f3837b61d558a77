import { useEffect, useState } from 'react';
import { recall, remember } from '../stores/viewMemory';
import { useEditor } from '../stores/editor';
import { useEvaluation } from '../stores/evaluation';
import { useMonitoring } from '../stores/monitoring';
import { useDepartmentEvaluation, useDepartmentTable } from '../stores/departmentTables';
import { useDepartmentView } from '../stores/departmentView';
import { useProjects } from '../stores/projects';
import { commitAll, holdsUncommitted } from '../stores/uncommitted';
import { useWorkspace } from '../stores/workspace';
import { DepartmentEditor } from './DepartmentEditor';
import { ErrorBoundary } from './ErrorBoundary';
import { ProjectEditor } from './ProjectEditor';
import { FOLLOWING_WIDTH, PanelSplitter, clampWidth } from './PanelSplitter';
import { FIND_PROJECT_ID, ProjectList } from './ProjectList';
import { ShortcutsHelp } from './ShortcutsHelp';
import { WorkspacePanel } from './WorkspacePanel';
import { YearSwitcher } from './YearSwitcher';
import { usePick } from '../stores/pick';

/** The documents an editor may hold unsaved: Ctrl+S and leaving the page save them all. */
const DOCUMENT_STORES = [useEditor, useEvaluation, useMonitoring, useDepartmentTable, useDepartmentEvaluation];

export function App() {
  const { info, department, selectDepartment, load } = usePick(useWorkspace, 'info', 'department', 'selectDepartment', 'load');
  const openDepartment = useProjects((s) => s.open);
  const selectedId = useProjects((s) => s.selectedId);
  // The year's 部门整体 tables, until a project is chosen instead.
  const departmentShown = useDepartmentView((s) => s.shown) && selectedId === null;
  useEffect(() => {
    if (selectedId !== null) useDepartmentView.getState().hide();
  }, [selectedId]);
  const [managing, setManaging] = useState(false);
  const [help, setHelp] = useState(false);
  const [listWidth, setListWidth] = useState<number | null>(() => {
    const remembered = recall().listWidth;
    return remembered === undefined ? null : clampWidth(remembered);
  });
  const [listCollapsed, setListCollapsed] = useState(recall().listCollapsed ?? false);
  const collapseList = (collapsed: boolean) => {
    setListCollapsed(collapsed);
    remember({ listCollapsed: collapsed });
  };

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    useDepartmentView.getState().hide();
    void openDepartment(department);
  }, [department, openDepartment]);

  useEffect(() => {
    // The page may be going away (tab or window closed, reload, another tab brought up): the open
    // cell goes into the document and what waits is sent now (the save starts before anything is
    // awaited, and is sent with keepalive: see client.ts).
    const saveNow = () => {
      commitAll();
      for (const store of DOCUMENT_STORES) void store.getState().flush();
    };
    const warn = (event: BeforeUnloadEvent) => {
      const unsaved = holdsUncommitted() || DOCUMENT_STORES.some((store) => store.getState().saveState !== 'saved');
      saveNow();
      if (unsaved) event.preventDefault();
    };
    const hidden = () => document.visibilityState === 'hidden' && saveNow();
    window.addEventListener('beforeunload', warn);
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', warn);
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, []);

  useEffect(() => {
    // The program's own keys, wherever the focus is; Ctrl+S and Ctrl+F never reach the browser's Save and Find.
    const shortcut = (e: KeyboardEvent) => {
      const ctrl = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
      if (ctrl && key === 's') {
        commitAll();
        for (const store of DOCUMENT_STORES) void store.getState().flush();
      } else if (ctrl && key === 'f') {
        setListCollapsed(false);
        remember({ listCollapsed: false });
        requestAnimationFrame(() => document.getElementById(FIND_PROJECT_ID)?.focus());
      } else if (e.key === 'F1' || (e.key === '?' && !typing)) setHelp(true);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', shortcut);
    return () => window.removeEventListener('keydown', shortcut);
  }, []);

  const showWorkspace = managing || !department;
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">绩效填报助手</span>
        {info && info.departments.length > 0 && (
          <label>
            单位
            <select
              aria-label="单位"
              value={department?.file ?? ''}
              onChange={(e) => {
                selectDepartment(e.target.value || null);
                setManaging(false);
              }}
            >
              <option value="">（选择单位）</option>
              {info.departments.map((d) => (
                <option key={d.file} value={d.file}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {department && !showWorkspace && <YearSwitcher />}
        <span className="spacer" />
        <button type="button" className="quiet" onClick={() => setHelp(true)} title="快捷键（F1）">
          快捷键
        </button>
        <button type="button" onClick={() => setManaging(!showWorkspace)} disabled={!department}>
          {showWorkspace ? '返回填报' : '单位与工作文件夹'}
        </button>
      </header>
      {showWorkspace ? (
        <ErrorBoundary what="单位与工作文件夹">
          <WorkspacePanel onOpened={() => setManaging(false)} />
        </ErrorBoundary>
      ) : (
        <main
          className="workbench"
          style={{
            gridTemplateColumns: listCollapsed ? 'auto minmax(0, 1fr)' : `${listWidth === null ? FOLLOWING_WIDTH : `${listWidth}px`} auto minmax(0, 1fr)`,
          }}
        >
          {listCollapsed ? (
            <button type="button" className="list-strip" aria-label="展开项目列表" title="展开项目列表" onClick={() => collapseList(false)}>
              » 项目列表
            </button>
          ) : (
            <>
              <ErrorBoundary what="项目列表">
                <ProjectList onCollapse={() => collapseList(true)} />
              </ErrorBoundary>
              <PanelSplitter width={listWidth} onResize={setListWidth} onDone={(width) => remember({ listWidth: width })} />
            </>
          )}
          {departmentShown ? (
            <ErrorBoundary what="部门整体">
              <DepartmentEditor />
            </ErrorBoundary>
          ) : (
            <ErrorBoundary resetKey={selectedId} what="项目编辑区">
              <ProjectEditor />
            </ErrorBoundary>
          )}
        </main>
      )}
      {help && <ShortcutsHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
