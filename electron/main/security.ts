/**
 * The desktop window's security settings, as plain data and functions so that they are tested
 * without Electron: an isolated, sandboxed renderer without Node, served from its own
 * `app://` origin, that may not navigate, open windows or be granted permissions.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'jixiao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;
export const BRIDGE_CHANNEL = 'jixiao:call';

export function windowOptions(preload: string) {
  return {
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: '绩效填报助手',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  } as const;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** Only our own page may call the services. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return originOf(frameUrl) === APP_ORIGIN;
}

/** The app is one page; any navigation (a dropped file, a link) is refused. */
export function isAllowedNavigation(url: string): boolean {
  return url === APP_ENTRY;
}

export const denyWindowOpen = () => ({ action: 'deny' }) as const;

export const denyPermission = (_webContents: unknown, _permission: string, callback: (granted: boolean) => void) => callback(false);

export const denyPermissionCheck = () => false;
