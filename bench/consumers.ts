/**
 * Ingest with many consumers (issue 19, acceptance 4): the time to ingest a
 * batch of changed products into a hub with 10 consumers against one with 1
 * (the default), in one run. Each hub has its own throw-away database; between
 * timed ingests (untimed) every consumer claims and acknowledges the whole
 * batch, so the 10-consumer hub carries real per-consumer state (a state row per
 * consumer and product, its claim cursor) when the next batch comes in. Rounds
 * alternate 1/10, 10/1, … so that noise and warming fall on both alike. The
 * target: median 10-consumer ingest within 1.3 × the 1-consumer one.
 *
 *   npm run bench:consumers [-- --products 500 --rounds 10 --consumers 10]
 *
 * PostgreSQL: DATABASE_URL's server when set, else an embedded one.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ensureDatabase, migrate } from '../src/db/database.js';
import { EntityType, ProcessingState } from '../src/domain/enums.js';
import { ingestProducts } from '../src/ingest/ingest.service.js';
import { acknowledgeChanges, claimChanges } from '../src/modules/change-feed/change-feed.service.js';
import { acknowledgeForConsumer, claimForConsumer } from '../src/modules/change-feed/consumer-feed.service.js';
import type { Consumer } from '../src/modules/consumer/consumer.entity.js';
import { createConsumer } from '../src/modules/consumer/consumer.service.js';
import { initOrm, type Orm } from '../src/modules/orm.js';
import { createLogger } from '../src/observability/logger.js';
import { median, nowMs, openBenchDatabase, type BenchDatabase } from './support.js';

const TARGET_RATIO = 1.3;
const LEASE_MS = 300_000;
const logger = createLogger('error');

interface Hub {
  label: string;
  db: BenchDatabase;
  orm: Orm;
  /** The non-default consumers (the default one is always there). */
  consumers: Consumer[];
  samples: number[];
}

async function openHub(label: string, consumers: number): Promise<Hub> {
  const db = await openBenchDatabase(`hub_bench_consumers_${consumers}`, logger);
  await ensureDatabase(db.dbUrl);
  const orm = await initOrm(db.dbUrl);
  await migrate(orm, db.dbUrl, logger);
  const made: Consumer[] = [];
  for (let i = 1; i < consumers; i++) made.push(await createConsumer(orm.em.fork(), { name: `shop ${i}` }));
  return { label, db, orm, consumers: made, samples: [] };
}

/** Every consumer takes the whole feed in (claims and acknowledges everything pending). */
async function drain(hub: Hub): Promise<void> {
  const em = () => hub.orm.em.fork();
  const ack = (ids: { id: string }[]) => ids.map((r) => ({ id: r.id, state: ProcessingState.COMPLETED }));
  for (;;) {
    const got = await claimChanges(em(), EntityType.PRODUCT, 1000, LEASE_MS);
    if (!got.length) break;
    await acknowledgeChanges(em(), EntityType.PRODUCT, ack(got));
  }
  for (const consumer of hub.consumers) {
    for (;;) {
      const got = await claimForConsumer(em(), consumer, EntityType.PRODUCT, 1000, LEASE_MS);
      if (!got.length) break;
      await acknowledgeForConsumer(em(), consumer, EntityType.PRODUCT, ack(got));
    }
  }
}

/** Ingests `products` changed products (new data for every one); returns the milliseconds it took. */
async function ingestRound(hub: Hub, products: number, round: number): Promise<number> {
  const records = Array.from({ length: products }, (_, i) => ({
    externalId: `BENCH-${String(i).padStart(6, '0')}`,
    data: { name: `Product ${i}`, round, price: (i * 7 + round) % 100, description: `round ${round} of product ${i}` },
  }));
  const started = nowMs();
  const outcome = await ingestProducts(hub.orm.em.fork(), records);
  const took = nowMs() - started;
  if (outcome.created + outcome.updated !== products) throw new Error(`ingest wrote ${JSON.stringify(outcome)}`);
  return took;
}

const ms = (value: number) => value.toFixed(1).padStart(7);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      products: { type: 'string', default: '500' },
      rounds: { type: 'string', default: '10' },
      consumers: { type: 'string', default: '10' },
    },
  });
  const [products, rounds, many] = [values.products, values.rounds, values.consumers].map(Number) as [
    number,
    number,
    number,
  ];
  const one = await openHub('1 consumer', 1);
  const lots = await openHub(`${many} consumers`, many);
  try {
    console.log(
      `Ingest of ${products} changed products: ${rounds} rounds each, 1 consumer vs ${many}, ` +
        `every consumer draining its feed between rounds (untimed), PostgreSQL ${one.db.server}\n`,
    );
    // A discarded round creates the products and warms both hubs (JIT, connections, caches).
    let round = 0;
    for (const hub of [one, lots]) {
      await ingestRound(hub, products, round);
      await drain(hub);
    }
    for (let r = 1; r <= rounds; r++) {
      round++;
      for (const hub of r % 2 ? [one, lots] : [lots, one]) {
        const took = await ingestRound(hub, products, round);
        hub.samples.push(took);
        console.log(`round ${String(r).padStart(2)} ${hub.label.padEnd(13)} ${ms(took)} ms`);
        await drain(hub);
      }
    }
    const [states] = await lots.orm.em
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from "consumer_feed_state"`);
    const a = median(one.samples);
    const b = median(lots.samples);
    const ratio = b / a;
    console.log(`\n${'hub'.padEnd(13)} median (ms)  min–max (ms)`);
    for (const hub of [one, lots]) {
      console.log(
        `${hub.label.padEnd(13)} ${ms(median(hub.samples))}      ` +
          `${Math.min(...hub.samples).toFixed(1)}–${Math.max(...hub.samples).toFixed(1)}`,
      );
    }
    console.log(`per-consumer state rows in the ${many}-consumer hub: ${states!.n}`);
    console.log(
      `\nmedian ${many}/1: ${ratio.toFixed(3)} (target ≤ ${TARGET_RATIO.toFixed(1)}: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`,
    );
  } finally {
    for (const hub of [one, lots]) {
      await hub.orm.close(true);
      await hub.db.drop();
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
