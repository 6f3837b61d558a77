import { useEffect, useState } from 'react';
import { useEditor } from '../stores/editor';
import { useEvaluation } from '../stores/evaluation';
import { useProjects } from '../stores/projects';
import { commitAll, holdsUncommitted } from '../stores/uncommitted';
import { useWorkspace } from '../stores/workspace';
import { ErrorBoundary } from './ErrorBoundary';
import { ProjectEditor } from './ProjectEditor';
import { ProjectList } from './ProjectList';
import { WorkspacePanel } from './WorkspacePanel';
import { YearSwitcher } from './YearSwitcher';

export function App() {
  const info = useWorkspace((s) => s.info);
  const department = useWorkspace((s) => s.department);
  const selectDepartment = useWorkspace((s) => s.selectDepartment);
  const load = useWorkspace((s) => s.load);
  const openDepartment = useProjects((s) => s.open);
  const selectedId = useProjects((s) => s.selectedId);
  const [managing, setManaging] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    void openDepartment(department);
  }, [department, openDepartment]);

  useEffect(() => {
    // The page may be going away (tab or window closed, reload, another tab brought up): the open
    // cell goes into the document and what waits is sent now (the save starts before anything is
    // awaited, and is sent with keepalive: see client.ts).
    const saveNow = () => {
      commitAll();
      void useEditor.getState().flush();
      void useEvaluation.getState().flush();
    };
    const warn = (event: BeforeUnloadEvent) => {
      const unsaved = holdsUncommitted() || useEditor.getState().saveState !== 'saved' || useEvaluation.getState().saveState !== 'saved';
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
        <button type="button" onClick={() => setManaging(!showWorkspace)} disabled={!department}>
          {showWorkspace ? '返回填报' : '单位与工作文件夹'}
        </button>
      </header>
      {showWorkspace ? (
        <ErrorBoundary what="单位与工作文件夹">
          <WorkspacePanel onOpened={() => setManaging(false)} />
        </ErrorBoundary>
      ) : (
        <main className="workbench">
          <ErrorBoundary what="项目列表">
            <ProjectList />
          </ErrorBoundary>
          <ErrorBoundary resetKey={selectedId} what="项目编辑区">
            <ProjectEditor />
          </ErrorBoundary>
        </main>
      )}
    </div>
  );
}
