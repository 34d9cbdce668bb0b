import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One request the receiver got, with what the reference implementation says of its signature. */
export interface ReceivedMessage {
  path: string;
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  /** Parsed by standardwebhooks' verify with the first secret that verified it; null if none did. */
  payload: { type: string; timestamp: string; data: Record<string, unknown> } | null;
  /** Names of the secrets (see `expect`) that verify this message. */
  verifiedWith: string[];
  /** What the receiver answered. */
  status: number;
  /** When it arrived (Date.now()). */
  at: number;
}

/** An answer to script: a status, or a status with headers, body and a delay before it. */
export type ScriptedAnswer =
  number | { status: number; headers?: Record<string, string>; body?: string; delayMs?: number };

type Waiter = { path: string; pred: (m: ReceivedMessage) => boolean; resolve: (m: ReceivedMessage) => void };

/**
 * A webhook endpoint on 127.0.0.1 for tests: verifies every request with the
 * `standardwebhooks` package against the secrets it was given per path, answers
 * from a per-path script (then 200), and lets a test await a message.
 */
export class WebhookReceiver {
  readonly messages: ReceivedMessage[] = [];
  private readonly secrets = new Map<string, Map<string, string>>();
  private readonly scripts = new Map<string, ScriptedAnswer[]>();
  private waiters: Waiter[] = [];

  private readonly server: Server = createServer((req, res) => {
    void this.handle(req).then(({ status, headers, body, delayMs }) => {
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(status, headers);
        res.end(body);
      }, delayMs);
    });
  });

  /** http://127.0.0.1:<port>, once started. */
  url = '';

  private constructor() {}

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}`;
    return receiver;
  }

  /** Secrets (by name) a path's messages are checked against. */
  expect(path: string, secrets: Record<string, string>): this {
    this.secrets.set(path, new Map(Object.entries(secrets)));
    return this;
  }

  /** The next answers on `path`, in order; 200 after them. */
  script(path: string, answers: ScriptedAnswer[]): this {
    this.scripts.set(path, [...answers]);
    return this;
  }

  on(path: string): ReceivedMessage[] {
    return this.messages.filter((m) => m.path === path);
  }

  /** Resolves with the first message on `path` (already received or not) that meets `pred`. */
  next(path: string, pred: (m: ReceivedMessage) => boolean = () => true, timeoutMs = 10_000): Promise<ReceivedMessage> {
    const seen = this.on(path).find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        path,
        pred,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching webhook on ${path} within ${timeoutMs} ms (got ${this.on(path).length})`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Resolves once `path` has had `count` requests. */
  async count(path: string, count: number, timeoutMs = 10_000): Promise<ReceivedMessage[]> {
    await this.next(path, () => this.on(path).length >= count, timeoutMs);
    return this.on(path);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '/').split('?')[0]!;
    const headers = {
      'webhook-id': String(req.headers['webhook-id'] ?? ''),
      'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
      'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
    };
    const verifiedWith: string[] = [];
    let payload: ReceivedMessage['payload'] = null;
    for (const [name, secret] of this.secrets.get(path) ?? []) {
      try {
        const parsed = new Webhook(secret).verify(body, headers) as ReceivedMessage['payload'];
        verifiedWith.push(name);
        payload ??= parsed;
      } catch {
        // Not signed with this secret.
      }
    }
    const next = this.scripts.get(path)?.shift() ?? 200;
    const answer = typeof next === 'number' ? { status: next } : next;
    const message: ReceivedMessage = {
      path,
      id: headers['webhook-id'],
      timestamp: headers['webhook-timestamp'],
      signature: headers['webhook-signature'],
      body,
      payload,
      verifiedWith,
      status: answer.status,
      at: Date.now(),
    };
    this.messages.push(message);
    for (const waiter of [...this.waiters]) {
      if (waiter.path === path && waiter.pred(message)) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(message);
      }
    }
    return {
      status: answer.status,
      headers: answer.headers ?? {},
      body: answer.body ?? '',
      delayMs: answer.delayMs ?? 0,
    };
  }
}
