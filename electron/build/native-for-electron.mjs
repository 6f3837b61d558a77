// Builds better-sqlite3 for Electron's ABI into dist/, so that the desktop app loads its own copy
// (through better-sqlite3's `nativeBinding` option) while node_modules keeps the Node build that
// the tests and the CLI use. Needs Electron's headers, so it runs where there is internet, for
// `npm start` and `npm run dist`; never in postinstall.
import { rebuild } from '@electron/rebuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = path.join(root, 'dist', 'better_sqlite3.electron.node');
const stampFile = `${target}.json`;
const electronVersion = require('electron/package.json').version;
const sqliteVersion = require('better-sqlite3/package.json').version;
const stamp = JSON.stringify({ electron: electronVersion, betterSqlite3: sqliteVersion, arch: process.arch });

if (fs.existsSync(target) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) process.exit(0);

const work = path.join(root, 'dist', 'native-build');
const source = path.dirname(require.resolve('better-sqlite3/package.json'));
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(path.join(work, 'node_modules'), { recursive: true });
fs.cpSync(source, path.join(work, 'node_modules', 'better-sqlite3'), {
  recursive: true,
  filter: (src) => path.relative(source, src).split(path.sep)[0] !== 'build',
});
fs.writeFileSync(
  path.join(work, 'package.json'),
  JSON.stringify({ name: 'native-build', version: '1.0.0', dependencies: { 'better-sqlite3': sqliteVersion } }),
);
console.error(`正在为 Electron ${electronVersion} 编译 better-sqlite3 ${sqliteVersion}……`);
await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true });
fs.copyFileSync(path.join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), target);
fs.writeFileSync(stampFile, stamp);
fs.rmSync(work, { recursive: true, force: true });
