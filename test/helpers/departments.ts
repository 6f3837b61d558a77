/** Department files filled from interchange tables, for tests that need real stored projects. */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { createHandlers } from '../../electron/services/handlers';
import { Workspace } from '../../electron/services/workspace';
import { fromTargetTable, type TargetTable } from '../../shared/interchange/targetTable';
import type { LayoutId } from '../../shared/layouts';
import { tempDir } from './paths';

/** The services as the tests call them: the handlers' own (mostly synchronous) results. */
type TestApi = ReturnType<typeof createHandlers>;

/** The stored revision of a project: what an editor that saw every earlier write would send with the next. */
export function revisionOf(api: TestApi, departmentFile: string, id: number): number {
  return api.getProject({ departmentFile, id }).revision;
}

/** A department file with those tables, in a new workspace or beside the departments of `workspace`. */
export function departmentWith(name: string, layout: LayoutId, tables: TargetTable[], workspace = new Workspace(tempDir())) {
  const api = createHandlers(workspace);
  const { file } = api.createDepartment({ name, code: '', supervisor: '', layout });
  const ids = tables.map((t) => {
    const { year, content } = fromTargetTable(t);
    const { id, revision } = api.createProject({ departmentFile: file, year: year!, name: content.name });
    api.saveProject({ departmentFile: file, id, revision, content });
    return id;
  });
  return { workspace, api, departmentFile: file, ids, path: `${workspace.path}/${file}` };
}

/** A new workspace holding one such department file, closed for another process (the app under test) to open; `prepare` does more to it first. */
export function closedDepartment(
  name: string,
  layout: LayoutId,
  tables: TargetTable[] = [],
  prepare: (made: ReturnType<typeof departmentWith>) => void = () => {},
) {
  const made = departmentWith(name, layout, tables);
  prepare(made);
  made.workspace.close();
  return made;
}

/** Overwrites the pages of the project's rows (the last ones written; the schema's pages come first, and stay readable), as a failing disk would. */
export function damage(file: string): void {
  const bytes = fs.readFileSync(file);
  const db = new Database(file, { readonly: true });
  const pages = db.prepare("SELECT pageno FROM dbstat WHERE name IN ('project', 'indicator')").pluck().all() as number[];
  db.close();
  for (const page of pages) for (let i = (page - 1) * 4096 + 8; i < page * 4096; i += 7) bytes[i] = 0x5a;
  fs.writeFileSync(file, bytes);
}
