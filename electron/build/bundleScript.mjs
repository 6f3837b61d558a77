// Bundles one TypeScript entry of the tree into a CommonJS script for plain Node, its packages left
// to the project's node_modules: how the benchmarks and the crash test run code of the app.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { rulesDefine } from './rulesFingerprint.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `entry` relative to the repository; `outfile` anywhere. */
export function bundleScript(entry, outfile) {
  return build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
    absWorkingDir: root,
    define: rulesDefine(),
    nodePaths: [path.join(root, 'node_modules')],
  });
}
