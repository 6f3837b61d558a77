/**
 * `npm run web`: the services and the renderer in the local browser. Prints exactly one line,
 * the address with its token, to stdout; everything else goes to stderr.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createHandlers } from '../services/handlers';
import { Workspace, defaultWorkspacePath } from '../services/workspace';
import { startWebHost } from './server';

function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  spawn(command, args, { detached: true, stdio: 'ignore' })
    .on('error', () => console.error(`无法自动打开浏览器，请手动访问 ${url}`))
    .unref();
}

async function main(): Promise<void> {
  const portText = process.env.JIXIAO_PORT;
  const port = portText ? Number(portText) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    console.error(`JIXIAO_PORT 应为 1–65535 之间的端口号，而不是“${portText}”`);
    process.exit(2);
  }
  const workspace = new Workspace(defaultWorkspacePath());
  const host = await startWebHost({ handlers: createHandlers(workspace), staticDir: path.join(__dirname, 'renderer'), port });
  process.stdout.write(`${host.url}\n`);
  console.error(`绩效填报助手（浏览器模式）已启动，工作文件夹：${workspace.path}。按 Ctrl+C 退出。`);
  if (process.argv.includes('--open')) openInBrowser(host.url);
  const stop = () => {
    void host.close().then(() => {
      workspace.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`无法启动浏览器模式：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
