/**
 * The pieces of `npm run demo` put together: a seeded Odoo simulator, the hub
 * (role all) on an embedded PostgreSQL of its own pointed at it, a first pull
 * of every entity type, and API tokens to try it with. Everything lives in a
 * temporary folder that stop() removes: each run starts from nothing, and two
 * demos (or a demo and a test) never share data.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { Role } from '../../src/domain/enums.js';
import { ROLE_SCOPES, type Scope } from '../../src/domain/scopes.js';
import { PULLED_TYPES } from '../../src/domain/syncable-types.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import type { Logger } from '../../src/observability/logger.js';
import { pullFromOdoo, type PullReport } from '../../src/odoo/pull/pull.service.js';
import { DEMO_SEED, startOdooSimulator, type OdooSimulator, type OdooVersion } from '../odoo-simulator/index.js';

export interface DemoOptions {
  /** The run's own folder (makeDemoDir()): startDemo owns it from here and stop() removes it. */
  dataDir: string;
  /** The hub's port; when it is taken, any free one (0: any free one at once). */
  port: number;
  host: string;
  odooVersion: OdooVersion;
  /** The environment the hub's settings come from (DATABASE_URL, ODOO_* and the paths are the demo's own). */
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Aborted (Ctrl-C while starting): what started is stopped and startDemo rejects with the signal's reason. */
  signal: AbortSignal;
  /** Told of each entity type once its first pull is done. */
  onPulled?: (report: PullReport) => void;
}

export interface Demo {
  app: App;
  sim: OdooSimulator;
  /** http://host:port of the hub. */
  url: string;
  /** The embedded PostgreSQL's port (closed once stop() resolved). */
  postgresPort: number;
  /** The temporary folder of this run (removed by stop()). */
  dataDir: string;
  /** A storefront's token: the WEBSHOP role's scopes, and sync:read to watch live events. */
  webshopToken: string;
  /** The admin token the hub made on its first start. */
  adminToken: string;
  /** Stops the hub (worker, HTTP, database) and the simulator, and removes the data; safe to call twice. */
  stop(): Promise<void>;
}

/** The storefront token's scopes: what a webshop does, plus watching the live events. */
export const WEBSHOP_DEMO_SCOPES: readonly Scope[] = [...ROLE_SCOPES[Role.WEBSHOP], 'sync:read'];

/** `preferred` when it is free on `host`, else 0 (the kernel picks a free port when the hub listens). */
async function portOrAny(preferred: number, host: string): Promise<number> {
  if (preferred === 0) return 0;
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(0));
    probe.listen(preferred, host, () => probe.close(() => resolve(preferred)));
  });
}

/** A fresh temporary folder for one run (told before the start, so a stop during it can be checked). */
export async function makeDemoDir(): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'odoo-sync-hub-demo-'));
  // As root the embedded PostgreSQL runs as the `postgres` user, which must reach its cluster in here.
  await chmod(dataDir, 0o755);
  return dataDir;
}

export async function startDemo(options: DemoOptions): Promise<Demo> {
  const { logger, signal, dataDir } = options;
  const cleanups: (() => Promise<unknown>)[] = [() => rm(dataDir, { recursive: true, force: true })];
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      for (const cleanup of cleanups) {
        await cleanup().catch((err: unknown) => logger.error({ err }, 'demo: error while stopping'));
      }
    })());

  try {
    const sim = await startOdooSimulator({ version: options.odooVersion, seed: DEMO_SEED });
    cleanups.unshift(() => sim.close());
    signal.throwIfAborted();

    const config = loadConfig(
      {
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        ...options.env,
        // Always the demo's own database and Odoo, whatever the shell has set.
        DATABASE_URL: '',
        EMBEDDED_PG_DIR: join(dataDir, 'postgres'),
        EMBEDDED_PG_PORT: '0',
        HOST: options.host,
        PORT: String(await portOrAny(options.port, options.host)),
        ODOO_URL: sim.url,
        ODOO_DB: sim.db,
        ODOO_USERNAME: sim.login,
        ODOO_API_KEY: sim.apiKey,
        ODOO_COMPANY_ID: '',
        ODOO_WAREHOUSES: '',
        BOOTSTRAP_TOKEN_FILE: join(dataDir, 'bootstrap-admin-token'),
        HUB_PRINT_BOOTSTRAP_TOKEN: 'false',
        MAIL_DIR: join(dataDir, 'mail'),
      },
      'all',
    );
    const app = await createApp(config, { logger });
    cleanups.unshift(() => app.stop());
    signal.throwIfAborted();

    // The first pull, in the registry's order (partners before the orders that name them), here
    // rather than through queued jobs: the demo prints its examples once the data is in.
    for (const entityType of PULLED_TYPES) {
      const report = await pullFromOdoo(app.odoo!, app.orm.em.fork(), entityType, {
        lookbackSeconds: config.odoo.pullLookbackSeconds,
      });
      options.onPulled?.(report);
      signal.throwIfAborted();
    }

    const em = app.orm.em.fork();
    const webshop = await issueToken(em, { name: 'demo webshop', scopes: [...WEBSHOP_DEMO_SCOPES] });
    const adminToken =
      app.bootstrapAdminToken ?? (await issueToken(em, { name: 'demo admin', scopes: ['admin'] })).token;
    return {
      app,
      sim,
      url: app.url,
      postgresPort: app.database.embedded!.port,
      dataDir,
      webshopToken: webshop.token,
      adminToken,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
