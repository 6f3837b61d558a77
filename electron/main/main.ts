/**
 * The desktop shell: one window, the app:// protocol, the IPC bridge and the folder dialog.
 * Everything else lives in the services, which run and are tested in plain Node.
 */
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dispatch } from '../api/dispatch';
import { useNativeBinding } from '../db/open';
import { createHandlers } from '../services/handlers';
import { Workspace, defaultWorkspacePath } from '../services/workspace';
import { CONTENT_SECURITY_POLICY, resolveStaticPath } from '../static/files';
import {
  APP_ENTRY,
  APP_SCHEME,
  BRIDGE_CHANNEL,
  denyPermission,
  denyPermissionCheck,
  denyWindowOpen,
  isAllowedNavigation,
  isTrustedSender,
  windowOptions,
} from './security';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let window: BrowserWindow | null = null;

function serveRenderer(): void {
  const root = path.join(__dirname, 'renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveStaticPath(root, new URL(request.url).pathname);
    if (!file) return new Response('未找到', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}

function createWindow(): void {
  window = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs')));
  window.removeMenu();
  window.webContents.setWindowOpenHandler(denyWindowOpen);
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  window.once('ready-to-show', () => window?.show());
  void window.loadURL(APP_ENTRY);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler(denyPermission);
    session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);
    serveRenderer();
    // Native modules cannot load from inside the asar archive; electron-builder unpacks them beside it.
    useNativeBinding(path.join(__dirname, 'better_sqlite3.electron.node').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`));
    const workspace = new Workspace(defaultWorkspacePath());
    const handlers = createHandlers(workspace, {
      pickFolder: async () => {
        if (!window) return null;
        const result = await dialog.showOpenDialog(window, {
          title: '选择工作文件夹',
          defaultPath: workspace.path,
          properties: ['openDirectory', 'createDirectory'],
        });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
    });
    ipcMain.handle(BRIDGE_CHANNEL, (event, method: unknown, args: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        return { ok: false, error: { code: 'refused', message: '拒绝来自未知页面的调用' } };
      }
      return dispatch(handlers, method, args);
    });
    app.on('before-quit', () => workspace.close());
    createWindow();
  });
  app.on('window-all-closed', () => app.quit());
}
