/**
 * Forward-only schema migrations. Entry N brings a file from `user_version` N to N+1; a file
 * newer than the last entry is refused.
 */
import initial from './001-initial';
import acknowledgements from './002-acknowledgements';
import carried from './003-carried';
import library from './004-library';
import selfEvaluation from './005-self-evaluation';
import nameIndex from './006-name-index';
import reviewCache from './007-review-cache';
import revision from './008-revision';
import otherInfo from './009-other-info';
import ruleProfile from './010-rule-profile';
import monitoring from './011-monitoring';
import departmentTables from './012-department-tables';

export const MIGRATIONS: readonly string[] = [
  initial,
  acknowledgements,
  carried,
  library,
  selfEvaluation,
  nameIndex,
  reviewCache,
  revision,
  otherInfo,
  ruleProfile,
  monitoring,
  departmentTables,
];
export const SCHEMA_VERSION = MIGRATIONS.length;
