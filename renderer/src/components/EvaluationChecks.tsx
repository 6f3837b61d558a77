/** The checker's findings for the 自评表 being edited, on a deferred copy so typing never waits. */
import { useDeferredValue, useMemo } from 'react';
import { countFindings } from '../../../shared/checker';
import type { EvaluationContent } from '../../../shared/evaluation/content';
import { reviewEvaluation } from '../../../shared/evaluation/review';
import type { Project } from '../../../shared/project';

export function EvaluationChecks({ project, content }: { project: Project; content: EvaluationContent }) {
  const deferred = useDeferredValue(content);
  const findings = useMemo(() => reviewEvaluation(project.name, project.year, deferred), [project.name, project.year, deferred]);
  const counts = countFindings(findings);
  const show = (index: number | null) => {
    const element = index === null ? null : document.querySelector<HTMLElement>(`[data-target="evaluation:${index}:actual"]`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  };
  return (
    <aside className="checks" aria-label="自评表审核">
      <h2>
        自评表审核
        <span className={`count errors ${counts.errors ? '' : 'none'}`}>错误 {counts.errors}</span>
        <span className={`count warnings ${counts.warnings ? '' : 'none'}`}>提醒 {counts.warnings}</span>
      </h2>
      {findings.length === 0 && <p className="muted">未发现问题。</p>}
      <ul>
        {findings.map((f) => (
          <li key={f.key} className={f.severity === '错误' ? 'error-finding' : 'warning-finding'} data-rule={f.rule}>
            <button type="button" className="finding" onClick={() => show(f.target.kind === 'indicator' ? f.target.index : null)} title="转到此处">
              <span className="severity">{f.severity}</span>
              <span className="place">{f.location}</span>
              <span className="message">{f.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
