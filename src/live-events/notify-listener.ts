import pg from 'pg';
import { withTimeout } from '../domain/timeout.js';
import type { Logger } from '../observability/logger.js';
import { decodePayload, EVENT_CHANNEL, type HubEvent } from '../outbox/hub-events.js';

/** `publishedAt`: when the publishing instance sent its NOTIFY (ms since epoch), null if it did not say. */
type Listener = (event: HubEvent, publishedAt: number | null) => void;
/** Told `true` each time LISTEN is (again) active, `false` when the connection is lost. */
type ConnectionListener = (listening: boolean) => void;

const PING_MS = 15_000;

/**
 * One LISTEN connection per hub instance, fanning committed events out to the
 * instance's subscribers. When the connection drops (database restart, a
 * terminated backend, a half-open link found by the ping) it reconnects by itself
 * with backoff; subscribers keep their sockets and get everything committed
 * after the reconnect. NOTIFY is not stored: what other instances commit while
 * the connection is down is not announced here (the change feed still has it),
 * which is why `onConnection` tells when it is lost and back. Other channels
 * (the auth cache's) share the connection through `listenTo`.
 */
export class EventBus {
  private client: pg.Client | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly channels = new Map<string, (payload: string) => void>();
  private readonly connectionListeners = new Set<ConnectionListener>();
  private stopped = false;
  private retryMs = 100;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private connected: Promise<void> | null = null;
  private pingTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly logger: Logger,
  ) {}

  /** Resolves once LISTEN is active. */
  start(): Promise<void> {
    return (this.connected ??= this.connect());
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Hands every payload NOTIFYed on `channel` to `handler`; only before start(). */
  listenTo(channel: string, handler: (payload: string) => void): void {
    if (this.connected) throw new Error(`listenTo(${channel}) after the event bus started`);
    if (!/^[a-z_][a-z0-9_]*$/.test(channel) || channel === EVENT_CHANNEL) throw new Error(`bad channel: ${channel}`);
    this.channels.set(channel, handler);
  }

  /** `listener(true)` once LISTEN is active, after every reconnect too; `listener(false)` when the connection is lost. */
  onConnection(listener: ConnectionListener): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  private tellConnection(listening: boolean): void {
    for (const listener of this.connectionListeners) {
      try {
        listener(listening);
      } catch (err) {
        this.logger.error({ err }, 'an event bus connection listener failed');
      }
    }
  }

  private async connect(): Promise<void> {
    // keepAlive and a ping: a half-open connection (no reset ever arrives) would
    // otherwise leave this instance deaf without an error.
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: 'odoo-sync-hub events',
      keepAlive: true,
    });
    client.on('notification', (msg) => {
      const handler = this.channels.get(msg.channel);
      if (handler) {
        try {
          handler(msg.payload ?? '');
        } catch (err) {
          this.logger.error({ err, channel: msg.channel }, 'a notification handler failed');
        }
        return;
      }
      if (msg.channel !== EVENT_CHANNEL || !msg.payload) return;
      let decoded: ReturnType<typeof decodePayload>;
      try {
        decoded = decodePayload(msg.payload);
      } catch (err) {
        this.logger.warn({ err }, 'ignored a malformed event notification');
        return;
      }
      for (const event of decoded.events) for (const listener of this.listeners) listener(event, decoded.publishedAt);
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${EVENT_CHANNEL}`);
      for (const channel of this.channels.keys()) await client.query(`listen ${channel}`);
    } catch (err) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.stopped) {
      // stop() ran while this connection was being made.
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = 100;
    this.schedulePing(client);
    this.tellConnection(true);
  }

  /** `select 1` every PING_MS, bounded: no answer in time counts as a lost connection. */
  private schedulePing(client: pg.Client): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = setInterval(() => {
      if (this.client !== client) return;
      withTimeout(client.query('select 1'), PING_MS, 'event listener ping').catch((err: unknown) =>
        this.lost(client, err as Error),
      );
    }, PING_MS);
    this.pingTimer.unref();
  }

  private lost(client: pg.Client, err?: Error): void {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    this.logger.warn({ err }, 'event listener connection lost; reconnecting');
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    this.tellConnection(false);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().then(
        () => this.logger.info('event listener reconnected'),
        (err: unknown) => {
          this.logger.warn({ err, retryMs: this.retryMs }, 'event listener could not reconnect yet');
          this.retryMs = Math.min(this.retryMs * 2, 2000);
          this.scheduleReconnect();
        },
      );
    }, this.retryMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.listeners.clear();
    this.connectionListeners.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
