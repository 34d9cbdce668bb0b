/**
 * ApiLog overhead: latency of small sequential GraphQL queries with
 * API_LOG_ENABLED=false (the baseline) and true, in one run, the hub booted
 * afresh for each round. Rounds go off/on/on/off (and so on), so that noise and
 * the process warming up over the run fall on both alike. The target: p50 with
 * ApiLog on within 10% of off.
 *
 *   npm run bench:api-log [-- --requests 2000 --rounds 4 --warmup 500]
 *
 * PostgreSQL: DATABASE_URL's server when set (in a throw-away database), else an
 * embedded one in a throw-away directory. Both are removed at the end.
 */
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/observability/logger.js';
import { openBenchDatabase, percentile } from './support.js';

const BODY = JSON.stringify({ query: 'query BenchPing { products(first: 1) { totalCount } }' });
const TARGET_RATIO = 1.1;

const logger = createLogger('error');

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

const ms = (value: number) => value.toFixed(3).padStart(8);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '2000' },
      rounds: { type: 'string', default: '4' },
      warmup: { type: 'string', default: '500' },
    },
  });
  const [requests, rounds, warmup] = [values.requests, values.rounds, values.warmup].map(Number) as [
    number,
    number,
    number,
  ];

  const db = await openBenchDatabase('hub_bench', logger);
  // The first start makes an admin token (the database has no admin); later starts reuse it.
  let token: string | null = null;

  /** One boot of the hub: warm-up, then `requests` sequential queries; their latencies in ms. */
  async function round(apiLog: boolean): Promise<number[]> {
    const config = loadConfig(
      { DATABASE_URL: db.dbUrl, HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'production', API_LOG_ENABLED: String(apiLog) },
      'api',
    );
    const app = await createApp(config, { logger });
    token ??= app.bootstrapAdminToken;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const send = async () => {
      const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body: BODY });
      const body = (await res.json()) as { errors?: unknown };
      if (res.status !== 200 || body.errors) throw new Error(`query failed: ${res.status} ${JSON.stringify(body)}`);
    };
    try {
      for (let i = 0; i < warmup; i++) await send();
      const samples: number[] = [];
      for (let i = 0; i < requests; i++) {
        const started = performance.now();
        await send();
        samples.push(performance.now() - started);
      }
      return samples;
    } finally {
      await app.stop();
    }
  }

  const pooled = { off: [] as number[], on: [] as number[] };
  try {
    console.log(
      `ApiLog overhead: ${rounds} × 2 rounds (off, on) of ${requests} sequential GraphQL queries ` +
        `(after a discarded round, and ${warmup} warm-up queries per round), PostgreSQL ${db.server}\n`,
    );
    // The process's first boot runs cold (JIT, connection setup): a discarded round warms it for both modes.
    await round(true);
    for (let r = 1; r <= rounds; r++) {
      for (const mode of r % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
        const samples = await round(mode === 'on');
        pooled[mode].push(...samples);
        const { p50, p95 } = summary(samples);
        console.log(`round ${r} ${mode.padEnd(3)}  p50 ${ms(p50)} ms  p95 ${ms(p95)} ms`);
      }
    }
  } finally {
    await db.drop();
  }

  const off = summary(pooled.off);
  const on = summary(pooled.on);
  const ratio = on.p50 / off.p50;
  console.log(`\nApiLog   p50 (ms)  p95 (ms)`);
  console.log(`off    ${ms(off.p50)}  ${ms(off.p95)}`);
  console.log(`on     ${ms(on.p50)}  ${ms(on.p95)}`);
  console.log(
    `\np50 on/off: ${ratio.toFixed(3)} (target ≤ ${TARGET_RATIO.toFixed(2)}: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
