/**
 * Layout maps kept in the workspace folder, one JSON file each, `表样/<名称>.json`: every preview and
 * import of the workspace applies them. A file that is not a map is named with why, never used.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import { layoutMap, layoutMapName } from '../../shared/api/schemas';
import { describeMapPath, type LayoutMap } from '../../shared/forms/layoutMap';
import { isReadOnly, storageError } from '../db/storageErrors';

export const LAYOUT_MAP_FOLDER = '表样';
/** A map is a few kilobytes; a file much larger is something else. */
const MAX_MAP_BYTES = 1024 * 1024;

export interface LayoutMapList {
  maps: LayoutMap[];
  problems: { file: string; message: string }[];
}

/**
 * What a map file holds, checked as the API checks a map; its name is the file's. A file that is
 * not a map is refused naming it and the field that is wrong.
 */
export function readLayoutMapFile(file: string): LayoutMap {
  const refuse = (why: string) => new AppError('bad-request', `表样文件“${path.basename(file)}”无法使用：${why}`);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw refuse('找不到该文件');
  }
  if (!stat.isFile()) throw refuse('不是普通文件');
  if (stat.size > MAX_MAP_BYTES) throw refuse(`超过 ${MAX_MAP_BYTES / 1024} KB，不是表样`);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw refuse('不是有效的 JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw refuse('不是表样（应为一个 JSON 对象）');
  const parsed = layoutMap.safeParse({ ...data, name: path.basename(file, '.json') });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refuse(`${describeMapPath(issue.path)}：${issue.message}`);
  }
  return parsed.data;
}

export function listLayoutMaps(workspaceFolder: string): LayoutMapList {
  const folder = path.join(workspaceFolder, LAYOUT_MAP_FOLDER);
  const list: LayoutMapList = { maps: [], problems: [] };
  if (!fs.existsSync(folder)) return list;
  const files = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
  for (const file of files) {
    try {
      list.maps.push(readLayoutMapFile(path.join(folder, file)));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      list.problems.push({ file, message: error.message });
    }
  }
  return list;
}

/** Writes a map beside the others (written aside, then moved into place); one of the same name is replaced only where asked. */
export function saveLayoutMap(workspaceFolder: string, map: LayoutMap, replace: boolean): LayoutMap {
  const name = layoutMapName.safeParse(map.name);
  if (!name.success) throw new AppError('bad-request', name.error.issues[0]!.message);
  const folder = path.join(workspaceFolder, LAYOUT_MAP_FOLDER);
  const file = path.join(folder, `${name.data}.json`);
  if (!replace && fs.existsSync(file)) throw new AppError('conflict', `已有名为“${name.data}”的表样`);
  const saved = { ...map, name: name.data };
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(`${file}.saving`, `${JSON.stringify(saved, null, 2)}\n`);
    fs.renameSync(`${file}.saving`, file);
  } catch (error) {
    if (isReadOnly(error)) throw new AppError('refused', `表样“${name.data}”未保存：工作文件夹中的“${LAYOUT_MAP_FOLDER}”文件夹只读或没有写入权限`);
    throw storageError(error) ?? error;
  }
  return saved;
}
