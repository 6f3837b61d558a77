/**
 * Options of the command line, checked with the API's schemas (shared/api/schemas.ts): a value the
 * app refuses, the command line refuses too. The messages name the option and what it takes.
 */
import type { z } from 'zod';
import { year } from '../../shared/api/schemas';
import { CliError } from './output';

export function yearOption(text: string | undefined, option = '--year'): number | undefined {
  if (text === undefined) return undefined;
  const parsed = year.safeParse(Number(text));
  if (!parsed.success) throw new CliError(`${option} 应为年度，如 2024，而不是“${text}”`);
  return parsed.data;
}

/** A value the API's schema takes, or the schema's message (`--name：单位名称不能为空`). */
export function checkedOption<T>(option: string, schema: z.ZodType<T>, text: string): T {
  const parsed = schema.safeParse(text);
  if (!parsed.success) throw new CliError(`${option}：${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

/** One of the values a schema of the API lists (`--format xlsx`). */
export function choiceOption<T extends string>(option: string, schema: z.ZodType<T> & { options: readonly T[] }, text: string | undefined): T {
  const parsed = schema.safeParse(text);
  if (!parsed.success) throw new CliError(`${option} 应为 ${schema.options.join('、')} 之一`);
  return parsed.data;
}
