// `budget-whatif serve`: a static server of the page's folder and nothing else.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type PageServer } from '../../src/cli/commands/serve';
import { cli } from '../helpers/cli';

let root = '';
let outside = '';
let server: PageServer;

beforeAll(async () => {
  outside = mkdtempSync(path.join(tmpdir(), 'budget-whatif-serve-'));
  root = path.join(outside, 'page');
  mkdirSync(path.join(root, 'sub'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>page</title>');
  writeFileSync(path.join(root, 'app.js'), 'export {};');
  writeFileSync(path.join(root, 'sub', 'index.html'), 'sub');
  writeFileSync(path.join(outside, 'secret.txt'), 'not for you');
  server = await startServer({ root, host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await server.close();
  rmSync(outside, { recursive: true, force: true });
});

describe('the page server', () => {
  it('listens on this machine only, at the address it names', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the page, its scripts with their types, and a folder’s index', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe('<!doctype html><title>page</title>');
    const script = await fetch(`${server.url}app.js?v=1#x`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await (await fetch(`${server.url}sub/`)).text()).toBe('sub');
  });

  it('answers nothing outside its folder, however the path is written', async () => {
    for (const attempt of [
      '../secret.txt',
      '%2e%2e/secret.txt',
      '..%2fsecret.txt',
      '%2e%2e%2fsecret.txt',
      'sub/..%2f..%2fsecret.txt',
      '%00',
      'sub',
    ]) {
      const response = await fetch(`${server.url}${attempt}`);
      expect(response.status, attempt).toBe(404);
      expect(await response.text(), attempt).toBe('Not found.\n');
    }
  });

  it('takes GET and HEAD only; HEAD has no body', async () => {
    const post = await fetch(server.url, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await fetch(server.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('34');
    expect(await head.text()).toBe('');
  });
});

describe('budget-whatif serve', () => {
  it('has help', async () => {
    const ran = await cli(['serve', '--help']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^Usage: budget-whatif serve \[--port <n>\]/);
    expect((await cli(['--help'])).stdout).toContain('serve                       the what-if page');
  });

  it('refuses a folder without a page, a bad port, an address in use and a stray argument, saying how', async () => {
    const empty = await cli(['serve', '--root', outside]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain(`no page in ${outside} (no index.html): build it with npm run build`);
    const port = await cli(['serve', '--root', root, '--port', '70000']);
    expect(port.stderr).toContain('--port is a whole number from 0 to 65,535, received "70000"');
    const stray = await cli(['serve', 'now']);
    expect(stray.stderr).toContain('serve takes no now');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    const busy = typeof address === 'object' && address !== null ? address.port : 0;
    const inUse = await cli(['serve', '--root', root, '--port', String(busy)]);
    expect(inUse.code).toBe(2);
    expect(inUse.stderr).toContain(
      `port ${String(busy)} on 127.0.0.1 is in use: choose another with --port (0 for any free port)`,
    );
    await new Promise<void>((resolve) => {
      taken.close(() => {
        resolve();
      });
    });
  });
});
