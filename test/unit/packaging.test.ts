import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

interface Target {
  target: string;
  arch: string[];
}
const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a YAML document of any shape
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};
const targets = (platform: 'win' | 'linux') => (config[platform].target as Target[]).flatMap((t) => t.arch.map((arch) => `${t.target}-${arch}`)).sort();

describe('the installer configuration (electron-builder.yml)', () => {
  it('builds a Windows installer and portable app, and deb and AppImage for x64 and arm64 (UOS, Kylin)', () => {
    expect(targets('win')).toEqual(['nsis-x64', 'portable-x64']);
    expect(targets('linux')).toEqual(['AppImage-arm64', 'AppImage-x64', 'deb-arm64', 'deb-x64']);
    expect(config).toMatchObject({ appId: 'cn.gov.jixiao.desktop', productName: '绩效填报助手' });
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
  });

  it('has its icon in resources/, large enough for every target', () => {
    for (const platform of ['win', 'linux']) {
      const icon = path.join(ROOT, config[platform].icon as string);
      expect(path.relative(path.join(ROOT, 'resources'), icon).startsWith('..')).toBe(false);
      const png = fs.readFileSync(icon);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    }
  });

  it('flips the fuses that would let the packaged app run as Node or load foreign code', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('ships the built app and the Electron build of better-sqlite3, not the CLI, the web host, sources or maps', () => {
    const files = config.files as string[];
    expect(files).toEqual(expect.arrayContaining(['package.json', 'dist/**', '!dist/**/*.map', '!dist/cli.cjs', '!dist/web.cjs', '!dist/native-build/**']));
    expect(pkg.main.startsWith('dist/')).toBe(true);
    expect(config.asarUnpack).toEqual(['dist/better_sqlite3.electron.node']);
    // The Node build in node_modules stays as the tests use it; the Electron one is made into dist/ before packaging.
    expect(config.npmRebuild).toBe(false);
    expect(fs.readFileSync(path.join(ROOT, 'electron/build/native-for-electron.mjs'), 'utf8')).toContain("'better_sqlite3.electron.node'");
    expect(pkg.scripts.dist).toContain('native-for-electron.mjs');
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.yml');
    expect(pkg.scripts.postinstall).toBeUndefined();
  });

  it('opens data packages (.jxpack) with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'jxpack', name: '绩效填报助手数据包' })]);
  });
});
