import 'reflect-metadata';
import { initOrm } from '../../src/modules/orm.js';
import { migrationsList } from '../../migrations/index.js';
import { createTestDatabase } from '../support/database.js';

describe('migrations', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase('migrations');
  });
  afterAll(async () => {
    await db.drop();
  });

  it('are the six of the design, in order, then later ones, all applied', async () => {
    expect(migrationsList.map((m) => m.name.replace(/^Migration\d+_/, ''))).toEqual([
      'users_auth',
      'core_entities',
      'webhooks_failures_outbound',
      'api_log',
      'api_log_indexes',
      'performance_indexes',
      'change_feed_indexes',
      'odoo_cursor',
      'webhook_failing_since',
      'worker_heartbeat',
      'record_origin',
      'login_limits_token_lineage',
      'api_log_webhook_config',
      'sale_order_odoo_status',
      'tombstones',
      'stock_on_hand_reserved',
      'pricelist_min_quantity',
      'odoo_deletion_census',
      'auth_change_notify',
      'odoo_circuit',
      'product_template',
      'media_images',
      'odoo_connection_check',
      'odoo_pull_progress',
      'change_log',
      'consumers',
    ]);
    const orm = await initOrm(db.url);
    try {
      expect(await orm.migrator.getPending()).toEqual([]);
      const executed = await orm.migrator.getExecuted();
      expect(executed.map((m) => m.name)).toEqual(migrationsList.map((m) => m.name));
    } finally {
      await orm.close(true);
    }
  });

  it('agree with the entities: no pending schema difference', async () => {
    const orm = await initOrm(db.url);
    try {
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
      expect(diff.trim()).toBe('');
    } finally {
      await orm.close(true);
    }
  });

  it('give ids that are UUIDv7, ordered by time, to rows written in plain SQL', async () => {
    const orm = await initOrm(db.url);
    try {
      const conn = orm.em.getConnection();
      const rows = await conn.execute<{ id: string }[]>('select uuid_v7()::text as id from generate_series(1, 3)');
      for (const { id } of rows)
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const [{ id: later }] = await conn.execute<{ id: string }[]>('select uuid_v7()::text as id from pg_sleep(0.002)');
      expect(later! > rows[0]!.id).toBe(true);
    } finally {
      await orm.close(true);
    }
  });

  it('create graphile-worker schema too', async () => {
    const orm = await initOrm(db.url);
    try {
      const rows = await orm.em
        .getConnection()
        .execute<{ n: number }[]>(
          "select count(*)::int as n from information_schema.tables where table_schema = 'graphile_worker'",
        );
      expect(rows[0]!.n).toBeGreaterThan(0);
    } finally {
      await orm.close(true);
    }
  });

  it('roll back and forward again', async () => {
    const orm = await initOrm(db.url);
    try {
      await orm.migrator.down({ to: 0 });
      expect((await orm.migrator.getPending()).length).toBe(migrationsList.length);
      await orm.migrator.up();
      expect(await orm.migrator.getPending()).toEqual([]);
      expect((await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
    } finally {
      await orm.close(true);
    }
  });

  it('cut the ApiLog rows of webhook calls written before to their origin, keeping Odoo paths', async () => {
    const orm = await initOrm(db.url);
    try {
      await orm.migrator.down({ to: 'Migration20261123000010_worker_heartbeat' });
      const conn = orm.em.getConnection();
      const paths = [
        ['outbound', 'https://hooks.slack.example/services/T0/B0/XYZSECRET'],
        ['outbound', 'http://127.0.0.1:8069/jsonrpc'],
        ['outbound', 'https://odoo.example/json/2/res.partner/search_read'],
        ['outbound', 'https://odoo.example/web/hook/3f2a-secret'],
        ['outbound', 'https://shop.example'],
        ['inbound', '/graphql'],
      ];
      for (const [direction, path] of paths)
        await conn.execute(
          `insert into api_log (method, path, direction, status_code, duration) values ('POST', ?, ?, 200, 1)`,
          [path, direction],
        );
      await orm.migrator.up();
      // uuid_v7 ids made in one millisecond need not sort in insertion order: compare as sets.
      const rows = await conn.execute<{ path: string }[]>('select path from api_log');
      expect(rows.map((r) => r.path).sort()).toEqual(
        [
          'https://hooks.slack.example',
          'http://127.0.0.1:8069/jsonrpc',
          'https://odoo.example/json/2/res.partner/search_read',
          'https://odoo.example',
          'https://shop.example',
          '/graphql',
        ].sort(),
      );
      await conn.execute('delete from api_log');
    } finally {
      await orm.close(true);
    }
  });
});
