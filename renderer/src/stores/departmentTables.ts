/**
 * The year's 部门整体支出绩效目标表 and 自评表 being edited (see documentStore.ts for their history,
 * autosave and revisions). A year has one of each, so the year is the document's id. Each save brings
 * back what the checks find in the year's tables; 生成 drafts the 目标表 from the year's projects and
 * the 自评表 from the 目标表, and the document is read again.
 */
import type { DepartmentDocument } from '../../../shared/api/contract';
import type { Finding } from '../../../shared/checker/types';
import { confirmDrafted, type DepartmentEvaluationContent, type DepartmentTableContent, type DraftedPart } from '../../../shared/department/content';
import { api, errorMessage } from '../api/client';
import { createDocumentStore, type DocumentKit, type DocumentSpec, type DocumentState, type DocumentSubject } from './documentStore';

/** A department file's year; `id` is the year too. */
export interface YearSubject extends DocumentSubject {
  year: number;
}

interface YearOwn {
  /** The revision of the stored table this editor last saw (0: none yet). */
  revision: number;
  findings: Finding[];
}

type YearRef = { departmentFile: string; year: number };

function yearSpec<C>(form: {
  read(ref: YearRef): Promise<DepartmentDocument<C>>;
  save(write: YearRef & { revision: number; content: C }): Promise<DepartmentDocument<C>>;
}): DocumentSpec<C, YearSubject, YearOwn, DepartmentDocument<C>> {
  return {
    load: async ({ departmentFile, year }) => {
      const { content, revision, updatedAt, findings } = await form.read({ departmentFile, year });
      return { content, savedAt: updatedAt, own: { revision, findings } };
    },
    unloaded: { revision: 0, findings: [] },
    save: ({ departmentFile, year }, content, { revision }) => form.save({ departmentFile, year, revision, content }),
    saved: ({ revision, updatedAt, findings }) => ({ savedAt: updatedAt ?? '', own: { revision, findings } }),
  };
}

/** Runs a write of the year's table (a draft, a generation, a first save) after what waits is saved, then reads the table again. */
async function writeAndReopen<C>({ get, set, write }: DocumentKit<DocumentState<C, YearSubject>>, work: (ref: YearRef) => Promise<unknown>) {
  const { subject } = get();
  if (!subject) return;
  try {
    await write(() => work({ departmentFile: subject.departmentFile, year: subject.year }));
    await get().open(subject);
  } catch (error) {
    set({ error: errorMessage(error) });
  }
}

export type DepartmentTableState = DocumentState<DepartmentTableContent, YearSubject> &
  YearOwn & {
    /** Keeps a table with nothing entered as the year's first. */
    start(content: DepartmentTableContent): Promise<void>;
    /** 生成部门整体目标表 from the year's projects (after a backup where the year has one). */
    draft(): Promise<void>;
    /** The clerk has checked a drafted part. */
    confirm(part: DraftedPart): void;
  };

export const useDepartmentTable = createDocumentStore<
  DepartmentTableContent,
  YearSubject,
  Omit<DepartmentTableState, keyof DocumentState<DepartmentTableContent, YearSubject>>,
  DepartmentDocument<DepartmentTableContent>
>((kit) => ({
  spec: yearSpec({ read: (ref) => api.getDepartmentTable(ref), save: (write) => api.saveDepartmentTable(write) }),
  own: {
    revision: 0,
    findings: [],
    start: (content) => writeAndReopen(kit, (ref) => api.saveDepartmentTable({ ...ref, revision: 0, content })),
    draft: () => writeAndReopen(kit, (ref) => api.draftDepartmentTable(ref)),
    confirm: (part) => kit.get().change((c) => confirmDrafted(c, part)),
  },
}));

export type DepartmentEvaluationState = DocumentState<DepartmentEvaluationContent, YearSubject> &
  YearOwn & {
    /** 生成自评表 from the year's 目标表 (what was entered for indicators and tasks still there is kept). */
    generate(): Promise<void>;
  };

export const useDepartmentEvaluation = createDocumentStore<
  DepartmentEvaluationContent,
  YearSubject,
  Omit<DepartmentEvaluationState, keyof DocumentState<DepartmentEvaluationContent, YearSubject>>,
  DepartmentDocument<DepartmentEvaluationContent>
>((kit) => ({
  spec: yearSpec({ read: (ref) => api.getDepartmentEvaluation(ref), save: (write) => api.saveDepartmentEvaluation(write) }),
  own: {
    revision: 0,
    findings: [],
    generate: () => writeAndReopen(kit, (ref) => api.generateDepartmentEvaluation(ref)),
  },
}));
