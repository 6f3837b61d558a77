/** The 部门整体支出绩效目标表 and 自评表 of a department file, one of each per year. */
import type { Handlers } from '../../../shared/api/contract';
import { draftYearTable, EVALUATION, TABLE, generateYearEvaluation, openDocument, saveDocument, yearIndicatorCandidates } from '../departmentTables';
import type { Workspace } from '../workspace';
import { staleMessage } from './projects';

export const departmentTableHandlers = (workspace: Workspace) =>
  ({
    getDepartmentTable: ({ departmentFile, year }) => openDocument(workspace.db(departmentFile), year, TABLE),
    saveDepartmentTable: ({ departmentFile, year, revision, content }) =>
      saveDocument(workspace.db(departmentFile), year, TABLE, { revision, content, stale: staleMessage(`${year}年的部门整体支出绩效目标表`) }),
    draftDepartmentTable: ({ departmentFile, year }) => draftYearTable(workspace.db(departmentFile), year),
    departmentIndicatorCandidates: ({ departmentFile, year }) => yearIndicatorCandidates(workspace.db(departmentFile), year),
    getDepartmentEvaluation: ({ departmentFile, year }) => openDocument(workspace.db(departmentFile), year, EVALUATION),
    saveDepartmentEvaluation: ({ departmentFile, year, revision, content }) =>
      saveDocument(workspace.db(departmentFile), year, EVALUATION, { revision, content, stale: staleMessage(`${year}年的部门整体支出绩效自评表`) }),
    generateDepartmentEvaluation: ({ departmentFile, year }) => generateYearEvaluation(workspace.db(departmentFile), year),
  }) satisfies Partial<Handlers>;
