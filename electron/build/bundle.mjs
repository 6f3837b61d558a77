// Bundles the Node side (desktop main and preload, CLI, web host, the worker thread) into dist/ with esbuild.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { rulesDefine } from './rulesFingerprint.mjs';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

const entries = {
  main: 'electron/main/main.ts',
  preload: 'electron/main/preload.ts',
  cli: 'electron/cli/main.ts',
  web: 'electron/web/main.ts',
  worker: 'electron/jobs/worker.ts',
};

await Promise.all(
  Object.entries(entries).map(([name, entry]) =>
    build({
      entryPoints: [entry],
      outfile: `dist/${name}.cjs`,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      sourcemap: 'linked',
      define: { __JIXIAO_VERSION__: JSON.stringify(version), ...rulesDefine() },
      logLevel: 'warning',
    }),
  ),
);
