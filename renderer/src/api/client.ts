/**
 * The renderer's one way to the services. In the desktop app the preload provides
 * `window.jixiao.call` (IPC); in browser mode calls go over HTTP with the launch token.
 * Components never know which.
 */
import { METHOD_NAMES, type Api, type MethodName } from '../../../shared/api/contract';
import { AppError, type Envelope } from '../../../shared/api/errors';

type Transport = (method: MethodName, args: unknown) => Promise<Envelope<unknown>>;

declare global {
  interface Window {
    jixiao?: { call: (method: string, args: unknown) => Promise<Envelope<unknown>> };
  }
}

const TOKEN_KEY = 'jixiao.token';

/** Takes the token from the address once, keeps it for reloads of this tab, and removes it from view. */
function launchToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * Saves go with `keepalive`, so that the last one, sent as the tab closes, still reaches the
 * server. The browser allows 64 KB of such requests in flight; the two editors may each have one,
 * so a larger save goes as a plain request.
 */
const OUTLIVE_THE_PAGE = new Set<MethodName>(['saveProject', 'saveSelfEvaluation', 'saveMonitoring']);
const KEEPALIVE_BYTES = 32 * 1024;

function httpTransport(): Transport {
  const token = launchToken();
  return async (method, args) => {
    let response: Response;
    try {
      const body = JSON.stringify(args);
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-jixiao-token': token },
        body,
        keepalive: OUTLIVE_THE_PAGE.has(method) && new TextEncoder().encode(body).length <= KEEPALIVE_BYTES,
      });
    } catch {
      return { ok: false, error: { code: 'internal', message: '无法连接到绩效填报助手的本地服务，请确认它仍在运行' } };
    }
    return (await response.json()) as Envelope<unknown>;
  };
}

function createApi(transport: Transport): Api {
  const api = {} as Record<MethodName, (args: unknown) => Promise<unknown>>;
  for (const method of METHOD_NAMES) {
    api[method] = async (args: unknown) => {
      const envelope = await transport(method, args);
      if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message);
      return envelope.result;
    };
  }
  return api as Api;
}

const bridge = window.jixiao;
export const api: Api = createApi(bridge ? (method, args) => bridge.call(method, args) : httpTransport());

/** A save refused because another tab or window saved the document since this one read it. */
export function isStale(error: unknown): boolean {
  return error instanceof AppError && error.code === 'stale';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
