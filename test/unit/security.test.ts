import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY, denyPermission, denyWindowOpen, isAllowedNavigation, isTrustedSender, windowOptions } from '../../electron/main/security';
import { CONTENT_SECURITY_POLICY, resolveStaticPath } from '../../electron/static/files';

describe('desktop window security settings', () => {
  const prefs = windowOptions('/app/preload.cjs').webPreferences;

  it('isolates and sandboxes the renderer without Node', () => {
    expect(prefs.preload).toBe('/app/preload.cjs');
    for (const on of ['contextIsolation', 'sandbox', 'webSecurity'] as const) expect(prefs[on], on).toBe(true);
    for (const off of ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'webviewTag', 'allowRunningInsecureContent'] as const) {
      expect(prefs[off], off).toBe(false);
    }
  });

  it('refuses navigation, new windows and permissions', () => {
    expect(isAllowedNavigation(APP_ENTRY)).toBe(true);
    for (const url of ['https://example.com', 'file:///etc/passwd', 'app://jixiao/other.html', 'app://evil/index.html']) {
      expect(isAllowedNavigation(url)).toBe(false);
    }
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
    let granted: boolean | undefined;
    denyPermission(null, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
  });

  it('answers IPC only from its own page', () => {
    expect(isTrustedSender('app://jixiao/index.html')).toBe(true);
    expect(isTrustedSender('https://jixiao/index.html')).toBe(false);
    expect(isTrustedSender('file:///index.html')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender('not a url')).toBe(false);
  });

  it('has a CSP without inline or remote scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('serves only files inside the renderer folder', () => {
    const root = path.resolve('/srv/renderer');
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index.js?v=1')).toBe(path.join(root, 'assets', 'index.js'));
    expect(resolveStaticPath(root, '/../secret')).toBeNull();
    expect(resolveStaticPath(root, '/%2e%2e/secret')).toBeNull();
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath(root, '/a%00b')).toBeNull();
  });
});
