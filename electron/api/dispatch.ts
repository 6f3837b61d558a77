/**
 * The one entry both transports use: checks the method name and its arguments against the
 * contract, calls the service, and wraps the outcome in an envelope. Only AppError messages
 * and failures of storage in plain words (storageErrors.ts) reach the caller; anything else is
 * logged here and reported without its details.
 */
import { contract, isMethodName, type Handlers, type MethodName } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/errors';
import { storageError } from '../db/storageErrors';

function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}：${i.message}` : i.message)).join('；');
}

export async function dispatch(handlers: Handlers, name: unknown, rawArgs: unknown): Promise<Envelope<unknown>> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'not-found', message: `没有这个操作：${String(name).slice(0, 100)}` } };
  }
  const parsed = contract[name].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'bad-request', message: `参数有误（${name}）：${describeIssues(parsed.error.issues)}` } };
  }
  try {
    const handler = handlers[name] as (args: unknown) => unknown;
    return { ok: true, result: await handler(parsed.data) };
  } catch (error) {
    // A damaged file, a full disk or a read-only folder is said as such, naming the department worked on.
    const { departmentFile } = parsed.data as { departmentFile?: unknown };
    const known = storageError(error, typeof departmentFile === 'string' ? departmentFile : undefined);
    if (known) return { ok: false, error: { code: known.code, message: known.message } };
    console.error(`[jixiao] ${name as MethodName} failed:`, error);
    return { ok: false, error: { code: 'internal', message: '内部错误，操作未完成。详细信息已写入日志。' } };
  }
}
