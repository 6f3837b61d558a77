/** The department's rules (审核规则): read, kept after a backup, chosen from the shipped ones, exported and imported as `.jxrules` files. */
import type { Handlers } from '../../../shared/api/contract';
import { SHIPPED_PROFILES } from '../../../shared/profiles/shipped';
import { readRuleProfile } from '../../db/department';
import { keepRuleProfile, parseRuleProfileFile, ruleProfileDownload } from '../ruleProfiles';
import type { Workspace } from '../workspace';

export const ruleProfileHandlers = (workspace: Workspace) =>
  ({
    getRuleProfile: ({ departmentFile }) => readRuleProfile(workspace.db(departmentFile)),
    setRuleProfile: ({ departmentFile, profile }) => keepRuleProfile(workspace.db(departmentFile), profile),
    listShippedProfiles: () => [...SHIPPED_PROFILES],
    exportRuleProfile: ({ departmentFile }) => ruleProfileDownload(readRuleProfile(workspace.db(departmentFile))),
    importRuleProfile: ({ departmentFile, fileName, base64 }) =>
      keepRuleProfile(workspace.db(departmentFile), parseRuleProfileFile(fileName, Buffer.from(base64, 'base64'))),
  }) satisfies Partial<Handlers>;
