import { ApiLogDirection } from '../../src/domain/enums.js';
import { ApiLogWriter, type ApiLogWriterOptions } from '../../src/observability/api-log-writer.js';
import { createLogger } from '../../src/observability/logger.js';
import { Metrics } from '../../src/observability/metrics.js';

/** Stands in for the database: records each INSERT's paths, and fails while `failure` is set. */
class FakeDatabase {
  inserts: string[][] = [];
  failure: Error | null = null;
  /** Fails only the next INSERT. */
  failOnce: Error | null = null;
  private waiters: (() => void)[] = [];

  readonly query = async (_sql: string, params: unknown[]) => {
    const error = this.failOnce ?? this.failure;
    this.failOnce = null;
    if (error) throw error;
    this.inserts.push(params[2] as string[]);
    for (const wake of this.waiters.splice(0)) wake();
  };

  /** Resolves at the next successful INSERT. */
  nextInsert(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  get paths(): string[] {
    return this.inserts.flat();
  }
}

const dbError = (code: string) => Object.assign(new Error(`database says ${code}`), { code });
const entry = (path: string, extra: Partial<Parameters<ApiLogWriter['record']>[0]> = {}) => ({
  method: 'GET',
  path,
  direction: ApiLogDirection.INBOUND,
  statusCode: 200,
  duration: 1.25,
  ...extra,
});

describe('ApiLogWriter', () => {
  let metrics: Metrics;
  let db: FakeDatabase;
  const writers: ApiLogWriter[] = [];
  const makeWriter = (options: Partial<ApiLogWriterOptions> = {}) => {
    // A timer far away unless a test wants it: flushes happen when the test says so.
    const writer = new ApiLogWriter(db.query, createLogger('silent'), metrics, {
      flushMs: 60_000,
      batchSize: 100,
      ...options,
    });
    writers.push(writer);
    return writer;
  };
  const dropped = async (reason: string) =>
    (await metrics.apiLogDropped.get()).values.find((v) => v.labels.reason === reason)?.value ?? 0;

  beforeEach(() => {
    metrics = new Metrics();
    db = new FakeDatabase();
  });
  afterEach(async () => {
    db.failure = null;
    await Promise.all(writers.splice(0).map((w) => w.stop()));
  });

  it('buffers without touching the database, then writes one INSERT per batch', async () => {
    const writer = makeWriter({ batchSize: 100 });
    for (let i = 0; i < 250; i++) writer.record(entry(`/r/${i}`));
    expect(db.inserts).toHaveLength(0);
    await writer.flush();
    expect(db.inserts.map((rows) => rows.length)).toEqual([100, 100, 50]);
    expect(db.paths).toEqual(Array.from({ length: 250 }, (_, i) => `/r/${i}`));
    expect(writer.pending).toBe(0);
  });

  it('writes on its timer without being asked', async () => {
    const writer = makeWriter({ flushMs: 10 });
    const written = db.nextInsert();
    writer.record(entry('/timer'));
    await written;
    expect(db.paths).toEqual(['/timer']);
  });

  it('keeps the rows of a failed write and writes them once the database is back', async () => {
    const writer = makeWriter();
    db.failure = dbError('ECONNREFUSED');
    writer.record(entry('/a'));
    writer.record(entry('/b'));
    await writer.flush();
    expect(db.paths).toEqual([]);
    expect(writer.pending).toBe(2);
    expect((await metrics.apiLogFlushFailures.get()).values[0]!.value).toBe(1);

    db.failure = null;
    writer.record(entry('/c'));
    await writer.flush();
    expect(db.paths).toEqual(['/a', '/b', '/c']);
    expect(writer.pending).toBe(0);
  });

  it('stays bounded while the database is away, dropping the oldest rows and counting them', async () => {
    const writer = makeWriter({ batchSize: 2, maxBuffered: 5 });
    db.failure = dbError('57P01');
    for (let i = 1; i <= 8; i++) writer.record(entry(`/r/${i}`));
    await writer.flush();
    expect(writer.pending).toBe(5);
    expect(await dropped('overflow')).toBe(3);

    db.failure = null;
    await writer.flush();
    expect(db.paths).toEqual(['/r/4', '/r/5', '/r/6', '/r/7', '/r/8']);
  });

  it('drops a batch the database refuses (bad data) instead of retrying it forever', async () => {
    const writer = makeWriter({ batchSize: 1 });
    db.failOnce = dbError('22001');
    writer.record(entry('/refused'));
    writer.record(entry('/fine'));
    await writer.flush();
    expect(db.paths).toEqual(['/fine']);
    expect(await dropped('rejected')).toBe(1);
    expect(writer.pending).toBe(0);
  });

  it('cuts values to the column sizes so that no row can be refused for its length', async () => {
    const rows: unknown[][] = [];
    const writer = new ApiLogWriter(async (_sql, params) => void rows.push(params), createLogger('silent'), metrics, {
      flushMs: 60_000,
      batchSize: 10,
    });
    writers.push(writer);
    writer.record(entry('/'.repeat(5000), { method: 'M'.repeat(40), operationName: 'o'.repeat(300), requestId: 'r' }));
    await writer.flush();
    // The INSERT's arrays: created_at, method, path, direction, status_code, duration, operation_name, request_id.
    const column = (i: number) => (rows[0] as string[][])[i]![0]!;
    expect([column(1).length, column(2).length, column(6).length, column(7)]).toEqual([16, 2048, 255, 'r']);
  });

  it('writes everything on stop(), then drops (and counts) rows recorded after it', async () => {
    let released = 0;
    const writer = new ApiLogWriter(db.query, createLogger('silent'), metrics, {
      flushMs: 60_000,
      batchSize: 100,
      release: async () => void released++,
    });
    writer.record(entry('/before-stop'));
    await writer.stop();
    expect(db.paths).toEqual(['/before-stop']);
    expect(released).toBe(1);
    writer.record(entry('/after-stop'));
    await writer.stop();
    expect(writer.pending).toBe(0);
    expect(released).toBe(1);
    expect(await dropped('stopped')).toBe(1);
  });

  it('stop() still returns when the database never takes the last rows, and counts them as lost', async () => {
    const writer = makeWriter();
    db.failure = dbError('ECONNREFUSED');
    writer.record(entry('/lost-1'));
    writer.record(entry('/lost-2'));
    await writer.stop();
    expect(writer.pending).toBe(0);
    expect(await dropped('stopped')).toBe(2);
  });
});
