/**
 * What the editors of a project's forms (自评表, 执行监控表) go through before the form can be filled
 * in: opening the project's document, the wait while it is read and, where none was prepared yet,
 * the panel that generates it.
 */
import type { ReactNode } from 'react';
import type { RuleProfile } from '../../../shared/profiles/profile';
import type { Project } from '../../../shared/project';
import { useOpenedDocument, type Opening } from '../hooks/useOpenedDocument';
import type { FormSubject } from '../stores/projectForm';

/** What ProjectEditor gives the editor of each of a project's forms. */
export interface FormEditorProps {
  departmentFile: string;
  project: Project;
  /** The department's rules: what a new form takes (weights, framework, month), the thresholds of its checks. */
  profile: RuleProfile;
  heading: ReactNode;
}

/** Opens the project's document in its store; `opened` once the store holds this project's, read or failed to be. */
export function useProjectDocument<C>(useDocument: <U>(selector: (state: Opening<C, FormSubject>) => U) => U, departmentFile: string, project: Project) {
  return useOpenedDocument(useDocument, { departmentFile, id: project.id, year: project.year, name: project.name });
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
