import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readJson } from '../helpers/paths';

const pkg = readJson<{ version: string; bin: Record<string, string> }>(path.join(ROOT, 'package.json'));
const bin = path.join(ROOT, pkg.bin.jixiao!);
const jixiao = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('jixiao CLI', () => {
  it('is the package bin, and is executable', () => {
    expect(fs.statSync(bin).mode & 0o111).not.toBe(0);
    expect(fs.readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('prints its version', () => {
    const run = jixiao('--version');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${pkg.version}\n`);
  });

  it('prints help in Chinese', () => {
    const run = jixiao('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('用法');
    expect(run.stdout).toContain('--version');
  });

  it('refuses an unknown command with status 2', () => {
    const run = jixiao('frobnicate');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('未知命令：frobnicate');
    expect(jixiao('--bogus').status).toBe(2);
  });
});
