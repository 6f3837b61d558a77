/** The workspace folder and its departments. */
import type { Handlers } from '../../../shared/api/contract';
import type { Workspace } from '../workspace';

/** What only the desktop shell can do; browser mode has none of it. */
export interface Host {
  pickFolder(): Promise<string | null>;
}

export const NO_HOST: Host = { pickFolder: async () => null };

export const workspaceHandlers = (workspace: Workspace, host: Host) =>
  ({
    getWorkspace: () => workspace.info(),
    setWorkspace: ({ path }) => {
      workspace.moveTo(path);
      return workspace.info();
    },
    pickWorkspaceFolder: async () => ({ path: await host.pickFolder() }),
    createDepartment: (meta) => workspace.createDepartment({ ...meta, name: meta.name.trim() }),
  }) satisfies Partial<Handlers>;
