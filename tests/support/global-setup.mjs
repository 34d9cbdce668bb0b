// Once per jest run: find a PostgreSQL server (DATABASE_URL as the admin
// connection, else an embedded one in .data/test-postgres) and build the
// migrated template database that every test file clones.
// Plain JS over the compiled app (npm test builds first): jest's global setup
// runs outside its module system, where `.js` imports cannot reach `.ts` files.
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { ensureDatabase, migrate, withDatabase } from '../../dist/src/db/database.js';
import { startEmbeddedPostgres } from '../../dist/src/db/embedded-postgres.js';
import { initOrm } from '../../dist/src/modules/orm.js';
import { createLogger } from '../../dist/src/observability/logger.js';

export const TEST_PG_DIR = join(process.cwd(), '.data', 'test-postgres');
// One per jest process, so concurrent runs in one checkout do not share it.
export const STATE_FILE = join(process.cwd(), '.data', `test-state-${process.pid}.json`);

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

export default async function globalSetup() {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  let adminUrl = process.env.DATABASE_URL;
  let embedded = false;
  if (!adminUrl) {
    const db = await startEmbeddedPostgres(TEST_PG_DIR, 0, logger);
    adminUrl = db.adminUrl;
    // A cluster another test run started is that run's to stop.
    embedded = db.startedHere;
  }
  adminUrl = withDatabase(adminUrl, 'postgres');
  const template = `hub_test_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Leftovers of runs that were killed before their teardown: their names carry
    // the pid of their jest process; databases of runs still alive are left alone.
    const { rows } = await admin.query("select datname from pg_database where datname like 'hub\\_test\\_%'");
    for (const { datname } of rows) {
      const pid = Number(/^hub_test_(?:template_)?(\d+)/.exec(datname)?.[1]);
      if (pid && isAlive(pid)) continue;
      await admin.query(`alter database "${datname}" is_template false`).catch(() => undefined);
      await admin.query(`drop database if exists "${datname}" with (force)`).catch(() => undefined);
    }
  } finally {
    await admin.end();
  }
  const templateUrl = withDatabase(adminUrl, template);
  await ensureDatabase(templateUrl);
  const orm = await initOrm(templateUrl);
  try {
    await migrate(orm, templateUrl, logger);
  } finally {
    await orm.close(true);
  }
  process.env.HUB_TEST_ADMIN_URL = adminUrl;
  process.env.HUB_TEST_TEMPLATE = template;
  process.env.HUB_TEST_RUN = String(process.pid);
  await mkdir(join(process.cwd(), '.data'), { recursive: true });
  await writeFile(STATE_FILE, JSON.stringify({ adminUrl, template, embedded }));
}
