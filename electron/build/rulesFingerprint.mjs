// A fingerprint of the rules the project list's counts come from: a hash of every source file of
// shared/ (the checker, the scoring, the forms, the shipped rule profiles). Counts stored by another
// build are recomputed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const shared = fileURLToPath(new URL('../../shared', import.meta.url));

export function rulesFingerprint() {
  const hash = createHash('sha256');
  const files = readdirSync(shared, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') || f.endsWith('.json'))
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(shared, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** For esbuild's and vitest's `define`. */
export const rulesDefine = () => ({ __RULES_FINGERPRINT__: JSON.stringify(rulesFingerprint()) });
