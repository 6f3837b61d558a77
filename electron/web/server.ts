/**
 * Browser mode: the services over HTTP on 127.0.0.1. Every API call needs the per-launch
 * token; Host and Origin must be this server's own (against DNS rebinding and cross-site
 * requests); no CORS headers are ever sent.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FILE_METHODS, type Handlers, type MethodName } from '../../shared/api/contract';
import { MAX_IMPORT_BYTES } from '../../shared/api/limits';
import type { ErrorCode, Envelope } from '../../shared/api/errors';
import { dispatch } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY, contentType, resolveStaticPath } from '../static/files';

export const TOKEN_HEADER = 'x-jixiao-token';
/** Bytes of a request; for the methods that carry a file, the largest file to import as base64 and as much again as any other request. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
export const MAX_FILE_BODY_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + MAX_BODY_BYTES;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const STATUS: Record<ErrorCode, number> = { 'bad-request': 400, 'not-found': 404, conflict: 409, stale: 409, refused: 422, internal: 500 };

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface WebHostOptions {
  handlers: Handlers;
  /** The built renderer. */
  staticDir: string;
  port?: number;
  token?: string;
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  send(res, status, { ok: false, error: { code: status >= 500 ? 'internal' : 'refused', message } });
}

/**
 * The body, or 'too-large' past `limit`. The rest of a body too large is read and dropped: a browser still
 * sending it would take a closed connection for a service that is not there, and never see the 413.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > limit ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function serveStatic(root: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  const file = req.method === 'GET' || req.method === 'HEAD' ? resolveStaticPath(root, req.url ?? '/') : null;
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('未找到');
    return;
  }
  res.writeHead(200, {
    'content-type': contentType(file),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cache-control': file.endsWith('.html') ? 'no-store' : 'max-age=31536000, immutable',
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
}

/** The method an API address names; null where the address is not valid percent-encoding. */
function methodOf(url: string): string | null {
  try {
    return decodeURIComponent(url.slice('/api/'.length).split('?')[0]!);
  } catch {
    return null;
  }
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts().includes(req.headers.host ?? '')) return refuse(res, 403, '拒绝访问：主机名不符');
      const url = req.url ?? '/';
      if (!url.startsWith('/api/')) return serveStatic(options.staticDir, req, res);
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`)) return refuse(res, 403, '拒绝访问：来源不符');
      if (!sameToken(req.headers[TOKEN_HEADER], token)) return refuse(res, 401, '未授权：缺少或错误的访问令牌');
      if (req.method !== 'POST') return refuse(res, 405, '只接受 POST 请求');
      const method = methodOf(url);
      if (method === null) return refuse(res, 400, '请求的地址有误');
      const carriesFile = FILE_METHODS.includes(method as MethodName);
      const body = await readBody(req, carriesFile ? MAX_FILE_BODY_BYTES : MAX_BODY_BYTES);
      if (body === 'too-large') {
        return refuse(
          res,
          413,
          carriesFile
            ? `请求内容过大（上限 ${mb(MAX_FILE_BODY_BYTES)}）：导入的文件不能超过 ${mb(MAX_IMPORT_BYTES)}`
            : `请求内容过大（上限 ${mb(MAX_BODY_BYTES)}）`,
        );
      }
      let args: unknown;
      try {
        args = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        return send(res, 400, { ok: false, error: { code: 'bad-request', message: '请求内容不是有效的 JSON' } });
      }
      const envelope = await dispatch(options.handlers, method, args);
      send(res, envelope.ok ? 200 : STATUS[envelope.error.code], envelope);
    } catch (error) {
      console.error('[jixiao] web host:', error);
      if (!res.headersSent) refuse(res, 500, '内部错误');
      else res.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
