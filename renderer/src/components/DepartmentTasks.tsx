/**
 * 年度重点工作任务 of the 部门整体目标表: rows of 名称 / 主要实施内容 / 拟投入的资金 / 期望达到的目标, each
 * able to name one of the year's projects (its 年度资金 then fills an empty amount), added, moved and removed.
 */
import type { DepartmentTableContent, DepartmentTask } from '../../../shared/department/content';
import { useDepartmentTable } from '../stores/departmentTables';
import { useProjects } from '../stores/projects';
import { MoneyField } from './MoneyField';
import { targetAttribute } from './places';

/** The `data-target` of a field of a task's row (findings name its 名称 and its amount; the others key their undo steps alike). */
const taskPlace = (index: number, field: keyof DepartmentTask) => `department-task:${index}:${field}`;

/** Of the task table, in percent: 名称, 主要实施内容, 资金, 期望达到的目标, 对应项目, the row's buttons. */
const TASK_COLUMN_WIDTHS = [15, 23, 14, 23, 17, 8];

const EMPTY_TASK: DepartmentTask = { name: '', content: '', amount: null, goal: '', project: '' };

/** The list with the row at `from` moved to `to`. */
function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
}

export function DepartmentTasks({ content }: { content: DepartmentTableContent }) {
  const change = useDepartmentTable((s) => s.change);
  const projects = useProjects((s) => s.list);
  const edit = (tasks: (list: DepartmentTask[]) => DepartmentTask[], coalesce?: string) => change((c) => ({ ...c, tasks: tasks(c.tasks) }), coalesce);
  const set = (index: number, patch: Partial<DepartmentTask>, field: keyof DepartmentTask) =>
    edit((list) => list.map((t, n) => (n === index ? { ...t, ...patch } : t)), taskPlace(index, field));
  const pickProject = (index: number, name: string) => {
    const task = content.tasks[index]!;
    const annual = projects.find((p) => p.name === name)?.annualFunds ?? null;
    set(
      index,
      { project: name, ...(task.name.trim() === '' ? { name } : {}), ...(task.amount === null && annual !== null ? { amount: annual } : {}) },
      'project',
    );
  };
  const text = (index: number, field: 'name' | 'content' | 'goal', label: string) => (
    <textarea
      aria-label={`第${index + 1}项任务${label}`}
      data-target={taskPlace(index, field)}
      rows={field === 'name' ? 2 : 3}
      value={content.tasks[index]![field]}
      onChange={(e) => set(index, { [field]: e.target.value }, field)}
    />
  );
  return (
    <section
      data-target={targetAttribute({ kind: 'departmentTask', index: null, field: 'name' })}
      tabIndex={-1}
      className={`department-tasks ${content.drafted.includes('tasks') ? 'pending-review' : ''}`}
    >
      <table className="evaluation-table">
        <caption>年度重点工作任务</caption>
        <colgroup>
          {TASK_COLUMN_WIDTHS.map((width, i) => (
            <col key={i} style={{ width: `${width}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>名称</th>
            <th>主要实施内容</th>
            <th>拟投入的资金（万元）</th>
            <th>期望达到的目标</th>
            <th>对应项目</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {content.tasks.map((task, index) => (
            <tr key={index}>
              <td>{text(index, 'name', '名称')}</td>
              <td>{text(index, 'content', '主要实施内容')}</td>
              <td>
                <MoneyField
                  label={`第${index + 1}项任务拟投入的资金`}
                  fen={task.amount}
                  target={taskPlace(index, 'amount')}
                  onChange={(amount) => set(index, { amount }, 'amount')}
                />
              </td>
              <td>{text(index, 'goal', '期望达到的目标')}</td>
              <td>
                <select aria-label={`第${index + 1}项任务对应项目`} value={task.project} onChange={(e) => pickProject(index, e.target.value)}>
                  <option value="">（不对应项目）</option>
                  {task.project && !projects.some((p) => p.name === task.project) && <option value={task.project}>{task.project}（本年度无此项目）</option>}
                  {projects.map((p) => (
                    <option key={p.id} value={p.name}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <div className="row-buttons">
                  <button
                    type="button"
                    aria-label={`上移第${index + 1}项任务`}
                    title="上移"
                    disabled={index === 0}
                    onClick={() => edit((list) => moved(list, index, index - 1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`下移第${index + 1}项任务`}
                    title="下移"
                    disabled={index === content.tasks.length - 1}
                    onClick={() => edit((list) => moved(list, index, index + 1))}
                  >
                    ↓
                  </button>
                  <button type="button" aria-label={`删除第${index + 1}项任务`} title="删除" onClick={() => edit((list) => list.filter((_, n) => n !== index))}>
                    ×
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => edit((list) => [...list, EMPTY_TASK])}>
        添加任务
      </button>
    </section>
  );
}
