import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { withDatabase } from '../../src/db/database.js';

/** Set by global-setup for every test worker. */
export const TEST_ENV = {
  adminUrl: 'HUB_TEST_ADMIN_URL',
  template: 'HUB_TEST_TEMPLATE',
} as const;

export function testAdminUrl(): string {
  const url = process.env[TEST_ENV.adminUrl];
  if (!url) throw new Error('HUB_TEST_ADMIN_URL is not set: run the tests through jest (global-setup).');
  return url;
}

export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testAdminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A fresh database cloned from the migrated template: each test file gets its
 * own, so files run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(label: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const template = process.env[TEST_ENV.template];
  if (!template) throw new Error('HUB_TEST_TEMPLATE is not set: run the tests through jest (global-setup).');
  const run = process.env.HUB_TEST_RUN ?? '0';
  const name = `hub_test_${run}_${label
    .replace(/[^a-z0-9]/gi, '_')
    .toLowerCase()
    .slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  await withAdmin(async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`create database ${quote(name)} template ${quote(template)}`);
        return;
      } catch (err) {
        // 55006: another file is cloning the template at this very moment.
        if ((err as { code?: string }).code !== '55006' || attempt > 50) throw err;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
      }
    }
  });
  return {
    name,
    url: withDatabase(testAdminUrl(), name),
    drop: () =>
      withAdmin(async (client) => void (await client.query(`drop database if exists ${quote(name)} with (force)`))),
  };
}
