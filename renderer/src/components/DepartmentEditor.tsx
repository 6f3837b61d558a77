/** The right pane while the year's 部门整体 tables are open: their tabs, and the one chosen. */
import { useRef } from 'react';
import { useDepartmentEvaluation, useDepartmentTable } from '../stores/departmentTables';
import { useDepartmentView } from '../stores/departmentView';
import { useProjects } from '../stores/projects';
import { useWorkspace } from '../stores/workspace';
import { DepartmentEvaluationEditor } from './DepartmentEvaluationEditor';
import { DepartmentTabs } from './DepartmentDocument';
import { DepartmentTableEditor } from './DepartmentTableEditor';
import { useUndoKeys } from './DocumentToolbar';

export function DepartmentEditor() {
  const department = useWorkspace((s) => s.department);
  const year = useProjects((s) => s.year);
  const profile = useProjects((s) => s.profile);
  const tab = useDepartmentView((s) => s.tab);
  const section = useRef<HTMLElement>(null);
  const evaluation = tab === '部门整体支出绩效自评表';
  useUndoKeys(section, evaluation ? useDepartmentEvaluation.getState() : useDepartmentTable.getState());

  if (!department || !profile) return <section className="editor empty">正在打开…</section>;
  const props = { departmentFile: department.file, departmentName: department.name, layoutId: department.layout, year, profile, heading: <DepartmentTabs /> };
  return (
    <section className="editor" ref={section}>
      {evaluation ? <DepartmentEvaluationEditor {...props} /> : <DepartmentTableEditor {...props} />}
    </section>
  );
}
