/**
 * Memory of a full product pull (issue 14): the hub, as its own process
 * (`node dist/src/main.js`, role all, on a fresh database), pulls every product
 * of an Odoo simulator seeded with N products (another process:
 * pull-memory/simulator-process.ts) after `requestOdooPull(entityType:
 * PRODUCT, full: true)`. The hub's resident memory is read from
 * /proc/<pid>/status every 100 ms (VmRSS, and VmHWM at the end for what fell
 * between two samples) until the odoo_pull job is gone from the queue and the
 * N products are in the hub's database. Baseline, in the same run: the hub's
 * RSS idle after its start (and one GraphQL request), before the pull.
 * Target: peak < 400 MB at 100,000 products. Exits non-zero when the hub does
 * not hold exactly N products at the end.
 *
 *   npm run bench:pull-memory [-- --products 100000 --version 17 --node-args=--trace-gc]
 *
 * `--node-args` are node's arguments for the hub (space-separated, e.g.
 * `--max-semi-space-size=4` or `--trace-gc`, whose lines are then shown), for
 * finding out where the memory goes.
 *
 * Scheduled pulls are set to minutes 0 and 59 only (ODOO_PULL_INTERVAL_MINUTES=59):
 * a run across that window also pulls the (small) other types.
 *
 * PostgreSQL: DATABASE_URL's server when set (in a throw-away database), else an
 * embedded one in a throw-away directory. Both are removed at the end.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { EntityType } from '../src/domain/enums.js';
import { createLogger } from '../src/observability/logger.js';
import { odooPullJob } from '../src/outbox/odoo-jobs.js';
import type { OdooVersion } from '../tools/odoo-simulator/index.js';
import { memoryOf, startHubProcess, type HubProcess } from './pull-memory/hub-process.js';
import { startSimulatorProcess } from './pull-memory/simulator-process.js';
import { nowMs, openBenchDatabase } from './support.js';

const TARGET_PEAK_MB = 400;
const SAMPLE_MS = 100;
/** How long the hub sits idle after its start before the baseline is read. */
const IDLE_MS = 3000;

const PULL = `mutation BenchPull { requestOdooPull(entityType: PRODUCT, full: true) }`;

async function graphql(hub: HubProcess, query: string): Promise<unknown> {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Samples the process's VmRSS every SAMPLE_MS until stopped; returns the samples (MB). */
function sampleRss(pid: number): { stop: () => Promise<number[]> } {
  const samples: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      samples.push((await memoryOf(pid)).rssMb);
      await new Promise((r) => setTimeout(r, SAMPLE_MS));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return samples;
    },
  };
}

const mb = (n: number) => `${n.toFixed(0)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      products: { type: 'string', default: '100000' },
      version: { type: 'string', default: '17' },
      'node-args': { type: 'string', default: '' },
    },
  });
  const nodeArgs = values['node-args']!.split(/\s+/).filter(Boolean);
  const products = Number(values.products);
  const version = Number(values.version) as OdooVersion;
  const logger = createLogger('error');

  const db = await openBenchDatabase('hub_bench_pull_memory', logger);
  const dataDir = await mkdtemp(join(tmpdir(), 'hub-bench-pull-'));
  const simulator = await startSimulatorProcess(products, version);
  let hub: HubProcess | null = null;
  const client = new pg.Client({ connectionString: db.dbUrl });
  try {
    const odoo = simulator.ready;
    console.log(
      `Full product pull: ${odoo.products} products in a simulated Odoo ${version} (own process, seeded in ` +
        `${(odoo.seedMs / 1000).toFixed(1)} s), hub from dist as its own process, PostgreSQL ${db.server}\n`,
    );
    if (odoo.products !== products) throw new Error(`the simulator holds ${odoo.products} products, not ${products}`);
    hub = await startHubProcess(
      {
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_URL: db.dbUrl,
        ODOO_URL: odoo.url,
        ODOO_DB: odoo.db,
        ODOO_USERNAME: odoo.login,
        ODOO_API_KEY: odoo.apiKey,
        ODOO_PROTOCOL: version >= 19 ? 'json2' : 'jsonrpc',
        ODOO_PULL_INTERVAL_MINUTES: '59',
        BOOTSTRAP_TOKEN_FILE: join(dataDir, 'token'),
        MAIL_DIR: join(dataDir, 'mail'),
      },
      nodeArgs,
    );
    await client.connect();

    // Baseline: idle after the start and one request, sampled like the pull.
    await graphql(hub, '{ me { scopes } }');
    const idle = sampleRss(hub.pid);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const baseline = median(await idle.stop());
    const bootPeak = (await memoryOf(hub.pid)).peakMb;

    const started = nowMs();
    const sampler = sampleRss(hub.pid);
    await graphql(hub, PULL);
    let held = 0;
    for (;;) {
      const { rows } = await client.query<{ products: number; job: string | null; error: string | null }>(
        `select (select count(*)::int from "product") as "products", j."id" as "job", j."last_error" as "error"
           from (select 1) as one left join graphile_worker.jobs j on j."key" = $1`,
        [odooPullJob(EntityType.PRODUCT).jobKey],
      );
      held = rows[0]!.products;
      if (rows[0]!.job === null) break;
      // A failed attempt would be retried with graphile-worker's backoff (hours in all): the run stops instead.
      if (rows[0]!.error) throw new Error(`the pull failed an attempt: ${rows[0]!.error}`);
      await new Promise((r) => setTimeout(r, SAMPLE_MS));
    }
    const seconds = (nowMs() - started) / 1000;
    const samples = await sampler.stop();
    const { peakMb: hwm, rssMb: after } = await memoryOf(hub.pid);
    const peak = Math.max(hwm, ...samples);
    const failures = await client.query<{ n: number }>(`select count(*)::int as "n" from "sync_failure"`);

    for (const line of [...hub.logLines('pulled product'), ...hub.logLines('reconciled product')]) {
      console.log(`hub log                 ${String(line.msg)}`);
    }
    console.log(`products in the hub     ${held} of ${products}${held === products ? '' : ' (MISMATCH)'}`);
    console.log(`sync failures           ${failures.rows[0]!.n}`);
    console.log(`pull duration           ${seconds.toFixed(1)} s (${(held / seconds).toFixed(0)} products/s)`);
    console.log(`baseline RSS (idle)     ${mb(baseline)} (peak during start: ${mb(bootPeak)})`);
    console.log(
      `peak RSS during pull    ${mb(peak)} (VmHWM; highest 100 ms sample ${mb(Math.max(...samples))}, ` +
        `${samples.length} samples; after: ${mb(after)})`,
    );
    if (nodeArgs.length) console.log(`hub node arguments      ${nodeArgs.join(' ')}`);
    console.log(`peak / baseline         ${(peak / baseline).toFixed(2)} ×`);
    console.log(
      `target                  peak < ${TARGET_PEAK_MB} MB: ${peak < TARGET_PEAK_MB ? 'met' : 'NOT met'}` +
        `${products === 100_000 ? '' : ` (the target is for 100,000 products; this run had ${products})`}`,
    );
    if (held !== products) process.exitCode = 1;
  } finally {
    await client.end().catch(() => undefined);
    await hub?.stop();
    await simulator.stop();
    await db.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
