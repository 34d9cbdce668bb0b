/**
 * Webhook delivery throughput (P5): N deliveries (one per product change, one
 * config) to a receiver on 127.0.0.1 that verifies every request with the
 * `standardwebhooks` reference package, in a worker thread of its own so that
 * its checking does not slow the hub's thread. The deliveries and their jobs are
 * made first (by ingest, as in production); the clock runs from the worker's
 * start until every row is DELIVERED. Reports deliveries/s and the share of
 * requests that verified (must be 100%). Goal: ≥ 1,000 deliveries/s.
 *
 *   npm run bench:webhooks [-- --deliveries 5000 --concurrency 64]
 *
 * PostgreSQL: DATABASE_URL's server when set (in a throw-away database), else an
 * embedded one in a throw-away directory. Both are removed at the end.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { parentPort, Worker } from 'node:worker_threads';
import { Webhook } from 'standardwebhooks';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { startWorker } from '../src/jobs/worker.js';
import { EntityType, WebhookDirection } from '../src/domain/enums.js';
import { createWebhookConfig } from '../src/modules/webhook/webhook.service.js';
import { createLogger } from '../src/observability/logger.js';
import { ingestProducts } from '../src/ingest/ingest.service.js';
import { openBenchDatabase, runBench } from './support.js';

const TARGET_PER_SECOND = 1000;

interface ReceiverStats {
  requests: number;
  verified: number;
  unique: number;
}

type ToReceiver = { secret: string } | 'stats';
type FromReceiver = { url: string } | { ready: true } | ReceiverStats;

/** The receiver thread: verifies each request with standardwebhooks; 200 if it verified, 400 if not. */
function runReceiver(): void {
  let webhook: Webhook | null = null;
  const stats: ReceiverStats = { requests: 0, verified: 0, unique: 0 };
  const seen = new Set<string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      stats.requests++;
      const id = String(req.headers['webhook-id']);
      try {
        webhook!.verify(Buffer.concat(chunks).toString('utf8'), {
          'webhook-id': id,
          'webhook-timestamp': String(req.headers['webhook-timestamp']),
          'webhook-signature': String(req.headers['webhook-signature']),
        });
        stats.verified++;
        if (!seen.has(id)) seen.add(id);
        stats.unique = seen.size;
        res.writeHead(200).end();
      } catch {
        res.writeHead(400).end('signature did not verify');
      }
    });
  });
  server.keepAliveTimeout = 30_000;
  parentPort!.on('message', (msg: ToReceiver) => {
    if (msg === 'stats') parentPort!.postMessage(stats);
    else {
      webhook = new Webhook(msg.secret);
      parentPort!.postMessage({ ready: true });
    }
  });
  server.listen(0, '127.0.0.1', () =>
    parentPort!.postMessage({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
  );
}

function ask(receiver: Worker, msg: ToReceiver): Promise<FromReceiver> {
  return new Promise((resolve) => {
    receiver.once('message', resolve);
    receiver.postMessage(msg);
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { deliveries: { type: 'string', default: '5000' }, concurrency: { type: 'string', default: '64' } },
  });
  const total = Number(values.deliveries);
  const concurrency = Number(values.concurrency);
  const logger = createLogger('error');

  const db = await openBenchDatabase('hub_bench_webhooks', logger);
  const receiver = new Worker(new URL(import.meta.url));
  const { url } = (await new Promise((resolve) => receiver.once('message', resolve))) as { url: string };
  const config = loadConfig(
    {
      DATABASE_URL: db.dbUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      NODE_ENV: 'production',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WORKER_CONCURRENCY: String(concurrency),
    },
    // The worker is started below, once the deliveries exist, so that the clock measures delivering only.
    'api',
  );
  const app = await createApp(config, { logger });
  try {
    console.log(
      `Webhook delivery: ${total} deliveries to a receiver on 127.0.0.1 verifying with standardwebhooks, ` +
        `worker concurrency ${concurrency}, ApiLog on, PostgreSQL ${db.server}\n`,
    );
    const { secret } = await createWebhookConfig(
      app.orm.em.fork(),
      { url: `${url}/hook`, entityType: EntityType.PRODUCT, direction: WebhookDirection.TO_WEBSHOP },
      { allowPrivate: true, secretOverlapMs: 0 },
    );
    await ask(receiver, { secret });
    for (let start = 0; start < total; start += 1000) {
      const batch = Array.from({ length: Math.min(1000, total - start) }, (_, i) => ({
        externalId: `BENCH-${start + i}`,
        data: { name: `Product ${start + i}`, price: (start + i) % 100 },
      }));
      await ingestProducts(app.orm.em.fork(), batch);
    }
    const conn = app.orm.em.getConnection();
    const delivered = async () =>
      (
        await conn.execute<{ n: number }[]>(
          `select count(*)::int as n from webhook_delivery where status = 'delivered'`,
        )
      )[0]!.n;

    const started = performance.now();
    const runner = await startWorker(app.database.url, config, logger, {
      orm: app.orm,
      odoo: null,
      logger,
      fetch: app.fetch,
      config,
      maxAttempts: 1,
    });
    let done = 0;
    while ((done = await delivered()) < total) {
      if (performance.now() - started > 120_000) throw new Error(`only ${done} of ${total} delivered after 120 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const seconds = (performance.now() - started) / 1000;
    await runner.stop();
    const stats = (await ask(receiver, 'stats')) as ReceiverStats;
    const rate = total / seconds;
    const share = stats.requests ? stats.verified / stats.requests : 0;
    console.log(`delivered        ${done} in ${seconds.toFixed(2)} s`);
    console.log(
      `deliveries/s     ${rate.toFixed(0)} (goal ≥ ${TARGET_PER_SECOND}: ${rate >= TARGET_PER_SECOND ? 'met' : 'NOT met'})`,
    );
    console.log(`requests         ${stats.requests} (unique webhook-ids: ${stats.unique})`);
    console.log(`verified         ${stats.verified} (${(share * 100).toFixed(2)}%${share === 1 ? '' : ': NOT all'})`);
    if (share !== 1 || stats.unique !== total) process.exitCode = 1;
  } finally {
    await app.stop();
    await receiver.terminate();
    await db.drop();
  }
}

runBench(main, runReceiver);
