/**
 * 从上年结转: last year's projects, one-year projects unticked, into the year on screen; a name with
 * the year in it is offered with the year moved on (`2023年…` → `2024年…`), ticked per project.
 */
import { useEffect, useState } from 'react';
import { carriedName, isOneYearProject } from '../../../shared/carry';
import type { ProjectSummary } from '../../../shared/project';
import { api, errorMessage } from '../api/client';
import { useProjects } from '../stores/projects';
import { Dialog, TickList, useTicks } from './Dialog';
import { Notice, useNotice } from './Notice';

export function CarryDialog({ onClose }: { onClose: () => void }) {
  const departmentFile = useProjects((s) => s.departmentFile)!;
  const year = useProjects((s) => s.year);
  const refresh = useProjects((s) => s.refresh);
  const from = year - 1;
  const [source, setSource] = useState<ProjectSummary[] | null>(null);
  const { ticked, toggle, setTicked } = useTicks<number>();
  const renames = useTicks<number>();
  const { notice, setNotice, report } = useNotice();

  useEffect(() => {
    void (async () => {
      try {
        const list = await api.listProjects({ departmentFile, year: from });
        setSource(list);
        // One-year projects end with their year: left out unless ticked.
        setTicked(list.filter((p) => !isOneYearProject(p.attribute)).map((p) => p.id));
        renames.setTicked(list.filter((p) => carriedName(p.name, from, year) !== null).map((p) => p.id));
      } catch (error) {
        setNotice({ text: errorMessage(error), error: true });
      }
    })();
    // The list depends on the department and the year only.
  }, [departmentFile, from]);

  const run = () =>
    report(async () => {
      const outcomes = await api.carryForward({ departmentFile, from, to: year, ids: [...ticked], renamed: [...renames.ticked], includeOneYear: false });
      await refresh();
      const skipped = outcomes.filter((o) => o.action === 'skipped');
      return `已结转 ${outcomes.length - skipped.length} 个项目；金额、目标和指标待逐项核对。${skipped.map((s) => `跳过“${s.name}”：${s.reason}`).join('；')}`;
    });

  return (
    <Dialog
      label="从上年结转"
      title={`从 ${from} 年度结转到 ${year} 年度`}
      onClose={onClose}
      actions={
        <button type="button" disabled={ticked.size === 0} onClick={() => void run()}>
          结转所选 {ticked.size} 个项目
        </button>
      }
    >
      {source && source.length === 0 && <p className="muted">{from} 年度没有项目。</p>}
      <TickList
        items={source ?? []}
        ticked={ticked}
        toggle={toggle}
        note={(id) => {
          const project = source?.find((p) => p.id === id);
          const renamed = project && carriedName(project.name, from, year);
          return (
            <>
              {isOneYearProject(project?.attribute ?? '') && <span className="muted">（一年期）</span>}
              {renamed && (
                <label className="carry-rename">
                  <input type="checkbox" checked={renames.ticked.has(id)} onChange={() => renames.toggle(id)} aria-label={`改名为“${renamed}”`} />
                  改名为“{renamed}”
                </label>
              )}
            </>
          );
        }}
      />
      <Notice notice={notice} />
    </Dialog>
  );
}
