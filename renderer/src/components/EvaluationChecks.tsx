/** The checker's findings for the 自评表 being edited, on a deferred copy so typing never waits. */
import { useDeferredValue, useMemo } from 'react';
import type { EvaluationContent } from '../../../shared/evaluation/content';
import { reviewEvaluation } from '../../../shared/evaluation/review';
import { ruleSettings } from '../../../shared/profiles/apply';
import type { RuleProfile } from '../../../shared/profiles/profile';
import type { Project } from '../../../shared/project';
import { FindingsPanel } from './FindingsPanel';

export function EvaluationChecks({ project, content, profile }: { project: Project; content: EvaluationContent; profile: RuleProfile }) {
  const deferred = useDeferredValue(content);
  const findings = useMemo(
    () => reviewEvaluation(project.name, project.year, deferred, ruleSettings(profile)),
    [project.name, project.year, deferred, profile],
  );
  return <FindingsPanel title="自评表审核" findings={findings} />;
}
