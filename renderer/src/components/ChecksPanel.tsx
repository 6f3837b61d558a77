/**
 * The checker's findings for the project being edited, updated as the clerk types (on a
 * deferred copy of the content, so typing never waits for it). A finding jumps to its place;
 * a fix applies in one click; a 提醒 can be acknowledged with a 说明.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { checkProject, countFindings, type Finding, type Target } from '../../../shared/checker';
import type { LayoutDef } from '../../../shared/layouts';
import type { ProjectContent } from '../../../shared/project';
import { useEditor } from '../stores/editor';
import { targetAttribute } from './places';

function show(target: Target, showPlace: (t: Target) => void) {
  const attribute = targetAttribute(target);
  const element = attribute ? document.querySelector<HTMLElement>(`[data-target="${attribute}"]`) : null;
  if (element) {
    element.scrollIntoView({ block: 'center' });
    element.focus();
  } else showPlace(target);
}

function Acknowledge({ finding }: { finding: Finding }) {
  const acknowledge = useEditor((s) => s.acknowledge);
  const [note, setNote] = useState<string | null>(null);
  if (note === null) {
    return (
      <button type="button" onClick={() => setNote('')}>
        确认无误…
      </button>
    );
  }
  return (
    <form
      className="acknowledge"
      onSubmit={(e) => {
        e.preventDefault();
        if (note.trim()) void acknowledge(finding.key, note).then((done) => done && setNote(null));
      }}
    >
      <input aria-label="确认说明" placeholder="说明（必填），如：按主管部门要求填写" value={note} onChange={(e) => setNote(e.target.value)} autoFocus maxLength={500} />
      <button type="submit" disabled={!note.trim()}>
        确认
      </button>
      <button type="button" onClick={() => setNote(null)}>
        取消
      </button>
    </form>
  );
}

export function ChecksPanel({ content, layout, year, acknowledgements }: { content: ProjectContent; layout: LayoutDef; year: number; acknowledgements: Record<string, string> }) {
  const deferred = useDeferredValue(content);
  const findings = useMemo(() => checkProject(deferred, layout, year), [deferred, layout, year]);
  const { fix, showPlace, withdraw } = useEditor.getState();
  const open = findings.filter((f) => f.severity === '错误' || acknowledgements[f.key] === undefined);
  const acknowledged = findings.filter((f) => f.severity === '提醒' && acknowledgements[f.key] !== undefined);
  const counts = countFindings(open);

  return (
    <aside className="checks" aria-label="审核">
      <h2>
        审核
        <span className={`count errors ${counts.errors ? '' : 'none'}`}>错误 {counts.errors}</span>
        <span className={`count warnings ${counts.warnings ? '' : 'none'}`}>提醒 {counts.warnings}</span>
      </h2>
      {open.length === 0 && <p className="muted">未发现问题。</p>}
      <ul>
        {open.map((f) => (
          <li key={f.key} className={f.severity === '错误' ? 'error-finding' : 'warning-finding'} data-rule={f.rule}>
            <button type="button" className="finding" onClick={() => show(f.target, showPlace)} title="转到此处">
              <span className="severity">{f.severity}</span>
              <span className="place">{f.location}</span>
              <span className="message">{f.message}</span>
            </button>
            <div className="finding-actions">
              {f.fix && (
                <button type="button" onClick={() => fix(f.fix!)}>
                  {f.fix.label}
                </button>
              )}
              {f.severity === '提醒' && <Acknowledge finding={f} />}
            </div>
          </li>
        ))}
      </ul>
      {acknowledged.length > 0 && (
        <details>
          <summary>已确认的提醒（{acknowledged.length}）</summary>
          <ul>
            {acknowledged.map((f) => (
              <li key={f.key} className="acknowledged-finding">
                <span className="place">{f.location}</span> {f.message}
                <p className="note">说明：{acknowledgements[f.key]}</p>
                <button type="button" onClick={() => void withdraw(f.key)}>
                  撤销确认
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </aside>
  );
}
