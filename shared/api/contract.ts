/**
 * The one API between the renderer and the services: method name → argument schema → result.
 * Both transports (Electron IPC and the local HTTP host) check arguments against these schemas,
 * the services' handler table is typed against it, and the client is derived from it.
 */
import { z } from 'zod';
import { CARRIED_PARTS } from '../carry';
import type { DepartmentInfo, OtherInfo, Project, ProjectSummary } from '../project';
import type { LayoutChange } from '../layoutConversion';
import type { LayoutMap, SheetExcerpt } from '../forms/layoutMap';
import { VARIANTS, type EvaluationContent } from '../evaluation/content';
import type { MonitoringContent } from '../monitoring/content';
import type { DepartmentEvaluationContent, DepartmentTableContent } from '../department/content';
import type { IndicatorCandidate } from '../department/draft';
import type { RuleProfile } from '../profiles/profile';
import type { Finding } from '../checker/types';
import { MAX_IMPORT_BYTES } from './limits';
import {
  acknowledgementNote,
  conflictPolicy,
  departmentEvaluationContent,
  departmentFile,
  departmentTableContent,
  evaluationContent,
  monitoringContent,
  layoutMap,
  exportFormat,
  ruleProfile,
  findingKey,
  levelName,
  newDepartment,
  projectContent,
  projectId,
  projectName,
  year,
} from './schemas';

function method<A extends z.ZodType>(args: A) {
  return { returns: <R>() => ({ args, result: null as unknown as R }) };
}

/** A finding of a table read for import. */
export type PreviewFinding = Pick<Finding, 'severity' | 'location' | 'message'>;

export interface ImportPreview {
  /** The 绩效目标表 of the file, then its 自评表, its 执行监控表, its 部门整体 target tables and 自评表 (numbered on after them). */
  tables: {
    index: number;
    kind: '绩效目标表' | '自评表' | '执行监控表' | '部门整体支出绩效目标表' | '部门整体支出绩效自评表';
    /** The project's name; for a 部门整体 table, the department's. */
    projectName: string;
    /** The year its title names; null where none does (the clerk chooses one). */
    year: number | null;
    layout: string;
    indicatorCount: number;
    /** A 部门整体 table's 年度重点工作任务 (年度主要任务); null for a project's table. */
    taskCount: number | null;
    errors: number;
    warnings: number;
    /** What the checker found, as the checks panel words it: the preview's counts open to these. */
    findings: PreviewFinding[];
    notes: string[];
    /** A project of that name and year is there (for a 自评表 or 执行监控表: one that has one; for a 部门整体 table: the year has one). */
    conflict: boolean;
    /** A 绩效目标表 in another layout than the department's: what would no longer be shown. */
    layoutChange: LayoutChange | null;
    /** Where it stands in the file; in a PDF, the pages it is printed on. */
    sheet: string;
    row: number;
    pages: number[];
    /** What the reader of a PDF was unsure of in it: a cell split across a page, a broken ruling, columns without rulings. */
    doubts: string[];
    /** Header fields of its layout that the table does not have. */
    missing: string[];
    /** Labelled fields without a place of their own, kept with the project as 其他信息. */
    otherInfo: OtherInfo[];
    /** Its amounts read as if typed in 元 under a 万元 label: the figure to accept in one click, and what shows it. */
    unitSlip: { annual: number; corrected: number; evidence: string } | null;
  }[];
  /** Sheets where no table could be placed, and why. */
  unplaced: { sheet: string; reason: string }[];
  /** Read from a PDF: the tables were rebuilt from what its pages print (its “sheet” is a run of pages). */
  fromPdf: boolean;
  /** The top-left cells of the (first 50) unplaced sheets, for the clerk to point out a table's fields in. */
  unplacedSheets: { sheet: string; excerpt: SheetExcerpt }[];
  warnings: string[];
}

/** What an import or a copy did with one table. */
export interface ImportOutcome {
  name: string;
  year: number;
  action: 'created' | 'replaced' | 'kept-both' | 'skipped';
  /** The name it was stored under, where both were kept. */
  storedAs: string;
}

/** A backup of a department file in its 备份 folder. */
export interface BackupInfo {
  file: string;
  /** Local time it was made, `2024-05-01 09:30:12`. */
  time: string;
  reason: string;
  bytes: number;
}

/** A file handed to the user to save; its bytes travel as base64. */
export interface DownloadFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** A year's 部门整体 table (目标表 or 自评表) as its editor opens it, with what the checks found in the year's tables. */
export interface DepartmentDocument<C> {
  /** Null (revision 0, no time) where none was prepared yet. */
  content: C | null;
  revision: number;
  updatedAt: string | null;
  findings: Finding[];
}

/** A file made by an export. */
export interface ExportedFile extends DownloadFile {
  /** Projects with 错误: the file marks them 草稿. */
  draftProjects: string[];
}

/**
 * What a job gives when it is done, by its kind: `preview`, what a workbook or data package holds,
 * checked, with name conflicts for the year it would go into (nothing written); `import`, what was
 * done with each chosen table (one transaction, after a backup); `export`, the file.
 */
export interface JobResults {
  preview: ImportPreview;
  import: ImportOutcome[];
  export: ExportedFile;
}
export type JobKind = keyof JobResults;
export type JobResult = JobResults[JobKind];

/** A job the window started and watches: tables done / total, then its result or why it stopped. */
export type JobStatus = { done: number; total: number } & (
  { state: 'running' | 'cancelled' } | { state: 'done'; result: JobResult } | { state: 'failed'; error: string }
);

export interface WorkspaceInfo {
  path: string;
  departments: DepartmentInfo[];
  /** Files in the folder that look like department files but could not be read, with the reason. */
  problems: { file: string; message: string }[];
}

const none = z.object({}).strict();
const fileName = z.string().min(1).max(500);
/** A file's bytes as base64 (four characters for three bytes), within the import limit. */
const fileContent = z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, `文件超过导入上限 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
/** A call about one department file of the workspace, named by its file name. */
const inDepartment = <S extends z.ZodRawShape>(shape: S) => z.object({ departmentFile, ...shape }).strict();
const projectRef = inDepartment({ id: projectId });
/**
 * The revision of the project (or 自评表) the caller's copy was read at. A write of an older one
 * is refused with the code `stale`: another tab or window has saved since.
 */
const revision = z.number().int().nonnegative();
const importChoices = z
  // acceptUnitSlip: the clerk accepted reading the table's amounts as 元 (see unitSlip in the preview).
  .array(z.object({ index: z.number().int().nonnegative(), onConflict: conflictPolicy, acceptUnitSlip: z.boolean().optional() }).strict())
  .min(1)
  .max(100_000);
const exportRequest = {
  year,
  format: exportFormat,
  stacked: z.boolean(),
  ids: z.array(projectId).max(100_000).optional(),
  /** `department` / `departmentEvaluation`: the year's 部门整体支出绩效目标表 / 自评表 (one table; `stacked` and `ids` say nothing of it). */
  form: z.enum(['targets', 'selfEvaluations', 'monitoring', 'department', 'departmentEvaluation']).optional(),
};
const jobId = z.string().min(1).max(100);
/** A rule profile file is a few kilobytes: a file much larger is something else. */
export const MAX_RULE_FILE_BYTES = 1024 * 1024;
const ruleFileContent = z.string().max(Math.ceil(MAX_RULE_FILE_BYTES / 3) * 4, `审核规则文件超过 ${MAX_RULE_FILE_BYTES / 1024} KB，不是审核规则`);

/** A call about a department file's 部门整体 tables of a year. */
const departmentYear = inDepartment({ year });

export const contract = {
  getWorkspace: method(none).returns<WorkspaceInfo>(),
  setWorkspace: method(z.object({ path: z.string().min(1).max(4096) }).strict()).returns<WorkspaceInfo>(),
  /** Asks the desktop shell for a folder; `null` where there is no dialog (browser mode) or it was cancelled. */
  pickWorkspaceFolder: method(none).returns<{ path: string | null }>(),
  createDepartment: method(newDepartment).returns<DepartmentInfo>(),
  listYears: method(inDepartment({})).returns<number[]>(),
  listProjects: method(inDepartment({ year })).returns<ProjectSummary[]>(),
  getProject: method(projectRef).returns<Project>(),
  createProject: method(inDepartment({ year, name: projectName })).returns<Project>(),
  saveProject: method(inDepartment({ id: projectId, revision, content: projectContent })).returns<Project>(),
  renameProject: method(inDepartment({ id: projectId, revision, name: projectName })).returns<Project>(),
  /**
   * A draft copy named 「名称（副本）」: of the stored project, or with the content given instead
   * (an editor's version that could not be saved), and with the 自评表 or 执行监控表 given, if any.
   */
  duplicateProject: method(
    inDepartment({ id: projectId, content: projectContent.optional(), selfEvaluation: evaluationContent.optional(), monitoring: monitoringContent.optional() }),
  ).returns<Project>(),
  deleteProject: method(projectRef).returns<{ id: number }>(),
  restoreProject: method(projectRef).returns<Project>(),
  /** Keeps a 提醒 as seen, with the clerk's 说明. */
  acknowledgeFinding: method(inDepartment({ id: projectId, key: findingKey, note: acknowledgementNote })).returns<Project>(),
  withdrawAcknowledgement: method(inDepartment({ id: projectId, key: findingKey })).returns<Project>(),
  /** Copies projects of another department file of the workspace into this one, after a backup, in one transaction. */
  copyFromDepartment: method(
    inDepartment({
      source: departmentFile,
      year,
      ids: z.array(projectId).min(1).max(100_000),
      toYear: year,
      onConflict: conflictPolicy,
    }),
  ).returns<ImportOutcome[]>(),
  /** 从上年结转: this year's drafts from last year's projects (all, or those chosen); `renamed`: those whose name's years move on too. */
  carryForward: method(
    inDepartment({
      from: year,
      to: year,
      ids: z.array(projectId).max(100_000).optional(),
      renamed: z.array(projectId).max(100_000).optional(),
      includeOneYear: z.boolean(),
    }),
  ).returns<{ name: string; action: 'carried' | 'skipped'; reason?: string; id?: number }[]>(),
  /** The clerk has checked a carried part (amounts, goal or indicators). */
  confirmCarried: method(inDepartment({ id: projectId, revision, part: z.enum(CARRIED_PARTS) })).returns<Project>(),
  /** Names from the indicator library matching what is typed (text or pinyin initials), best first. */
  searchLibrary: method(
    inDepartment({
      query: z.string().max(100),
      level2: levelName.optional(),
      limit: z.number().int().min(1).max(50).optional(),
    }),
  ).returns<{ name: string; level2: string; value: string; uses: number }[]>(),
  /**
   * Starts reading a file (the import preview), importing the chosen tables of it, or exporting a
   * year (all projects, or those chosen: the 绩效目标表, or the 自评表 of the projects that have
   * one), off the thread that serves the window. `jobStatus` follows it; its result is that of its
   * kind (JobResults).
   */
  startJob: method(
    z.discriminatedUnion('kind', [
      inDepartment({ kind: z.literal('preview'), fileName, base64: fileContent, year: year.nullable() }),
      inDepartment({ kind: z.literal('import'), fileName, base64: fileContent, year: year.nullable(), choices: importChoices }),
      inDepartment({ kind: z.literal('export'), ...exportRequest }),
    ]),
  ).returns<{ job: string }>(),
  jobStatus: method(z.object({ job: jobId }).strict()).returns<JobStatus>(),
  /**
   * The layout maps kept in the workspace (`表样/<名称>.json`), which every preview and import of it
   * applies; files there that are not maps are named with why.
   */
  listLayoutMaps: method(none).returns<{ maps: LayoutMap[]; problems: { file: string; message: string }[] }>(),
  /** Keeps a layout map in the workspace; one of that name is replaced only where asked. */
  saveLayoutMap: method(z.object({ map: layoutMap, replace: z.boolean() }).strict()).returns<LayoutMap>(),
  /** Stops a job; a cancelled import has written nothing. */
  cancelJob: method(z.object({ job: jobId }).strict()).returns<JobStatus>(),
  /** The backups of a department file, newest first (the file itself need not open: it may be damaged). */
  listBackups: method(inDepartment({})).returns<BackupInfo[]>(),
  /** Puts a backup in place of the department file, keeping the current state as a backup first. */
  restoreBackup: method(inDepartment({ backup: fileName })).returns<{ restored: BackupInfo; kept: string }>(),
  /** A project's 自评表 with its revision and the time of its last write, or null (revision 0, no time) where none was prepared yet. */
  getSelfEvaluation: method(projectRef).returns<{ content: EvaluationContent | null; revision: number; updatedAt: string | null }>(),
  /** 生成自评表 from the targets for the year's projects (all, or those chosen), in one transaction. */
  generateSelfEvaluations: method(
    inDepartment({ year, ids: z.array(projectId).max(100_000).optional(), variant: z.enum(VARIANTS), replace: z.boolean() }),
  ).returns<{ id: number; name: string; action: 'created' | 'replaced' | 'skipped' }[]>(),
  saveSelfEvaluation: method(inDepartment({ id: projectId, revision, content: evaluationContent })).returns<{
    content: EvaluationContent;
    revision: number;
    updatedAt: string;
  }>(),
  /** The 决算 report's paragraph on the year's self-evaluation results, and the projects not yet evaluated. */
  selfEvaluationSummary: method(inDepartment({ year })).returns<{ text: string; missing: string[] }>(),
  /** A project's 执行监控表 with its revision and the time of its last write, or null (revision 0, no time) where none was prepared yet. */
  getMonitoring: method(projectRef).returns<{ content: MonitoringContent | null; revision: number; updatedAt: string | null }>(),
  /** 生成监控表 for 1–N月 from the targets for the year's projects (all, or those chosen); one prepared again keeps what was entered. */
  generateMonitoring: method(
    inDepartment({
      year,
      ids: z.array(projectId).max(100_000).optional(),
      month: z.number().int().min(1, '月份应在 1 到 12 之间').max(12, '月份应在 1 到 12 之间'),
    }),
  ).returns<{ id: number; name: string; action: 'created' | 'regenerated' }[]>(),
  saveMonitoring: method(inDepartment({ id: projectId, revision, content: monitoringContent })).returns<{
    content: MonitoringContent;
    revision: number;
    updatedAt: string;
  }>(),
  /** The year's 部门整体支出绩效目标表. */
  getDepartmentTable: method(departmentYear).returns<DepartmentDocument<DepartmentTableContent>>(),
  saveDepartmentTable: method(inDepartment({ year, revision, content: departmentTableContent })).returns<DepartmentDocument<DepartmentTableContent>>(),
  /** 生成部门整体目标表 from the year's projects: 项目支出 as their sum, the largest as 重点工作任务, their core indicators; what the clerk entered stays (a backup is made first where the year has one). */
  draftDepartmentTable: method(departmentYear).returns<DepartmentDocument<DepartmentTableContent>>(),
  /** The core indicators (数量, 质量, 满意度) of the year's projects, to pick from for the 目标表. */
  departmentIndicatorCandidates: method(departmentYear).returns<IndicatorCandidate[]>(),
  /** The year's 部门整体支出绩效自评表. */
  getDepartmentEvaluation: method(departmentYear).returns<DepartmentDocument<DepartmentEvaluationContent>>(),
  saveDepartmentEvaluation: method(inDepartment({ year, revision, content: departmentEvaluationContent })).returns<
    DepartmentDocument<DepartmentEvaluationContent>
  >(),
  /** 生成自评表 from the year's 目标表; one there before keeps what was entered for the indicators and tasks still in it (a backup is made first). */
  generateDepartmentEvaluation: method(departmentYear).returns<DepartmentDocument<DepartmentEvaluationContent>>(),
  /** The department's rules (审核规则) as its file holds them: the shipped default where it holds none. */
  getRuleProfile: method(inDepartment({})).returns<RuleProfile>(),
  /** Keeps the department's rules in its file, after a backup; its checks, grid and 自评 weights follow them. */
  setRuleProfile: method(inDepartment({ profile: ruleProfile })).returns<RuleProfile>(),
  /** The rule profiles that come with the app. */
  listShippedProfiles: method(none).returns<RuleProfile[]>(),
  /** The department's rules as a `.jxrules` file, to share across a county. */
  exportRuleProfile: method(inDepartment({})).returns<DownloadFile>(),
  /** Reads a `.jxrules` file and keeps it as the department's rules, after a backup; a file that is not one is refused naming the field. */
  importRuleProfile: method(inDepartment({ fileName, base64: ruleFileContent })).returns<RuleProfile>(),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;

/** The methods whose arguments carry a file (`fileContent`): the web host takes larger requests for them. */
export const FILE_METHODS: readonly MethodName[] = ['startJob'];
export type ArgsOf<M extends MethodName> = z.infer<Contract[M]['args']>;
export type ResultOf<M extends MethodName> = Contract[M]['result'];
/** The arguments of a job of that kind. */
export type JobArgs<K extends JobKind> = ArgsOf<'startJob'> & { kind: K };

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** What the services implement; a missing or extra method is a compile error where it is used with `satisfies`. */
export type Handlers = { [M in MethodName]: (args: ArgsOf<M>) => ResultOf<M> | Promise<ResultOf<M>> };

/** What the renderer calls. */
export type Api = { [M in MethodName]: (args: ArgsOf<M>) => Promise<ResultOf<M>> };
