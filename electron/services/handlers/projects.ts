/** The 绩效目标表 of a department file: listing, editing, copying, deleting, 提醒 confirmed, 从上年结转. */
import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { LAYOUTS } from '../../../shared/layouts';
import { contentOf, emptyContent, type ProjectContent } from '../../../shared/project';
import { reviewProject } from '../../../shared/review';
import { deleteAcknowledgement, writeAcknowledgement } from '../../db/acknowledgements';
import { readRuleProfile } from '../../db/department';
import { writeMonitoring } from '../../db/monitoring';
import { writeEvaluation } from '../../db/evaluations';
import { projectList } from '../../db/projectList';
import * as projects from '../../db/projects';
import { carryForward } from '../carryForward';
import type { Workspace } from '../workspace';

/** Why a write made from an older revision (another tab or window saved since) is refused. */
export const staleMessage = (what: string) =>
  `${what}已在别处（另一个标签页或窗口）修改并保存，这里的不是最新内容。为免覆盖那边的修改，这次没有保存：请重新载入最新内容后再修改，或把这里的内容另存为副本。`;

export function projectHandlers(workspace: Workspace) {
  const requireFreeName = (departmentFile: string, year: number, name: string, exceptId?: number) => {
    if (projects.projectNameTaken(workspace.db(departmentFile), year, name.trim(), exceptId)) {
      throw new AppError('conflict', `${year} 年度已有名为“${name.trim()}”的项目`);
    }
  };
  /** The stored project, refusing a write made from an older revision. */
  const current = (departmentFile: string, id: number, revision: number) => {
    const project = projects.getProject(workspace.db(departmentFile), id);
    if (project.revision !== revision) throw new AppError('stale', staleMessage('这个项目'));
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
    listYears: ({ departmentFile }) => projects.listYears(workspace.db(departmentFile)),
    listProjects: ({ departmentFile, year }) => {
      const db = workspace.db(departmentFile);
      return projectList(db, year, LAYOUTS[workspace.department(departmentFile).layout], readRuleProfile(db));
    },
    getProject: ({ departmentFile, id }) => projects.getProject(workspace.db(departmentFile), id),
    createProject: ({ departmentFile, year, name }) => {
      requireFreeName(departmentFile, year, name);
      const db = workspace.db(departmentFile);
      const id = projects.insertProject(db, year, emptyContent(name.trim(), workspace.department(departmentFile)));
      return projects.getProject(db, id);
    },
    saveProject: ({ departmentFile, id, revision, content }) => save(departmentFile, id, revision, content),
    renameProject: ({ departmentFile, id, revision, name }) =>
      save(departmentFile, id, revision, { ...contentOf(current(departmentFile, id, revision)), name }),
    duplicateProject: ({ departmentFile, id, content, selfEvaluation, monitoring }) => {
      const db = workspace.db(departmentFile);
      const original = projects.getProject(db, id);
      const { year } = original;
      const copied = content ?? contentOf(original);
      const name = projects.freeProjectName(db, year, `${copied.name.trim()}（副本）`);
      const copy = db.transaction(() => {
        const copyId = projects.insertProject(db, year, { ...copied, name, status: '草稿' });
        if (selfEvaluation) writeEvaluation(db, copyId, selfEvaluation);
        if (monitoring) writeMonitoring(db, copyId, monitoring);
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
      const layout = LAYOUTS[workspace.department(departmentFile).layout];
      const finding = reviewProject({ ...project, acknowledgements: {} }, layout, readRuleProfile(db)).find((f) => f.key === key);
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
    carryForward: ({ departmentFile, from, to, ids, renamed, includeOneYear }) =>
      carryForward(workspace.db(departmentFile), { from, to, includeOneYear, ...(ids ? { ids } : {}), ...(renamed ? { renamed } : {}) }),
    confirmCarried: ({ departmentFile, id, revision, part }) => {
      const db = workspace.db(departmentFile);
      const project = current(departmentFile, id, revision);
      projects.setPendingReview(
        db,
        id,
        project.pendingReview.filter((p) => p !== part),
      );
      return projects.getProject(db, id);
    },
  } satisfies Partial<Handlers>;
}
