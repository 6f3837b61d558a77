/** 从其他单位复制: projects of another department file of the workspace, into the year on screen. */
import { useEffect, useMemo, useState } from 'react';
import type { ProjectSummary } from '../../../shared/project';
import { api, errorMessage } from '../api/client';
import { useProjects } from '../stores/projects';
import { useWorkspace } from '../stores/workspace';
import { Dialog, TickList, useTicks } from './Dialog';
import { Notice, useNotice, YearOptions } from './Notice';

export function CopyDialog({ onClose }: { onClose: () => void }) {
  const departmentFile = useProjects((s) => s.departmentFile)!;
  const year = useProjects((s) => s.year);
  const refresh = useProjects((s) => s.refresh);
  // Selected as stored and filtered here: a selector that built a new list would re-render without end.
  const departments = useWorkspace((s) => s.info?.departments);
  const others = useMemo(() => (departments ?? []).filter((d) => d.file !== departmentFile), [departments, departmentFile]);
  const [source, setSource] = useState(others[0]?.file ?? '');
  const [fromYear, setFromYear] = useState(year);
  const [list, setList] = useState<ProjectSummary[]>([]);
  const { ticked, toggle, setTicked } = useTicks<number>();
  const { notice, setNotice, report } = useNotice();

  useEffect(() => {
    if (!source) return;
    api
      .listProjects({ departmentFile: source, year: fromYear })
      .then((found) => {
        setList(found);
        setTicked([]);
      })
      .catch((error: unknown) => setNotice({ text: errorMessage(error), error: true }));
    // The list depends on the chosen department and year only.
  }, [source, fromYear]);

  const run = () =>
    report(async () => {
      const outcomes = await api.copyFromDepartment({ departmentFile, source, year: fromYear, ids: [...ticked], toYear: year, onConflict: 'keep' });
      await refresh();
      return `已复制 ${outcomes.length} 个项目到 ${year} 年度${outcomes.some((o) => o.action === 'kept-both') ? '（同名的已另存）' : ''}`;
    });

  return (
    <Dialog
      label="从其他单位复制"
      title={`从其他单位复制项目到 ${year} 年度`}
      onClose={onClose}
      actions={
        <button type="button" disabled={ticked.size === 0} onClick={() => void run()}>
          复制所选 {ticked.size} 个项目
        </button>
      }
    >
      {others.length === 0 ? (
        <p className="muted">工作文件夹中没有其他单位。</p>
      ) : (
        <div className="import-controls">
          <label>
            单位
            <select aria-label="来源单位" value={source} onChange={(e) => setSource(e.target.value)}>
              {others.map((d) => (
                <option key={d.file} value={d.file}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            年度
            <select aria-label="来源年度" value={fromYear} onChange={(e) => setFromYear(Number(e.target.value))}>
              <YearOptions years={[year - 2, year - 1, year]} />
            </select>
          </label>
        </div>
      )}
      <TickList items={list} ticked={ticked} toggle={toggle} />
      <Notice notice={notice} />
    </Dialog>
  );
}
