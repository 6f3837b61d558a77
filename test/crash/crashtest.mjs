// `npm run crashtest [runs]`: kills a process that is saving and importing with SIGKILL at random
// moments, at least 200 times, and after each kill opens the department file as the next launch
// would: it must pass SQLite's integrity check, hold every save and import the process had
// reported done, and hold each import whole or not at all. Not part of `npm test`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { bundleScript } from '../../electron/build/bundleScript.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const fixtures = path.join(root, 'test', 'fixtures');
const runs = Number(process.argv[2] ?? 200);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-crash-'));
const bundle = path.join(work, 'writer.cjs');
await bundleScript('test/crash/writer.ts', bundle);
// The bundle requires packages from the project's node_modules.
fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
const writer = createRequire(import.meta.url)(bundle);

const folder = path.join(work, 'workspace');
fs.mkdirSync(folder);
writer.init(folder, fixtures);

const stats = { kills: 0, acknowledgedSaves: 0, acknowledgedImports: 0, unacknowledgedSaveFound: 0, partialImports: 0, lost: 0, damaged: 0 };
const failures = [];
let expectedSave = 0;
let nextImport = 0;

function killSoon() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, 'run', folder, fixtures, String(nextImport)], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      const first = out === '';
      out += d.toString();
      if (first && out.startsWith('ready')) setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 1500));
    });
    child.stderr.on('data', (d) => (err += d.toString()));
    child.on('exit', (code, signal) => resolve({ lines: out.split('\n').slice(0, -1), code, signal, err }));
  });
}

const started = Date.now();
for (let i = 1; i <= runs; i++) {
  const { lines, signal, err } = await killSoon();
  if (signal !== 'SIGKILL') {
    failures.push(`第 ${i} 次：写入进程未被杀死就退出了（${err.slice(0, 300)}）`);
    break;
  }
  stats.kills++;
  const saves = lines.filter((l) => l.startsWith('save ')).map((l) => Number(l.slice(5)));
  const imports = lines.filter((l) => l.startsWith('import ')).map((l) => Number(l.slice(7)));
  stats.acknowledgedSaves += saves.length;
  stats.acknowledgedImports += imports.length;
  if (saves.length) expectedSave = saves.at(-1);
  let found;
  try {
    found = writer.verify(folder, nextImport, nextImport + imports.length);
  } catch (error) {
    stats.damaged++;
    failures.push(`第 ${i} 次：无法打开或完整性检查未通过：${error.message}`);
    break;
  }
  // A save may have committed without its report reaching us; never fewer than reported.
  if (found.saved < expectedSave) {
    stats.lost++;
    failures.push(`第 ${i} 次：已确认保存到 ${expectedSave}，文件中只有 ${found.saved}`);
  } else if (found.saved === expectedSave + 1) stats.unacknowledgedSaveFound++;
  expectedSave = found.saved;
  for (const [k, count] of Object.entries(found.importYears)) {
    if (count !== 0 && count !== 15) {
      stats.partialImports++;
      failures.push(`第 ${i} 次：导入 ${k} 只写入了 ${count}/15 张表`);
    }
    if (imports.includes(Number(k)) && count !== 15) {
      stats.lost++;
      failures.push(`第 ${i} 次：已确认的导入 ${k} 不完整（${count}/15）`);
    }
  }
  nextImport += imports.length + 1;
  if (i % 20 === 0) process.stderr.write(`${i}/${runs}\n`);
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`kills ${stats.kills}, acknowledged saves ${stats.acknowledgedSaves}, acknowledged imports ${stats.acknowledgedImports} (15 tables each)`);
console.log(
  `saves committed but not yet reported when killed: ${stats.unacknowledgedSaveFound}; partial imports: ${stats.partialImports}; acknowledged writes lost: ${stats.lost}; damaged files: ${stats.damaged}`,
);
console.log(`${seconds} s; files in ${work}`);
if (failures.length) {
  console.log(failures.join('\n'));
  process.exit(1);
}
fs.rmSync(work, { recursive: true, force: true });
