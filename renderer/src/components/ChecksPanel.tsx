/**
 * The checker's findings for the 绩效目标表 being edited, updated as the clerk types (on a deferred
 * copy of the content, so typing never waits for it), with its fixes and acknowledged 提醒.
 */
import { useDeferredValue, useMemo } from 'react';
import { checkProject, openFindings } from '../../../shared/checker';
import type { LayoutDef } from '../../../shared/layouts';
import type { RuleProfile } from '../../../shared/profiles/profile';
import type { ProjectContent } from '../../../shared/project';
import { useEditor } from '../stores/editor';
import { FindingsPanel } from './FindingsPanel';

export function ChecksPanel({
  content,
  layout,
  profile,
  year,
  acknowledgements,
  readOnly,
}: {
  content: ProjectContent;
  layout: LayoutDef;
  profile: RuleProfile;
  year: number;
  acknowledgements: Record<string, string>;
  /** A 已完成 project: its findings are shown, without fixes or confirmations. */
  readOnly: boolean;
}) {
  const deferred = useDeferredValue(content);
  const findings = useMemo(() => checkProject(deferred, layout, year, profile), [deferred, layout, year, profile]);
  const { fix, showPlace, acknowledge, withdraw } = useEditor.getState();
  if (readOnly) return <FindingsPanel title="审核" findings={openFindings(findings, acknowledgements)} showPlace={showPlace} />;
  return <FindingsPanel title="审核" findings={findings} showPlace={showPlace} fix={fix} acknowledging={{ notes: acknowledgements, acknowledge, withdraw }} />;
}
