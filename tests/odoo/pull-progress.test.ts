import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { graphql } from '../gql/index.js';
import type { SyncProgressSubscription } from '../gql/graphql.js';
import { sqlQuery } from '../../src/db/sql.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { PULL_PROGRESS_CHANNEL } from '../../src/outbox/pull-progress-events.js';
import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';
import { subscribe, untilLive, type LiveSubscription } from '../support/ws.js';

const run = promisify(execFile);
const CLI = join(process.cwd(), 'dist', 'src', 'cli.js');
/** Enough for several pages of 500 (the seed writes every product in one second: pages cut by id). */
const PRODUCTS = 1200;

const SyncProgress = graphql(`
  subscription SyncProgress($entityType: EntityType) {
    syncProgress(entityType: $entityType) {
      entityType
      state
      full
      startedAt
      pages
      records
      estimatedTotal
      finishedAt
      lastError
    }
  }
`);
const SyncPulls = graphql(`
  query SyncPulls {
    syncStatus {
      pulls {
        entityType
        state
        full
        pages
        records
        estimatedTotal
        finishedAt
        lastError
      }
    }
  }
`);

type Progress = SyncProgressSubscription['syncProgress'];

/** `npm run hub -- pull …` as the compiled CLI, its output a pipe (so plain lines), against the hub's database. */
async function hubPull(hub: TestHub, sim: OdooSimulator, args: string[]) {
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: hub.dbUrl,
    ...odooEnv(sim),
  };
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'pull', ...args], { env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('a pull’s progress', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  beforeAll(async () => {
    sim = await startOdooSimulator({
      version: 17,
      seed: { products: PRODUCTS, partners: 0, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
    });
    // A worker runs the jobs; the schedule stays out of the way (every 59 minutes).
    hub = await startTestHub('pull_progress', {
      role: 'all',
      env: { ...odooEnv(sim), ODOO_PULL_INTERVAL_MINUTES: '59' },
    });
  }, 30_000);
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  /** A live syncProgress subscription; it is live once a made-up notification (no row behind it) comes through. */
  async function liveProgress(token = hub.adminToken) {
    const sub = subscribe(hub.url, token, SyncProgress, { entityType: 'PRODUCT' as never });
    const poke = () =>
      sqlQuery(hub.app.orm.em.fork(), `select pg_notify($1, $2)`, [
        PULL_PROGRESS_CHANNEL,
        JSON.stringify({
          entity_type: 'product',
          state: 'succeeded',
          full: false,
          started_at: '2000-01-01T00:00:00Z',
          pages: 0,
          records: 0,
          estimated_total: null,
          finished_at: null,
          last_error: null,
          updated_at: '2000-01-01T00:00:00Z',
        }),
      ]);
    await untilLive(sub, poke);
    return sub;
  }

  /** The subscription's messages up to the one that ends the pull (SUCCEEDED or FAILED), the poke's left out. */
  async function untilEnded(sub: LiveSubscription<SyncProgressSubscription>): Promise<Progress[]> {
    const seen: Progress[] = [];
    for (;;) {
      const { data, errors } = await sub.next(30_000);
      expect(errors).toBeUndefined();
      const p = data!.syncProgress;
      if (String(p.startedAt).startsWith('2000-')) continue;
      seen.push(p);
      if (p.state === 'SUCCEEDED' || p.state === 'FAILED') return seen;
    }
  }

  it('`hub pull --entity PRODUCT --full --follow` prints it to completion; syncProgress streams the same; syncStatus.pulls keeps it', async () => {
    const sub = await liveProgress();
    try {
      const cli = await hubPull(hub, sim, ['--entity', 'product', '--full', '--follow']);
      expect(cli.stderr).toBe('');
      expect(cli.code).toBe(0);
      const lines = cli.stdout.trim().split('\n');
      expect(lines[0]).toBe('queued a full pull of PRODUCT');
      const last = lines.at(-1)!;
      expect(last).toMatch(/^PRODUCT: done, [\d,]+ of ~[\d,]+ records, \d+ pages in [\d.]+ s$/);
      // Plain lines as pages commit: records only grow, and the bar's percent with them.
      const done = lines
        .map((l) => /^PRODUCT: ([\d,]+) of ~([\d,]+) records, (\d+) pages? \((\d+)%\)$/.exec(l))
        .filter((m) => m !== null)
        .map((m) => Number(m[1]!.replace(/,/g, '')));
      expect(done.length).toBeGreaterThanOrEqual(3);
      expect(done).toEqual([...done].sort((a, b) => a - b));

      const streamed = await untilEnded(sub);
      expect(streamed[0]).toMatchObject({ state: 'RUNNING', full: true, pages: 0, records: 0 });
      const final = streamed.at(-1)!;
      expect(final).toMatchObject({ state: 'SUCCEEDED', full: true, lastError: null });
      expect(final.records).toBeGreaterThanOrEqual(PRODUCTS);
      // Odoo's count covers what the passes read (the template pass re-reads the seed's one second).
      expect(final.estimatedTotal).toBe(final.records);
      expect(last).toBe(
        `PRODUCT: done, ${final.records.toLocaleString('en-US')} of ~${final.estimatedTotal!.toLocaleString('en-US')} records, ${final.pages} pages in ${/in ([\d.]+ s)$/.exec(last)![1]}`,
      );
      // One message per page committed, between the start, the estimate and the end.
      const running = streamed.filter((p) => p.state === 'RUNNING' && p.pages > 0);
      expect(running.map((p) => p.pages)).toEqual(Array.from({ length: final.pages }, (_, i) => i + 1));

      const { data } = await hub.request(SyncPulls);
      expect(data!.syncStatus.pulls).toEqual([
        {
          entityType: 'PRODUCT',
          state: 'SUCCEEDED',
          full: true,
          pages: final.pages,
          records: final.records,
          estimatedTotal: final.estimatedTotal,
          finishedAt: final.finishedAt,
          lastError: null,
        },
      ]);
    } finally {
      await sub.close();
    }
  }, 90_000);

  it('a pull Odoo refuses for good: the CLI exits 1 with the error, syncProgress and syncStatus.pulls say FAILED', async () => {
    const sub = await liveProgress();
    try {
      sim.faults.failNext(1, 'odoo.exceptions.AccessError', 'You are not allowed to read products', {
        model: 'product.product',
        method: 'search_read',
      });
      const cli = await hubPull(hub, sim, ['--entity', 'PRODUCT', '--follow']);
      expect(cli.code).toBe(1);
      expect(cli.stdout.split('\n')[0]).toBe('queued a pull of PRODUCT');
      expect(cli.stderr).toMatch(
        /^PRODUCT: failed after 0 of ~\d+ records, 0 pages: .*You are not allowed to read products/m,
      );
      const streamed = await untilEnded(sub);
      expect(streamed.at(-1)).toMatchObject({
        state: 'FAILED',
        full: false,
        lastError: expect.stringMatching(/You are not allowed to read products/),
      });
      const { data } = await hub.request(SyncPulls);
      expect(data!.syncStatus.pulls[0]).toMatchObject({ state: 'FAILED', lastError: streamed.at(-1)!.lastError });
    } finally {
      sim.faults.reset();
      await sub.close();
    }
  }, 60_000);

  it('an attempt that fails with an error that may pass: RETRYING, said on stderr, then the retry is followed to success', async () => {
    const sub = await liveProgress();
    try {
      sim.faults.failNext(1, 'psycopg2.errors.SerializationFailure', undefined, {
        model: 'product.product',
        method: 'search_read',
      });
      // graphile-worker runs the retry after exp(1) ≈ 2.7 s.
      const cli = await hubPull(hub, sim, ['--entity', 'PRODUCT', '--follow']);
      expect(cli.code).toBe(0);
      expect(cli.stderr).toMatch(
        /^PRODUCT: attempt failed after 0 of ~\d+ records, 0 pages, the worker retries it: .*SerializationFailure/m,
      );
      expect(cli.stdout.trim().split('\n').at(-1)).toMatch(/^PRODUCT: done, /);
      const states = (await untilEnded(sub)).map((p) => p.state);
      expect(states[0]).toBe('RUNNING');
      expect(states).toContain('RETRYING');
      expect(states.slice(states.indexOf('RETRYING') + 1)[0]).toBe('RUNNING');
      expect(states.at(-1)).toBe('SUCCEEDED');
    } finally {
      sim.faults.reset();
      await sub.close();
    }
  }, 60_000);

  it('refuses a pull without --entity, or of an unknown type, with the types it knows', async () => {
    const none = await hubPull(hub, sim, ['--follow']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/pull needs --entity, one of PRODUCT, PARTNER, SALE_ORDER/);
    const unknown = await hubPull(hub, sim, ['--entity', 'widget']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/got widget/);
  }, 30_000);

  it('is streamed only to a token with sync:read, as syncStatus is', async () => {
    const { token } = await issueToken(hub.app.orm.em.fork(), { name: 'catalog only', scopes: ['catalog:read'] });
    const sub = subscribe(hub.url, token, SyncProgress, { entityType: 'PRODUCT' as never });
    try {
      expect(await sub.next()).toEqual({
        errors: [
          expect.objectContaining({
            extensions: { code: 'FORBIDDEN' },
            message: 'Subscription.syncProgress needs the scope sync:read, which this token does not have.',
          }),
        ],
      });
    } finally {
      await sub.close();
    }
  });
});
