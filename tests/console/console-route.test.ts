import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHub, type TestHub } from '../support/hub.js';

/**
 * /admin serves the console's files as `npm run build` leaves them (CONSOLE_DIR): the page
 * for every client route, revalidated on each load; hashed assets cached for good; a
 * missing asset a 404 (never the page in its place); an unbuilt console a 503 that says what to run.
 */
describe('the console at /admin', () => {
  let hub: TestHub;
  let unbuilt: TestHub;
  const dir = mkdtempSync(join(tmpdir(), 'console-'));
  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title><div id="app"></div>');
    writeFileSync(join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
    [hub, unbuilt] = await Promise.all([
      startTestHub('console_route', { env: { CONSOLE_DIR: dir } }),
      startTestHub('console_unbuilt', { env: { CONSOLE_DIR: join(dir, 'missing') } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([hub?.close(), unbuilt?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['/admin', '/admin/', '/admin/live', '/admin/failures/123'])(
    '%s answers the page, never cached stale',
    async (path) => {
      const res = await fetch(`${hub.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await res.text()).toContain('<div id="app">');
    },
  );

  it('serves hashed assets as immutable, and a missing one as 404', async () => {
    const res = await fetch(`${hub.url}/admin/assets/index-AbC123.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${hub.url}/admin/assets/index-old.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type') ?? '').not.toMatch(/html/);
  });

  it('says what to run when the console is not built', async () => {
    const res = await fetch(`${unbuilt.url}/admin`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });
});
