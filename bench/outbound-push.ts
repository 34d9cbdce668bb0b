/**
 * Orders into Odoo (P3): N `placeSaleOrder` calls over HTTP (each a new customer
 * with a delivery address, two lines) from C concurrent clients, pushed by the
 * hub's worker to the Odoo simulator (JSON-RPC, in a worker thread of its own,
 * as Odoo is another process). For each order: the time from the mutation's
 * answer (its transaction has committed) to the simulator running the
 * sale.order `create`; throughput is orders over the time from the first call to
 * the last create. Baseline, in the same run and on the same database: the
 * bare graphile-worker latency from a committed `add_job` to the task starting,
 * with the same number of concurrent adders and the same worker concurrency.
 * Goals: ≥ 500 orders/s; p50 ≤ 5 × the bare latency's p50.
 *
 *   npm run bench:outbound [-- --orders 2000 --clients 32 --concurrency 32 --rate 0]
 *
 * `--rate N` paces the calls (and the baseline's add_jobs) at N per second, for
 * latencies below saturation; 0 (the default) sends as fast as the clients can.
 *
 *   npm run bench:outbound -- --outage 60 [--orders 300]
 *
 * `--outage S` measures recovery instead (issue 15): Odoo goes away (connections
 * refused), the orders are placed, Odoo comes back S seconds after it went; the
 * figure is the time from its return to the last order's create. Twice in one
 * run, on one database: the circuit on (ODOO_CIRCUIT_PROBE_SECONDS at its
 * default) and off (0: each push waits out its own backoff), in that order.
 *
 * PostgreSQL: DATABASE_URL's server when set (in a throw-away database), else an
 * embedded one in a throw-away directory. Both are removed at the end.
 */
import { parseArgs } from 'node:util';
import { parentPort, Worker } from 'node:worker_threads';
import { run } from 'graphile-worker';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { workerLogger } from '../src/db/database.js';
import { EntityType } from '../src/domain/enums.js';
import { pullFromOdoo } from '../src/odoo/pull/pull.service.js';
import { createLogger } from '../src/observability/logger.js';
import { startOdooSimulator } from '../tools/odoo-simulator/index.js';
import { openBenchDatabase, percentile, runBench } from './support.js';

const TARGET_PER_SECOND = 500;
const TARGET_LATENCY_RATIO = 5;

type FromSimulator =
  | { url: string; db: string; login: string; apiKey: string }
  | { creates: { ref: string; at: number }[]; orders: number }
  | { ok: true };

/** The simulator thread: serves Odoo; on 'creates', reports when each sale.order create ran; 'offline', 'online'. */
async function runSimulator(): Promise<void> {
  const sim = await startOdooSimulator({
    version: 17,
    seed: { products: 20, partners: 0, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
  });
  parentPort!.on('message', (msg: string) => {
    // Odoo's host goes away (connections refused) and comes back, for --outage.
    if (msg === 'offline' || msg === 'online') {
      void (msg === 'offline' ? sim.goOffline() : sim.goOnline()).then(() => parentPort!.postMessage({ ok: true }));
      return;
    }
    if (msg !== 'creates') return;
    const creates = sim.calls
      .filter((c) => c.model === 'sale.order' && c.method === 'create')
      .map((c) => {
        const vals = (c.args[0] as Record<string, unknown>[])[0]!;
        return { ref: String(vals.client_order_ref), at: c.at.getTime() };
      });
    parentPort!.postMessage({ creates, orders: sim.env.search('sale.order', []).length });
  });
  parentPort!.postMessage({ url: sim.url, db: sim.db, login: sim.login, apiKey: sim.apiKey });
}

function ask(thread: Worker, msg: string): Promise<FromSimulator> {
  return new Promise((resolve) => {
    thread.once('message', resolve);
    thread.postMessage(msg);
  });
}

/**
 * Runs `count` calls of `call(i)` from `clients` concurrent loops; with `rate`
 * (calls/s), call i starts no earlier than i / rate seconds in (an open-loop
 * pace below capacity, so latencies are the path's, not a backlog's).
 */
async function load(count: number, clients: number, call: (i: number) => Promise<void>, rate = 0): Promise<void> {
  let next = 0;
  const start = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < count; i = next++) {
        const due = rate ? start + (i * 1000) / rate - Date.now() : 0;
        if (due > 0) await new Promise((r) => setTimeout(r, due));
        await call(i);
      }
    }),
  );
}

const stats = (latencies: number[]) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
};

/** graphile-worker alone: add_job (committed, as its caller learns) → task start, with the hub's settings. */
async function bareLatency(
  dbUrl: string,
  count: number,
  clients: number,
  concurrency: number,
  rate: number,
): Promise<number[]> {
  // Both ends by job id: a task may start before its adder has heard the commit.
  const startedAt = new Map<string, number>();
  const committedAt = new Map<string, number>();
  let finished!: () => void;
  const all = new Promise<void>((resolve) => (finished = resolve));
  const pool = new pg.Pool({ connectionString: dbUrl, max: clients + concurrency + 2 });
  pool.on('error', (err) => console.error('bench pool:', err.message));
  pool.on('connect', (client) => client.on('error', (err) => console.error('bench client:', err.message)));
  const runner = await run({
    pgPool: pool,
    concurrency,
    noHandleSignals: true,
    pollInterval: 2000,
    logger: workerLogger(createLogger('error')),
    preset: { worker: { localQueue: { size: concurrency }, completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    taskList: {
      bench_noop: async (_payload, helpers) => {
        startedAt.set(String(helpers.job.id), Date.now());
        if (startedAt.size === count) finished();
      },
    },
  });
  try {
    await load(
      count,
      clients,
      async () => {
        const { rows } = await pool.query<{ id: string }>(`select (graphile_worker.add_job('bench_noop')).id`);
        committedAt.set(String(rows[0]!.id), Date.now());
      },
      rate,
    );
    await all;
  } finally {
    await runner.stop();
    await pool.end();
  }
  return [...startedAt].map(([id, at]) => at - committedAt.get(id)!);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      orders: { type: 'string', default: '2000' },
      clients: { type: 'string', default: '32' },
      concurrency: { type: 'string', default: '32' },
      rate: { type: 'string', default: '0' },
      outage: { type: 'string', default: '0' },
    },
  });
  const outageSeconds = Number(values.outage);
  const total = Number(values.orders);
  const clients = Number(values.clients);
  const concurrency = Number(values.concurrency);
  const rate = Number(values.rate);
  const logger = createLogger('error');

  const db = await openBenchDatabase('hub_bench_outbound', logger);
  const simulator = new Worker(new URL(import.meta.url));
  const odoo = (await new Promise((resolve) => simulator.once('message', resolve))) as {
    url: string;
    db: string;
    login: string;
    apiKey: string;
  };
  const env = {
    DATABASE_URL: db.dbUrl,
    HOST: '127.0.0.1',
    PORT: '0',
    NODE_ENV: 'production',
    ODOO_URL: odoo.url,
    ODOO_DB: odoo.db,
    ODOO_USERNAME: odoo.login,
    ODOO_API_KEY: odoo.apiKey,
    WORKER_CONCURRENCY: String(concurrency),
  };
  let app = await createApp(loadConfig(env, 'all'), { logger });
  const token = app.bootstrapAdminToken!;
  try {
    console.log(
      `Orders into Odoo: ${total} placeSaleOrder calls from ${clients} clients` +
        `${rate ? ` paced at ${rate}/s` : ''}, worker concurrency ${concurrency}, ` +
        `Odoo simulator (JSON-RPC, own thread), ApiLog on, PostgreSQL ${db.server}\n`,
    );
    await pullFromOdoo(app.odoo!, app.orm.em.fork(), EntityType.PRODUCT);
    const skus = (
      await app.orm.em
        .fork()
        .getConnection()
        .execute<{ external_id: string }[]>(`select external_id from product order by external_id`)
    ).map((r) => r.external_id);

    // Warm-up: a few orders through the whole path (connections, JIT), not timed.
    const place = async (i: number, prefix: string): Promise<number> => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `mutation Place($input: PlaceSaleOrderInput!) { placeSaleOrder(input: $input) { id } }`,
          variables: {
            input: {
              externalId: `${prefix}-${i}`,
              idempotencyKey: `${prefix}-${i}`,
              customer: {
                externalId: `${prefix}-cust-${i}`,
                data: { name: `Customer ${i}`, email: `c${i}@shop.example`, city: 'Berlin' },
                addresses: [
                  { externalId: `${prefix}-cust-${i}-del`, type: 'DELIVERY', data: { name: 'Dock', street: 'Kai 1' } },
                ],
              },
              shippingAddressExternalId: `${prefix}-cust-${i}-del`,
              lines: [
                { productExternalId: skus[i % skus.length], quantity: 1 + (i % 3), priceUnit: '19.90' },
                { productExternalId: skus[(i + 7) % skus.length], quantity: 2, priceUnit: '4.50' },
              ],
            },
          },
        }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return Date.now();
    };
    const waitForCreates = async (n: number, prefix = '') => {
      const deadline = Date.now() + 300_000;
      for (;;) {
        const reply = (await ask(simulator, 'creates')) as { creates: { ref: string; at: number }[]; orders: number };
        if (reply.creates.filter((c) => c.ref.startsWith(prefix)).length >= n) return reply;
        if (Date.now() > deadline) throw new Error(`only ${reply.creates.length} of ${n} orders reached Odoo`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await load(50, clients, async (i) => void (await place(i, 'WARM')));
    await waitForCreates(50);

    if (outageSeconds > 0) {
      console.log(
        `Recovery: Odoo away ${outageSeconds} s (connections refused), ${total} orders placed meanwhile; ` +
          'time from its return to the last order created in Odoo\n',
      );
      const drains: Record<string, number> = {};
      for (const mode of ['on', 'off'] as const) {
        if (mode === 'off') {
          // The same database, a hub whose pushes retry on their own backoff, as before the circuit.
          await app.stop();
          app = await createApp(loadConfig({ ...env, ODOO_CIRCUIT_PROBE_SECONDS: '0' }, 'all'), { logger });
        }
        const prefix = `OUTAGE-${mode.toUpperCase()}`;
        await ask(simulator, 'offline');
        const down = Date.now();
        await load(total, clients, async (i) => void (await place(i, prefix)));
        const placed = Date.now() - down;
        await new Promise((r) => setTimeout(r, Math.max(0, down + outageSeconds * 1000 - Date.now())));
        await ask(simulator, 'online');
        const back = Date.now();
        const { creates, orders } = await waitForCreates(total, `${prefix}-`);
        const mine = creates.filter((c) => c.ref.startsWith(`${prefix}-`));
        drains[mode] = Math.max(...mine.map((c) => c.at)) - back;
        const first = Math.min(...mine.map((c) => c.at)) - back;
        console.log(
          `circuit ${mode.padEnd(4)} last order ${(drains[mode]! / 1000).toFixed(1)} s after the return ` +
            `(first ${(first / 1000).toFixed(1)} s; placed in ${(placed / 1000).toFixed(1)} s; ` +
            `${mine.length} creates, duplicates: ${mine.length - total})`,
        );
        if (mine.length !== total || new Set(mine.map((c) => c.ref)).size !== total) process.exitCode = 1;
        if (mode === 'off' && orders !== 50 + 2 * total) process.exitCode = 1;
      }
      console.log(`off / on               ${(drains.off! / Math.max(drains.on!, 1)).toFixed(1)} ×`);
      return;
    }

    const committedAt = new Map<string, number>();
    const started = Date.now();
    await load(total, clients, async (i) => void committedAt.set(`BENCH-${i}`, await place(i, 'BENCH')), rate);
    const answered = Date.now();
    const { creates, orders } = await waitForCreates(50 + total);
    const bench = creates.filter((c) => c.ref.startsWith('BENCH-'));
    const lastCreate = Math.max(...bench.map((c) => c.at));
    const latencies = bench.map((c) => c.at - committedAt.get(c.ref)!);
    const hub = stats(latencies);
    const seconds = (lastCreate - started) / 1000;
    const perSecond = total / seconds;

    const bare = stats(await bareLatency(db.dbUrl, total, clients, concurrency, rate));
    const ratio = hub.p50 / Math.max(bare.p50, 1);
    console.log(`orders placed          ${total} in ${((answered - started) / 1000).toFixed(2)} s (all answered)`);
    console.log(
      `in Odoo                ${bench.length} creates, ${orders - 50} orders (duplicates: ${bench.length - total})`,
    );
    console.log(
      `orders/s to Odoo       ${perSecond.toFixed(0)} (goal ≥ ${TARGET_PER_SECOND}: ${perSecond >= TARGET_PER_SECOND ? 'met' : 'NOT met'})`,
    );
    console.log(`commit → Odoo create   p50 ${hub.p50} ms, p99 ${hub.p99} ms`);
    console.log(`bare graphile-worker   p50 ${bare.p50} ms, p99 ${bare.p99} ms (add_job commit → task start)`);
    console.log(
      `p50 ratio              ${ratio.toFixed(1)} × (goal ≤ ${TARGET_LATENCY_RATIO}: ${ratio <= TARGET_LATENCY_RATIO ? 'met' : 'NOT met'})`,
    );
    if (bench.length !== total || orders - 50 !== total) process.exitCode = 1;
  } finally {
    await app.stop();
    await simulator.terminate();
    await db.drop();
  }
}

runBench(main, runSimulator);
