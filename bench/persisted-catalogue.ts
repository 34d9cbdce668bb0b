/**
 * Persisted documents: the storefront's catalogue query (issue 15) sent as text
 * (graphql-js) and by its registered hash (a graphql-jit plan, GRAPHQL_JIT=registered),
 * in one run against one hub boot on the same data, rounds alternating text/persisted.
 * Sequential requests; the figure is the persisted/text ratio of p50 latency.
 *
 *   npm run bench:persisted [-- --products 2000 --requests 300 --rounds 4 --warmup 50]
 *
 * PostgreSQL: DATABASE_URL's server when set (in a throw-away database), else an
 * embedded one in a throw-away directory. Both are removed at the end.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { PricelistItem } from '../src/modules/pricelist-item/pricelist-item.entity.js';
import { Product } from '../src/modules/product/product.entity.js';
import { Stock } from '../src/modules/stock/stock.entity.js';
import { createLogger } from '../src/observability/logger.js';
import { openBenchDatabase, percentile } from './support.js';

const QUERY =
  'query Catalogue { products(first: 100) { nodes { externalId currentData prices { price } stock { quantity } } } }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
// One space more: the same operation, not registered, so graphql-js runs it (Apollo still caches its parse).
const TEXT_BODY = JSON.stringify({ query: `${QUERY} ` });
const PERSISTED_BODY = JSON.stringify({ documentId: `sha256:${HASH}` });

const logger = createLogger('error');
const ms = (value: number) => value.toFixed(3).padStart(8);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      products: { type: 'string', default: '2000' },
      requests: { type: 'string', default: '300' },
      rounds: { type: 'string', default: '4' },
      warmup: { type: 'string', default: '50' },
    },
  });
  const [products, requests, rounds, warmup] = [values.products, values.requests, values.rounds, values.warmup].map(
    Number,
  ) as [number, number, number, number];
  const db = await openBenchDatabase('hub_bench_persisted', logger);
  const dir = await mkdtemp(join(tmpdir(), 'bench-persisted-'));
  const manifest = join(dir, 'persisted-documents.json');
  await writeFile(manifest, JSON.stringify({ [`sha256:${HASH}`]: QUERY }));
  const config = loadConfig(
    {
      DATABASE_URL: db.dbUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      NODE_ENV: 'production',
      PERSISTED_DOCUMENTS_FILE: manifest,
      GRAPHQL_JIT: 'registered',
      // The catalogue query costs 20,101 (100 products × 100 possible prices and stock rows): above the default 20,000.
      MAX_QUERY_COST: '100000',
    },
    'api',
  );
  const app = await createApp(config, { logger });
  try {
    const em = app.orm.em.fork();
    for (let i = 0; i < products; i++) {
      const sku = `BENCH-${i}`;
      em.create(Product, { externalId: sku, currentData: { name: `Product ${i}`, price: i } } as never);
      em.create(PricelistItem, { pricelistExternalId: 'list_price', productExternalId: sku, price: '9.90' } as never);
      em.create(PricelistItem, { pricelistExternalId: 'b2b', productExternalId: sku, price: '8.90' } as never);
      em.create(Stock, { supplierExternalId: 'odoo', productExternalId: sku, quantity: i % 50 } as never);
      if (i % 500 === 499) await em.flush();
    }
    await em.flush();
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${app.bootstrapAdminToken}` };
    const send = async (body: string) => {
      const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body });
      const json = (await res.json()) as { errors?: unknown };
      if (res.status !== 200 || json.errors) throw new Error(`query failed: ${res.status} ${JSON.stringify(json)}`);
    };
    const round = async (body: string) => {
      for (let i = 0; i < warmup; i++) await send(body);
      const samples: number[] = [];
      for (let i = 0; i < requests; i++) {
        const started = performance.now();
        await send(body);
        samples.push(performance.now() - started);
      }
      return samples;
    };
    console.log(
      `Catalogue query (first: 100 of ${products} products, 2 prices and 1 stock row each): ` +
        `${rounds} × 2 rounds of ${requests} sequential requests, text vs persisted, PostgreSQL ${db.server}\n`,
    );
    const pooled = { text: [] as number[], persisted: [] as number[] };
    await round(TEXT_BODY); // the process warms up (V8, pool) for both sides
    for (let r = 1; r <= rounds; r++) {
      for (const side of r % 2 ? (['text', 'persisted'] as const) : (['persisted', 'text'] as const)) {
        const samples = await round(side === 'text' ? TEXT_BODY : PERSISTED_BODY);
        pooled[side].push(...samples);
        const sorted = samples.sort((a, b) => a - b);
        console.log(`round ${r} ${side.padEnd(9)} p50 ${ms(percentile(sorted, 0.5))} ms`);
      }
    }
    const p50 = (s: number[]) =>
      percentile(
        [...s].sort((a, b) => a - b),
        0.5,
      );
    const [text, persisted] = [p50(pooled.text), p50(pooled.persisted)];
    const executions = await app.metrics.graphqlExecutions.get();
    console.log(`\np50 text ${ms(text)} ms, persisted ${ms(persisted)} ms`);
    console.log(
      `persisted/text p50: ${(persisted / text).toFixed(3)} (text/persisted speed-up ${(text / persisted).toFixed(2)}×)`,
    );
    console.log(`executions: ${executions.values.map((v) => `${v.labels.engine} ${v.value}`).join(', ')}`);
  } finally {
    await app.stop();
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
