#!/usr/bin/env node
'use strict';
// The installed `jixiao` command: runs the built CLI bundle.
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', '..', 'dist', 'cli.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('绩效填报助手尚未构建：请在项目目录运行 npm run build\n');
  process.exit(2);
}
require(bundle);
