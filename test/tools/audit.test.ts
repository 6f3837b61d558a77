/** `npm run audit` says what it found, or that it could not ask, against a local stand-in of the registry's advisory service. */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

let server: http.Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A registry whose bulk advisory endpoint answers as given; everything else is not found. */
async function registry(advisories: ((body: Record<string, string[]>) => unknown) | 'unavailable'): Promise<string> {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const body = (req.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw).toString('utf8');
      if (req.url?.startsWith('/-/npm/v1/security/advisories/bulk') && advisories !== 'unavailable') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(advisories(JSON.parse(body) as Record<string, string[]>)));
      } else {
        res.writeHead(advisories === 'unavailable' ? 405 : 404);
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`;
}

function audit(registryUrl: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    const child = spawn('npm', ['run', 'audit'], { cwd: ROOT, env: { ...env, npm_config_registry: registryUrl, npm_config_fetch_retries: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('npm run audit', () => {
  it('prints that nothing was found, exit 0', async () => {
    const run = await audit(await registry(() => ({})));
    expect(run.stdout).toMatch(/已检查 \d+ 个生产依赖，没有已知的安全公告/);
    expect(run.status).toBe(0);
  }, 60_000);

  it('prints each advisory that applies, exit 1', async () => {
    const run = await audit(
      await registry((asked) => ({
        yauzl: [
          {
            id: 1,
            url: 'https://example.org/advisory/1',
            title: '示例公告',
            severity: 'high',
            vulnerable_versions: `<=${asked.yauzl![0]}`,
            cwe: [],
            cvss: { score: 7 },
          },
        ],
      })),
    );
    expect(run.stdout).toContain('高危\tyauzl');
    expect(run.stdout).toContain('示例公告 https://example.org/advisory/1');
    expect(run.stdout).toMatch(/1 个受安全公告影响/);
    expect(run.status).toBe(1);
  }, 60_000);

  it('says so when the advisory service cannot answer, exit 2', async () => {
    const run = await audit(await registry('unavailable'));
    expect(run.stderr).toContain('无法检查依赖的安全公告');
    expect(run.status).toBe(2);
  }, 60_000);
});
