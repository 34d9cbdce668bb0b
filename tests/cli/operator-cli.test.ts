import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestHub, type TestHub } from '../support/hub.js';

const run = promisify(execFile);
const CLI = join(process.cwd(), 'dist', 'src', 'cli.js');

/** Runs `npm run hub -- …` as the compiled CLI against the test database (not a terminal: plain output). */
async function hub(dbUrl: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATABASE_URL: dbUrl, LOG_LEVEL: 'silent' },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The same with --json, its stdout parsed (and exit code 0 expected). */
async function hubJson<T = Record<string, unknown>>(dbUrl: string, ...args: string[]): Promise<T> {
  const res = await hub(dbUrl, ...args, '--json');
  expect({ code: res.code, stderr: res.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(res.stdout) as T;
}

type Row = Record<string, unknown>;

/** Each command of `cases` fails as a usage error (exit code 2), its stderr matching the message. */
async function expectUsageErrors(dbUrl: string, cases: [string[], RegExp][]) {
  for (const [args, message] of cases) {
    const res = await hub(dbUrl, ...args);
    expect({ args, code: res.code, stderr: res.stderr }).toEqual({
      args,
      code: 2,
      stderr: expect.stringMatching(message),
    });
  }
}

// Each run of the CLI starts Node and opens the database: seconds on a busy machine.
jest.setTimeout(120_000);

describe('operator CLI', () => {
  let h: TestHub;
  const ids = {
    pushItem: '',
    pushFailure: '',
    webshopFailure: '',
    config: '',
    delivery: '',
    deliveryFailure: '',
  };
  const sql = async <T = Row>(text: string, params: unknown[] = []) =>
    h.app.orm.em.getConnection().execute<T[]>(text, params);

  beforeAll(async () => {
    // The api role runs no worker: the jobs the commands queue stay in graphile_worker.jobs to be listed.
    h = await startTestHub('operator_cli', { role: 'api' });
    const [item] = await sql<{ id: string }>(
      `insert into outbound_queue (id, entity_type, entity_id, payload, status, attempts, last_error, created_at, updated_at)
       values (uuid_v7(), 'sale_order', ?, '{}', 'failed', 5, 'Odoo said no', now(), now()) returning id`,
      [randomUUID()],
    );
    ids.pushItem = item!.id;
    const failure = async (entity: string, source: string, externalId: string, queueId: string | null) => {
      const [row] = await sql<{ id: string }>(
        `insert into sync_failure (id, entity_type, external_id, outbound_queue_id, source, status, error_message, created_at, updated_at)
         values (uuid_v7(), ?, ?, ?, ?, 'open', ?, now(), now()) returning id`,
        [entity, externalId, queueId, source, `${externalId} failed\nsecond line`],
      );
      return row!.id;
    };
    ids.pushFailure = await failure('sale_order', 'odoo', 'SO-1', ids.pushItem);
    ids.webshopFailure = await failure('product', 'webshop', 'SKU-1', null);
    const [config] = await sql<{ id: string }>(
      `insert into webhook_config (id, url, entity_type, direction, secret, is_active, created_at, updated_at)
       values (uuid_v7(), 'https://shop.example/hooks', 'product', 'to_webshop', 'whsec_test', true, now(), now()) returning id`,
    );
    ids.config = config!.id;
    ids.deliveryFailure = await failure('product', 'webshop', 'SKU-2', null);
    const [delivery] = await sql<{ id: string }>(
      `insert into webhook_delivery (id, webhook_config_id, sync_failure_id, message_id, payload, status, attempts, response_status, last_error, created_at, updated_at)
       values (uuid_v7(), ?, ?, 'msg_1', '{"type":"product.updated","data":{}}', 'failed', 8, 500, 'HTTP 500', now(), now()) returning id`,
      [ids.config, ids.deliveryFailure],
    );
    ids.delivery = delivery!.id;
  });
  afterAll(() => h.close());

  it('failures list: newest first, filtered by --status, --entity and --source, cut by --limit', async () => {
    const all = await hubJson<Row[]>(h.dbUrl, 'failures', 'list');
    expect(all.map((f) => f.id)).toEqual([ids.deliveryFailure, ids.webshopFailure, ids.pushFailure]);
    expect(all[2]).toEqual({
      id: ids.pushFailure,
      status: 'open',
      entityType: 'sale_order',
      source: 'odoo',
      externalId: 'SO-1',
      entityId: null,
      outboundQueueItemId: ids.pushItem,
      errorMessage: 'SO-1 failed\nsecond line',
      resolutionNote: null,
      resolvedAt: null,
      createdAt: expect.stringMatching(/^\d{4}-.*Z$/),
      updatedAt: expect.stringMatching(/^\d{4}-.*Z$/),
    });
    const orders = await hubJson<Row[]>(h.dbUrl, 'failures', 'list', '--status', 'OPEN', '--entity', 'SALE_ORDER');
    expect(orders.map((f) => f.id)).toEqual([ids.pushFailure]);
    const webshop = await hubJson<Row[]>(h.dbUrl, 'failures', 'list', '--source', 'webshop', '--limit', '1');
    expect(webshop.map((f) => f.id)).toEqual([ids.deliveryFailure]);

    const table = await hub(h.dbUrl, 'failures', 'list', '--entity', 'sale_order');
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [header, row] = lines as [string, string];
    expect(header.split(/ {2,}/)).toEqual(['ID', 'STATUS', 'ENTITY', 'SOURCE', 'EXTERNAL ID', 'CREATED', 'ERROR']);
    // Aligned: each cell starts under its header; a message's lines are joined into one.
    for (const [title, value] of [
      ['STATUS', 'open'],
      ['SOURCE', 'odoo'],
      ['EXTERNAL ID', 'SO-1'],
      ['ERROR', 'SO-1 failed second line'],
    ]) {
      expect(row.indexOf(value!)).toBe(header.indexOf(title!));
    }
    expect(row.startsWith(`${ids.pushFailure}  `)).toBe(true);
    const none = await hub(h.dbUrl, 'failures', 'list', '--entity', 'stock');
    expect(none.stdout).toBe('(none)\n');
  });

  it('failures show: one failure in full, with the deliveries that carry it', async () => {
    const shown = await hubJson(h.dbUrl, 'failures', 'show', ids.deliveryFailure);
    expect(shown).toMatchObject({ id: ids.deliveryFailure, externalId: 'SKU-2', webhookDeliveryIds: [ids.delivery] });
    const text = await hub(h.dbUrl, 'failures', 'show', ids.pushFailure);
    expect(text.stdout).toContain(`outboundQueueItemId  ${ids.pushItem}\n`);
  });

  it('failures retry queues the failed push again (retrySyncFailure); the failure stays open until it succeeds', async () => {
    const retried = await hubJson(h.dbUrl, 'failures', 'retry', ids.pushFailure);
    expect(retried).toMatchObject({ id: ids.pushFailure, status: 'open' });
    const [item] = await hubJson<Row[]>(h.dbUrl, 'queue', 'list', '--entity', 'SALE_ORDER');
    expect(item).toMatchObject({ id: ids.pushItem, status: 'pending', attempts: 0 });
    const jobs = await hubJson<Row[]>(h.dbUrl, 'jobs', 'list', '--task', 'push_sale_order');
    expect(jobs).toEqual([
      expect.objectContaining({ task: 'push_sale_order', key: `push:${ids.pushItem}`, state: 'ready', attempts: 0 }),
    ]);
    expect(await hubJson<Row[]>(h.dbUrl, 'jobs', 'list', '--task', 'push_sale_order', '--status', 'failed')).toEqual(
      [],
    );
  });

  it('failures resolve closes a failure with a note; retrying it then fails with exit code 1', async () => {
    const text = await hub(h.dbUrl, 'failures', 'resolve', ids.webshopFailure, '--note', 'fixed the SKU in Odoo');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^sync failure \S+ is resolved: fixed the SKU in Odoo\n/);
    const open = await hubJson<Row[]>(h.dbUrl, 'failures', 'list', '--status', 'open');
    expect(open.map((f) => f.id)).not.toContain(ids.webshopFailure);
    const again = await hub(h.dbUrl, 'failures', 'retry', ids.webshopFailure, '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stderr)).toEqual({
      error: { code: 'BAD_USER_INPUT', message: `Sync failure ${ids.webshopFailure} is already resolved.` },
    });
  });

  it('queue list and retry (retryOutboundItem)', async () => {
    await sql(`update outbound_queue set status = 'failed', attempts = 5 where id = ?`, [ids.pushItem]);
    const failed = await hubJson<Row[]>(h.dbUrl, 'queue', 'list', '--status', 'failed');
    expect(failed).toEqual([
      expect.objectContaining({ id: ids.pushItem, status: 'failed', attempts: 5, lastError: 'Odoo said no' }),
    ]);
    const retried = await hub(h.dbUrl, 'queue', 'retry', ids.pushItem);
    expect(retried.code).toBe(0);
    expect(retried.stdout).toMatch(/is pending again; its push job is queued/);
    expect(await hubJson<Row[]>(h.dbUrl, 'queue', 'list', '--status', 'failed')).toEqual([]);
  });

  it('deliveries list and redeliver (redeliverWebhook); refused with exit 1 while the webhook is inactive', async () => {
    const listed = await hubJson<Row[]>(h.dbUrl, 'deliveries', 'list', '--webhook', ids.config, '--status', 'failed');
    expect(listed).toEqual([
      expect.objectContaining({
        id: ids.delivery,
        webhookConfigId: ids.config,
        type: 'product.updated',
        attempts: 8,
        responseStatus: 500,
        syncFailureId: ids.deliveryFailure,
      }),
    ]);
    await sql(`update webhook_config set is_active = false where id = ?`, [ids.config]);
    const refused = await hub(h.dbUrl, 'deliveries', 'redeliver', ids.delivery);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is inactive: turn it on/);
    await sql(`update webhook_config set is_active = true where id = ?`, [ids.config]);

    const redelivered = await hubJson(h.dbUrl, 'deliveries', 'redeliver', ids.delivery);
    expect(redelivered).toMatchObject({ id: ids.delivery, status: 'pending', attempts: 0 });
    const jobs = await hubJson<Row[]>(h.dbUrl, 'jobs', 'list', '--task', 'deliver_webhook');
    expect(jobs.map((j) => j.key)).toContain(`deliver_webhook:${ids.delivery}`);
  });

  it('tokens list and revoke (revokeApiToken), and the token:revoke alias', async () => {
    const created = await hub(h.dbUrl, 'token:create', '--name', 'to revoke', '--scopes', 'catalog:read');
    const second = await hub(h.dbUrl, 'token:create', '--name', 'alias', '--scopes', 'catalog:read');
    expect([created.code, second.code]).toEqual([0, 0]);
    const live = await hubJson<Row[]>(h.dbUrl, 'tokens', 'list', '--status', 'live');
    expect(live.map((t) => t.name)).toEqual(['alias', 'to revoke', 'bootstrap admin']);
    expect(live[1]).toEqual({
      id: expect.any(String),
      name: 'to revoke',
      state: 'live',
      scopes: ['catalog:read'],
      userId: null,
      parentId: null,
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
      createdAt: expect.any(String),
    });
    const revoked = await hubJson(h.dbUrl, 'tokens', 'revoke', live[1]!.id as string);
    expect(revoked).toMatchObject({ name: 'to revoke', state: 'revoked', revokedAt: expect.any(String) });
    const alias = await hub(h.dbUrl, 'token:revoke', '--id', live[0]!.id as string);
    expect(alias.stdout).toBe(`revoked API token "alias" (${live[0]!.id}) and the tokens it made\n`);
    const gone = await hubJson<Row[]>(h.dbUrl, 'tokens', 'list', '--status', 'revoked');
    expect(gone.map((t) => t.name).sort()).toEqual(['alias', 'to revoke']);
    expect((await hub(h.dbUrl, 'tokens', 'list')).stdout).toMatch(/^ID +NAME +STATE +SCOPES/);
  });

  it('consumers create and list (createConsumer), and token:create --consumer by name or id', async () => {
    const created = await hubJson(
      h.dbUrl,
      'consumers',
      'create',
      '--name',
      'B2B portal',
      '--types',
      'PRODUCT,partner',
      '--warehouse',
      'odoo:WH',
    );
    expect(created).toEqual({
      id: expect.any(String),
      name: 'B2B portal',
      isDefault: false,
      entityTypes: ['product', 'partner'],
      pricelistExternalId: null,
      warehouse: 'odoo:WH',
      createdAt: expect.any(String),
    });
    const list = await hubJson<Row[]>(h.dbUrl, 'consumers', 'list');
    expect(list.map((c) => [c.name, c.isDefault])).toEqual([
      ['default', true],
      ['B2B portal', false],
    ]);
    expect((await hub(h.dbUrl, 'consumers', 'list')).stdout).toMatch(/^ID +NAME +DEFAULT +TYPES/);
    const dup = await hub(h.dbUrl, 'consumers', 'create', '--name', 'B2B portal');
    expect({ code: dup.code, stderr: dup.stderr }).toEqual({
      code: 1,
      stderr: expect.stringMatching(/exists already/),
    });

    // Bound by name and by id: the token speaks for the consumer (its claims are the consumer's).
    const byName = await hub(
      h.dbUrl,
      'token:create',
      '--name',
      'b2b',
      '--scopes',
      'catalog:read',
      '--consumer',
      'B2B portal',
    );
    expect(byName.code).toBe(0);
    expect(byName.stdout).toMatch(/for consumer "B2B portal"/);
    const byId = await hub(
      h.dbUrl,
      'token:create',
      '--name',
      'b2b 2',
      '--scopes',
      'catalog:read',
      '--consumer',
      created.id as string,
    );
    expect(byId.code).toBe(0);
    const bound = await sql<{ name: string; consumer_id: string | null }>(
      `select name, consumer_id from api_token where name in ('b2b', 'b2b 2') order by name`,
    );
    expect(bound).toEqual([
      { name: 'b2b', consumer_id: created.id },
      { name: 'b2b 2', consumer_id: created.id },
    ]);
  });

  it('consumers and token:create --consumer refuse what they cannot do, saying why', async () => {
    const tokenFor = (consumer: string) =>
      hub(h.dbUrl, 'token:create', '--name', 'x', '--scopes', 'catalog:read', '--consumer', consumer);
    const unknown = await tokenFor('nobody');
    expect({ code: unknown.code, stdout: unknown.stdout }).toEqual({ code: 1, stdout: '' });
    expect(unknown.stderr).toMatch(/No consumer with the id or name "nobody"/);
    const missing = randomUUID();
    const unknownId = await tokenFor(missing);
    expect({ code: unknownId.code, stderr: unknownId.stderr }).toEqual({
      code: 1,
      stderr: expect.stringContaining(missing),
    });
    expect((await sql(`select 1 from api_token where name = 'x'`)).length).toBe(0);
    const cases: [string[], RegExp][] = [
      [['consumers', 'create'], /consumers create needs --name/],
      [['consumers', 'create', '--name', 'y', '--types', 'PRODUCT,SHOE'], /--types must be one of .*; got SHOE/],
      [['consumers', 'list', '--bogus'], /Unknown option '--bogus'/],
      [
        ['token:create', '--name', 'x', '--scopes', 'admin', '--consumer', ''],
        /--consumer needs a consumer id or name/,
      ],
    ];
    await expectUsageErrors(h.dbUrl, cases);
    expect((await sql(`select 1 from consumer where name = 'y'`)).length).toBe(0);
  });

  it('an id that does not exist: exit code 1, saying so (as JSON with --json)', async () => {
    const missing = randomUUID();
    for (const args of [
      ['failures', 'show', missing],
      ['failures', 'retry', missing],
      ['failures', 'resolve', missing],
      ['queue', 'retry', missing],
      ['deliveries', 'redeliver', missing],
      ['tokens', 'revoke', missing],
    ]) {
      const res = await hub(h.dbUrl, ...args, '--json');
      expect({ args, code: res.code, stdout: res.stdout }).toEqual({ args, code: 1, stdout: '' });
      expect(JSON.parse(res.stderr)).toEqual({
        error: { code: 'NOT_FOUND', message: expect.stringContaining(missing) },
      });
    }
    const malformed = await hub(h.dbUrl, 'failures', 'show', 'not-an-id');
    expect({ code: malformed.code, stderr: malformed.stderr }).toEqual({
      code: 1,
      stderr: expect.stringMatching(/is not a valid ID/),
    });
  });

  it('a usage error: exit code 2, saying what is wrong', async () => {
    const cases: [string[], RegExp][] = [
      [['failures'], /Usage: npm run hub -- failures <subcommand>/],
      [['failures', 'lst'], /Unknown subcommand: failures lst/],
      [['failures', 'list', '--status', 'closed'], /--status must be one of OPEN, RESOLVED; got closed/],
      [['failures', 'show'], /failures show takes one id/],
      [['queue', 'list', '--bogus'], /Unknown option '--bogus'/],
      [['jobs', 'list', '--limit', '0'], /--limit must be 1 to 1000; got 0/],
      [['tokens', 'list', '--status', 'dead'], /--status must be one of live, revoked, expired; got dead/],
      [['token:revoke'], /tokens revoke takes one id/],
      [['fialures', 'list'], /Unknown command: fialures/],
    ];
    await expectUsageErrors(h.dbUrl, cases);
    const json = await hub(h.dbUrl, 'deliveries', 'list', '--status', 'lost', '--json');
    expect(JSON.parse(json.stderr)).toEqual({ error: { code: 'USAGE', message: expect.stringMatching(/--status/) } });
    const help = await hub(h.dbUrl, 'queue', '--help');
    expect({ code: help.code, stdout: help.stdout }).toEqual({
      code: 0,
      stdout: expect.stringMatching(/queue retry ID/),
    });
  });
});
