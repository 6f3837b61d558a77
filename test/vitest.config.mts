import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { rulesDefine } from '../electron/build/rulesFingerprint.mjs';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  define: rulesDefine(),
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A page on a loaded 2-core machine can take more than the default second to answer a poll.
    expect: { poll: { timeout: 10_000 } },
  },
});
