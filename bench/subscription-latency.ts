/**
 * Live-event latency: two hub instances (`createApp` twice, role api, one
 * database), 500 graphql-ws subscribers of `entityChanged(entityType: PRODUCT)`,
 * 250 on each. Each round ingests one product change through instance A
 * (GraphQL over HTTP) and records when every subscriber's `next` message
 * arrives, measured from just before the request was sent and from when its
 * response arrived. Reported: p50/p99 over all deliveries, for subscribers on
 * A (the instance that wrote) and on B (reached through PostgreSQL
 * LISTEN/NOTIFY). The target: p99 ≤ 50 ms. The baseline: the same mutation's
 * response time with no subscriber connected, measured before and after.
 *
 *   npm run bench:subscriptions [-- --subscribers 500 --rounds 50 --warmup 5 --pause 50]
 *
 * Threads, so that no event loop serves two roles: instance A and the driver in
 * the main thread, instance B in a worker (as a second process would be), the
 * subscribers in another (their decoding would otherwise delay the hubs). Times
 * come from one monotonic clock shared by the threads. Every subscriber first
 * proves it is live (probe changes until each has had an event).
 *
 * PostgreSQL: DATABASE_URL's server when set (in a throw-away database), else an
 * embedded one in a throw-away directory. Both are removed at the end.
 *
 * This file is the driver (and, started as a worker, either thread's entry);
 * subscription-latency/ holds the threads (threads.ts), the driver's channel to
 * them (thread-channel.ts) and the report (report.ts).
 */
import { parseArgs } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';
import { createApp, type App } from '../src/app.js';
import { createLogger } from '../src/observability/logger.js';
import { nowMs, openBenchDatabase, runBench } from './support.js';
import { printReport } from './subscription-latency/report.js';
import { Thread } from './subscription-latency/thread-channel.js';
import {
  clientsThread,
  hubConfig,
  hubThread,
  threadCpuMs,
  type ClientsWorkerData,
  type FromClients,
  type HubWorkerData,
} from './subscription-latency/threads.js';

const INGEST = `mutation BenchChange($input: [ProductInput!]!) { ingestProducts(input: $input) { created updated } }`;

/** This file: each worker thread starts it again and runs its own part. */
const SELF = new URL(import.meta.url);

const logger = createLogger('error');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      subscribers: { type: 'string', default: '500' },
      rounds: { type: 'string', default: '50' },
      warmup: { type: 'string', default: '5' },
      pause: { type: 'string', default: '50' },
    },
  });
  const [subscribers, rounds, warmup, pauseMs] = [values.subscribers, values.rounds, values.warmup, values.pause].map(
    Number,
  ) as [number, number, number, number];
  const perInstance = Math.floor(subscribers / 2);

  const db = await openBenchDatabase('hub_bench_live', logger);
  let a: App | null = null;
  let b: Thread | null = null;
  let clients: Thread | null = null;
  const fromStart = { same: [] as number[], other: [] as number[] };
  const fromResponse = { same: [] as number[], other: [] as number[] };
  const requestMs: number[] = [];
  const requestAlone: number[] = [];
  let busyPerEvent = { a: 0, b: 0, clients: 0 };
  let missed = 0;
  try {
    a = await createApp(hubConfig(db.dbUrl), { logger });
    const token = a.bootstrapAdminToken!;
    const hubA = a;
    const ingest = async (externalId: string, data: Record<string, unknown>) => {
      const res = await fetch(`${hubA.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: INGEST, variables: { input: [{ externalId, data }] } }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (res.status !== 200 || body.errors) throw new Error(`ingest failed: ${res.status} ${JSON.stringify(body)}`);
    };
    const total = warmup + rounds;
    // The products the rounds change exist before anyone listens.
    for (let r = 1; r <= total; r++) await ingest(`LIVE-${r}`, { name: `Live ${r}`, list_price: 10 });
    /** The same changes' request times with no subscriber connected: the baseline. */
    const baseline = async (offset: number) => {
      for (let r = 1; r <= total; r++) {
        const started = nowMs();
        await ingest(`LIVE-${r}`, { name: `Live ${r}`, list_price: offset + r });
        if (r > warmup) requestAlone.push(nowMs() - started);
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
    };

    b = new Thread(SELF, { role: 'hub', dbUrl: db.dbUrl });
    const { url: urlB } = await b.receive<{ type: 'ready'; url: string }>('ready', 60_000);
    await baseline(1000);

    clients = new Thread(SELF, { role: 'clients', urls: [a.url, urlB], perInstance, token });
    const connectStarted = nowMs();
    await clients.receive('connected', 60_000);
    console.log(
      `Live events: ${perInstance} subscribers on instance A and ${perInstance} on B (connected in ` +
        `${((nowMs() - connectStarted) / 1000).toFixed(1)} s), ${rounds} rounds of one product change through A ` +
        `(after ${warmup} warm-up rounds), PostgreSQL ${db.server}\n`,
    );

    // Live: poke until every subscriber has had an event (the server subscribes asynchronously).
    const liveStarted = nowMs();
    for (let probe = 1; ; probe++) {
      await ingest('PROBE', { n: probe });
      await new Promise((r) => setTimeout(r, 100));
      clients.send({ type: 'live?' });
      const { count } = await clients.receive<Extract<FromClients, { type: 'live' }>>('live', 5_000);
      if (count === perInstance * 2) break;
      if (nowMs() - liveStarted > 30_000) throw new Error(`only ${count} of ${perInstance * 2} subscribers live`);
    }
    await new Promise((r) => setTimeout(r, 300)); // the probes' last events drain

    /** CPU time (ms) of A's thread (this one; the driver's share is small), B's and the subscribers'. */
    const busy = async () => {
      const ask = async (thread: Thread) => {
        thread.send({ type: 'busy?' });
        return (await thread.receive<{ type: 'busy'; ms: number }>('busy', 5_000)).ms;
      };
      return { a: threadCpuMs(), b: await ask(b!), clients: await ask(clients!) };
    };
    let busyBefore = { a: 0, b: 0, clients: 0 };
    for (let r = 1; r <= total; r++) {
      if (r === warmup + 1) busyBefore = await busy();
      const key = `LIVE-${r}`;
      const started = nowMs();
      await ingest(key, { name: `Live ${r}`, list_price: 10 + r });
      const responded = nowMs();
      clients.send({ type: 'collect', key, timeoutMs: 2_000 });
      const { times } = await clients.receive<Extract<FromClients, { type: 'arrivals' }>>('arrivals', 5_000);
      if (r > warmup) {
        requestMs.push(responded - started);
        times.forEach((at, i) => {
          if (at === null) return void missed++;
          const side = i < perInstance ? 'same' : 'other';
          fromStart[side].push(at - started);
          fromResponse[side].push(at - responded);
        });
      }
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
    const busyAfter = await busy();
    busyPerEvent = {
      a: (busyAfter.a - busyBefore.a) / rounds,
      b: (busyAfter.b - busyBefore.b) / rounds,
      clients: (busyAfter.clients - busyBefore.clients) / rounds,
    };
    await clients.stop(10_000);
    clients = null;
    await baseline(2000);
  } finally {
    await clients?.stop(10_000);
    await b?.stop(15_000);
    await a?.stop().catch((err: unknown) => console.error(err));
    await db.drop();
  }

  printReport({ fromStart, fromResponse, requestMs, requestAlone, busyPerEvent, missed, rounds, perInstance });
}

runBench(main, () => {
  const data = workerData as HubWorkerData | ClientsWorkerData;
  (data.role === 'hub' ? hubThread(data) : clientsThread(data)).catch((err: unknown) => {
    parentPort!.postMessage({ type: 'failed', error: err instanceof Error ? err.stack : String(err) });
  });
});
