// `npm run web`: builds when the sources are newer than the build, then starts browser mode.
// Build output goes to stderr so that stdout carries only the address line.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outputs = ['dist/web.cjs', 'dist/renderer/index.html'].map((f) => path.join(root, f));

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const built = outputs.every(existsSync) ? Math.min(...outputs.map((f) => statSync(f).mtimeMs)) : 0;
const sources = Math.max(...['electron', 'renderer', 'shared'].map((d) => newest(path.join(root, d))), statSync(path.join(root, 'package.json')).mtimeMs);
if (sources > built) {
  console.error('正在构建……');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
createRequire(import.meta.url)(outputs[0]);
