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
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { getVariableValues, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { costError, depthLimitRule } from '../src/graphql/limits.js';
import { operationCost } from '../src/graphql/query-cost.js';
import { sqlQuery } from '../src/db/sql.js';
import { issueToken } from '../src/modules/api-token/api-token.service.js';
import { EntityType } from '../src/domain/enums.js';
import { encodeEvents, EVENT_CHANNEL, type HubEvent } from '../src/outbox/hub-events.js';
import { createLogger } from '../src/observability/logger.js';
import { createWebhookDeliveries } from '../src/outbox/webhook-fan-out.js';
import { ingestProducts } from '../src/ingest/ingest.service.js';
import type { ProductIngest } from '../src/ingest/ingest.types.js';
import { nowMs, openBenchDatabase, seededRandom, type BenchDatabase } from './support.js';
import { notifyInTransaction } from '../src/outbox/notify.js';

const TARGET_RATIO = 0.5;
/** Linux's USER_HZ: /proc/<pid>/stat counts CPU in ticks of 10 ms. */
const CLOCK_TICK_MS = 10;
const CHANGED_SHARE = 10; // every 10th product changes one field in the third pass

const MUTATION = `mutation BenchIngest($input: [ProductInput!]!) {
  ingestProducts(input: $input) { created updated unchanged }
}`;

const logger = createLogger('error');

// --- Data: Odoo-like product.product records, ~30 top-level keys of every JSON kind ---

const CATEGORIES = [
  'All / Saleable / Furniture',
  'All / Saleable / Lighting',
  'All / Saleable / Office',
  'All / Parts',
];
const WORDS = [
  'oak',
  'desk',
  'lamp',
  'chair',
  'steel',
  'black',
  'white',
  'ergonomic',
  'compact',
  'large',
  'soft',
  'eco',
];
const COLORS = ['Black', 'White', 'Oak', 'Walnut', 'Grey', 'Blue'];
const COUNTRIES = ['DE', 'NL', 'BE', 'FR', 'PL', 'CN', 'VN', 'IT'];

function makeProduct(i: number, random: () => number): ProductIngest {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const money = (max: number) => Math.round(random() * max * 100) / 100;
  const code = `SKU-${String(i).padStart(6, '0')}`;
  const categ = Math.floor(random() * CATEGORIES.length);
  const name = `${words(2)} ${pick(COLORS)} ${i}`.replace(/^./, (c) => c.toUpperCase());
  const data = {
    id: 100_000 + i,
    name,
    display_name: `[${code}] ${name}`,
    default_code: code,
    barcode: String(4_000_000_000_000 + i * 7),
    list_price: money(500),
    standard_price: money(250),
    type: random() < 0.9 ? 'product' : 'consu',
    categ_id: [categ + 1, CATEGORIES[categ]!],
    uom_id: [1, 'Units'],
    active: random() < 0.97,
    sale_ok: true,
    purchase_ok: random() < 0.8,
    weight: Math.round(random() * 40_000) / 1000,
    volume: Math.round(random() * 500) / 1000,
    description_sale: `${words(12)}. ${words(10)}.`,
    taxes_id: [1 + Math.floor(random() * 3)],
    qty_available: Math.floor(random() * 500),
    virtual_available: Math.floor(random() * 550),
    tracking: random() < 0.1 ? 'serial' : 'none',
    invoice_policy: random() < 0.5 ? 'order' : 'delivery',
    write_date: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().replace('T', ' ').slice(0, 19),
    company_id: [1, 'My Company (Berlin)'],
    country_of_origin: pick(COUNTRIES),
    hs_code: `9403.${String(10 + Math.floor(random() * 80))}`,
    sale_delay: Math.floor(random() * 14),
    dimensions: {
      length: Math.round(random() * 2000) / 10,
      width: Math.round(random() * 1000) / 10,
      height: Math.round(random() * 1500) / 10,
      unit: 'cm',
    },
    attribute_values: [
      { attribute: 'Color', value: pick(COLORS), price_extra: 0 },
      { attribute: 'Size', value: pick(['S', 'M', 'L', 'XL']), price_extra: money(20) },
    ],
    packaging: [{ name: 'Box', qty: 1 + Math.floor(random() * 12), barcode: String(5_000_000_000_000 + i) }],
    website: {
      is_published: random() < 0.85,
      url: `/shop/${code.toLowerCase()}`,
      seo: { title: name, keywords: [pick(WORDS), pick(WORDS), pick(WORDS)] },
    },
    tag_ids: Array.from({ length: Math.floor(random() * 4) }, () => pick(WORDS)),
    note: random() < 0.3 ? null : `Internal note ${i}: ${words(4)}`,
  };
  return { externalId: code, odooId: 100_000 + i, data };
}

// --- Batches, serialised ahead of the clock ---

interface Prepared {
  /** The GraphQL request bodies, one per batch. */
  api: string[];
  /** The baseline's jsonb parameter, one per batch. */
  raw: string[];
}

function prepare(products: ProductIngest[], batch: number): Prepared {
  const api: string[] = [];
  const raw: string[] = [];
  for (let at = 0; at < products.length; at += batch) {
    const slice = products.slice(at, at + batch);
    api.push(JSON.stringify({ query: MUTATION, operationName: 'BenchIngest', variables: { input: slice } }));
    raw.push(
      JSON.stringify(
        slice.map((p) => ({
          id: uuidv7(),
          external_id: p.externalId,
          odoo_id: p.odooId,
          current_data: p.data,
          changed_fields: Object.keys(p.data).sort(),
        })),
      ),
    );
  }
  return { api, raw };
}

// The baseline: the hub's columns, one upsert statement per batch, autocommit.
const RAW_UPSERT = `
insert into "product" ("id", "external_id", "odoo_id", "current_data", "changed_fields", "processing_state", "is_new",
                       "created_at", "updated_at")
select r."id", r."external_id", r."odoo_id", r."current_data", r."changed_fields", 'pending', true, now(), now()
  from jsonb_to_recordset($1::jsonb) as r("id" uuid, "external_id" text, "odoo_id" int, "current_data" jsonb,
                                          "changed_fields" jsonb)
on conflict ("external_id") do update set
  "previous_data" = "product"."current_data", "current_data" = excluded."current_data",
  "changed_fields" = excluded."changed_fields", "processing_state" = 'pending', "is_new" = false,
  "updated_at" = clock_timestamp()`;

interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Sends the batches one after the other; the summed counts of the results. */
async function apiPass(app: App, token: string, bodies: string[], read = false): Promise<Counts> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const total = { created: 0, updated: 0, unchanged: 0 };
  for (const body of bodies) {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body });
    const json = (await res.json()) as { data?: { ingestProducts: Counts }; errors?: unknown };
    if (res.status !== 200 || json.errors || !json.data) {
      throw new Error(`request failed: ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
    }
    if (read) continue;
    const r = json.data.ingestProducts;
    total.created += r.created;
    total.updated += r.updated;
    total.unchanged += r.unchanged;
  }
  return total;
}

async function rawPass(client: pg.Client, params: string[]): Promise<void> {
  for (const param of params) await client.query(RAW_UPSERT, [param]);
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = await connect(url);
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * CPU time (ms) of each server process connected to the database but `monitor`'s
 * own, from /proc: only when PostgreSQL runs on this host (else null).
 */
async function backendCpu(monitor: pg.Client): Promise<Map<number, number> | null> {
  const { rows } = await monitor.query<{ pid: number }>(
    `select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    let stat: string;
    try {
      if ((await readFile(`/proc/${pid}/comm`, 'utf8')).trim() !== 'postgres') return null; // another host's pid
      stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile, or no /proc
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS); // utime + stime
  }
  return cpu.size || !rows.length ? cpu : null;
}

interface Cost {
  ms: number;
  /** CPU of this process (hub and client; every thread, GC included). */
  nodeCpuMs: number;
  /** CPU of the PostgreSQL backends serving the database; null when not measurable. */
  pgCpuMs: number | null;
}

/** Runs `fn` and measures its wall time, this process's CPU and the database backends' CPU. */
async function measured(monitor: pg.Client, fn: () => Promise<unknown>): Promise<Cost> {
  const pgBefore = await backendCpu(monitor);
  const nodeBefore = process.cpuUsage();
  const started = nowMs();
  await fn();
  const ms = nowMs() - started;
  const node = process.cpuUsage(nodeBefore);
  const pgAfter = await backendCpu(monitor);
  let pgCpuMs: number | null = null;
  if (pgBefore && pgAfter) {
    pgCpuMs = 0;
    for (const [pid, after] of pgAfter) pgCpuMs += after - (pgBefore.get(pid) ?? 0);
  }
  return { ms, nodeCpuMs: (node.user + node.system) / 1000, pgCpuMs };
}

interface TableState {
  inserted: number;
  updated: number;
  rows: number;
  /** md5 over every row's (xmin, ctid): any insert, update or delete changes it. */
  versions: string;
}

/**
 * The product table's write counters and row versions. Statistics reach the
 * shared counters when a backend flushes them (at the latest when it exits), so
 * this waits until no other connection to the database is left: call it with
 * the hub stopped.
 */
async function tableState(dbUrl: string): Promise<TableState> {
  return withClient(dbUrl, async (c) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { rows } = await c.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      );
      if (!rows[0]!.n) break;
      if (Date.now() > deadline) throw new Error(`${rows[0]!.n} connection(s) to the bench database still open`);
      await new Promise((r) => setTimeout(r, 50));
    }
    // This session's own pending statistics (PostgreSQL 15+); the hub's backends flushed theirs on exit.
    await c.query('select pg_stat_force_next_flush()').catch(() => undefined);
    await c.query('select pg_stat_clear_snapshot()');
    const stats = await c.query<{ ins: string; upd: string }>(
      `select n_tup_ins as ins, n_tup_upd as upd from pg_stat_user_tables where relname = 'product'`,
    );
    const rows = await c.query<{ n: number; versions: string }>(
      `select count(*)::int as n, md5(coalesce(string_agg(xmin::text || ctid::text, ',' order by "id"), '')) as versions
         from "product"`,
    );
    return {
      inserted: Number(stats.rows[0]!.ins),
      updated: Number(stats.rows[0]!.upd),
      rows: rows.rows[0]!.n,
      versions: rows.rows[0]!.versions,
    };
  });
}

/** Empties the product table and checkpoints, so that every pass starts alike. */
async function reset(db: BenchDatabase): Promise<void> {
  await withClient(db.dbUrl, (c) => c.query('truncate "product"'));
  await withClient(db.adminUrl, (c) => c.query('checkpoint')).catch(() => undefined);
}

class Rollback extends Error {}

/**
 * Times the parts of one API batch of new products in-process (medians over
 * `samples`, each on keys no row has yet): where does an ingest request's time go?
 */
async function breakdown(app: App, token: string, products: ProductIngest[], samples: number): Promise<void> {
  const median = async (fn: (i: number) => unknown): Promise<number> => {
    const all: number[] = [];
    for (let i = 0; i < samples; i++) {
      const started = nowMs();
      await fn(i);
      all.push(nowMs() - started);
    }
    return all.sort((x, y) => x - y)[Math.floor(all.length / 2)]!;
  };
  /** The batch under keys no row has yet. */
  const fresh = (tag: string, i: number) => products.map((p) => ({ ...p, externalId: `${p.externalId}-${tag}${i}` }));
  const bodies = Array.from({ length: samples }, (_, i) =>
    JSON.stringify({ query: MUTATION, operationName: 'BenchIngest', variables: { input: fresh('H', i) } }),
  );
  const rawParams = Array.from({ length: samples }, (_, i) => prepare(fresh('R', i), products.length).raw[0]!);
  const services = Array.from({ length: samples }, (_, i) => fresh('S', i));
  const body = bodies[0]!;
  const variables = (JSON.parse(body) as { variables: Record<string, unknown> }).variables;
  const document = parse(MUTATION);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const rules = [...specifiedRules, depthLimitRule(app.config.maxQueryDepth)];
  const { config, schema } = app;
  const caps = { maxPageSize: config.maxPageSize, maxNestedList: config.maxNestedList };
  /** Runs `fn` in a transaction that is rolled back: the statement's cost, the table left as it was. */
  const rolledBack = (fn: (tx: EntityManager) => Promise<unknown>) =>
    app.orm.em
      .fork()
      .transactional(async (tx) => {
        await fn(tx as EntityManager);
        throw new Rollback();
      })
      .catch((err: unknown) => {
        if (!(err instanceof Rollback)) throw err;
      });
  const batch = fresh('X', 0);
  const rowsParam = () =>
    JSON.stringify(
      batch.map((p) => ({
        id: uuidv7(),
        external_id: p.externalId,
        odoo_id: p.odooId,
        current_data: p.data,
        changed_fields: Object.keys(p.data).sort(),
        idempotency_key: null,
        context: null,
      })),
    );
  const param = rowsParam();
  const events: HubEvent[] = batch.map((p) => ({
    kind: 'entity',
    change: {
      entityType: EntityType.PRODUCT,
      id: uuidv7(),
      externalId: p.externalId,
      changedFields: Object.keys(p.data).sort(),
      isNew: true,
      changedAt: new Date(),
    },
  }));
  const payloads = encodeEvents(events);
  const insertSql = `insert into "product" ("id", "external_id", "odoo_id", "current_data", "changed_fields",
        "processing_state", "is_new", "idempotency_key", "created_at", "updated_at", "context")
      select r."id", r."external_id", r."odoo_id", r."current_data", r."changed_fields", 'pending', true,
             r."idempotency_key", now(), now(), r."context"
        from jsonb_to_recordset($1::jsonb) as r("id" uuid, "external_id" text, "odoo_id" int, "current_data" jsonb,
             "changed_fields" jsonb, "idempotency_key" text, "context" jsonb)
      on conflict ("external_id") do nothing returning "id", "updated_at"`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

  const raw = await withClient(app.database.url, (c) => median((i) => c.query(RAW_UPSERT, [rawParams[i]])));
  const whole = await median(async (i) => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body: bodies[i] });
    await res.json();
  });
  const service = await median((i) => ingestProducts(app.orm.em.fork(), services[i]!));
  // The same request from a token without catalog:write: HTTP, JSON, GraphQL (parse, validate,
  // variable coercion, cost limit), authentication, then refused before the resolver.
  const { token: readOnly } = await issueToken(app.orm.em.fork(), {
    name: 'bench read-only',
    scopes: ['catalog:read'],
  });
  const refused = await median(async (i) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${readOnly}` },
      body: bodies[i],
    });
    const json = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    if (json.errors?.[0]?.extensions?.code !== 'FORBIDDEN') throw new Error('the read-only token was not refused');
  });
  const stages: [string, number][] = [
    ['the baseline: raw upsert statement (pg, autocommit)', raw],
    ['the API: whole request (HTTP POST /graphql)', whole],
    ['  ingest service alone, committed (no HTTP, no GraphQL)', service],
    ['    JSON.stringify of its insert parameter', await median(rowsParam)],
    [
      '    select … for update (no rows yet)',
      await median(() =>
        rolledBack((tx) =>
          sqlQuery(
            tx,
            `select "id", "external_id", "current_data", "idempotency_key", "context" from "product"
              where "external_id" = any($1::text[]) order by "external_id" for update`,
            [batch.map((p) => p.externalId).sort()],
          ),
        ),
      ),
    ],
    ['    insert … from jsonb_to_recordset', await median(() => rolledBack((tx) => sqlQuery(tx, insertSql, [param])))],
    [
      '    notifyInTransaction (NOTIFY, webhook check)',
      await median(() => rolledBack((tx) => notifyInTransaction(tx, events))),
    ],
    ['      encodeEvents (the NOTIFY payloads)', await median(() => encodeEvents(events))],
    [
      '      (skipped) webhook fan-out statement, no config',
      await median(() => rolledBack((tx) => createWebhookDeliveries(tx, events))),
    ],
    [
      `      pg_notify of its ${payloads.length} payloads (${Math.round(payloads.join('').length / 1024)} kB)`,
      await median(() =>
        rolledBack((tx) =>
          sqlQuery(tx, `select pg_notify($1, p) from unnest($2::text[]) as p`, [EVENT_CHANNEL, payloads]),
        ),
      ),
    ],
    ['  the same request refused before the resolver (no ingest)', refused],
    ['    JSON.parse of the body (express.json)', await median(() => JSON.parse(body))],
    ['    GraphQL parse + validate of the document', await median(() => validate(schema, parse(MUTATION), rules))],
    [
      '    variable coercion (getVariableValues)',
      await median(() => getVariableValues(schema, operation.variableDefinitions ?? [], variables)),
    ],
    [
      '    cost-limit plugin (a bound that needs no variables)',
      await median(() =>
        costError({ schema, document, variables, operationName: 'BenchIngest' }, config.maxQueryCost, caps),
      ),
    ],
    [
      '    (skipped) the cost with the variables, coercing them',
      await median(() => operationCost(schema, document, 'BenchIngest', caps, variables)),
    ],
  ];
  console.log(
    `\nBreakdown of one batch of ${products.length} new products, in-process (ms, median of ${samples}; ` +
      'statements in a rolled-back transaction):',
  );
  for (const [stage, ms] of stages) console.log(`  ${stage.padEnd(58)} ${ms.toFixed(1).padStart(6)}`);
}

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

    /** The median pass (by wall time) of a mode. */
    const median = (list: Cost[]) => {
      const sorted = [...list].sort((x, y) => x.ms - y.ms);
      const [lo, hi] = [sorted[Math.floor((sorted.length - 1) / 2)]!, sorted[Math.ceil((sorted.length - 1) / 2)]!];
      const mean = (a: number | null, b: number | null) => (a === null || b === null ? null : (a + b) / 2);
      return {
        ms: (lo.ms + hi.ms) / 2,
        nodeCpuMs: mean(lo.nodeCpuMs, hi.nodeCpuMs)!,
        pgCpuMs: mean(lo.pgCpuMs, hi.pgCpuMs),
      };
    };
    const api = median(costs.api);
    const raw = median(costs.raw);
    const ratio = rate(api) / rate(raw);
    const written = (a: TableState, b: TableState) =>
      `${String(b.inserted - a.inserted).padStart(5)} / ${String(b.updated - a.updated).padEnd(5)}`;
    const row = (label: string, cost: Cost, rows: string) =>
      console.log(
        `${label.padEnd(24)} ${rate(cost).toFixed(0).padStart(10)} ${(rate(cost) / rate(raw)).toFixed(2).padStart(7)}` +
          `  ${perBatch(cost.ms)} ${perBatch(cost.nodeCpuMs)}  ${perBatch(cost.pgCpuMs)}   ${rows}`,
      );
    console.log(
      `\nPass                     products/s  vs raw  per batch: wall, CPU node, CPU postgres   inserted / updated (pg_stat)`,
    );
    row('raw SQL upsert, new', raw, '');
    row('API ingest, new', api, '');
    row(
      'API ingest, unchanged',
      sameCost,
      `${written(beforeSame, afterSame)} (row versions ${afterSame.versions === beforeSame.versions ? 'untouched' : 'CHANGED'})`,
    );
    row(`API ingest, ${CHANGED_SHARE}% changed`, someCost, written(afterSame, afterChanged));
    console.log(
      `\nResults: unchanged pass ${same.created} created, ${same.updated} updated, ${same.unchanged} unchanged; ` +
        `changed pass ${some.created} created, ${some.updated} updated, ${some.unchanged} unchanged; ` +
        `${afterChanged.rows} rows in the table`,
    );
    console.log(
      `API / raw (new products, median of ${rounds} passes each): ${ratio.toFixed(3)} ` +
        `(target ≥ ${TARGET_RATIO.toFixed(2)}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`,
    );
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
