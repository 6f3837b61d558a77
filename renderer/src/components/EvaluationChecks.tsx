/** The checker's findings for the 自评表 being edited, on a deferred copy so typing never waits. */
import { useDeferredValue, useMemo } from 'react';
import type { EvaluationContent } from '../../../shared/evaluation/content';
import { reviewEvaluation } from '../../../shared/evaluation/review';
import type { Project } from '../../../shared/project';
import { FindingsPanel } from './FindingsPanel';

export function EvaluationChecks({ project, content }: { project: Project; content: EvaluationContent }) {
  const deferred = useDeferredValue(content);
  const findings = useMemo(() => reviewEvaluation(project.name, project.year, deferred), [project.name, project.year, deferred]);
  return <FindingsPanel title="自评表审核" findings={findings} />;
}
