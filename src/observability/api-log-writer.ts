import pg from 'pg';
import type { Config } from '../config.js';
import type { ApiLogDirection } from '../domain/enums.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

/** One api_log row, as the inbound middleware and the outbound fetch report it. Never a secret or a body. */
export interface ApiLogEntry {
  method: string;
  /** Inbound: the path only. Outbound: origin + pathname to Odoo, the origin alone to a webhook. Never a query string or credentials. */
  path: string;
  /** Outbound calls to a webhook endpoint: its config. */
  webhookConfigId?: string | null;
  direction: ApiLogDirection;
  /** 0: an outbound call that got no response. */
  statusCode: number;
  /** Milliseconds. */
  duration: number;
  operationName?: string | null;
  requestId?: string | null;
}

/** Runs one parameterised statement: a pg Pool's `query`, or a fake in tests. */
export type SqlQuery = (sql: string, params: unknown[]) => Promise<unknown>;

export interface ApiLogWriterOptions {
  /** How often buffered rows are written. */
  flushMs: number;
  /** Rows per INSERT; a full batch is written without waiting for the timer. */
  batchSize: number;
  /** Rows kept while the database is away; beyond it the oldest are dropped (and counted). */
  maxBuffered?: number;
  /** Called once stop() has written the last rows, e.g. to end a pool. */
  release?: () => Promise<void>;
}

interface Row extends ApiLogEntry {
  createdAt: Date;
}

// One statement and nine array parameters whatever the batch size: no
// parameter limit to mind, and the values travel as bind parameters.
const INSERT = `insert into api_log (created_at, method, path, direction, status_code, duration, operation_name, request_id, webhook_config_id)
select * from unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::int[], $6::float8[], $7::text[], $8::text[], $9::uuid[])`;

const MAX_BACKOFF_MS = 30_000;
const MAX_PATH = 2048;

/** Values the column types would refuse (varchar lengths) are cut here, so one bad row cannot block a batch. */
const clip = (value: string | null | undefined, max: number) =>
  value == null ? null : value.length > max ? value.slice(0, max) : value;

/** SQLSTATE classes 22 (data exception) and 23 (constraint violation): retrying the same rows cannot help. */
const isRejection = (err: unknown) => /^2[23]/.test(String((err as { code?: unknown }).code ?? ''));

/**
 * Writes ApiLog rows in batches, off the request path: `record()` only pushes
 * onto a buffer; a timer (or a full batch) writes it with one multi-row INSERT
 * per batch. A failed write keeps its rows for a retry with backoff, so a
 * database outage costs log rows only once the bounded buffer is full (the
 * oldest go first, counted in `api_log_rows_dropped_total`). Nothing here
 * throws into the caller or crashes the process.
 */
export class ApiLogWriter {
  private buffer: Row[] = [];
  private readonly batchSize: number;
  private readonly flushMs: number;
  private readonly maxBuffered: number;
  private readonly timer: NodeJS.Timeout;
  /** Writes run one after another; this is the last one queued. */
  private tail: Promise<void> = Promise.resolve();
  private queued = 0;
  private failures = 0;
  private retryAt = 0;
  /** Rows dropped for lack of room since the last successful write, for the logs. */
  private overflowed = 0;
  private stopping: Promise<void> | null = null;
  private readonly release: (() => Promise<void>) | undefined;

  constructor(
    private readonly query: SqlQuery,
    private readonly logger: Logger,
    private readonly metrics: Metrics,
    options: ApiLogWriterOptions,
  ) {
    this.release = options.release;
    this.batchSize = options.batchSize;
    this.flushMs = options.flushMs;
    this.maxBuffered = Math.max(options.maxBuffered ?? 50_000, options.batchSize);
    this.timer = setInterval(() => {
      if (this.buffer.length > 0 && this.queued === 0) void this.enqueue(false);
    }, options.flushMs);
    // The timer must not keep a finished process alive: stop() does the last write.
    this.timer.unref();
  }

  /** Rows waiting to be written. */
  get pending(): number {
    return this.buffer.length;
  }

  /** Buffers one row. Synchronous and cheap: it never waits for the database and never throws. */
  record(entry: ApiLogEntry): void {
    if (this.stopping) {
      this.metrics.apiLogDropped.inc({ reason: 'stopped' });
      return;
    }
    if (this.buffer.length >= this.maxBuffered) {
      this.buffer.shift();
      this.overflow(1);
    }
    this.buffer.push({
      method: clip(entry.method, 16)!,
      path: clip(entry.path, MAX_PATH)!,
      direction: entry.direction,
      statusCode: entry.statusCode,
      duration: entry.duration,
      operationName: clip(entry.operationName, 255),
      requestId: clip(entry.requestId, 255),
      webhookConfigId: entry.webhookConfigId ?? null,
      createdAt: new Date(),
    });
    if (this.buffer.length >= this.batchSize && this.queued === 0) void this.enqueue(false);
  }

  /** Writes every buffered row now, ignoring any retry backoff. Resolves when done; never rejects. */
  flush(): Promise<void> {
    return this.enqueue(true);
  }

  /** Stops the timer and writes what is left; rows recorded afterwards are dropped (and counted). */
  stop(): Promise<void> {
    return (this.stopping ??= (async () => {
      clearInterval(this.timer);
      await this.flush();
      if (this.buffer.length > 0) {
        this.logger.error({ rows: this.buffer.length }, 'ApiLog rows lost at shutdown: the database did not take them');
        this.metrics.apiLogDropped.inc({ reason: 'stopped' }, this.buffer.length);
        this.buffer = [];
      }
      await this.release?.();
    })());
  }

  private enqueue(force: boolean): Promise<void> {
    this.queued++;
    const run = this.tail
      .then(() => this.drain(force))
      // drain() handles the database's errors; this catches a bug, so it cannot become an unhandled rejection.
      .catch((err: unknown) => this.logger.error({ err }, 'ApiLog writer failed'))
      .finally(() => this.queued--);
    this.tail = run;
    return run;
  }

  private async drain(force: boolean): Promise<void> {
    if (!force && Date.now() < this.retryAt) return;
    while (this.buffer.length > 0) {
      if (!(await this.write(this.buffer.splice(0, this.batchSize)))) return;
    }
  }

  /** One INSERT; false when the rows went back on the buffer for a later retry. */
  private async write(batch: Row[]): Promise<boolean> {
    try {
      await this.query(INSERT, [
        batch.map((r) => r.createdAt),
        batch.map((r) => r.method),
        batch.map((r) => r.path),
        batch.map((r) => r.direction),
        batch.map((r) => r.statusCode),
        batch.map((r) => r.duration),
        batch.map((r) => r.operationName),
        batch.map((r) => r.requestId),
        batch.map((r) => r.webhookConfigId),
      ]);
    } catch (err) {
      if (isRejection(err)) {
        this.metrics.apiLogDropped.inc({ reason: 'rejected' }, batch.length);
        this.logger.error({ err, rows: batch.length }, 'the database refused ApiLog rows; dropped them');
        return true;
      }
      this.failures++;
      this.retryAt = Date.now() + Math.min(this.flushMs * 2 ** this.failures, MAX_BACKOFF_MS);
      this.buffer = batch.concat(this.buffer);
      const excess = this.buffer.length - this.maxBuffered;
      if (excess > 0) {
        this.buffer.splice(0, excess);
        this.overflow(excess);
      }
      this.metrics.apiLogFlushFailures.inc();
      this.logger.error(
        { err, buffered: this.buffer.length, dropped: this.overflowed },
        'could not write ApiLog rows; keeping them for a retry',
      );
      return false;
    }
    if (this.failures > 0) {
      this.logger.warn({ dropped: this.overflowed }, 'ApiLog rows are being written again');
    }
    this.failures = 0;
    this.retryAt = 0;
    this.overflowed = 0;
    return true;
  }

  private overflow(rows: number): void {
    if (this.overflowed === 0) {
      this.logger.warn(
        { maxBuffered: this.maxBuffered },
        'ApiLog buffer full while the database is away: dropping the oldest rows',
      );
    }
    this.overflowed += rows;
    this.metrics.apiLogDropped.inc({ reason: 'overflow' }, rows);
  }
}

/**
 * The hub's writer, on a pool of its own with one connection (writes are
 * sequential anyway): log writes never wait behind the requests' queries nor
 * take their connections. Its stop() ends that pool.
 */
export function connectApiLogWriter(
  databaseUrl: string,
  options: Pick<Config['apiLog'], 'flushMs' | 'batchSize'>,
  logger: Logger,
  metrics: Metrics,
): ApiLogWriter {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 1,
    application_name: 'odoo-sync-hub api-log',
    // Bounded, so a database that is away costs a retry later rather than a write hanging forever.
    connectionTimeoutMillis: 5_000,
    query_timeout: 15_000,
  });
  // A dropped idle connection must not crash the process: the next write reconnects.
  pool.on('error', (err) => logger.warn({ err }, 'ApiLog database connection lost'));
  return new ApiLogWriter((sql, params) => pool.query(sql, params), logger, metrics, {
    flushMs: options.flushMs,
    batchSize: options.batchSize,
    release: () => pool.end(),
  });
}
