/**
 * The services behind the API contract, one table of handlers per area, joined here and checked
 * against the contract: a method missing or extra is a compile error. Transports validate
 * arguments and call these; nothing else.
 */
import type { Handlers } from '../../../shared/api/contract';
import type { Workspace } from '../workspace';
import { backupHandlers } from './backups';
import { departmentTableHandlers } from './departmentTables';
import { evaluationHandlers } from './evaluations';
import { importHandlers } from './import';
import { jobHandlers } from './jobs';
import { libraryHandlers } from './library';
import { monitoringHandlers } from './monitoring';
import { projectHandlers } from './projects';
import { ruleProfileHandlers } from './ruleProfiles';
import { NO_HOST, workspaceHandlers, type Host } from './workspace';

export function createHandlers(workspace: Workspace, host: Host = NO_HOST) {
  return {
    ...workspaceHandlers(workspace, host),
    ...projectHandlers(workspace),
    ...evaluationHandlers(workspace),
    ...monitoringHandlers(workspace),
    ...departmentTableHandlers(workspace),
    ...importHandlers(workspace),
    ...jobHandlers(workspace),
    ...backupHandlers(workspace),
    ...libraryHandlers(workspace),
    ...ruleProfileHandlers(workspace),
  } satisfies Handlers;
}
