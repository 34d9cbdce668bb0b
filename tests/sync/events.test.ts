import { graphql } from '../gql/index.js';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { EntityType, WebhookDirection } from '../../src/domain/enums.js';
import { createWebhookConfig, updateWebhookConfig } from '../../src/modules/webhook/webhook.service.js';
import { createLogger } from '../../src/observability/logger.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { subscribe, untilLive, type LiveSubscription } from '../support/ws.js';
import { notifyInTransaction } from '../../src/outbox/notify.js';

const OnProductChanged = graphql(`
  subscription OnProductChanged($fields: [String!]) {
    entityChanged(entityType: PRODUCT, fields: $fields) {
      entityType
      id
      externalId
      changedFields
      isNew
      changedAt
    }
  }
`);
const OnProductIds = graphql(`
  subscription OnProductIds {
    entityChanged(entityType: PRODUCT) {
      externalId
    }
  }
`);
const OnFailure = graphql(`
  subscription OnFailure {
    syncFailureChanged(source: WEBSHOP) {
      id
      entityType
      externalId
      source
      status
      errorMessage
    }
  }
`);
const EventsIngest = graphql(`
  mutation EventsIngest($input: [ProductInput!]!) {
    ingestProducts(input: $input) {
      created
      updated
    }
  }
`);
const EventsClaim = graphql(`
  mutation EventsClaim {
    claimChanges(entityType: PRODUCT, limit: 1000) {
      id
      externalId
    }
  }
`);
const EventsAck = graphql(`
  mutation EventsAck($results: [AcknowledgeInput!]!) {
    acknowledgeChanges(entityType: PRODUCT, results: $results) {
      failed
    }
  }
`);

describe('live events across instances', () => {
  let a: TestHub;
  let b: App;
  let probe = 0;
  beforeAll(async () => {
    a = await startTestHub('events');
    b = await createApp(
      loadConfig({ DATABASE_URL: a.dbUrl, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent' }, 'api'),
      {
        logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', { instance: 'B' }),
      },
    );
  });
  afterAll(async () => {
    await b.stop();
    await a.close();
  });

  /** A change made through instance A. */
  const change = (externalId: string, data: Record<string, unknown>) =>
    a.request(EventsIngest, { input: [{ externalId, data }] });
  const poke = () => change('PROBE', { n: ++probe, price: probe });

  it('delivers a change made through instance A to a subscriber on instance B', async () => {
    const sub = subscribe(b.url, a.adminToken, OnProductChanged, {});
    try {
      await untilLive(sub, poke);
      await change('LIVE-1', { name: 'Lamp', price: 10 });
      const { data } = await sub.next();
      expect(data!.entityChanged).toMatchObject({
        entityType: 'PRODUCT',
        externalId: 'LIVE-1',
        changedFields: ['name', 'price'],
        isNew: true,
      });
      expect(new Date(data!.entityChanged.changedAt).getTime()).toBeLessThanOrEqual(Date.now());
    } finally {
      await sub.close();
    }
  });

  it('sends only changes whose changedFields meet the requested fields', async () => {
    const sub = subscribe(b.url, a.adminToken, OnProductChanged, { fields: ['price'] });
    try {
      await untilLive(sub, poke);
      await change('LIVE-1', { name: 'Desk lamp', price: 10 }); // name only: not sent
      await change('LIVE-1', { name: 'Desk lamp', price: 12 });
      const { data } = await sub.next();
      expect(data!.entityChanged).toMatchObject({ externalId: 'LIVE-1', changedFields: ['price'] });
    } finally {
      await sub.close();
    }
  });

  it('gives subscribers sharing one execution per event what each of them asked for', async () => {
    // Same document and variables: one execution, shared. Other variables or selections: their own.
    const all = [0, 1, 2].map(() => subscribe(b.url, a.adminToken, OnProductChanged, {}));
    const priced = subscribe(b.url, a.adminToken, OnProductChanged, { fields: ['price'] });
    const ids = subscribe(b.url, a.adminToken, OnProductIds, {});
    // The pokes that prove each subscription live reach the ones already live: skip them.
    const next = async <R extends { entityChanged: { externalId: string } }>(sub: LiveSubscription<R>) => {
      for (;;) {
        const { data } = await sub.next();
        if (data!.entityChanged.externalId !== 'PROBE') return data!.entityChanged;
      }
    };
    try {
      for (const sub of [...all, priced]) await untilLive(sub, poke);
      await untilLive(ids, poke);
      await change('LIVE-SHARED', { name: 'Shelf' });
      await change('LIVE-SHARED', { name: 'Shelf', price: 30 });
      for (const sub of all) {
        expect(await next(sub)).toMatchObject({ externalId: 'LIVE-SHARED', isNew: true });
        expect(await next(sub)).toMatchObject({ changedFields: ['price'], isNew: false });
      }
      expect(await next(priced)).toMatchObject({ externalId: 'LIVE-SHARED', changedFields: ['price'] });
      expect(await next(ids)).toEqual({ externalId: 'LIVE-SHARED' });
      expect(await next(ids)).toEqual({ externalId: 'LIVE-SHARED' });
    } finally {
      for (const sub of [...all, priced, ids]) await sub.close();
    }
  });

  it('sends nothing for a transaction that rolls back', async () => {
    const sub = subscribe(b.url, a.adminToken, OnProductChanged, {});
    try {
      await untilLive(sub, poke);
      await expect(
        a.app.orm.em.fork().transactional(async (tx) => {
          const ghost = {
            entityType: EntityType.PRODUCT,
            id: '01900000-0000-7000-8000-000000000000',
            externalId: 'GHOST',
            changedFields: ['x'],
            isNew: true,
            changedAt: new Date(),
          };
          await notifyInTransaction(tx, [{ kind: 'entity', change: ghost }]);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      await change('AFTER-ROLLBACK', { v: 1 });
      const { data } = await sub.next();
      expect(data!.entityChanged.externalId).toBe('AFTER-ROLLBACK');
    } finally {
      await sub.close();
    }
  });

  it('keeps subscribers and resumes within 5 s after the listener connection is killed', async () => {
    const sub = subscribe(b.url, a.adminToken, OnProductChanged, {});
    try {
      await untilLive(sub, poke);
      const conn = a.app.orm.em.getConnection();
      const killed = await conn.execute<{ pid: number }[]>(
        `select pg_terminate_backend(pid) as ok, pid from pg_stat_activity
          where application_name = 'odoo-sync-hub events' and datname = current_database()`,
      );
      expect(killed.length).toBe(2); // one listener per instance
      const started = Date.now();
      const { data } = await untilLive(sub, poke, 100);
      expect(data!.entityChanged.externalId).toBe('PROBE');
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await sub.close();
    }
  });

  it('announces a failure the webshop reports, on the other instance, with the failure itself', async () => {
    const sub = subscribe(b.url, a.adminToken, OnFailure, {});
    try {
      // No cheap poke for failures: wait until the socket is acknowledged, then subscribe time is bounded by one round trip.
      await new Promise<void>((resolve) => sub.client.on('connected', () => resolve()));
      await change('FAIL-1', { v: 1 });
      const claimed = (await a.request(EventsClaim)).data!.claimChanges;
      const target = claimed.find((p) => p.externalId === 'FAIL-1')!;
      // The subscription may still be starting on the server: report the failure until it is seen.
      let seen = null;
      for (let i = 0; i < 50 && !seen; i++) {
        if (i) await change('FAIL-1', { v: i + 1 }).then(() => a.request(EventsClaim));
        await a.request(EventsAck, { results: [{ id: target.id, state: 'FAILED', errorMessage: `no image (${i})` }] });
        seen = await sub.next(200).catch(() => null);
      }
      expect(seen!.data!.syncFailureChanged).toMatchObject({
        entityType: 'PRODUCT',
        externalId: 'FAIL-1',
        source: 'WEBSHOP',
        status: 'OPEN',
      });
    } finally {
      await sub.close();
    }
  });

  it('gives an ingest through A webhook deliveries as soon as a config made through B exists, and none before or after', async () => {
    const sql = <T>(text: string, params: unknown[] = []) => a.app.orm.em.getConnection().execute<T[]>(text, params);
    const deliveriesOf = (externalId: string) =>
      sql<{ config: string; jobs: number }>(
        `select d."webhook_config_id" as "config",
                (select count(*)::int from graphile_worker.jobs j where j."key" = 'deliver_webhook:' || d."id") as "jobs"
           from "webhook_delivery" d where d."payload"->'data'->>'externalId' = ?`,
        [externalId],
      );
    // No config yet: the NOTIFY statement finds none, and no fan-out runs.
    await change('WH-BEFORE', { v: 1 });
    expect(await deliveriesOf('WH-BEFORE')).toEqual([]);
    // Made through instance B, after both instances started: nothing to invalidate, nothing cached.
    const settings = { allowPrivate: true, secretOverlapMs: 0 };
    const { webhookConfig } = await createWebhookConfig(
      b.orm.em.fork(),
      { url: 'http://127.0.0.1:9/hook', entityType: EntityType.PRODUCT, direction: WebhookDirection.TO_WEBSHOP },
      settings,
    );
    // A config of another entity type, made first, does not count for products.
    const partners = await createWebhookConfig(
      b.orm.em.fork(),
      { url: 'http://127.0.0.1:9/partners', entityType: EntityType.PARTNER, direction: WebhookDirection.TO_WEBSHOP },
      settings,
    );
    try {
      await change('WH-DURING', { v: 1 });
      expect(await deliveriesOf('WH-DURING')).toEqual([{ config: webhookConfig.id, jobs: 1 }]);
      // Switched off through B: the next change through A has none again.
      await updateWebhookConfig(b.orm.em.fork(), webhookConfig.id, { isActive: false }, settings);
      await change('WH-AFTER', { v: 1 });
      expect(await deliveriesOf('WH-AFTER')).toEqual([]);
    } finally {
      // Their deliveries go with them.
      await sql(`delete from "webhook_config" where "id" in (?, ?)`, [webhookConfig.id, partners.webhookConfig.id]);
    }
  });

  it('refuses a subscription to a token without sync:read', async () => {
    const { token } = await issueToken(a.app.orm.em.fork(), { name: 'no events', scopes: ['catalog:read'] });
    const sub = subscribe(b.url, token, OnProductChanged, {});
    try {
      const refused = await sub.next();
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors).toEqual([
        expect.objectContaining({
          message: 'Subscription.entityChanged needs the scope sync:read, which this token does not have.',
          extensions: { code: 'FORBIDDEN' },
        }),
      ]);
    } finally {
      await sub.close();
    }
  });
});
