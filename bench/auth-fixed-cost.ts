/**
 * The fixed cost of a request: `{ __typename }` over HTTP with a bearer token,
 * requests per second with the token cache on (AUTH_TOKEN_CACHE_SECONDS=30,
 * the default) against off (0: a token lookup per request), in one run. Both
 * hubs run side by side on one database, ApiLog on as in production; a worker
 * thread sends the requests (undici, `--connections` keep-alive connections)
 * for `--seconds` per round, rounds alternating on/off/off/on… after a
 * discarded warm-up round each, so that noise and the process warming up fall
 * on both alike. Reports each round's rate and the ratio of the medians.
 *
 *   npm run bench:auth [-- --connections 50 --seconds 5 --rounds 4 --warmup 2]
 *
 * PostgreSQL: DATABASE_URL's server when set (in a throw-away database), else an
 * embedded one in a throw-away directory. Both are removed at the end.
 */
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { parentPort, Worker } from 'node:worker_threads';
import { Pool } from 'undici';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/observability/logger.js';
import { median, nowMs, openBenchDatabase, runBench } from './support.js';

const BODY = JSON.stringify({ query: '{ __typename }' });

interface Round {
  url: string;
  token: string;
  connections: number;
  seconds: number;
}
interface RoundResult {
  requests: number;
  failures: number;
  seconds: number;
}

const logger = createLogger('error');

/** The client thread: for each Round it is sent, keeps `connections` requests in flight for `seconds`. */
function runClients(): void {
  parentPort!.on('message', (round: Round) => {
    void (async () => {
      const pool = new Pool(round.url, { connections: round.connections, pipelining: 1 });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${round.token}` };
      let requests = 0;
      let failures = 0;
      const started = nowMs();
      const deadline = started + round.seconds * 1000;
      const loop = async () => {
        while (nowMs() < deadline) {
          const res = await pool.request({ path: '/graphql', method: 'POST', headers, body: BODY });
          const text = await res.body.text();
          if (res.statusCode === 200 && text === '{"data":{"__typename":"Query"}}\n') requests++;
          else failures++;
        }
      };
      await Promise.all(Array.from({ length: round.connections }, loop));
      const seconds = (nowMs() - started) / 1000;
      await pool.close();
      parentPort!.postMessage({ requests, failures, seconds } satisfies RoundResult);
    })();
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '4' },
      warmup: { type: 'string', default: '2' },
    },
  });
  const [connections, seconds, rounds, warmup] = [values.connections, values.seconds, values.rounds, values.warmup].map(
    Number,
  ) as [number, number, number, number];

  const db = await openBenchDatabase('hub_bench_auth', logger);
  const hubs: App[] = [];
  const clients = new Worker(new URL(import.meta.url));
  try {
    const boot = async (cacheSeconds: string) => {
      const config = loadConfig(
        {
          DATABASE_URL: db.dbUrl,
          HOST: '127.0.0.1',
          PORT: '0',
          NODE_ENV: 'production',
          AUTH_TOKEN_CACHE_SECONDS: cacheSeconds,
        },
        'api',
      );
      const app = await createApp(config, { logger });
      hubs.push(app);
      return app;
    };
    // The first start makes the admin token (the database has none); the second reuses it.
    const on = await boot('30');
    const off = await boot('0');
    const token = on.bootstrapAdminToken!;

    const measure = async (app: App, secs: number): Promise<number> => {
      clients.postMessage({ url: app.url, token, connections, seconds: secs } satisfies Round);
      const [result] = (await once(clients, 'message')) as [RoundResult];
      if (result.failures) throw new Error(`${result.failures} requests failed on ${app.url}`);
      return result.requests / result.seconds;
    };

    console.log(
      `{ __typename } with a bearer token: ${rounds} × 2 rounds (cache on, off) of ${seconds} s at ` +
        `${connections} connections, after a ${warmup} s warm-up each; PostgreSQL ${db.server}`,
    );
    await measure(on, warmup);
    await measure(off, warmup);
    const rates = { on: [] as number[], off: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      const order: ('on' | 'off')[] = round % 2 === 0 ? ['on', 'off'] : ['off', 'on'];
      for (const which of order) {
        const rate = await measure(which === 'on' ? on : off, seconds);
        rates[which].push(rate);
        console.log(`round ${round + 1} cache ${which.padEnd(3)} ${rate.toFixed(0).padStart(6)} requests/s`);
      }
    }
    const [medOn, medOff] = [median(rates.on), median(rates.off)];
    console.log(
      `median: cache on ${medOn.toFixed(0)} requests/s, off ${medOff.toFixed(0)} requests/s; ` +
        `on / off = ${(medOn / medOff).toFixed(2)}×`,
    );
  } finally {
    await clients.terminate();
    for (const app of hubs.reverse()) await app.stop();
    await db.drop();
  }
}

runBench(main, runClients);
