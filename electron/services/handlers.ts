/** The services behind the API contract. Transports validate arguments and call these; nothing else. */
import type { Handlers } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import { LAYOUTS } from '../../shared/layouts';
import { contentOf, emptyContent, type ProjectContent } from '../../shared/project';
import { reviewProject } from '../../shared/review';
import { deleteAcknowledgement, writeAcknowledgement } from '../db/acknowledgements';
import { readDepartment } from '../db/department';
import { exportProjects, prepareProjectsExport, type ExportFormat, type ExportRequest } from '../export/exportProjects';
import { backupBeside } from '../db/backups';
import { carryForward } from './carryForward';
import { importTables } from '../import/importTables';
import { toTargetTable } from '../../shared/interchange/targetTable';
import { libraryIndex } from '../library/libraryIndex';
import { importChosen, previewImport, previewOf, writeChosen } from './importFile';
import * as projects from '../db/projects';
import type { Workspace } from './workspace';
import { evaluationRevision, storedEvaluation, writeEvaluation } from '../db/evaluations';
import { projectList } from '../db/projectList';
import { exportEvaluations, prepareEvaluationsExport } from '../export/exportEvaluations';
import type { ReadWorkbook } from '../import/readWorkbook';
import { Jobs, type JobContext } from '../jobs/jobs';
import { runInWorker } from '../jobs/runInWorker';
import type { WorkerTask } from '../jobs/worker';
import { generateEvaluations, yearSummary } from './evaluations';

/** What only the desktop shell can do; browser mode has none of it. */
export interface Host {
  pickFolder(): Promise<string | null>;
}

export const NO_HOST: Host = { pickFolder: async () => null };

const STALE = '已在别处（另一个标签页或窗口）修改并保存，这里的不是最新内容。为免覆盖那边的修改，这次没有保存：请重新载入最新内容后再修改，或把这里的内容另存为副本。';
const STALE_PROJECT = `这个项目${STALE}`;
const STALE_EVALUATION = `这个项目的自评表${STALE}`;

function uniqueName(taken: (name: string) => boolean, base: string): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}（${n}）`;
    if (!taken(candidate)) return candidate;
  }
}

const exportRequestOf = ({ year, format, stacked, ids }: { year: number; format: ExportFormat; stacked: boolean; ids?: number[] | undefined }): ExportRequest => ({
  year,
  format,
  stacked,
  ...(ids ? { projectIds: ids } : {}),
});

/** A task in a worker thread, its progress and cancel wired to the job. */
function inWorker<T>(job: JobContext, task: WorkerTask): Promise<T> {
  const run = runInWorker<T>(task, job.progress);
  job.onCancel(run.cancel);
  return run.result;
}

export function createHandlers(workspace: Workspace, host: Host = NO_HOST) {
  const jobs = new Jobs();
  const requireFreeName = (departmentFile: string, year: number, name: string, exceptId?: number) => {
    if (projects.projectNameTaken(workspace.db(departmentFile), year, name.trim(), exceptId)) {
      throw new AppError('conflict', `${year} 年度已有名为“${name.trim()}”的项目`);
    }
  };
  /** The stored project, refusing a write made from an older revision (another tab or window saved since). */
  const current = (departmentFile: string, id: number, revision: number) => {
    const project = projects.getProject(workspace.db(departmentFile), id);
    if (project.revision !== revision) throw new AppError('stale', STALE_PROJECT);
    return project;
  };
  const save = (departmentFile: string, id: number, revision: number, content: ProjectContent) => {
    const db = workspace.db(departmentFile);
    const { year } = current(departmentFile, id, revision);
    requireFreeName(departmentFile, year, content.name, id);
    projects.updateProject(db, id, { ...content, name: content.name.trim() });
    return projects.getProject(db, id);
  };

  return {
    getWorkspace: () => workspace.info(),
    setWorkspace: ({ path }) => {
      workspace.moveTo(path);
      return workspace.info();
    },
    pickWorkspaceFolder: async () => ({ path: await host.pickFolder() }),
    createDepartment: (meta) => workspace.createDepartment({ ...meta, name: meta.name.trim() }),
    listYears: ({ departmentFile }) => projects.listYears(workspace.db(departmentFile)),
    listProjects: ({ departmentFile, year }) => projectList(workspace.db(departmentFile), year, LAYOUTS[workspace.department(departmentFile).layout]),
    getProject: ({ departmentFile, id }) => projects.getProject(workspace.db(departmentFile), id),
    createProject: ({ departmentFile, year, name }) => {
      requireFreeName(departmentFile, year, name);
      const db = workspace.db(departmentFile);
      const id = projects.insertProject(db, year, emptyContent(name.trim(), workspace.department(departmentFile)));
      return projects.getProject(db, id);
    },
    saveProject: ({ departmentFile, id, revision, content }) => save(departmentFile, id, revision, content),
    renameProject: ({ departmentFile, id, revision, name }) => save(departmentFile, id, revision, { ...contentOf(current(departmentFile, id, revision)), name }),
    duplicateProject: ({ departmentFile, id, content, selfEvaluation }) => {
      const db = workspace.db(departmentFile);
      const original = projects.getProject(db, id);
      const { year } = original;
      const copied = content ?? contentOf(original);
      const name = uniqueName((n) => projects.projectNameTaken(db, year, n), `${copied.name.trim()}（副本）`);
      const copy = db.transaction(() => {
        const copyId = projects.insertProject(db, year, { ...copied, name, status: '草稿' });
        if (selfEvaluation) writeEvaluation(db, copyId, selfEvaluation);
        return copyId;
      })();
      return projects.getProject(db, copy);
    },
    deleteProject: ({ departmentFile, id }) => {
      projects.markDeleted(workspace.db(departmentFile), id);
      return { id };
    },
    restoreProject: ({ departmentFile, id }) => {
      const db = workspace.db(departmentFile);
      projects.unmarkDeleted(db, id);
      return projects.getProject(db, id);
    },
    acknowledgeFinding: ({ departmentFile, id, key, note }) => {
      const db = workspace.db(departmentFile);
      const project = projects.getProject(db, id);
      const finding = reviewProject({ ...project, acknowledgements: {} }, LAYOUTS[workspace.department(departmentFile).layout]).find((f) => f.key === key);
      if (!finding) throw new AppError('not-found', '这条审核意见已不存在，可能已经改正');
      if (finding.severity !== '提醒') throw new AppError('bad-request', '“错误”必须改正，不能确认后保留；只有“提醒”可以填写说明后确认');
      writeAcknowledgement(db, id, key, note.trim());
      return projects.getProject(db, id);
    },
    withdrawAcknowledgement: ({ departmentFile, id, key }) => {
      const db = workspace.db(departmentFile);
      deleteAcknowledgement(db, id, key);
      return projects.getProject(db, id);
    },
    previewImport: ({ departmentFile, fileName, base64, year }) => previewImport(workspace.db(departmentFile), Buffer.from(base64, 'base64'), fileName, year),
    importFile: async ({ departmentFile, fileName, base64, year, choices }) => {
      const db = workspace.db(departmentFile);
      backupBeside(db, workspace.filePath(departmentFile), '导入前');
      return importChosen(db, Buffer.from(base64, 'base64'), fileName, year, choices);
    },
    copyFromDepartment: ({ departmentFile, source, year, ids, toYear, onConflict }) => {
      if (source === departmentFile) throw new AppError('bad-request', '请选择另一个单位');
      const layout = workspace.department(source).layout;
      const tables = projects
        .projectsOfYear(workspace.db(source), year)
        .filter((p) => ids.includes(p.id))
        .map((p) => toTargetTable(layout, p.year, contentOf(p)));
      const db = workspace.db(departmentFile);
      backupBeside(db, workspace.filePath(departmentFile), '复制前');
      return importTables(db, tables.map((table) => ({ table, year: toYear, onConflict })));
    },
    searchLibrary: ({ departmentFile, query, level2, limit }) => libraryIndex.search(workspace.db(departmentFile), query, level2, limit),
    carryForward: ({ departmentFile, from, to, ids, includeOneYear }) => {
      const db = workspace.db(departmentFile);
      backupBeside(db, workspace.filePath(departmentFile), '结转前');
      return carryForward(db, { from, to, includeOneYear, ...(ids ? { ids } : {}) });
    },
    confirmCarried: ({ departmentFile, id, revision, part }) => {
      const db = workspace.db(departmentFile);
      const project = current(departmentFile, id, revision);
      projects.setPendingReview(db, id, project.pendingReview.filter((p) => p !== part));
      return projects.getProject(db, id);
    },
    exportProjects: async (args) => {
      const db = workspace.db(args.departmentFile);
      const request = exportRequestOf(args);
      const result = args.form === 'selfEvaluations' ? await exportEvaluations(db, readDepartment(db), request) : await exportProjects(db, readDepartment(db), request);
      return { fileName: result.fileName, mimeType: result.mimeType, base64: result.bytes.toString('base64'), draftProjects: result.draftProjects };
    },
    listBackups: ({ departmentFile }) => workspace.backups(departmentFile),
    restoreBackup: ({ departmentFile, backup }) => workspace.restore(departmentFile, backup),
    startJob: (args) =>
      jobs.start(async (job) => {
        const db = workspace.db(args.departmentFile);
        if (args.kind === 'export') {
          const prepared = (args.form === 'selfEvaluations' ? prepareEvaluationsExport : prepareProjectsExport)(db, readDepartment(db), exportRequestOf(args));
          const bytes = await inWorker<Uint8Array>(job, { kind: 'render', plan: prepared.plan });
          return { fileName: prepared.fileName, mimeType: prepared.mimeType, draftProjects: prepared.draftProjects, base64: Buffer.from(bytes).toString('base64') };
        }
        const read = await inWorker<ReadWorkbook>(job, { kind: 'read', bytes: Buffer.from(args.base64, 'base64'), fileName: args.fileName });
        if (args.kind === 'preview') return previewOf(db, read, args.year);
        // The last moment a cancel still counts: the write below is one transaction.
        job.checkpoint();
        backupBeside(db, workspace.filePath(args.departmentFile), '导入前');
        return writeChosen(db, read, args.year, args.choices);
      }),
    jobStatus: ({ job }) => jobs.status(job),
    cancelJob: ({ job }) => jobs.cancel(job),
    getSelfEvaluation: ({ departmentFile, id }) => {
      const db = workspace.db(departmentFile);
      projects.getProject(db, id);
      return storedEvaluation(db, id);
    },
    generateSelfEvaluations: ({ departmentFile, year, ids, variant, replace }) => {
      const db = workspace.db(departmentFile);
      if (replace) backupBeside(db, workspace.filePath(departmentFile), '重新生成自评表前');
      return generateEvaluations(db, { year, variant, replace, ...(ids ? { ids } : {}) });
    },
    saveSelfEvaluation: ({ departmentFile, id, revision, content }) => {
      const db = workspace.db(departmentFile);
      projects.getProject(db, id);
      if (evaluationRevision(db, id) !== revision) throw new AppError('stale', STALE_EVALUATION);
      writeEvaluation(db, id, content);
      const saved = storedEvaluation(db, id);
      return { ...saved, content: saved.content!, updatedAt: saved.updatedAt! };
    },
    selfEvaluationSummary: ({ departmentFile, year }) => {
      const db = workspace.db(departmentFile);
      return yearSummary(db, readDepartment(db).name, year);
    },
  } satisfies Handlers;
}

export type Services = ReturnType<typeof createHandlers>;
