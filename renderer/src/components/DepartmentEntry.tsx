/**
 * The row above the project list that opens the year's 部门整体 tables, saying at a glance whether
 * each has been made and how far it is (草稿 / 已完成).
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useDepartmentEvaluation, useDepartmentTable } from '../stores/departmentTables';
import { useDepartmentView } from '../stores/departmentView';
import { usePick } from '../stores/pick';
import { useProjects } from '../stores/projects';

type Standing = { table: string; evaluation: string } | null;

export function DepartmentEntry() {
  const { departmentFile, year, selectedId, select } = usePick(useProjects, 'departmentFile', 'year', 'selectedId', 'select');
  const { shown, show } = usePick(useDepartmentView, 'shown', 'show');
  const tableSaved = useDepartmentTable((s) => s.savedAt);
  const evaluationSaved = useDepartmentEvaluation((s) => s.savedAt);
  const [standing, setStanding] = useState<Standing>(null);
  useEffect(() => {
    if (!departmentFile) return;
    let current = true;
    Promise.all([api.getDepartmentTable({ departmentFile, year }), api.getDepartmentEvaluation({ departmentFile, year })]).then(
      ([table, evaluation]) => current && setStanding({ table: table.content?.status ?? '未编制', evaluation: evaluation.content?.status ?? '未编制' }),
      () => current && setStanding(null),
    );
    return () => {
      current = false;
    };
  }, [departmentFile, year, tableSaved, evaluationSaved]);
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
      {standing && (
        <>
          <span className={standing.table === '未编制' ? 'standing missing' : 'standing'}>目标表：{standing.table}</span>
          <span className={standing.evaluation === '未编制' ? 'standing missing' : 'standing'}>自评表：{standing.evaluation}</span>
        </>
      )}
    </button>
  );
}
