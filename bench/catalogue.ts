/**
 * The storefront's catalogue page, the hub against PostGraphile 5 (issue 15,
 * acceptance 1): the same database and data, the same logical query at the same
 * concurrency, side by side in one run.
 *
 *   npm run bench:catalogue [-- --products 2000 --rounds 3 --seconds 10 --warmup 5 --round-warmup 1 --connections 50 --hub persisted|text --no-analyze
 *                               --profile DIR | --survivors DIR --hub-young-mb N]
 *
 * The hub answers `products(first: 100) { nodes { externalId currentData prices { price } stock { quantity } } }`,
 * as a storefront built with codegen's `persistedDocuments` sends it (`--hub persisted`, the default):
 * the document is in the hub's manifest (PERSISTED_DOCUMENTS_FILE; GRAPHQL_JIT=registered, the
 * default, runs it through its graphql-jit plan) and each request names it by `documentId`; with
 * `--hub text` the hub has no manifest and each request sends the text (graphql-js runs it);
 * PostGraphile (amber preset, smart tags joining `pricelist_item` and `stock` to
 * `product` by external id) the same selection under aliases, ordered by primary
 * key and without tombstones, as the hub's lists are. Each server runs in a
 * worker thread of its own with a pool of 10; this thread is the load generator
 * (undici, `--connections` requests in flight). After a warm-up of each, rounds
 * alternate hub/PostGraphile, PostGraphile/hub… so that drift falls on both; each
 * round follows `--round-warmup` seconds of unmeasured load on its server (the other's
 * round left its pool idle past pg-pool's 10 s idle timeout: without it a round began
 * with both pools reconnecting, which no storefront with steady traffic sees). After
 * seeding, the three tables are ANALYZEd, as autovacuum would have done after so many
 * inserts (`--no-analyze`: left without statistics, as on a server with autovacuum
 * off, where the planner guesses; both servers run on the same statistics). Before
 * the clock, both must return the same first page. The data (`--products`, each
 * with two prices and one stock row) goes in through the hub's ingest mutations.
 * Reported per round and side: requests/s, p50, p99, the server thread's CPU
 * time per request (which other load on the machine disturbs least) and, when
 * PostgreSQL runs on this host, its backends' CPU time per request (both sides
 * use the same database, one after the other); then the median hub/PostGraphile
 * ratios of requests/s (target ≥ 1.0), CPU and p99.
 * Each round also reports, for each server thread, its event loop's delay (how long
 * the loop was blocked), its GC pauses by kind and the JS heap it allocated per
 * request (bench/catalogue/thread-stats.ts); the end, a latency histogram per server.
 * `--profile <dir>` writes a CPU profile of the hub thread over its measured
 * rounds (not the start, seeding or warm-up) to that directory; `--survivors <dir>`
 * instead a sampling heap profile of what in the hub outlived a scavenge, by
 * allocation site. `--hub-young-mb N` caps the hub thread's young generation
 * (a worker's resourceLimits.maxYoungGenerationSizeMb, ~3 × the semi-space that
 * `node --max-semi-space-size` sets for a process): an experiment, not how the hub runs.
 *
 * PostgreSQL: DATABASE_URL's server when set (in a throw-away database), else an
 * embedded one in a throw-away directory. Both are removed at the end.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { Worker, workerData, parentPort } from 'node:worker_threads';
import { once } from 'node:events';
import pg from 'pg';
import { createLogger } from '../src/observability/logger.js';
import { backendCpu } from './ingest-throughput/measure.js';
import { openBenchDatabase, runBench } from './support.js';
import { LATENCY_BUCKETS_MS, load, post, type LoadResult } from './catalogue/load.js';
import type { ThreadStats } from './catalogue/thread-stats.js';
import { seedCatalogue } from './catalogue/seed.js';
import { hubServer, postgraphileServer, type FromServer, type ServerWorkerData } from './catalogue/servers.js';

const PAGE = 100;

export const HUB_QUERY = `query Catalogue { products(first: ${PAGE}) {
  nodes { externalId currentData prices { price } stock { quantity } } } }`;

const LIVE = 'condition: { deletedAt: null }';
export const POSTGRAPHILE_QUERY = `query Catalogue {
  products: allProducts(first: ${PAGE}, orderBy: PRIMARY_KEY_ASC, ${LIVE}) {
    nodes {
      externalId
      currentData
      prices: pricesList(orderBy: PRIMARY_KEY_ASC, ${LIVE}) { price }
      stock: stockList(orderBy: PRIMARY_KEY_ASC, ${LIVE}) { quantity }
    }
  }
}`;

const TARGET_RATIO = 1.0;

type Side = 'hub' | 'postgraphile';

interface Server {
  url: string;
  token: string | null;
  /** The server thread's CPU time so far, in ms. */
  cpuMs(): Promise<number>;
  /** The thread's event-loop delay, GC pauses and allocation since the last call. */
  stats(): Promise<ThreadStats>;
  /** Starts or stops (and writes) the thread's CPU profile (a hub started with a profile directory). */
  profile(what: 'start' | 'stop'): Promise<void>;
  stop(): Promise<void>;
}

async function startServer(
  role: Side,
  dbUrl: string,
  options: Pick<ServerWorkerData, 'profileDir' | 'profileKind' | 'persistedDocumentsFile'> & { youngMb?: number } = {},
): Promise<Server> {
  const { youngMb, ...data } = options;
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { role, dbUrl, ...data } satisfies ServerWorkerData,
    ...(youngMb ? { resourceLimits: { maxYoungGenerationSizeMb: youngMb } } : {}),
  });
  const failed = once(worker, 'error').then(([err]) => {
    throw err as Error;
  });
  const [ready] = (await Promise.race([once(worker, 'message'), failed])) as [FromServer];
  if (ready.type !== 'ready') throw new Error(`${role}: unexpected ${ready.type}`);
  return {
    url: ready.url,
    token: ready.token,
    async cpuMs() {
      worker.postMessage({ type: 'cpu?' });
      const [msg] = (await once(worker, 'message')) as [FromServer];
      if (msg.type !== 'cpu') throw new Error(`${role}: unexpected ${msg.type}`);
      return msg.ms;
    },
    async stats() {
      worker.postMessage({ type: 'stats?' });
      const [msg] = (await once(worker, 'message')) as [FromServer];
      if (msg.type !== 'stats') throw new Error(`${role}: unexpected ${msg.type}`);
      return msg.stats;
    },
    async profile(what) {
      worker.postMessage({ type: `profile-${what}` });
      await once(worker, 'message');
    },
    async stop() {
      worker.postMessage({ type: 'stop' });
      await once(worker, 'exit');
    },
  };
}

/** One line: the loop's delay, GC pauses by kind, allocation per request. */
function describeThread(stats: ThreadStats, requests: number): string {
  const { loop, gc } = stats;
  const kinds = Object.entries(gc)
    .map(([kind, g]) => `${kind} ${g.count}× Σ${g.sumMs.toFixed(0)} max ${g.maxMs.toFixed(1)}`)
    .join(', ');
  return (
    `loop delay mean ${loop.mean.toFixed(1)} p99 ${loop.p99.toFixed(1)} max ${loop.max.toFixed(1)} ms; ` +
    `GC ms: ${kinds}; ${(stats.allocatedMb / requests).toFixed(2)} MB allocated/request, ` +
    `${((stats.scavengeCopiedMb * 1000) / requests).toFixed(0)} kB copied by scavenges/request`
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fixed = (value: number, width: number, digits = 1) => value.toFixed(digits).padStart(width);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      products: { type: 'string', default: '2000' },
      rounds: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '5' },
      'round-warmup': { type: 'string', default: '1' },
      connections: { type: 'string', default: '50' },
      profile: { type: 'string' },
      survivors: { type: 'string' },
      'hub-young-mb': { type: 'string' },
      hub: { type: 'string', default: 'persisted' },
      analyze: { type: 'boolean', default: true },
    },
    allowNegative: true,
  });
  if (values.hub !== 'persisted' && values.hub !== 'text') throw new Error('--hub takes persisted or text');
  const persisted = values.hub === 'persisted';
  const [products, rounds, seconds, warmup, connections] = [
    values.products,
    values.rounds,
    values.seconds,
    values.warmup,
    values.connections,
  ].map(Number) as [number, number, number, number, number];

  const logger = createLogger('error');
  const db = await openBenchDatabase('hub_bench_catalogue', logger);
  const dir = await mkdtemp(join(tmpdir(), 'bench-catalogue-'));
  const servers: Server[] = [];
  const monitor = new pg.Client({ connectionString: db.dbUrl });
  try {
    // codegen's persisted-documents.json of a storefront that sends this one query.
    const hash = createHash('sha256').update(HUB_QUERY).digest('hex');
    const manifest = join(dir, 'persisted-documents.json');
    await writeFile(manifest, JSON.stringify({ [`sha256:${hash}`]: HUB_QUERY }));
    // The hub first: its start creates the database, migrates it and makes the admin token.
    const hub = await startServer('hub', db.dbUrl, {
      profileDir: values.profile ?? values.survivors,
      profileKind: values.survivors != null ? 'survivors' : 'cpu',
      youngMb: values['hub-young-mb'] ? Number(values['hub-young-mb']) : undefined,
      persistedDocumentsFile: persisted ? manifest : undefined,
    });
    servers.push(hub);
    await seedCatalogue(hub.url, hub.token!, products);
    const postgraphile = await startServer('postgraphile', db.dbUrl);
    servers.push(postgraphile);
    await monitor.connect();
    if (values.analyze) await monitor.query('analyze product, pricelist_item, stock');
    const sides = {
      hub: {
        server: hub,
        body: JSON.stringify(persisted ? { documentId: `sha256:${hash}` } : { query: HUB_QUERY }),
      },
      postgraphile: { server: postgraphile, body: JSON.stringify({ query: POSTGRAPHILE_QUERY }) },
    };

    const [fromHub, fromPostgraphile] = await Promise.all(
      (['hub', 'postgraphile'] as const).map((side) =>
        post(sides[side].server.url, sides[side].body, sides[side].server.token),
      ),
    );
    if (!isDeepStrictEqual(fromHub, fromPostgraphile)) {
      throw new Error(
        `the first pages differ:\nhub ${JSON.stringify(fromHub).slice(0, 400)}\n` +
          `postgraphile ${JSON.stringify(fromPostgraphile).slice(0, 400)}`,
      );
    }
    /** A round of one side: its load result, the server thread's and PostgreSQL's CPU time per request. */
    const run = async (side: Side, duration: number) => {
      const { server, body } = sides[side];
      const cpuBefore = await server.cpuMs();
      const pgBefore = await backendCpu(monitor);
      await server.stats();
      if (profiling && side === 'hub') await server.profile('start');
      const result = await load(server.url, body, server.token, connections, duration);
      if (profiling && side === 'hub') await server.profile('stop');
      const stats = await server.stats();
      const pgAfter = await backendCpu(monitor);
      let pgCpuMs = NaN;
      if (pgBefore && pgAfter) {
        pgCpuMs = 0;
        for (const [pid, after] of pgAfter) pgCpuMs += after - (pgBefore.get(pid) ?? 0);
        pgCpuMs /= result.requests;
      }
      return { ...result, cpuMs: ((await server.cpuMs()) - cpuBefore) / result.requests, pgCpuMs, stats };
    };

    console.log(
      `Catalogue: ${products} products (2 prices, 1 stock row each), first page of ${PAGE} identical on both; ` +
        `hub requests ${persisted ? 'by documentId (persisted document, graphql-jit plan)' : 'as text (graphql-js)'}; ` +
        `tables ${values.analyze ? 'analyzed' : 'without statistics'}; ` +
        `${connections} connections, ${rounds} × 2 rounds of ${seconds} s after ${warmup} s warm-up each, ` +
        `PostgreSQL ${db.server}\n`,
    );
    let profiling = false;
    await run('hub', warmup);
    await run('postgraphile', warmup);
    profiling = values.profile != null || values.survivors != null;
    const results: Record<Side, (LoadResult & { cpuMs: number; pgCpuMs: number; stats: ThreadStats })[]> = {
      hub: [],
      postgraphile: [],
    };
    for (let r = 1; r <= rounds; r++) {
      for (const side of r % 2 ? (['hub', 'postgraphile'] as const) : (['postgraphile', 'hub'] as const)) {
        // The other side's round left this one idle past pg-pool's 10 s idle timeout (both
        // servers' pools keep it): a short unmeasured load first, so that a round measures a
        // storefront's steady traffic, not both pools reconnecting (and the hub re-preparing).
        const { server, body } = sides[side];
        await load(server.url, body, server.token, connections, Number(values['round-warmup']));
        const result = await run(side, seconds);
        results[side].push(result);
        console.log(
          `round ${r} ${side.padEnd(12)} ${fixed(result.perSecond, 7)} req/s  p50 ${fixed(result.p50, 7)} ms  ` +
            `p99 ${fixed(result.p99, 7)} ms  CPU ${fixed(result.cpuMs, 5, 2)} ms/request  ` +
            `PostgreSQL ${fixed(result.pgCpuMs, 5, 2)} ms/request`,
        );
        console.log(`  ${describeThread(result.stats, result.requests)}`);
      }
    }
    console.log(`\nlatency histogram, all rounds (ms: requests)`);
    for (const side of ['hub', 'postgraphile'] as const) {
      const counts = LATENCY_BUCKETS_MS.map((_, i) => results[side].reduce((sum, r) => sum + r.histogram[i]!, 0));
      counts.push(results[side].reduce((sum, r) => sum + r.histogram.at(-1)!, 0));
      const labels = [...LATENCY_BUCKETS_MS.map((b) => `<${b}`), `≥${LATENCY_BUCKETS_MS.at(-1)}`];
      console.log(`${side.padEnd(12)} ${counts.map((c, i) => `${labels[i]}: ${c}`).join('  ')}`);
    }
    const ratios = results.hub.map((h, i) => h.perSecond / results.postgraphile[i]!.perSecond);
    const p99Ratios = results.hub.map((h, i) => h.p99 / results.postgraphile[i]!.p99);
    const ratio = median(ratios);
    console.log(
      `\nside          req/s (median)  p50 (median)  p99 (median)  CPU/request (median)  PostgreSQL CPU/request (median)`,
    );
    for (const side of ['hub', 'postgraphile'] as const) {
      const rs = results[side];
      console.log(
        `${side.padEnd(12)} ${fixed(median(rs.map((x) => x.perSecond)), 14)} ` +
          `${fixed(median(rs.map((x) => x.p50)), 10)} ms ${fixed(median(rs.map((x) => x.p99)), 10)} ms ` +
          `${fixed(median(rs.map((x) => x.cpuMs)), 12, 2)} ms ${fixed(median(rs.map((x) => x.pgCpuMs)), 22, 2)} ms`,
      );
    }
    console.log(
      `\nhub/PostGraphile req/s per round: ${ratios.map((x) => x.toFixed(2)).join(', ')}; ` +
        `median ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO.toFixed(1)}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`,
    );
    const cpuRatios = results.hub.map((h, i) => h.cpuMs / results.postgraphile[i]!.cpuMs);
    console.log(
      `hub/PostGraphile server CPU per request, per round: ${cpuRatios.map((x) => x.toFixed(2)).join(', ')}; ` +
        `median ${median(cpuRatios).toFixed(2)}`,
    );
    console.log(
      `hub/PostGraphile p99 per round: ${p99Ratios.map((x) => x.toFixed(2)).join(', ')}; ` +
        `median ${median(p99Ratios).toFixed(2)} (target ≤ 1.0: ${median(p99Ratios) <= 1 ? 'met' : 'NOT met'})`,
    );
  } finally {
    await monitor.end().catch(() => undefined);
    for (const server of servers.reverse()) await server.stop().catch((err: unknown) => console.error(err));
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

runBench(main, () => {
  const data = workerData as ServerWorkerData;
  (data.role === 'hub'
    ? hubServer(data.dbUrl, data.profileDir, data.persistedDocumentsFile, data.profileKind)
    : postgraphileServer(data.dbUrl)
  ).catch((err: unknown) => {
    console.error(err);
    parentPort!.close();
    process.exit(1);
  });
});
