/**
 * Orders into Odoo (P3, issue 15 "pushes that keep up"), in phases of one run on
 * one database, against the Odoo simulator (JSON-RPC, in a worker thread of its
 * own, as Odoo is another process). Each order is a `placeSaleOrder` over HTTP:
 * a new customer with a delivery address, two lines.
 *
 *   a. commit rate: N orders with the worker off, `placeSaleOrder` alone
 *      (orders answered per second; each answer means its transaction committed);
 *   b. backlog drain: the worker started on those N waiting orders (pushes per
 *      second from the worker's start to the last sale.order create), and the
 *      Odoo calls per order it made;
 *   (a and b also give the SQL statements and this process's CPU time an order,
 *      by thread: the hub and clients, the simulator; PostgreSQL's is not in it)
 *   c. end to end: N more orders placed with the worker running, per order the
 *      time from the mutation's answer to the simulator running its create,
 *      and throughput from the first call to the last create;
 *   baseline: graphile-worker alone, a committed `add_job` to its no-op task
 *      starting, with the same clients, concurrency and pace as c;
 *   c and the baseline run in `--rounds` alternating rounds (default 3, N ÷ rounds
 *      orders each), so each round's ratio compares the two under the same
 *      machine; the latency goal is judged on the median of the rounds' ratios.
 *
 * Ratios (issue 15, acceptance 3): pushes/s ÷ commit rate ≥ 0.8 (b and c), p50
 * commit → create ÷ bare p50 ≤ 5 (c), and every order in Odoo exactly once.
 *
 *   npm run bench:outbound [-- --orders 2000 --clients 32 --concurrency 32 --rate 0 --rounds 3]
 *
 * `--rate N` paces phase c's calls (and the baseline's add_jobs) at N per
 * second, for latencies below saturation; 0 (the default) sends as fast as the
 * clients can. Phase a always runs at full speed (it measures the ceiling).
 *
 *   npm run bench:outbound -- --outage 60 [--orders 300]
 *
 * `--outage S` measures recovery instead (issue 15): Odoo goes away (connections
 * refused), the orders are placed, Odoo comes back S seconds after it went; the
 * figure is the time from its return to the last order's create. Twice in one
 * run, on one database: the circuit on (ODOO_CIRCUIT_PROBE_SECONDS at its
 * default) and off (each push waits out its own backoff), in that order.
 *
 * PostgreSQL: DATABASE_URL's server when set (in a throw-away database), else an
 * embedded one in a throw-away directory. Both are removed at the end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parentPort, Worker } from 'node:worker_threads';
import { run, type Runner } from 'graphile-worker';
import pg from 'pg';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { workerLogger } from '../src/db/database.js';
import { EntityType } from '../src/domain/enums.js';
import { startWorker } from '../src/jobs/worker.js';
import { OdooCircuitBreaker } from '../src/odoo/odoo-circuit.js';
import { pullFromOdoo } from '../src/odoo/pull/pull.service.js';
import { createLogger } from '../src/observability/logger.js';
import { startOdooSimulator } from '../tools/odoo-simulator/index.js';
import { median, openBenchDatabase, percentile, runBench, type BenchDatabase } from './support.js';

/** Acceptance 3 of issue 15: pushes per second against placeSaleOrder's commit rate, p50 against the bare job's. */
const TARGET_RATE_RATIO = 0.8;
const TARGET_LATENCY_RATIO = 5;
const WARM_UP = 50;
/** The simulator thread's name (what /proc shows for it). */
const SIMULATOR_THREAD = 'odoo-simulator';

/** A sale.order create the simulator ran: the order's reference, and when (epoch ms, to a fraction). */
type Create = { ref: string; at: number };
type Ready = { url: string; db: string; login: string; apiKey: string };
/** 'creates': every sale.order create so far, and the Odoo calls so far by `model.method`. */
type CreatesReply = { creates: Create[]; calls: Record<string, number> };
/** 'final': how many sale.orders Odoo holds for each client_order_ref. */
type FinalReply = { refs: Record<string, number> };

/** The simulator thread: serves Odoo; answers 'creates' and 'final' (see their replies); 'offline', 'online' for --outage. */
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
    if (msg === 'creates') {
      const calls: Record<string, number> = {};
      const creates: Create[] = [];
      for (const c of sim.calls) {
        const key = `${c.model ?? c.service}.${c.method}`;
        calls[key] = (calls[key] ?? 0) + 1;
        if (c.model !== 'sale.order' || c.method !== 'create') continue;
        // One create may carry a list of orders (vals_list): each is one order created at that moment.
        for (const vals of c.args[0] as Record<string, unknown>[]) {
          creates.push({ ref: String(vals.client_order_ref), at: c.atMs });
        }
      }
      parentPort!.postMessage({ creates, calls } satisfies CreatesReply);
    } else if (msg === 'final') {
      const refs: Record<string, number> = {};
      const orders = sim.env.read('sale.order', sim.env.search('sale.order', []), ['client_order_ref']) as {
        client_order_ref: string | false;
      }[];
      for (const o of orders) refs[String(o.client_order_ref)] = (refs[String(o.client_order_ref)] ?? 0) + 1;
      parentPort!.postMessage({ refs } satisfies FinalReply);
    }
  });
  parentPort!.postMessage({ url: sim.url, db: sim.db, login: sim.login, apiKey: sim.apiKey } satisfies Ready);
}

function ask<T>(thread: Worker, msg: string): Promise<T> {
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

/**
 * Now in epoch milliseconds to a fraction of one, on the clock the simulator's
 * thread stamps its calls with (CallRecord.atMs): latencies of a few
 * milliseconds are not rounded to whole ones, nor is the ratio of two of them.
 */
const preciseNow = () => performance.timeOrigin + performance.now();

const stats = (latencies: number[]) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
};

/**
 * graphile-worker alone: add_job (committed, as its caller learns) → task start,
 * with the hub's settings. Started once and measured in rounds (`measure`),
 * running beside the hub's worker as that one runs beside it: each side's jobs
 * wake the other's runner (one `jobs:insert` channel), the same in both phases.
 */
async function startBare(
  dbUrl: string,
  clients: number,
  concurrency: number,
): Promise<{ measure(count: number, rate: number): Promise<number[]>; stop(): Promise<void> }> {
  // Both ends by job id: a task may start before its adder has heard the commit.
  let startedAt = new Map<string, number>();
  let expected = 0;
  let finished = () => {};
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
        startedAt.set(String(helpers.job.id), preciseNow());
        if (startedAt.size === expected) finished();
      },
    },
  });
  return {
    async measure(count, rate) {
      startedAt = new Map();
      expected = count;
      const committedAt = new Map<string, number>();
      const all = new Promise<void>((resolve) => (finished = resolve));
      await load(
        count,
        clients,
        async () => {
          const { rows } = await pool.query<{ id: string }>(`select (graphile_worker.add_job('bench_noop')).id`);
          committedAt.set(String(rows[0]!.id), preciseNow());
        },
        rate,
      );
      await all;
      return [...startedAt].map(([id, at]) => at - committedAt.get(id)!);
    },
    async stop() {
      await runner.stop();
      await pool.end();
    },
  };
}

interface Options {
  total: number;
  clients: number;
  concurrency: number;
  rate: number;
}

/** What the phases share: the hub (API only: each phase starts and stops the worker), the simulator, the orders. */
interface Bench {
  options: Options;
  app: App;
  db: BenchDatabase;
  simulator: Worker;
  /** Places order `prefix-i` (its own new customer and address); resolves when its answer arrived (committed). */
  place(i: number, prefix: string): Promise<number>;
  /** Starts the hub's worker as a deployment runs it (WORKER_CONCURRENCY, the hub's task list), with or without the circuit. */
  startPushing(circuit?: boolean): Promise<Runner>;
  /** Waits until the simulator has run `n` sale.order creates in all; returns them and the calls so far. */
  waitForCreates(n: number): Promise<CreatesReply>;
}

async function setUp(options: Options): Promise<Bench> {
  const logger = createLogger('error');
  const db = await openBenchDatabase('hub_bench_outbound', logger);
  const simulator = new Worker(new URL(import.meta.url), { name: SIMULATOR_THREAD });
  const odoo = (await new Promise((resolve) => simulator.once('message', resolve))) as Ready;
  const config = loadConfig(
    {
      DATABASE_URL: db.dbUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      NODE_ENV: 'production',
      ODOO_URL: odoo.url,
      ODOO_DB: odoo.db,
      ODOO_USERNAME: odoo.login,
      ODOO_API_KEY: odoo.apiKey,
      WORKER_CONCURRENCY: String(options.concurrency),
    },
    'api',
  );
  // The API's connections plus one per concurrent push, as createApp sizes a worker's pool.
  const app = await createApp(config, {
    logger,
    ormOverrides: { pool: { min: 0, max: 10 + options.concurrency } },
  });
  await pullFromOdoo(app.odoo!, app.orm.em.fork(), EntityType.PRODUCT);
  const skus = (
    await app.orm.em
      .fork()
      .getConnection()
      .execute<{ external_id: string }[]>(`select external_id from product order by external_id`)
  ).map((r) => r.external_id);

  const place = async (i: number, prefix: string): Promise<number> => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${app.bootstrapAdminToken}` },
      body: JSON.stringify({
        query: `mutation Place($input: PlaceSaleOrderInput!) { placeSaleOrder(input: $input) { id } }`,
        variables: {
          input: {
            externalId: `${prefix}-${i}`,
            idempotencyKey: `${prefix}-${i}`,
            customer: {
              externalId: `${prefix}-cust-${i}`,
              data: { name: `Customer ${i}`, email: `c${i}@${prefix.toLowerCase()}.shop.example`, city: 'Berlin' },
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
    return preciseNow();
  };
  const startPushing = (circuit = false) =>
    startWorker(db.dbUrl, config, logger, {
      orm: app.orm,
      odoo: app.odoo,
      logger,
      fetch: app.fetch,
      config,
      maxAttempts: config.odoo.maxPushAttempts,
      circuit: circuit
        ? new OdooCircuitBreaker(
            { url: odoo.url, db: odoo.db },
            {
              probeMs: config.odoo.circuitProbeMs,
              maxAttempts: config.odoo.maxPushAttempts,
              uncertainRetryMs: config.odoo.uncertainRetryMs,
            },
          )
        : null,
    });
  const waitForCreates = async (n: number): Promise<CreatesReply> => {
    const deadline = Date.now() + 300_000;
    for (;;) {
      const reply = await ask<CreatesReply>(simulator, 'creates');
      if (reply.creates.length >= n) return reply;
      if (Date.now() > deadline) throw new Error(`only ${reply.creates.length} of ${n} orders reached Odoo`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { options, app, db, simulator, place, startPushing, waitForCreates };
}

/** Warm-up: a few orders through the whole path (connections, JIT), not timed; the worker is off again after. */
async function warmUp(b: Bench): Promise<void> {
  const runner = await b.startPushing();
  await load(WARM_UP, b.options.clients, async (i) => void (await b.place(i, 'WARM')));
  await b.waitForCreates(WARM_UP);
  await runner.stop();
}

/**
 * Every statement this process sends to PostgreSQL (the hub's ORM, its own SQL,
 * graphile-worker, ApiLog: all go through pg's Client), and every commit, counted
 * so the drain can say how many an order costs.
 */
const sqlCount = { statements: 0 };
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  sqlCount.statements++;
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

/**
 * CPU time this process's threads (the hub and the bench's clients on the main
 * thread, the simulator's thread, V8's helpers) spent, per order: unlike rates,
 * it hardly moves with what else runs on the machine. PostgreSQL's is not in it.
 */
type CpuSplit = { total: number; main: number; simulator: number; other: number };

/** CPU milliseconds each thread of this process has used, by thread name (/proc/self/task/<tid>/stat). */
function threadCpu(): Map<string, number> {
  const ms = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      // utime and stime (fields 14 and 15 of stat), in clock ticks of 10 ms.
      const used = (Number(fields[11]) + Number(fields[12])) * 10;
      ms.set(`${name} ${tid}`, used);
    } catch {
      // a thread that ended meanwhile
    }
  }
  return ms;
}

/** Per order since `from` (threadCpu): all threads, the main thread (hub and clients), the simulator's, the rest (GC helpers). */
function cpuPerOrder(from: Map<string, number>, orders: number): CpuSplit {
  const split = { total: 0, main: 0, simulator: 0, other: 0 };
  for (const [key, ms] of threadCpu()) {
    const used = (ms - (from.get(key) ?? 0)) / orders;
    split.total += used;
    if (key.startsWith('MainThread ')) split.main += used;
    else if (key.startsWith(`${SIMULATOR_THREAD} `)) split.simulator += used;
    else split.other += used;
  }
  return split;
}

const cpuText = (c: CpuSplit) =>
  `${c.total.toFixed(1)} ms CPU an order (main thread ${c.main.toFixed(1)}, simulator ${c.simulator.toFixed(1)}, other ${c.other.toFixed(1)})`;

/** a. placeSaleOrder alone, the worker off: orders committed per second. */
async function commitRate(
  b: Bench,
): Promise<{ perSecond: number; seconds: number; statements: number; cpu: CpuSplit }> {
  const statementsBefore = sqlCount.statements;
  const cpuBefore = threadCpu();
  const started = Date.now();
  await load(b.options.total, b.options.clients, async (i) => void (await b.place(i, 'BACKLOG')));
  const seconds = (Date.now() - started) / 1000;
  const statements = (sqlCount.statements - statementsBefore) / b.options.total;
  return { perSecond: b.options.total / seconds, seconds, statements, cpu: cpuPerOrder(cpuBefore, b.options.total) };
}

/** b. The worker started on phase a's backlog: pushes per second until the last create, and Odoo calls per order. */
async function drain(
  b: Bench,
  createdBefore: number,
): Promise<{
  runner: Runner;
  perSecond: number;
  seconds: number;
  calls: Record<string, number>;
  statements: number;
  cpu: CpuSplit;
}> {
  const before = (await ask<CreatesReply>(b.simulator, 'creates')).calls;
  const statementsBefore = sqlCount.statements;
  const cpuBefore = threadCpu();
  const started = Date.now();
  const runner = await b.startPushing();
  const { creates, calls } = await b.waitForCreates(createdBefore + b.options.total);
  const statements = (sqlCount.statements - statementsBefore) / b.options.total;
  const cpu = cpuPerOrder(cpuBefore, b.options.total);
  const lastCreate = Math.max(...creates.filter((c) => c.ref.startsWith('BACKLOG-')).map((c) => c.at));
  const seconds = (lastCreate - started) / 1000;
  const perOrder = Object.fromEntries(
    Object.entries(calls)
      .map(([key, n]) => [key, (n - (before[key] ?? 0)) / b.options.total] as const)
      .filter(([, n]) => n > 0),
  );
  return { runner, perSecond: b.options.total / seconds, seconds, calls: perOrder, statements, cpu };
}

/**
 * c. Orders `E2E-first` … `E2E-(first + count - 1)` placed while the worker runs:
 * throughput from the first call to the last create, and each order's commit → create.
 */
async function endToEnd(
  b: Bench,
  createdBefore: number,
  first: number,
  count: number,
): Promise<{ perSecond: number; placedSeconds: number; latencies: number[] }> {
  const { clients, rate } = b.options;
  const committedAt = new Map<string, number>();
  const started = Date.now();
  await load(
    count,
    clients,
    async (i) => void committedAt.set(`E2E-${first + i}`, await b.place(first + i, 'E2E')),
    rate,
  );
  const placedSeconds = (Date.now() - started) / 1000;
  const { creates } = await b.waitForCreates(createdBefore + count);
  const ours = creates.filter((c) => committedAt.has(c.ref));
  const lastCreate = Math.max(...ours.map((c) => c.at));
  const latencies = ours.map((c) => c.at - committedAt.get(c.ref)!);
  return { perSecond: count / ((lastCreate - started) / 1000), placedSeconds, latencies };
}

/** Every order placed is in Odoo exactly once (by client_order_ref), and nothing else is. */
async function exactlyOnce(
  b: Bench,
  prefixes: Record<string, number>,
): Promise<{ missing: number; duplicated: number; other: number }> {
  const { refs } = await ask<FinalReply>(b.simulator, 'final');
  const placed = new Set(
    Object.entries(prefixes).flatMap(([prefix, n]) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`)),
  );
  let missing = 0;
  for (const ref of placed) if (!refs[ref]) missing++;
  const duplicated = Object.entries(refs).filter(([ref, n]) => placed.has(ref) && n > 1).length;
  const other = Object.keys(refs).filter((ref) => !placed.has(ref)).length;
  return { missing, duplicated, other };
}

/**
 * --outage: Odoo away for `seconds` while `total` orders are placed, then back;
 * how long after its return the last order reached it, circuit on, then off.
 */
async function outage(b: Bench, seconds: number): Promise<void> {
  const { total, clients } = b.options;
  console.log(
    `Recovery: Odoo away ${seconds} s (connections refused), ${total} orders placed meanwhile; ` +
      'time from its return to the last order created in Odoo\n',
  );
  const drains: Record<string, number> = {};
  for (const mode of ['on', 'off'] as const) {
    const prefix = `OUTAGE-${mode.toUpperCase()}`;
    const before = (await ask<CreatesReply>(b.simulator, 'creates')).creates.length;
    const runner = await b.startPushing(mode === 'on');
    try {
      await ask(b.simulator, 'offline');
      const down = Date.now();
      await load(total, clients, async (i) => void (await b.place(i, prefix)));
      const placed = Date.now() - down;
      await new Promise((r) => setTimeout(r, Math.max(0, down + seconds * 1000 - Date.now())));
      await ask(b.simulator, 'online');
      const back = Date.now();
      const { creates } = await b.waitForCreates(before + total);
      const mine = creates.filter((c) => c.ref.startsWith(`${prefix}-`));
      drains[mode] = Math.max(...mine.map((c) => c.at)) - back;
      const first = Math.min(...mine.map((c) => c.at)) - back;
      console.log(
        `circuit ${mode.padEnd(4)} last order ${(drains[mode]! / 1000).toFixed(1)} s after the return ` +
          `(first ${(first / 1000).toFixed(1)} s; placed in ${(placed / 1000).toFixed(1)} s; ` +
          `${mine.length} creates, duplicates: ${mine.length - new Set(mine.map((c) => c.ref)).size})`,
      );
    } finally {
      await runner.stop();
    }
  }
  console.log(`off ÷ on               ${(drains.off! / Math.max(drains.on!, 1)).toFixed(1)} ×`);
  const fate = await exactlyOnce(b, { WARM: WARM_UP, 'OUTAGE-ON': total, 'OUTAGE-OFF': total });
  console.log(`exactly once           ${fate.missing} missing, ${fate.duplicated} duplicated, ${fate.other} other`);
  if (fate.missing || fate.duplicated || fate.other) process.exitCode = 1;
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      orders: { type: 'string', default: '2000' },
      clients: { type: 'string', default: '32' },
      concurrency: { type: 'string', default: '32' },
      rate: { type: 'string', default: '0' },
      rounds: { type: 'string', default: '3' },
      outage: { type: 'string', default: '0' },
    },
  });
  const outageSeconds = Number(values.outage);
  const roundCount = Math.max(1, Number(values.rounds));
  const options: Options = {
    total: Number(values.orders),
    clients: Number(values.clients),
    concurrency: Number(values.concurrency),
    rate: Number(values.rate),
  };
  const { total, clients, concurrency, rate } = options;
  const b = await setUp(options);
  let runner: Runner | null = null;
  try {
    console.log(
      `Orders into Odoo: ${total} placeSaleOrder calls a phase from ${clients} clients, ` +
        `worker concurrency ${concurrency}, phase c ${rate ? `paced at ${rate}/s` : 'at full speed'}, ` +
        `Odoo simulator (JSON-RPC, own thread), ApiLog on, PostgreSQL ${b.db.server}\n`,
    );
    await warmUp(b);
    if (outageSeconds > 0) return await outage(b, outageSeconds);
    const a = await commitRate(b);
    const drained = await drain(b, WARM_UP);
    runner = drained.runner;
    // c and the bare job in alternating rounds, so both sides of each round's ratio meet the same machine;
    // the hub's worker and the bare runner both run throughout.
    const rounds: { c: Awaited<ReturnType<typeof endToEnd>>; bare: number[] }[] = [];
    const perRound = Math.ceil(total / roundCount);
    const bareRunner = await startBare(b.db.dbUrl, clients, concurrency);
    try {
      for (let placed = 0; placed < total;) {
        const count = Math.min(perRound, total - placed);
        const c = await endToEnd(b, WARM_UP + total + placed, placed, count);
        rounds.push({ c, bare: await bareRunner.measure(count, rate) });
        placed += count;
      }
    } finally {
      await bareRunner.stop();
    }
    await runner.stop();
    runner = null;
    const c = {
      ...stats(rounds.flatMap((r) => r.c.latencies)),
      perSecond: median(rounds.map((r) => r.c.perSecond)),
      placedSeconds: rounds.reduce((sum, r) => sum + r.c.placedSeconds, 0),
    };
    const bare = stats(rounds.flatMap((r) => r.bare));
    const roundRatios = rounds.map((r) => stats(r.c.latencies).p50 / stats(r.bare).p50);
    const fate = await exactlyOnce(b, { WARM: WARM_UP, BACKLOG: total, E2E: total });

    const drainRatio = drained.perSecond / a.perSecond;
    const e2eRatio = c.perSecond / a.perSecond;
    const latencyRatio = median(roundRatios);
    const callsPerOrder = Object.values(drained.calls).reduce((x, n) => x + n, 0);
    console.log(
      `a. placeSaleOrder alone  ${a.perSecond.toFixed(0)} commits/s (${total} in ${a.seconds.toFixed(2)} s), ${a.statements.toFixed(1)} SQL statements an order`,
    );
    console.log(`   this process          ${cpuText(a.cpu)}`);
    console.log(
      `b. backlog drain         ${drained.perSecond.toFixed(0)} pushes/s (${total} in ${drained.seconds.toFixed(2)} s), ` +
        `${callsPerOrder.toFixed(1)} Odoo calls and ${drained.statements.toFixed(1)} SQL statements an order`,
    );
    console.log(`   this process          ${cpuText(drained.cpu)}`);
    console.log(
      `   calls an order        ${Object.entries(drained.calls)
        .sort(([, x], [, y]) => y - x)
        .map(([key, n]) => `${key} ${n.toFixed(2)}`)
        .join(', ')}`,
    );
    console.log(
      `c. end to end            ${c.perSecond.toFixed(0)} orders/s to Odoo (placed in ${c.placedSeconds.toFixed(2)} s), ` +
        `commit → create p50 ${c.p50.toFixed(1)} ms, p99 ${c.p99.toFixed(1)} ms`,
    );
    console.log(
      `   bare graphile-worker  p50 ${bare.p50.toFixed(1)} ms, p99 ${bare.p99.toFixed(1)} ms (add_job commit → task start)`,
    );
    console.log(
      `drain ÷ commit rate      ${drainRatio.toFixed(2)} × (goal ≥ ${TARGET_RATE_RATIO}: ${verdict(drainRatio >= TARGET_RATE_RATIO)})`,
    );
    // Paced (--rate), phase c's throughput is the pace, not the hub's: no goal to judge it by.
    console.log(
      b.options.rate > 0
        ? `end to end ÷ commit rate ${e2eRatio.toFixed(2)} × (paced at ${b.options.rate}/s: the pace, not a throughput)`
        : `end to end ÷ commit rate ${e2eRatio.toFixed(2)} × (goal ≥ ${TARGET_RATE_RATIO}: ${verdict(e2eRatio >= TARGET_RATE_RATIO)})`,
    );
    for (const [i, r] of rounds.entries()) {
      console.log(
        `   round ${i + 1}               commit → create p50 ${stats(r.c.latencies).p50.toFixed(1)} ms, ` +
          `bare p50 ${stats(r.bare).p50.toFixed(1)} ms: ${roundRatios[i]!.toFixed(2)} ×`,
      );
    }
    console.log(
      `p50 ÷ bare p50           ${latencyRatio.toFixed(2)} × median of ${rounds.length} rounds (goal ≤ ${TARGET_LATENCY_RATIO}: ${verdict(latencyRatio <= TARGET_LATENCY_RATIO)})`,
    );
    console.log(
      `exactly once             ${fate.missing} missing, ${fate.duplicated} duplicated, ${fate.other} other orders in Odoo ` +
        `(${verdict(!fate.missing && !fate.duplicated && !fate.other)})`,
    );
    if (fate.missing || fate.duplicated || fate.other) process.exitCode = 1;
  } finally {
    if (runner) await runner.stop();
    await b.app.stop();
    await b.simulator.terminate();
    await b.db.drop();
  }
}

runBench(main, runSimulator);
