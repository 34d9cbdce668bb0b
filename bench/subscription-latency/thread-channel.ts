/**
 * The driver's side of a worker thread of the live-event benchmark.
 */
import { Worker } from 'node:worker_threads';
import { nowMs } from '../support.js';
import type { ClientsWorkerData, FromClients, HubWorkerData, ToClients } from './threads.js';

export type Message = { type: string };

/** A worker thread as a channel: send messages, await the next one of a type. */
export class Thread {
  private readonly worker: Worker;
  private readonly inbox: Message[] = [];
  private readonly waiting: ((msg: Message) => void)[] = [];
  /** The first failure the thread reported. */
  failure: string | null = null;

  /** `script`: the bench's entry file, which runs the thread's part when started as a worker. */
  constructor(script: URL, data: HubWorkerData | ClientsWorkerData) {
    this.worker = new Worker(script, { workerData: data });
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
