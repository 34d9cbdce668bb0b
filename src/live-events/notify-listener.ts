import pg from 'pg';
import { withTimeout } from '../domain/timeout.js';
import type { Logger } from '../observability/logger.js';
import { decodePayload, EVENT_CHANNEL, type HubEvent } from '../outbox/hub-events.js';
import { readChangeLogPage, readStragglers, resumePoint, type LogQuery } from '../outbox/change-log.js';

/** `publishedAt`: when the publishing instance sent its NOTIFY (ms since epoch), null if it did not say. */
type Listener = (event: HubEvent, publishedAt: number | null) => void;
/** Told `true` each time LISTEN is (again) active, `false` when the connection is lost. */
type ConnectionListener = (listening: boolean) => void;

const PING_MS = 15_000;

/** Positions of entity events recently handed out, so that a replay after a reconnect skips them. */
const RECENT_POSITIONS = 50_000;
/** Changes per read when replaying the change log after a reconnect. */
const REPLAY_PAGE = 1000;

/**
 * One LISTEN connection per hub instance, fanning committed events out to the
 * instance's subscribers. When the connection drops (database restart, a
 * terminated backend, a half-open link found by the ping) it reconnects by itself
 * with backoff; subscribers keep their sockets and get everything committed
 * after the reconnect. NOTIFY is not stored, but the change log is: after a
 * reconnect, the entity changes committed while the connection was down are read
 * from the log (from the last position this bus handed out, with its stragglers,
 * see src/outbox/change-log.ts) and handed to the listeners, skipping those
 * already handed out. Failure events are not logged: subscribers of those learn of
 * the gap through `onConnection` (lost, then back). Other channels (the auth
 * cache's) share the connection through `listenTo`.
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
  /** The highest change log position handed out; null until the first connection read the log's end. */
  private lastPosition: number | null = null;
  /** Set when the connection is lost: where the replay after the reconnect starts (kept until one succeeds). */
  private replayFrom: number | null = null;
  private readonly recent = new Set<number>();

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
      for (const event of decoded.events) this.dispatch(event, decoded.publishedAt);
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
    await this.catchUp(client);
  }

  /** Hands an event to the listeners, once per change log position. */
  private dispatch(event: HubEvent, publishedAt: number | null): void {
    const position = event.kind === 'entity' ? event.change.position : undefined;
    if (position !== undefined) {
      if (this.recent.has(position)) return;
      this.recent.add(position);
      // A Set iterates in insertion order: the first is the oldest.
      if (this.recent.size > RECENT_POSITIONS) this.recent.delete(this.recent.values().next().value!);
      if (this.lastPosition === null || position > this.lastPosition) this.lastPosition = position;
    }
    for (const listener of this.listeners) listener(event, publishedAt);
  }

  /**
   * On the first connection, notes where the log ends (what came before is no
   * subscriber's business); after a reconnect, replays what was logged while the
   * connection was down. LISTEN is already active: a change committed during the
   * replay arrives both ways, and dispatch() hands it out once.
   */
  private async catchUp(client: pg.Client): Promise<void> {
    const query: LogQuery = async <T>(text: string, params: readonly unknown[]) =>
      (await client.query(text, [...params])).rows as T[];
    try {
      if (this.lastPosition === null) {
        const [end] = await query<{ position: string }>(
          `select coalesce(max(position), 0)::text as position from change_log`,
          [],
        );
        this.lastPosition ??= Number(end?.position ?? 0);
        return;
      }
      const from = this.replayFrom;
      if (from === null) return;
      let replayed = 0;
      if (from > 0) {
        const point = await resumePoint(query, from);
        if (point.kind !== 'ok') {
          this.logger.warn({ from, point }, 'the change log no longer holds where the event listener stopped');
          this.replayFrom = null;
          return;
        }
        const stragglers = await readStragglers(query, from, point.snapshot, {});
        for (const change of stragglers.changes) this.dispatch({ kind: 'entity', change }, null);
        replayed += stragglers.changes.length;
      }
      for (let after = from; ;) {
        const page = await readChangeLogPage(query, after, {}, REPLAY_PAGE);
        for (const change of page.changes) this.dispatch({ kind: 'entity', change }, null);
        replayed += page.changes.length;
        if (page.changes.length < REPLAY_PAGE) break;
        after = page.changes.at(-1)!.position;
      }
      this.replayFrom = null;
      this.logger.info({ from, replayed }, 'event listener replayed the change log after reconnecting');
    } catch (err) {
      // The next reconnect tries again from the same position.
      this.logger.warn({ err }, 'event listener could not read the change log');
    }
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
    this.replayFrom ??= this.lastPosition;
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
