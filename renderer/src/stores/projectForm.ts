/**
 * What the stores of a project's forms kept beside its targets (自评表, 执行监控表) share: each is read and
 * saved with the revision this editor last saw, shown in the project list once saved, and generated from
 * the targets where none was prepared yet.
 */
import type { DocumentKit, DocumentSpec, DocumentState, DocumentSubject } from './documentStore';
import { errorMessage } from '../api/client';
import { useProjects } from './projects';

/** The project of the form, with what its checks and the list's summary name. */
export interface FormSubject extends DocumentSubject {
  year: number;
  name: string;
}

interface Revision {
  /** The revision of the stored form this editor last saw (0: none yet). */
  revision: number;
}

/** What a form's store keeps beside the content: the revision, and 生成 with the form's choice (表样, month) for this project or every project of the year. */
export interface FormOwn<Choice> extends Revision {
  generate(choice: Choice, scope: 'project' | 'year'): Promise<void>;
}

export type Saved = { revision: number; updatedAt: string };

/** The spec of a form's store from how the API reads and saves it and how a save shows in the project list. */
export function revisionedSpec<C>(form: {
  read(ref: DocumentSubject): Promise<{ content: C | null; revision: number; updatedAt: string | null }>;
  save(write: DocumentSubject & Revision & { content: C }): Promise<Saved>;
  reflect(subject: FormSubject, content: C): void;
  copy: DocumentSpec<C, FormSubject, Revision, Saved>['copy'];
}): DocumentSpec<C, FormSubject, Revision, Saved> {
  return {
    load: async ({ departmentFile, id }) => {
      const { content, revision, updatedAt } = await form.read({ departmentFile, id });
      return { content, savedAt: updatedAt, own: { revision } };
    },
    unloaded: { revision: 0 },
    save: ({ departmentFile, id }, content, { revision }) => form.save({ departmentFile, id, revision, content }),
    saved: ({ revision, updatedAt }, subject, content) => {
      form.reflect(subject, content);
      return { savedAt: updatedAt, own: { revision } };
    },
    copy: form.copy,
  };
}

/** Generates the open project's form (`work`), then reads the project list and the form again; a failure shows as the store's error. */
export async function generateAndReopen<C>(
  { set, get }: Pick<DocumentKit<DocumentState<C, FormSubject>>, 'set' | 'get'>,
  work: (subject: FormSubject) => Promise<unknown>,
) {
  const { subject } = get();
  if (!subject) return;
  try {
    await work(subject);
    await useProjects.getState().refresh();
    await get().open(subject);
  } catch (error) {
    set({ error: errorMessage(error) });
  }
}
