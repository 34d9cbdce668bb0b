/**
 * The live-event benchmark's worker threads, and the messages they exchange
 * with the driver: instance B (a hub in its own thread, as a second process
 * would be) and the subscribers (perInstance graphql-ws clients on each
 * instance, in their own thread so that their decoding does not delay the hubs).
 */
import { parentPort } from 'node:worker_threads';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { nowMs } from '../support.js';

const SUBSCRIPTION =
  'subscription BenchLive { entityChanged(entityType: PRODUCT) { externalId changedFields changedAt } }';

const logger = createLogger('error');

/** CPU time of the calling thread, in ms. */
export const threadCpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

export const hubConfig = (dbUrl: string) =>
  loadConfig({ DATABASE_URL: dbUrl, HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'production', LOG_LEVEL: 'error' }, 'api');

// --- Messages between the threads ---

export type HubWorkerData = { role: 'hub'; dbUrl: string };
export type ClientsWorkerData = { role: 'clients'; urls: string[]; perInstance: number; token: string };
export type ToClients =
  { type: 'live?' } | { type: 'busy?' } | { type: 'collect'; key: string; timeoutMs: number } | { type: 'stop' };
export type FromClients =
  | { type: 'connected' }
  | { type: 'live'; count: number }
  | { type: 'busy'; ms: number }
  | { type: 'arrivals'; key: string; times: (number | null)[] }
  | { type: 'failed'; error: string }
  | { type: 'stopped' };

// --- Instance B: a hub in its own thread ---

export async function hubThread(data: HubWorkerData): Promise<void> {
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

export async function clientsThread(data: ClientsWorkerData): Promise<void> {
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
