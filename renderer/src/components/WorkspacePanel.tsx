import { useId, useState, type FormEvent } from 'react';
import { BackupsDialog } from './BackupsDialog';
import { ErrorBoundary } from './ErrorBoundary';
import { RuleProfileDialog } from './RuleProfileDialog';
import { DEPARTMENT_NAME_MISSING, DEPARTMENT_NAME_TOO_LONG, departmentNameFits } from '../../../shared/departmentName';
import { LAYOUT_IDS, LAYOUTS, type LayoutId } from '../../../shared/layouts';
import { useWorkspace } from '../stores/workspace';
import { Notice } from './Notice';
import { usePick } from '../stores/pick';

export function WorkspacePanel({ onOpened }: { onOpened: () => void }) {
  const {
    info,
    error,
    department: current,
    pickFolder,
    moveTo,
    selectDepartment,
    createDepartment,
    load,
  } = usePick(useWorkspace, 'info', 'error', 'department', 'pickFolder', 'moveTo', 'selectDepartment', 'createDepartment', 'load');
  const [typingPath, setTypingPath] = useState<string | null>(null);
  const [backupsOf, setBackupsOf] = useState<{ file: string; title: string } | null>(null);
  const [rulesOf, setRulesOf] = useState<{ file: string; title: string } | null>(null);
  const [form, setForm] = useState({ name: '', code: '', supervisor: '', layout: '本级部门' as LayoutId });
  // The files named after the department must fit the file system: said at the field, before sending;
  // a missing name is said there too once 新增单位 was pressed (in Chinese, not the browser's own bubble).
  const [submitted, setSubmitted] = useState(false);
  const nameTooLong = !departmentNameFits(form.name);
  const nameMessage = submitted && form.name.trim() === '' ? DEPARTMENT_NAME_MISSING : nameTooLong ? DEPARTMENT_NAME_TOO_LONG : null;
  const nameMessageId = useId();
  const nameFieldId = useId();

  const changeFolder = async () => {
    if (!(await pickFolder())) setTypingPath(info?.path ?? '');
  };
  const submitPath = async (e: FormEvent) => {
    e.preventDefault();
    if (typingPath) await moveTo(typingPath);
    setTypingPath(null);
  };
  const submitDepartment = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (form.name.trim() === '') {
      document.getElementById(nameFieldId)?.focus();
      return;
    }
    if (await createDepartment(form)) {
      setSubmitted(false);
      setForm({ name: '', code: '', supervisor: '', layout: form.layout });
      onOpened();
    }
  };

  return (
    <main className="workspace">
      <section className="panel">
        <h2>工作文件夹</h2>
        <p className="path" title="每个单位一个 .jixiao.db 数据文件，保存在这个文件夹中">
          {info?.path ?? '…'}
        </p>
        {typingPath === null ? (
          <button type="button" onClick={() => void changeFolder()}>
            更换文件夹…
          </button>
        ) : (
          <form onSubmit={(e) => void submitPath(e)} className="inline-form">
            <input aria-label="工作文件夹路径" value={typingPath} onChange={(e) => setTypingPath(e.target.value)} size={60} autoFocus />
            <button type="submit">打开</button>
            <button type="button" onClick={() => setTypingPath(null)}>
              取消
            </button>
          </form>
        )}
      </section>

      <section className="panel">
        <h2>单位</h2>
        {info && info.departments.length === 0 && <p className="muted">这个文件夹中还没有单位。请在下方新增。</p>}
        <ul className="departments">
          {info?.departments.map((d) => (
            <li key={d.file}>
              <button
                type="button"
                className={d.file === current?.file ? 'current' : ''}
                onClick={() => {
                  selectDepartment(d.file);
                  onOpened();
                }}
              >
                <strong>{d.name}</strong>
                <span>
                  {d.code && `编码 ${d.code} · `}
                  {LAYOUTS[d.layout].displayName}表样 · {d.file}
                </span>
              </button>
              <button type="button" className="side-button" aria-label={`审核规则：${d.name}`} onClick={() => setRulesOf({ file: d.file, title: d.name })}>
                审核规则…
              </button>
              <button type="button" className="side-button" onClick={() => setBackupsOf({ file: d.file, title: d.name })}>
                备份与恢复…
              </button>
            </li>
          ))}
        </ul>
        {info?.problems.map((p) => (
          <p key={p.file} className="problem">
            {p.file}：{p.message}
            <button type="button" onClick={() => setBackupsOf({ file: p.file, title: p.file })}>
              从备份恢复…
            </button>
          </p>
        ))}
        {backupsOf && (
          <ErrorBoundary what="备份与恢复" onClose={() => setBackupsOf(null)}>
            <BackupsDialog departmentFile={backupsOf.file} title={backupsOf.title} onClose={() => setBackupsOf(null)} onRestored={() => void load()} />
          </ErrorBoundary>
        )}
        {rulesOf && (
          <ErrorBoundary what="审核规则" onClose={() => setRulesOf(null)}>
            <RuleProfileDialog departmentFile={rulesOf.file} title={rulesOf.title} onClose={() => setRulesOf(null)} />
          </ErrorBoundary>
        )}
      </section>

      <section className="panel">
        <h2>新增单位</h2>
        <form onSubmit={(e) => void submitDepartment(e)} className="department-form" noValidate>
          <label>
            单位名称
            <input
              id={nameFieldId}
              aria-label="单位名称"
              value={form.name}
              className={nameMessage ? 'invalid' : ''}
              aria-invalid={nameMessage ? true : undefined}
              aria-describedby={nameMessage ? nameMessageId : undefined}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
            />
            {nameMessage && (
              <span id={nameMessageId} className="field-error" role="alert">
                {nameMessage}
              </span>
            )}
          </label>
          <label>
            单位编码
            <input value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} />
          </label>
          <label>
            主管部门
            <input value={form.supervisor} onChange={(e) => setForm({ ...form, supervisor: e.target.value })} />
          </label>
          <label>
            表样
            <select value={form.layout} onChange={(e) => setForm({ ...form, layout: e.target.value as LayoutId })}>
              {LAYOUT_IDS.map((id) => (
                <option key={id} value={id}>
                  {LAYOUTS[id].displayName}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary" disabled={nameTooLong}>
            新增单位
          </button>
        </form>
        <Notice notice={error ? { text: error, error: true } : null} />
      </section>
    </main>
  );
}
