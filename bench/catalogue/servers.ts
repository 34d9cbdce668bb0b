/**
 * The two servers of the catalogue benchmark, each in a worker thread of its
 * own (its own event loop and heap, as a process of its own would have), each
 * with a PostgreSQL pool of 10: the hub as `npm start --role api` builds it, and
 * PostGraphile 5 (amber preset) on the same database, where smart tags make
 * `pricelist_item` and `stock` point at `product` by external id, so the two
 * answer the same logical query.
 */
import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { parentPort } from 'node:worker_threads';
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { jsonPgSmartTags } from 'postgraphile/utils';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { threadStats, type ThreadStats } from './thread-stats.js';

export type ServerWorkerData = {
  role: 'hub' | 'postgraphile';
  dbUrl: string;
  profileDir?: string;
  profileKind?: ProfileKind;
  /** The hub's PERSISTED_DOCUMENTS_FILE (GRAPHQL_JIT=registered, the default, plans its documents); none: graphql-js. */
  persistedDocumentsFile?: string;
};
export type ProfileKind = 'cpu' | 'survivors';
export type FromServer =
  | { type: 'ready'; url: string; token: string | null }
  | { type: 'cpu'; ms: number }
  | { type: 'stats'; stats: ThreadStats }
  | { type: 'profiled' }
  | { type: 'stopped' };

/** CPU time of the calling thread, in ms. */
const threadCpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

/**
 * The hub's catalogue query costs 100 products × (1 + 2 × MAX_NESTED_LIST) with the
 * default cap of 100: past the default budget of 20,000 (src/graphql/query-cost.ts).
 */
const MAX_QUERY_COST = '100000';

/**
 * Answers 'cpu?' with the thread's CPU time, 'stats?' with its event loop's delay and GC
 * pauses since the last 'stats?', and 'stop' by stopping the server, then says 'stopped'.
 */
function onStop(stop: () => Promise<void>): void {
  const stats = threadStats();
  parentPort!.on('message', (msg: { type: string }) => {
    if (msg.type === 'cpu?') parentPort!.postMessage({ type: 'cpu', ms: threadCpuMs() } satisfies FromServer);
    if (msg.type === 'stats?') parentPort!.postMessage({ type: 'stats', stats: stats.take() } satisfies FromServer);
    if (msg.type !== 'stop') return;
    void stop().then(() => {
      parentPort!.postMessage({ type: 'stopped' } satisfies FromServer);
      parentPort!.close();
    });
  });
}

/**
 * Profiles this thread between 'profile-start' and 'profile-stop', into a file in `dir`:
 * `cpu`, a .cpuprofile; `survivors`, a .heapprofile of V8's sampling heap profiler that
 * keeps only the samples no scavenge freed (what outlived the young generation: the
 * objects whose copying makes scavenges long), by allocation site.
 */
function profileOnRequest(dir: string, kind: ProfileKind): void {
  const session = new Session();
  session.connect();
  const [start, stop, ext] =
    kind === 'cpu'
      ? [
          () => session.post('Profiler.enable').then(() => session.post('Profiler.start')),
          () => session.post('Profiler.stop'),
          'cpuprofile',
        ]
      : [
          () =>
            session.post('HeapProfiler.enable').then(() =>
              session.post('HeapProfiler.startSampling', {
                samplingInterval: 8192,
                includeObjectsCollectedByMajorGC: true,
                includeObjectsCollectedByMinorGC: false,
              }),
            ),
          () => session.post('HeapProfiler.stopSampling'),
          'heapprofile',
        ];
  parentPort!.on('message', (msg: { type: string }) => {
    const done = () => parentPort!.postMessage({ type: 'profiled' } satisfies FromServer);
    if (msg.type === 'profile-start') {
      void start().then(done);
    } else if (msg.type === 'profile-stop') {
      void stop().then(async ({ profile }) => {
        await mkdir(dir, { recursive: true });
        const file = join(dir, `hub-${new Date().toISOString().replace(/[:.]/g, '')}.${ext}`);
        await writeFile(file, JSON.stringify(profile));
        console.log(`hub ${kind} profile: ${file}`);
        done();
      });
    }
  });
}

export async function hubServer(
  dbUrl: string,
  profileDir?: string,
  persistedDocumentsFile?: string,
  profileKind: ProfileKind = 'cpu',
): Promise<void> {
  if (profileDir) profileOnRequest(profileDir, profileKind);
  const config = loadConfig(
    {
      DATABASE_URL: dbUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      MAX_QUERY_COST,
      ...(persistedDocumentsFile ? { PERSISTED_DOCUMENTS_FILE: persistedDocumentsFile } : {}),
    },
    'api',
  );
  const app = await createApp(config, { logger: createLogger('error') });
  onStop(() => app.stop());
  parentPort!.postMessage({ type: 'ready', url: app.url, token: app.bootstrapAdminToken } satisfies FromServer);
}

/** `pricesList` and `stockList` on Product: the backward relations of a foreign key by external id. */
const relation = (field: string) =>
  `(product_external_id) references product (external_id)|@foreignFieldName ${field}|@behavior -connection +list`;

/** `deletedAt` in the `condition` argument (amber offers only indexed columns there), to leave tombstones out as the hub does. */
const filterable = { tags: { behavior: '+filterBy' } };

export async function postgraphileServer(dbUrl: string): Promise<void> {
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    plugins: [
      jsonPgSmartTags({
        version: 1,
        config: {
          class: {
            product: { attribute: { deleted_at: filterable } },
            pricelist_item: { tags: { foreignKey: relation('prices') }, attribute: { deleted_at: filterable } },
            stock: { tags: { foreignKey: relation('stock') }, attribute: { deleted_at: filterable } },
          },
        },
      }),
    ],
    pgServices: [makePgService({ connectionString: dbUrl, schemas: ['public'], poolConfig: { max: 10 } })],
    grafserv: { watch: false },
  });
  const server = createServer();
  pgl.createServ(grafserv).addTo(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  // Builds the schema now, not on the first measured request.
  await pgl.getSchema();
  onStop(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await pgl.release();
  });
  const { port } = server.address() as AddressInfo;
  parentPort!.postMessage({ type: 'ready', url: `http://127.0.0.1:${port}`, token: null } satisfies FromServer);
}
