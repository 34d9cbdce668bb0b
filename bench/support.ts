/**
 * What the benchmarks share: a throw-away database (on DATABASE_URL's server,
 * else on an embedded PostgreSQL in a throw-away directory), percentiles, and
 * the time source.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { withDatabase } from '../src/db/database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';
import type { Logger } from '../src/observability/logger.js';

export interface BenchDatabase {
  /** Superuser URL of the server (database `postgres`). */
  adminUrl: string;
  /** URL of the throw-away database (created by the hub's first start). */
  dbUrl: string;
  /** `embedded` or `DATABASE_URL`. */
  server: string;
  /** Drops the database, stops the embedded server and removes its directory. */
  drop(): Promise<void>;
}

export async function openBenchDatabase(name: string, logger: Logger): Promise<BenchDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let embeddedDir: string | null = null;
  let adminUrl = loadConfig(process.env).databaseUrl;
  if (!adminUrl) {
    embeddedDir = await mkdtemp(join(tmpdir(), 'hub-bench-pg-'));
    embedded = await startEmbeddedPostgres(embeddedDir, 0, logger);
    adminUrl = embedded.adminUrl;
  }
  const database = `${name}_${process.pid}`;
  return {
    adminUrl,
    dbUrl: withDatabase(adminUrl, database),
    server: embedded ? 'embedded' : 'from DATABASE_URL',
    async drop() {
      try {
        const admin = new pg.Client({ connectionString: adminUrl });
        await admin.connect();
        await admin.query(`drop database if exists "${database}" with (force)`).finally(() => admin.end());
      } finally {
        if (embedded) await embedded.stop();
        if (embeddedDir) await rm(embeddedDir, { recursive: true, force: true });
      }
    },
  };
}

export function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** The middle value (percentile 0.5: the lower of the two middle ones for an even count). */
export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** Monotonic milliseconds, the same clock in every thread of the process. */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/** A small seeded PRNG (mulberry32): the same data on every run. */
export { prng as seededRandom } from '../tools/odoo-simulator/index.js';

/**
 * A bench file runs `main` in the main thread and `helper` (its receiver,
 * simulator or clients) when the same file is started as a worker thread.
 */
export function runBench(main: () => Promise<void>, helper: () => unknown): void {
  if (!isMainThread) {
    void helper();
    return;
  }
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
