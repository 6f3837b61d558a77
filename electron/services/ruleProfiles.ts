/**
 * The department's rules (审核规则): kept in its file after a backup, and as `.jxrules` files to
 * share across a county, each the profile's JSON as the shipped ones are written.
 */
import type { Database } from 'better-sqlite3';
import { MAX_RULE_FILE_BYTES, type DownloadFile } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import { ruleProfile } from '../../shared/api/schemas';
import type { RuleProfile } from '../../shared/profiles/profile';
import { profileProblem } from '../../shared/profiles/schema';
import { writeAfterBackup } from '../db/backups';
import { writeRuleProfile } from '../db/department';
import { safeFileName } from '../export/exportProjects';

export const RULE_FILE_EXTENSION = '.jxrules';

/** Keeps a profile as the department's rules, after a backup of the file. */
export function keepRuleProfile(db: Database, profile: RuleProfile): RuleProfile {
  writeAfterBackup(db, '更改审核规则前', () => writeRuleProfile(db, profile));
  return profile;
}

/** What a rule profile file holds, checked as the API checks a profile; a file that is not one is refused naming it and the field. */
export function parseRuleProfileFile(name: string, bytes: Uint8Array): RuleProfile {
  const refuse = (why: string) => new AppError('bad-request', `审核规则文件“${name}”无法使用：${why}`);
  if (bytes.length > MAX_RULE_FILE_BYTES) throw refuse(`超过 ${MAX_RULE_FILE_BYTES / 1024} KB，不是审核规则`);
  let data: unknown;
  try {
    // Notepad saves UTF-8 with a byte order mark.
    data = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw refuse('不是有效的 JSON');
  }
  const parsed = ruleProfile.safeParse(data);
  if (!parsed.success) throw refuse(profileProblem(parsed.error));
  return parsed.data;
}

/** The department's rules as a file to save, named after the profile. */
export function ruleProfileDownload(profile: RuleProfile): DownloadFile {
  return {
    fileName: `${safeFileName(profile.name)}${RULE_FILE_EXTENSION}`,
    mimeType: 'application/json',
    base64: Buffer.from(`${JSON.stringify(profile, null, 2)}\n`).toString('base64'),
  };
}
