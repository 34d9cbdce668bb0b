/**
 * Ingest throughput: `ingestProducts` through the GraphQL API (HTTP, admin
 * token, batches of 500) against the baseline of what the database can do with
 * the same rows: one set-based upsert per batch straight through `pg`
 * (INSERT … SELECT FROM jsonb_to_recordset … ON CONFLICT (external_id) DO UPDATE).
 * Both start from an empty product table (truncated before each pass) and run
 * in alternating order (api/raw, raw/api, …). Then, on the hub's data:
 *
 *   - an unchanged pass (the same data again) must write no row: counted by
 *     pg_stat_user_tables (n_tup_ins, n_tup_upd, read after the hub's
 *     connections closed, which flushes their statistics) and by the rows'
 *     (xmin, ctid), which any write would change;
 *   - a pass where 10% of the products change one field.
 *
 * Request bodies (and the baseline's parameters) are serialised before the
 * clock starts: the figures are transport + server + database. The target:
 * API products/s at least half the baseline's. Beside wall time, each pass
 * reports the CPU this process used (hub and client) and, when PostgreSQL runs
 * on this host, the CPU of its backends (/proc), per batch.
 *
 *   npm run bench:ingest [-- --products 20000 --batch 500 --rounds 4 --breakdown]
 *
 * --breakdown then times the parts of one batch in-process: the whole request,
 * the service alone, its statements, and the HTTP/GraphQL work around it.
 *
 * PostgreSQL: DATABASE_URL's server when set (in a throw-away database), else an
 * embedded one in a throw-away directory. Both are removed at the end.
 *
 * This file runs the passes; ingest-throughput/ holds the data (products.ts),
 * the two ways in (passes.ts), the measurements (measure.ts), the breakdown
 * (breakdown.ts) and the report (report.ts).
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/observability/logger.js';
import { openBenchDatabase, seededRandom } from './support.js';
import { breakdown } from './ingest-throughput/breakdown.js';
import { measured, reset, tableState, type Cost } from './ingest-throughput/measure.js';
import { apiPass, connect, rawPass, withClient, type Counts } from './ingest-throughput/passes.js';
import { CHANGED_SHARE, makeProduct, prepare } from './ingest-throughput/products.js';
import { printReport } from './ingest-throughput/report.js';

const logger = createLogger('error');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      products: { type: 'string', default: '20000' },
      batch: { type: 'string', default: '500' },
      rounds: { type: 'string', default: '4' },
      breakdown: { type: 'boolean', default: false },
    },
  });
  const [count, batch, rounds] = [values.products, values.batch, values.rounds].map(Number) as [number, number, number];

  const random = seededRandom(42);
  const products = Array.from({ length: count }, (_, i) => makeProduct(i + 1, random));
  const initial = prepare(products, batch);
  const changedProducts = products.map((p, i) =>
    i % CHANGED_SHARE ? p : { ...p, data: { ...p.data, list_price: Number(p.data.list_price) + 1 } },
  );
  const changed = prepare(changedProducts, batch);
  const avgBytes = initial.api.reduce((n, b) => n + b.length, 0) / count;

  const db = await openBenchDatabase('hub_bench_ingest', logger);
  const config = loadConfig(
    { DATABASE_URL: db.dbUrl, HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'production', LOG_LEVEL: 'error' },
    'api',
  );
  let app: App | null = null;
  let token = '';
  const boot = async () => {
    app = await createApp(config, { logger });
    token ||= app.bootstrapAdminToken!;
    // A read first, so that the pool's connections are open; it writes no product.
    await apiPass(app, token, [JSON.stringify({ query: '{ products(first: 1) { totalCount } }' })], true);
    return app;
  };
  const stop = async () => {
    const running = app as App | null;
    app = null;
    await running?.stop();
  };

  const batches = initial.api.length;
  const rate = (cost: Cost) => (count / cost.ms) * 1000;
  const perBatch = (ms: number | null) => (ms === null ? '     n/a' : `${(ms / batches).toFixed(1).padStart(5)} ms`);
  const costs = { api: [] as Cost[], raw: [] as Cost[] };
  /** The connection that reads the backends' CPU; closed before the hub stops. */
  let monitor: pg.Client | null = null;
  try {
    console.log(
      `Ingest throughput: ${count} products (${Object.keys(products[0]!.data).length} top-level keys, ` +
        `~${Math.round(avgBytes)} bytes of JSON each) in ${batches} batches of ${batch}, ${rounds} × 2 passes ` +
        `(api, raw) in alternating order, PostgreSQL ${db.server}\n`,
    );
    let hub = await boot();
    monitor = await connect(db.dbUrl);
    // The first pass of a process runs cold (JIT): a short discarded one warms both paths.
    await reset(db);
    await withClient(db.dbUrl, (c) => rawPass(c, initial.raw.slice(0, 4)));
    await reset(db);
    await apiPass(hub, token, initial.api.slice(0, 4));
    for (let r = 1; r <= rounds; r++) {
      for (const mode of r % 2 ? (['api', 'raw'] as const) : (['raw', 'api'] as const)) {
        await reset(db);
        let cost: Cost;
        if (mode === 'api') {
          let got: Counts = { created: 0, updated: 0, unchanged: 0 };
          cost = await measured(monitor, async () => (got = await apiPass(hub, token, initial.api)));
          if (got.created !== count) throw new Error(`API pass created ${got.created} of ${count}`);
        } else {
          const client = await connect(db.dbUrl);
          cost = await measured(monitor, () => rawPass(client, initial.raw)).finally(() => client.end());
        }
        costs[mode].push(cost);
        console.log(
          `round ${r} ${mode}  ${(cost.ms / 1000).toFixed(2).padStart(6)} s  ${rate(cost).toFixed(0).padStart(6)} products/s` +
            `  per batch: CPU node ${perBatch(cost.nodeCpuMs)}, postgres ${perBatch(cost.pgCpuMs)}`,
        );
      }
    }
    if (rounds % 2) {
      // An odd count ends on a raw pass: the next passes start from the hub's own rows.
      await reset(db);
      await apiPass(hub, token, initial.api);
    }
    await monitor.end();
    await stop();

    // Unchanged: the same data again must write nothing. Each pass on a fresh boot,
    // whose stop closes every connection and so flushes their statistics.
    const beforeSame = await tableState(db.dbUrl);
    hub = await boot();
    monitor = await connect(db.dbUrl);
    let same: Counts = { created: 0, updated: 0, unchanged: 0 };
    const sameCost = await measured(monitor, async () => (same = await apiPass(hub, token, initial.api)));
    await monitor.end();
    await stop();
    const afterSame = await tableState(db.dbUrl);

    // 10% changed, one field each.
    hub = await boot();
    monitor = await connect(db.dbUrl);
    let some: Counts = { created: 0, updated: 0, unchanged: 0 };
    const someCost = await measured(monitor, async () => (some = await apiPass(hub, token, changed.api)));
    await monitor.end();
    await stop();
    const afterChanged = await tableState(db.dbUrl);

    if (values.breakdown) {
      hub = await boot();
      await breakdown(hub, token, products.slice(0, batch), 9);
      await stop();
    }

    printReport({
      rounds,
      rate,
      perBatch,
      costs,
      same: { counts: same, cost: sameCost, before: beforeSame, after: afterSame },
      changed: { counts: some, cost: someCost, after: afterChanged },
    });
  } finally {
    await monitor?.end().catch(() => undefined);
    await stop().catch((err: unknown) => console.error(err));
    await db.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
