import pg from 'pg';
import { runMigrations as runWorkerMigrations, Logger as WorkerLogger } from 'graphile-worker';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Logger } from '../observability/logger.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

/** The database name the hub uses inside its embedded PostgreSQL. */
export const EMBEDDED_DATABASE = 'odoo_sync_hub';

export interface DatabaseHandle {
  url: string;
  embedded: EmbeddedDatabase | null;
}

/** Replaces the database name of a postgres URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** Creates the URL's database when it does not exist yet (a fresh server, a new deployment). */
export async function ensureDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) return;
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount)
      await admin.query(`create database "${name.replace(/"/g, '""')}"`).catch((err: { code?: string }) => {
        // Another instance created it between our check and our create.
        if (err.code !== '42P04') throw err;
      });
  } finally {
    await admin.end();
  }
}

/** DATABASE_URL when given; otherwise an embedded PostgreSQL with its data in EMBEDDED_PG_DIR. */
export async function openDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    await ensureDatabase(config.databaseUrl);
    return { url: config.databaseUrl, embedded: null };
  }
  const embedded = await startEmbeddedPostgres(config.embeddedPg.dir, config.embeddedPg.port, logger);
  const url = withDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
  try {
    await ensureDatabase(url);
  } catch (err) {
    await embedded.stop();
    throw err;
  }
  return { url, embedded };
}

/** graphile-worker's log lines, through our structured logger. */
export function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const pinoLevel = level === 'warning' ? 'warn' : level === 'error' ? 'error' : level === 'debug' ? 'debug' : 'info';
    logger[pinoLevel]({ component: 'graphile-worker', ...scope, ...meta }, message);
  });
}

/** Applies the hub's migrations and graphile-worker's own; safe to run from many instances at once. */
export async function migrate(orm: MikroORM, url: string, logger: Logger): Promise<void> {
  const applied = await orm.migrator.up();
  if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
  await runWorkerMigrations({ connectionString: url, logger: workerLogger(logger) });
}

/** Number of hub migrations not yet applied; 0 means the schema is current. */
export async function pendingMigrations(orm: MikroORM): Promise<number> {
  return (await orm.migrator.getPending()).length;
}
