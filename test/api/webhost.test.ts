import JSZip from 'jszip';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { Workspace } from '../../electron/services/workspace';
import { MAX_BODY_BYTES, MAX_FILE_BODY_BYTES, TOKEN_HEADER, startWebHost, type WebHost } from '../../electron/web/server';
import { MAX_IMPORT_BYTES } from '../../shared/api/limits';
import { FIXTURES, tempDir } from '../helpers/paths';

let host: WebHost;
let workspace: Workspace;
const staticDir = tempDir();

beforeAll(async () => {
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>绩效填报助手</title>');
  workspace = new Workspace(tempDir());
  host = await startWebHost({ handlers: createHandlers(workspace), staticDir });
});
afterAll(async () => {
  await host.close();
  workspace.close();
});

/** A raw request, so that Host and Origin can be set as an attacker would. */
function request(
  method: string,
  urlPath: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, method, path: urlPath, headers: { host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const call = (method: string, args: unknown, headers: Record<string, string> = {}) =>
  request('POST', `/api/${method}`, { headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json', ...headers }, body: JSON.stringify(args) });

describe('web host', () => {
  it('binds to 127.0.0.1 and prints its address with the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the app with a strict CSP and no CORS headers', async () => {
    const res = await request('GET', '/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('绩效填报助手');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect((await request('GET', '/../../etc/passwd')).status).toBe(404);
    expect((await request('GET', '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('answers an API call with the token', async () => {
    const res = await call('getWorkspace', {}, { origin: `http://127.0.0.1:${host.port}` });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, result: { path: workspace.path, departments: [], problems: [] } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect((await call('getWorkspace', {}, { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses calls without the right token with 401', async () => {
    const without = await request('POST', '/api/getWorkspace', { body: '{}' });
    expect(without.status).toBe(401);
    expect(JSON.parse(without.body).error.message).toContain('令牌');
    expect((await call('getWorkspace', {}, { [TOKEN_HEADER]: 'x'.repeat(host.token.length) })).status).toBe(401);
    expect((await call('getWorkspace', {}, { [TOKEN_HEADER]: 'short' })).status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) or Origin (cross-site) with 403', async () => {
    expect((await call('getWorkspace', {}, { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await call('getWorkspace', {}, { host: '127.0.0.1:1' })).status).toBe(403);
    expect((await request('GET', '/', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await call('getWorkspace', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('getWorkspace', {}, { origin: 'null' })).status).toBe(403);
  });

  it('answers malformed arguments with 400 and a message, never a stack trace', async () => {
    const wrongType = await call('listProjects', { departmentFile: 'a.jixiao.db', year: '2024' });
    expect(wrongType.status).toBe(400);
    const { error } = JSON.parse(wrongType.body);
    expect(error.message).toContain('year');
    expect(wrongType.body).not.toMatch(/at .*\.(ts|js):\d+/);
    expect((await call('createDepartment', { name: '', layout: '本级部门', code: '', supervisor: '' })).status).toBe(400);
    expect((await call('createDepartment', { name: 'a', layout: '省级', code: '', supervisor: '', extra: 1 })).status).toBe(400);
    const badJson = await request('POST', '/api/getWorkspace', { headers: { [TOKEN_HEADER]: host.token }, body: '{nope' });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body).error.message).toContain('JSON');
    expect((await call('dropEverything', {})).status).toBe(404);
    const badAddress = await request('POST', '/api/%E4%ZZ', { headers: { [TOKEN_HEADER]: host.token }, body: '{}' });
    expect(badAddress.status).toBe(400);
    expect(JSON.parse(badAddress.body).error.message).toBe('请求的地址有误');
    expect((await request('GET', '/api/getWorkspace', { headers: { [TOKEN_HEADER]: host.token } })).status).toBe(405);
  });

  it('answers an oversized body with 413 and its message, read to the end so that the client, still sending, hears it', async () => {
    const small = await request('POST', '/api/getWorkspace', { headers: { [TOKEN_HEADER]: host.token }, body: Buffer.alloc(MAX_BODY_BYTES + 1, 32) });
    expect(small.status).toBe(413);
    expect(JSON.parse(small.body).error.message).toBe('请求内容过大（上限 8 MB）');
    const file = await request('POST', '/api/startJob', { headers: { [TOKEN_HEADER]: host.token }, body: Buffer.alloc(MAX_FILE_BODY_BYTES + 1, 32) });
    expect(file.status).toBe(413);
    expect(JSON.parse(file.body).error.message).toBe('请求内容过大（上限 75 MB）：导入的文件不能超过 50 MB');
    // The connection is still good for the next call.
    expect((await call('getWorkspace', {})).status).toBe(200);
  }, 60_000);

  it('takes a file up to the import limit of 50 MB, and names one over it', async () => {
    const departmentFile = JSON.parse((await call('createDepartment', { name: '大文件单位', code: '', supervisor: '', layout: '本级部门' })).body).result.file;
    // The fixture with 20 MB that do not compress beside its sheets.
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(FIXTURES, 'targets-003.xlsx')));
    zip.file('xl/media/scan.bin', randomBytes(20 * 1024 * 1024));
    const large = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    const started = await call('startJob', { departmentFile, kind: 'preview', fileName: '大.xlsx', base64: large.toString('base64'), year: null });
    expect(started.status).toBe(200);
    const { job } = JSON.parse(started.body).result;
    await expect.poll(async () => JSON.parse((await call('jobStatus', { job })).body).result.state, { timeout: 30_000 }).toBe('done');
    expect(JSON.parse((await call('jobStatus', { job })).body).result.result.tables.length).toBeGreaterThan(0);
    const over = await call('startJob', {
      departmentFile,
      kind: 'preview',
      fileName: '过大.xlsx',
      base64: Buffer.alloc(MAX_IMPORT_BYTES + 1024 * 1024).toString('base64'),
      year: null,
    });
    expect(over.status).toBe(400);
    expect(JSON.parse(over.body).error.message).toBe(`参数有误（startJob）：base64：文件超过导入上限 50 MB`);
  }, 60_000);

  it('reports service errors with their status and Chinese message', async () => {
    const created = JSON.parse((await call('createDepartment', { name: '测试单位', code: '1', supervisor: '主管', layout: '重点项目' })).body);
    expect(created.ok).toBe(true);
    const missing = await call('getProject', { departmentFile: created.result.file, id: 999 });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.message).toContain('找不到项目');
  });
});
