/**
 * The row above the project list that opens the year's 部门整体 tables, saying at a glance whether
 * each has been made and how far it is (草稿 / 已完成).
 */
import { useEffect, useState } from 'react';
import type { DepartmentStatus } from '../../../shared/department/content';
import { api } from '../api/client';
import type { DocumentState } from '../stores/documentStore';
import { useDepartmentEvaluation, useDepartmentTable, type YearSubject } from '../stores/departmentTables';
import { useDepartmentView } from '../stores/departmentView';
import { usePick } from '../stores/pick';
import { useProjects } from '../stores/projects';

type Standing = DepartmentStatus | '未编制';
const standingOf = (content: { status: DepartmentStatus } | null): Standing => content?.status ?? '未编制';

/** The standing of the year's table as its editor holds it (as edited, before it is saved); undefined where the editor holds another year's or none. */
const heldStanding =
  (departmentFile: string | null, year: number) =>
  (s: Pick<DocumentState<{ status: DepartmentStatus }, YearSubject>, 'loaded' | 'subject' | 'content'>): Standing | undefined =>
    s.loaded && s.subject?.departmentFile === departmentFile && s.subject.year === year ? standingOf(s.content) : undefined;

export function DepartmentEntry() {
  const { departmentFile, year, selectedId, select } = usePick(useProjects, 'departmentFile', 'year', 'selectedId', 'select');
  const { shown, show } = usePick(useDepartmentView, 'shown', 'show');
  const heldTable = useDepartmentTable(heldStanding(departmentFile, year));
  const heldEvaluation = useDepartmentEvaluation(heldStanding(departmentFile, year));
  const [stored, setStored] = useState<{ table: Standing; evaluation: Standing } | null>(null);
  useEffect(() => {
    setStored(null);
    if (!departmentFile) return;
    let current = true;
    Promise.all([api.getDepartmentTable({ departmentFile, year }), api.getDepartmentEvaluation({ departmentFile, year })]).then(
      ([table, evaluation]) => current && setStored({ table: standingOf(table.content), evaluation: standingOf(evaluation.content) }),
      () => current && setStored(null),
    );
    return () => {
      current = false;
    };
  }, [departmentFile, year]);
  const table = heldTable ?? stored?.table;
  const evaluation = heldEvaluation ?? stored?.evaluation;
  const open = shown && selectedId === null;
  return (
    <button
      type="button"
      className={`department-entry ${open ? 'selected' : ''}`}
      aria-pressed={open}
      onClick={() => {
        select(null);
        show();
      }}
    >
      <strong>部门整体</strong>
      <span className="muted">{year}年</span>
      {table && <span className={table === '未编制' ? 'standing missing' : 'standing'}>目标表：{table}</span>}
      {evaluation && <span className={evaluation === '未编制' ? 'standing missing' : 'standing'}>自评表：{evaluation}</span>}
    </button>
  );
}
