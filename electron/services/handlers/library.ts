/** The indicator library, searched as the clerk types a 三级 name. */
import type { Handlers } from '../../../shared/api/contract';
import { libraryIndex } from '../../library/libraryIndex';
import type { Workspace } from '../workspace';

export const libraryHandlers = (workspace: Workspace) =>
  ({
    searchLibrary: ({ departmentFile, query, level2, limit }) => libraryIndex.search(workspace.db(departmentFile), query, level2, limit),
  }) satisfies Partial<Handlers>;
