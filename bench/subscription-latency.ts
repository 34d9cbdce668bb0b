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
 */
import { parseArgs } from 'node:util';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/observability/logger.js';
import { nowMs, openBenchDatabase, percentile, runBench } from './support.js';

const TARGET_P99_MS = 50;
const SUBSCRIPTION =
  'subscription BenchLive { entityChanged(entityType: PRODUCT) { externalId changedFields changedAt } }';
const INGEST = `mutation BenchChange($input: [ProductInput!]!) { ingestProducts(input: $input) { created updated } }`;

const logger = createLogger('error');

/** CPU time of the calling thread, in ms. */
const threadCpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

const hubConfig = (dbUrl: string) =>
  loadConfig({ DATABASE_URL: dbUrl, HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'production', LOG_LEVEL: 'error' }, 'api');

// --- Messages between the threads ---

type HubWorkerData = { role: 'hub'; dbUrl: string };
type ClientsWorkerData = { role: 'clients'; urls: string[]; perInstance: number; token: string };
type ToClients =
  { type: 'live?' } | { type: 'busy?' } | { type: 'collect'; key: string; timeoutMs: number } | { type: 'stop' };
type FromClients =
  | { type: 'connected' }
  | { type: 'live'; count: number }
  | { type: 'busy'; ms: number }
  | { type: 'arrivals'; key: string; times: (number | null)[] }
  | { type: 'failed'; error: string }
  | { type: 'stopped' };

// --- Instance B: a hub in its own thread ---

async function hubThread(data: HubWorkerData): Promise<void> {
  const app = await createApp(hubConfig(data.dbUrl), { logger });
  parentPort!.on('message', (msg: { type: string }) => {
    if (msg.type === 'busy?') parentPort!.postMessage({ type: 'busy', ms: threadCpuMs() });
    if (msg.type !== 'stop') return;
    void app.stop().then(() => {
      parentPort!.postMessage({ type: 'stopped' });
      parentPort!.close();
    });
  });
  parentPort!.postMessage({ type: 'ready', url: app.url });
}

// --- The subscribers: perInstance on each URL, in their own thread ---

async function clientsThread(data: ClientsWorkerData): Promise<void> {
  const post = (msg: FromClients) => parentPort!.postMessage(msg);
  const total = data.urls.length * data.perInstance;
  /** Per event key (externalId): each subscriber's arrival time. */
  const arrivals = new Map<string, { times: (number | null)[]; count: number }>();
  let seenAny = 0;
  const seen = new Array<boolean>(total).fill(false);
  let waiter: { key: string; resolve: () => void } | null = null;

  const clients: Client[] = [];
  const connected: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const url = data.urls[Math.floor(i / data.perInstance)]!;
    const client = createClient({
      url: `${url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${data.token}` },
    });
    clients.push(client);
    connected.push(new Promise((resolve) => client.on('connected', () => resolve())));
    client.subscribe<{ entityChanged: { externalId: string } }>(
      { query: SUBSCRIPTION },
      {
        next: (value) => {
          const at = nowMs();
          const key = value.data?.entityChanged.externalId;
          if (!key) return post({ type: 'failed', error: `subscriber ${i}: ${JSON.stringify(value.errors)}` });
          let entry = arrivals.get(key);
          if (!entry) arrivals.set(key, (entry = { times: new Array<number | null>(total).fill(null), count: 0 }));
          if (entry.times[i] === null) {
            entry.times[i] = at;
            entry.count++;
          }
          if (!seen[i]) {
            seen[i] = true;
            seenAny++;
          }
          if (waiter && waiter.key === key && entry.count === total) waiter.resolve();
        },
        error: (err) => {
          const close = err as { code?: number; reason?: string };
          const why = err instanceof Error ? err.message : `socket closed ${close.code} ${close.reason ?? ''}`;
          post({ type: 'failed', error: `subscriber ${i}: ${why}` });
        },
        complete: () => undefined,
      },
    );
  }

  parentPort!.on('message', (msg: ToClients) => {
    if (msg.type === 'live?') post({ type: 'live', count: seenAny });
    else if (msg.type === 'busy?') post({ type: 'busy', ms: threadCpuMs() });
    else if (msg.type === 'collect') {
      const send = () => {
        clearTimeout(timer);
        waiter = null;
        post({ type: 'arrivals', key: msg.key, times: arrivals.get(msg.key)?.times ?? new Array(total).fill(null) });
        arrivals.delete(msg.key);
      };
      const timer = setTimeout(send, msg.timeoutMs);
      if ((arrivals.get(msg.key)?.count ?? 0) === total) send();
      else waiter = { key: msg.key, resolve: send };
    } else if (msg.type === 'stop') {
      void Promise.all(clients.map((c) => c.dispose())).then(() => {
        post({ type: 'stopped' });
        parentPort!.close();
      });
    }
  });
  await Promise.all(connected);
  post({ type: 'connected' });
}

// --- The driver ---

type Message = { type: string };

/** A worker thread as a channel: send messages, await the next one of a type. */
class Thread {
  private readonly worker: Worker;
  private readonly inbox: Message[] = [];
  private readonly waiting: ((msg: Message) => void)[] = [];
  /** The first failure the thread reported. */
  failure: string | null = null;

  constructor(data: HubWorkerData | ClientsWorkerData) {
    this.worker = new Worker(new URL(import.meta.url), { workerData: data });
    this.worker.on('message', (msg: Message) => this.deliver(msg));
    this.worker.on('error', (err) => this.deliver({ type: 'failed', error: String(err) } as FromClients));
  }

  private deliver(msg: Message): void {
    if (msg.type === 'failed') this.failure ??= (msg as { error: string } & Message).error;
    const next = this.waiting.shift();
    if (next) next(msg);
    else this.inbox.push(msg);
  }

  send(msg: ToClients): void {
    this.worker.postMessage(msg);
  }

  /** The next message of `type` (others are dropped); throws on a failure or after timeoutMs. */
  async receive<T extends Message>(type: T['type'], timeoutMs: number): Promise<T> {
    const deadline = nowMs() + timeoutMs;
    for (;;) {
      if (this.failure) throw new Error(`worker failed: ${this.failure}`);
      const left = deadline - nowMs();
      if (left <= 0) throw new Error(`no '${type}' from the worker within ${timeoutMs} ms`);
      const msg = this.inbox.shift() ?? (await this.next(left));
      if (msg?.type === type) return msg as T;
    }
  }

  private next(timeoutMs: number): Promise<Message | null> {
    return new Promise((resolve) => {
      const take = (msg: Message) => {
        clearTimeout(timer);
        resolve(msg);
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(take), 1);
        resolve(null);
      }, timeoutMs);
      this.waiting.push(take);
    });
  }

  /** Asks the thread to stop; terminates it when it does not within timeoutMs. */
  async stop(timeoutMs: number): Promise<void> {
    this.send({ type: 'stop' });
    try {
      this.failure = null;
      await this.receive('stopped', timeoutMs);
    } catch {
      await this.worker.terminate();
    }
  }
}

interface Summary {
  p50: number;
  p99: number;
  max: number;
  n: number;
}

function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1)!, n: sorted.length };
}

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

    b = new Thread({ role: 'hub', dbUrl: db.dbUrl });
    const { url: urlB } = await b.receive<{ type: 'ready'; url: string }>('ready', 60_000);
    await baseline(1000);

    clients = new Thread({ role: 'clients', urls: [a.url, urlB], perInstance, token });
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

  const fmt = (n: number) => n.toFixed(1).padStart(7);
  const line = (label: string, s: Summary) =>
    console.log(`${label.padEnd(30)} ${fmt(s.p50)} ${fmt(s.p99)} ${fmt(s.max)} ${String(s.n).padStart(7)}`);
  console.log(`Latency (ms)                       p50     p99     max  events`);
  const all = summarize([...fromStart.same, ...fromStart.other]);
  line('from request start, all', all);
  line('  same instance (A)', summarize(fromStart.same));
  line('  other instance (B)', summarize(fromStart.other));
  line('from response received, all', summarize([...fromResponse.same, ...fromResponse.other]));
  line('  same instance (A)', summarize(fromResponse.same));
  line('  other instance (B)', summarize(fromResponse.other));
  line('the mutation (its response)', summarize(requestMs));
  line('the mutation, no subscribers', summarize(requestAlone));
  console.log(
    `\nCPU per round (thread time): A ${busyPerEvent.a.toFixed(1)} ms (the mutation and ${perInstance} deliveries), ` +
      `B ${busyPerEvent.b.toFixed(1)} ms (${perInstance} deliveries: ${((busyPerEvent.b / perInstance) * 1000).toFixed(0)} µs each), ` +
      `subscribers ${busyPerEvent.clients.toFixed(1)} ms`,
  );
  console.log(
    `${missed} deliveries missing (of ${rounds * perInstance * 2}); p99 from request start ${all.p99.toFixed(1)} ms ` +
      `(target ≤ ${TARGET_P99_MS} ms: ${all.p99 <= TARGET_P99_MS && !missed ? 'met' : 'NOT met'})`,
  );
}

runBench(main, () => {
  const data = workerData as HubWorkerData | ClientsWorkerData;
  (data.role === 'hub' ? hubThread(data) : clientsThread(data)).catch((err: unknown) => {
    parentPort!.postMessage({ type: 'failed', error: err instanceof Error ? err.stack : String(err) });
  });
});
