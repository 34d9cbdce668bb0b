/**
 * The simulator in a worker thread of its own, as Odoo is another process: for
 * runs that time the hub (a benchmark, the outage test), so the hub does not
 * share its thread's CPU with Odoo's work. The caller gets a handle that asks
 * the thread by message; the thread runs this file's compiled build (under
 * ts-jest the caller runs the source, so the thread takes `dist/`, which
 * `npm test` builds first).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { startOdooSimulator, type SimulatorOptions } from './index.js';
import type { CallMatch, TransportFault } from './faults.js';

/** A call the simulator served, as it crosses the thread boundary. */
export interface ThreadCall {
  service: string;
  model?: string;
  method: string;
  args: unknown[];
  /** Epoch ms. */
  at: number;
}

export interface SimulatorThread {
  url: string;
  db: string;
  login: string;
  apiKey: string;
  goOffline(): Promise<void>;
  goOnline(): Promise<void>;
  startOutage(fault?: TransportFault): Promise<void>;
  endOutage(): Promise<void>;
  /** The calls served so far that match, oldest first. */
  calls(match?: CallMatch): Promise<ThreadCall[]>;
  clearCalls(): Promise<void>;
  search(model: string, domain: unknown[]): Promise<number[]>;
  read(model: string, ids: number[], fields: string[]): Promise<Record<string, unknown>[]>;
  /** Ends the thread (and the simulator in it). */
  close(): Promise<void>;
}

type Request = { id: number; op: string; args: unknown[] };
type Reply = { id: number; value?: unknown; error?: string };

const MARK = 'odoo-simulator-thread';

/** Starts a simulator with `options` in a thread of its own. */
export async function startSimulatorThread(options: SimulatorOptions = {}): Promise<SimulatorThread> {
  const self = new URL(import.meta.url);
  const entry = self.pathname.endsWith('.ts') ? new URL('../../dist/tools/odoo-simulator/thread.js', self) : self;
  const worker = new Worker(entry, { workerData: { [MARK]: options } });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  const ready = new Promise<{ url: string; db: string; login: string; apiKey: string }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const info = await ready;
  worker.on('message', (reply: Reply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.error) waiter.reject(new Error(reply.error));
    else waiter.resolve(reply.value);
  });
  const ask = <T>(op: string, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, op, args } satisfies Request);
    });
  return {
    ...info,
    goOffline: () => ask('goOffline'),
    goOnline: () => ask('goOnline'),
    startOutage: (fault) => ask('startOutage', fault),
    endOutage: () => ask('endOutage'),
    calls: (match = {}) => ask('calls', match),
    clearCalls: () => ask('clearCalls'),
    search: (model, domain) => ask('search', model, domain),
    read: (model, ids, fields) => ask('read', model, ids, fields),
    async close() {
      await ask('close');
      await worker.terminate();
    },
  };
}

/** The thread's side: the simulator, and an answer to each request. */
async function serve(options: SimulatorOptions): Promise<void> {
  const sim = await startOdooSimulator(options);
  const ops: Record<string, (...args: never[]) => unknown> = {
    goOffline: () => sim.goOffline(),
    goOnline: () => sim.goOnline(),
    startOutage: (fault?: TransportFault) => sim.faults.startOutage(fault),
    endOutage: () => sim.faults.endOutage(),
    clearCalls: () => sim.clearCalls(),
    calls: (match: CallMatch) =>
      sim.calls
        .filter(
          (c) =>
            (match.model === undefined || c.model === match.model) &&
            (match.method === undefined || c.method === match.method),
        )
        .map((c): ThreadCall => ({
          service: c.service,
          model: c.model,
          method: c.method,
          args: c.args,
          at: c.at.getTime(),
        })),
    search: (model: string, domain: unknown[]) => sim.env.search(model, domain as never),
    read: (model: string, ids: number[], fields: string[]) => sim.env.read(model, ids, fields),
    close: () => sim.close(),
  };
  parentPort!.on('message', async ({ id, op, args }: Request) => {
    try {
      parentPort!.postMessage({ id, value: await ops[op]!(...(args as never[])) } satisfies Reply);
    } catch (err) {
      parentPort!.postMessage({ id, error: String((err as Error).message ?? err) } satisfies Reply);
    }
  });
  parentPort!.postMessage({ url: sim.url, db: sim.db, login: sim.login, apiKey: sim.apiKey });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[MARK]) {
  void serve((workerData as Record<string, SimulatorOptions>)[MARK]!);
}
