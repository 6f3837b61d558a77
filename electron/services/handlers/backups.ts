/** The backups of a department file, and restoring one. */
import type { Handlers } from '../../../shared/api/contract';
import type { Workspace } from '../workspace';

export const backupHandlers = (workspace: Workspace) =>
  ({
    listBackups: ({ departmentFile }) => workspace.backups(departmentFile),
    restoreBackup: ({ departmentFile, backup }) => workspace.restore(departmentFile, backup),
  }) satisfies Partial<Handlers>;
