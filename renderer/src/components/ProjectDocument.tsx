/**
 * What the editors of a project's forms (自评表, 执行监控表) go through before the form can be filled
 * in: opening the project's document, the wait while it is read and, where none was prepared yet,
 * the panel that generates it.
 */
import { useEffect, type ReactNode } from 'react';
import type { RuleProfile } from '../../../shared/profiles/profile';
import type { Project } from '../../../shared/project';
import type { DocumentState } from '../stores/documentStore';
import type { FormSubject } from '../stores/projectForm';

/** What ProjectEditor gives the editor of each of a project's forms. */
export interface FormEditorProps {
  departmentFile: string;
  project: Project;
  /** The department's rules: what a new form takes (weights, framework, month), the thresholds of its checks. */
  profile: RuleProfile;
  heading: ReactNode;
}

type Opening<C> = Pick<DocumentState<C, FormSubject>, 'content' | 'loaded' | 'subject' | 'error' | 'open'>;

/** Opens the project's document in its store; `opened` once the store holds this project's, read or failed to be. */
export function useProjectDocument<C>(useDocument: <U>(selector: (state: Opening<C>) => U) => U, departmentFile: string, project: Project) {
  const content = useDocument((s) => s.content);
  const loaded = useDocument((s) => s.loaded);
  const subject = useDocument((s) => s.subject);
  const error = useDocument((s) => s.error);
  const open = useDocument((s) => s.open);
  useEffect(() => {
    void open({ departmentFile, id: project.id, year: project.year, name: project.name });
  }, [departmentFile, project.id, project.year, project.name, open]);
  return { content, error, opened: loaded && subject?.id === project.id };
}

/** The form's place while its document is read (`opening` says so), or where none was prepared yet (`children`: the panel that generates it). */
export function DocumentPending({
  heading,
  opened,
  opening,
  error,
  children,
}: {
  heading: ReactNode;
  opened: boolean;
  opening: string;
  error: string | null;
  children: ReactNode;
}) {
  if (!opened) {
    return (
      <div className="editor-form">
        {heading}
        <p className="muted">{error ?? opening}</p>
      </div>
    );
  }
  return (
    <div className="editor-form">
      {heading}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
