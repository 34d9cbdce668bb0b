// Drops the template database and stops the embedded test cluster, if one was started.
import { readFile, rm } from 'node:fs/promises';
import pg from 'pg';
import { stopEmbeddedPostgres } from '../../dist/src/db/embedded-postgres.js';
import { createLogger } from '../../dist/src/observability/logger.js';
import { STATE_FILE, TEST_PG_DIR } from './global-setup.mjs';

export default async function globalTeardown() {
  const state = JSON.parse(await readFile(STATE_FILE, 'utf8'));
  const admin = new pg.Client({ connectionString: state.adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${state.template}" with (force)`);
  } finally {
    await admin.end();
  }
  if (state.embedded) await stopEmbeddedPostgres(TEST_PG_DIR, createLogger('error'));
  await rm(STATE_FILE, { force: true });
}
