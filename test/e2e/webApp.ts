/// <reference lib="dom" />
/** Starts `npm run web` as a clerk would, and Debian's Chromium through playwright-core. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ROOT, tempDir } from '../helpers/paths';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The screens clerks have: a small laptop, the common office laptop, a desktop monitor. */
export const SCREENS = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const;

export interface RunningApp {
  url: string;
  /** Everything the process printed to stdout. */
  stdout: () => string;
  stop(): Promise<void>;
}

/** The environment of a fresh shell: none of the settings an outer `npm test` passes down. */
function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

export async function startWebApp(workspace: string): Promise<RunningApp> {
  const child: ChildProcess = spawn('npm', ['run', 'web'], {
    cwd: ROOT,
    env: { ...shellEnv(), JIXIAO_WORKSPACE: workspace, JIXIAO_PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run web printed no address in time.\n${err}`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('http'));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.on('exit', (code) => reject(new Error(`npm run web exited with ${code}.\n${err}`)));
  });
  return {
    url,
    stdout: () => out,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // The group has ended already (a test killed the host).
      }
      await exited;
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface BrowserSession {
  app: RunningApp;
  page: Page;
  /** The app opened in a browser context of its own (closed after the test): no view remembered from another test, no other tab. */
  freshPage(): Promise<Page>;
}

/** `npm run web` on a workspace folder and one Chromium page on it, for the tests of one file. */
export function browserSession(workspace: () => string): BrowserSession {
  let browser: Browser | undefined;
  let app: RunningApp | undefined;
  // A context of its own, so that a test can open a second tab in it (`page.context().newPage()`).
  const newContext = () => browser!.newContext({ viewport: { width: 1440, height: 1400 }, locale: 'zh-CN', acceptDownloads: true });
  const fresh: BrowserContext[] = [];
  const session = {
    freshPage: async () => {
      const context = await newContext();
      fresh.push(context);
      const page = await context.newPage();
      await page.goto(app!.url);
      return page;
    },
  } as BrowserSession;
  beforeAll(async () => {
    app = session.app = await startWebApp(workspace());
    browser = await launchChromium();
    session.page = await (await newContext()).newPage();
  }, 180_000);
  afterEach(async () => {
    for (const context of fresh.splice(0)) await context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  return session;
}

/** Pastes text into the focused element as a clipboard paste from Excel would. */
export async function pasteInto(page: Page, text: string): Promise<void> {
  await page.evaluate((clip) => {
    const data = new DataTransfer();
    data.setData('text/plain', clip);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The app at its address, on one department. */
export async function openOnDepartment(page: Page, url: string, department: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('单位', { exact: true }).selectOption({ label: department });
}

/** The import dialog of a department at a laptop's 1366×768, with a workbook of those bytes (written to a temporary `fileName`) chosen. */
export async function importOnLaptop(page: Page, url: string, department: string, fileName: string, bytes: Buffer) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openOnDepartment(page, url, department);
  const file = path.join(tempDir(), fileName);
  fs.writeFileSync(file, bytes);
  return openImport(page, file);
}

/** The import dialog, with a file chosen. */
export async function openImport(page: Page, file: string) {
  await page.getByRole('button', { name: '导入…' }).click();
  const dialog = page.getByRole('dialog', { name: '导入' });
  await dialog.getByLabel('选择文件').setInputFiles(file);
  return dialog;
}
