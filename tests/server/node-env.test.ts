import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { createTestDatabase } from '../support/database.js';
import { startTestHub } from '../support/hub.js';

const INTROSPECT = JSON.stringify({ query: '{ __schema { queryType { name } } }' });

const post = (url: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

/** A body that says it is gzip and is not: body-parser's error goes to Express's own error handler. */
const notGzip = (url: string) => post(url, gzipSync(INTROSPECT).subarray(0, 12), { 'content-encoding': 'gzip' });

describe('NODE_ENV', () => {
  it('is production when `npm start` is not told otherwise: no introspection, no stack traces', async () => {
    const db = await createTestDatabase('node_env_default');
    // The compiled entry point, as `npm start` runs it, with no NODE_ENV at all.
    const child = spawn(process.execPath, ['dist/src/main.js', '--role', 'api'], {
      env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: db.url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let serving: { url: string; nodeEnv: string } | undefined;
      for await (const line of createInterface({ input: child.stdout! })) {
        if (line.includes('"odoo-sync-hub is serving"')) {
          serving = JSON.parse(line) as { url: string; nodeEnv: string };
          break;
        }
      }
      expect(serving).toMatchObject({ nodeEnv: 'production' });
      const url = serving!.url.replace(/\/graphql$/, '');

      const introspection = (await (await post(url, INTROSPECT)).json()) as { data?: unknown; errors?: unknown[] };
      expect(introspection.data).toBeUndefined();
      expect(JSON.stringify(introspection.errors)).toMatch(/introspection is not allowed/i);

      const broken = await notGzip(url);
      expect(broken.status).toBe(400);
      const text = await broken.text();
      expect(text).toContain('Bad Request');
      expect(text).not.toMatch(/ at |zlib|node:/);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
      await db.drop();
    }
  });

  it('is the config’s, not the process environment’s, for Express and Apollo too; development brings the conveniences', async () => {
    // Jest runs with NODE_ENV=test in process.env; the config says otherwise.
    const production = await startTestHub('node_env_production', { env: { NODE_ENV: 'production' } });
    const development = await startTestHub('node_env_development', { env: { NODE_ENV: 'development' } });
    const landingPage = async (url: string) =>
      (await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })).text();
    try {
      expect(await (await notGzip(production.url)).text()).not.toMatch(/ at |zlib|node:/);
      // Apollo's production landing page, not the Sandbox.
      expect(await landingPage(production.url)).toContain(encodeURIComponent('{"isProd":true'));

      const res = (await (await post(development.url, INTROSPECT)).json()) as { data?: unknown };
      expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect(await landingPage(development.url)).toContain('embeddable-sandbox.umd');
    } finally {
      await production.close();
      await development.close();
    }
  });
});
