/**
 * The checker's findings beside a form, the 绩效目标表's or the 自评表's, with the counts of 错误
 * and 提醒. A finding jumps to its field; where the form offers them, a fix applies in one click
 * and a 提醒 can be acknowledged with a 说明.
 */
import { useState } from 'react';
import { countFindings, type Finding, type Fix, type Target } from '../../../shared/checker';
import { recall, remember } from '../stores/viewMemory';
import { targetAttribute } from './places';

/** The 提醒 a project's clerk has acknowledged, by key, and how to acknowledge or withdraw one. */
export interface Acknowledging {
  notes: Record<string, string>;
  acknowledge(key: string, note: string): Promise<boolean>;
  withdraw(key: string): Promise<void>;
}

/** Focuses the field a target names; a place without a field of its own goes to `showPlace`. */
function show(target: Target, showPlace?: (target: Target) => void) {
  const attribute = targetAttribute(target);
  const element = attribute ? document.querySelector<HTMLElement>(`[data-target="${attribute}"]`) : null;
  if (element) {
    element.scrollIntoView({ block: 'center' });
    element.focus();
  } else showPlace?.(target);
}

function Acknowledge({ finding, acknowledge }: { finding: Finding; acknowledge: Acknowledging['acknowledge'] }) {
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
      <input
        aria-label="确认说明"
        placeholder="说明（必填），如：按主管部门要求填写"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        autoFocus
        maxLength={500}
      />
      <button type="submit" disabled={!note.trim()}>
        确认
      </button>
      <button type="button" onClick={() => setNote(null)}>
        取消
      </button>
    </form>
  );
}

export function FindingsPanel({
  title,
  findings,
  showPlace,
  fix,
  acknowledging,
}: {
  title: string;
  findings: Finding[];
  showPlace?: (target: Target) => void;
  fix?: (fix: Fix) => void;
  acknowledging?: Acknowledging;
}) {
  const notes = acknowledging?.notes ?? {};
  const open = findings.filter((f) => f.severity === '错误' || notes[f.key] === undefined);
  const acknowledged = findings.filter((f) => f.severity === '提醒' && notes[f.key] !== undefined);
  const counts = countFindings(open);
  // Folded to a badge with the counts, to give the form the width; the choice is kept for every form.
  const [collapsed, setCollapsed] = useState(recall().checksCollapsed ?? false);
  const fold = (value: boolean) => {
    setCollapsed(value);
    remember({ checksCollapsed: value });
  };
  const badges = (
    <>
      <span className={`count errors ${counts.errors ? '' : 'none'}`}>错误 {counts.errors}</span>
      <span className={`count warnings ${counts.warnings ? '' : 'none'}`}>提醒 {counts.warnings}</span>
    </>
  );

  if (collapsed) {
    return (
      <aside className="checks collapsed" aria-label={title}>
        <button type="button" className="checks-badge" aria-label={`展开${title}`} title={`展开${title}`} onClick={() => fold(false)}>
          <span>{title}</span>
          {badges}
        </button>
      </aside>
    );
  }
  return (
    <aside className="checks" aria-label={title}>
      <h2>
        {title}
        {badges}
        <button type="button" className="fold" aria-label={`收起${title}`} title={`收起${title}`} onClick={() => fold(true)}>
          »
        </button>
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
            {(fix || acknowledging) && (
              <div className="finding-actions">
                {f.fix && fix && (
                  <button type="button" onClick={() => fix(f.fix!)}>
                    {f.fix.label}
                  </button>
                )}
                {f.severity === '提醒' && acknowledging && <Acknowledge finding={f} acknowledge={acknowledging.acknowledge} />}
              </div>
            )}
          </li>
        ))}
      </ul>
      {acknowledging && acknowledged.length > 0 && (
        <details>
          <summary>已确认的提醒（{acknowledged.length}）</summary>
          <ul>
            {acknowledged.map((f) => (
              <li key={f.key} className="acknowledged-finding">
                <span className="place">{f.location}</span> {f.message}
                <p className="note">说明：{notes[f.key]}</p>
                <button type="button" onClick={() => void acknowledging.withdraw(f.key)}>
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
