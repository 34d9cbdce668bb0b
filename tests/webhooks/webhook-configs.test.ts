import { Writable } from 'node:stream';
import { parse } from 'graphql';
import { graphql } from '../gql/index.js';
import { requeueOrphanedDeliveries } from '../../src/jobs/requeue-outbound.task.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { EntityType, FailureSource, WebhookDirection } from '../../src/domain/enums.js';
import { recordSyncFailure } from '../../src/modules/sync-failure/sync-failure.service.js';
import { WebhookConfig } from '../../src/modules/webhook/webhook-config.entity.js';
import { createLogger } from '../../src/observability/logger.js';
import { placeSaleOrder } from '../../src/modules/sale-order/sale-order.service.js';
import { webshopWriter } from '../../src/domain/record-origin.js';
import {
  ingestPricelistItems,
  ingestProducts,
  ingestSaleOrders,
  ingestStock,
} from '../../src/ingest/ingest.service.js';
import { messageBody } from '../../src/modules/webhook/delivery-send.js';
import { factories } from '../support/factories.js';
import { postGraphQL, startTestHub, type TestHub } from '../support/hub.js';
import { notifyInTransaction } from '../../src/outbox/notify.js';

const CreateConfig = graphql(`
  mutation CreateConfig($input: WebhookConfigInput!) {
    createWebhookConfig(input: $input) {
      secret
      webhookConfig {
        id
        url
        entityType
        direction
        isActive
        createdAt
        updatedAt
      }
    }
  }
`);
const UpdateConfig = graphql(`
  mutation UpdateConfig($id: ID!, $input: WebhookConfigUpdateInput!) {
    updateWebhookConfig(id: $id, input: $input) {
      id
      url
      isActive
    }
  }
`);
const DeleteConfig = graphql(`
  mutation DeleteConfig($id: ID!) {
    deleteWebhookConfig(id: $id)
  }
`);
const RotateSecret = graphql(`
  mutation RotateSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      webhookConfig {
        id
      }
    }
  }
`);
const Configs = graphql(`
  query Configs {
    webhookConfigs {
      id
      url
      entityType
      direction
      isActive
    }
  }
`);
const Deliveries = graphql(`
  query Deliveries($filter: WebhookDeliveryFilter, $first: Int) {
    webhookDeliveries(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        status
        attempts
        payload
        nextAttemptAt
        webhookConfig {
          id
        }
      }
    }
  }
`);
const Redeliver = graphql(`
  mutation Redeliver($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      status
    }
  }
`);

describe('webhook configs', () => {
  const lines: string[] = [];
  let hub: TestHub;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    hub = await startTestHub('webhook_configs', { logger: createLogger('trace', {}, sink) });
  });
  afterAll(() => hub.close());

  const em = () => hub.app.orm.em.fork();
  const create = (url: string, entityType: 'PRODUCT' | 'PARTNER' = 'PRODUCT') =>
    hub.request(CreateConfig, { input: { url, entityType, direction: 'TO_WEBSHOP' } });

  it('creates a config and shows its secret once: whsec_ and 32 random bytes, never logged', async () => {
    const res = await create('https://shop.example/hooks/products?tenant=1');
    expect(res.errors).toBeUndefined();
    const { secret, webhookConfig } = res.data!.createWebhookConfig;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(webhookConfig).toMatchObject({
      url: 'https://shop.example/hooks/products?tenant=1',
      entityType: 'PRODUCT',
      direction: 'TO_WEBSHOP',
      isActive: true,
    });
    const rotated = await hub.request(RotateSecret, { id: webhookConfig.id });
    const listed = (await hub.request(Configs)).data!.webhookConfigs;
    expect(listed.find((c) => c.id === webhookConfig.id)).toBeDefined();
    // No field reads it back.
    const read = await postGraphQL(hub.url, parse('{ webhookConfigs { id secret } }'), undefined, {
      authorization: `Bearer ${hub.adminToken}`,
    });
    expect(read.errors![0]!.message).toMatch(/Cannot query field "secret" on type "WebhookConfig"/);
    const logged = lines.join('');
    expect(logged).not.toContain(secret.slice(6));
    expect(logged).not.toContain(rotated.data!.rotateWebhookSecret.secret.slice(6));
  });

  it('takes isActive = false at creation', async () => {
    const res = await hub.request(CreateConfig, {
      input: { url: 'https://shop.example/off', entityType: 'STOCK', direction: 'TO_WEBSHOP', isActive: false },
    });
    expect(res.data!.createWebhookConfig.webhookConfig.isActive).toBe(false);
  });

  it.each([
    ['http://127.0.0.1:9000/hook', /127\.0\.0\.1 is a loopback address/],
    ['http://10.0.0.1/hook', /10\.0\.0\.1 is a private address/],
    ['http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local address/],
    ['http://localhost:9000/hook', /localhost resolves to 127\.0\.0\.1, which is a loopback address/],
    ['ftp://shop.example/hook', /must use http or https/],
  ])('refuses %s with a clear error', async (url, message) => {
    const res = await create(url);
    expect(res.data).toBeNull();
    expect(res.errors![0]).toMatchObject({
      message: expect.stringMatching(message),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('updates url and isActive, checking the URL again, and refuses a duplicate', async () => {
    const { id } = (await create('https://shop.example/a', 'PARTNER')).data!.createWebhookConfig.webhookConfig;
    await create('https://shop.example/b', 'PARTNER');
    const moved = await hub.request(UpdateConfig, { id, input: { url: 'https://shop.example/c' } });
    expect(moved.data!.updateWebhookConfig).toMatchObject({ url: 'https://shop.example/c', isActive: true });
    const off = await hub.request(UpdateConfig, { id, input: { isActive: false } });
    expect(off.data!.updateWebhookConfig).toMatchObject({ url: 'https://shop.example/c', isActive: false });
    const inward = await hub.request(UpdateConfig, { id, input: { url: 'http://192.168.0.10/hook' } });
    expect(inward.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const twice = await hub.request(UpdateConfig, { id, input: { url: 'https://shop.example/b' } });
    expect(twice.errors![0]).toMatchObject({
      message: expect.stringMatching(/exists already/),
      extensions: { code: 'CONFLICT' },
    });
    const again = await create('https://shop.example/c', 'PARTNER');
    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it('rotates the secret, keeping the old one until the overlap ends', async () => {
    const created = (await create('https://shop.example/rotate')).data!.createWebhookConfig;
    const rotated = (await hub.request(RotateSecret, { id: created.webhookConfig.id })).data!.rotateWebhookSecret;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    const row = await em().findOneOrFail(WebhookConfig, { id: created.webhookConfig.id });
    expect(row.secret).toBe(rotated.secret);
    expect(row.previousSecret).toBe(created.secret);
    const hours = (row.previousSecretExpiresAt!.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
  });

  it('deletes a config with its deliveries', async () => {
    const { id } = (await create('https://shop.example/delete-me')).data!.createWebhookConfig.webhookConfig;
    await ingestProducts(em(), [{ externalId: 'DEL-1', data: { n: 1 } }]);
    expect(
      (await hub.request(Deliveries, { filter: { webhookConfigId: id } })).data!.webhookDeliveries.totalCount,
    ).toBe(1);
    expect((await hub.request(DeleteConfig, { id })).data!.deleteWebhookConfig).toBe(true);
    expect(
      (await hub.request(Deliveries, { filter: { webhookConfigId: id } })).data!.webhookDeliveries.totalCount,
    ).toBe(0);
    const gone = await hub.request(DeleteConfig, { id });
    expect(gone.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND, BAD_USER_INPUT and FORBIDDEN where due', async () => {
    const missing = '01900000-0000-7000-8000-000000000000';
    expect((await hub.request(RotateSecret, { id: missing })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await hub.request(UpdateConfig, { id: missing, input: {} })).errors![0]!.extensions!.code).toBe(
      'NOT_FOUND',
    );
    expect((await hub.request(Redeliver, { deliveryId: missing })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await hub.request(DeleteConfig, { id: 'nope' })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const { token } = await issueToken(em(), { name: 'reader', scopes: ['sync:read', 'catalog:read'] });
    const denied = await hub.request(
      CreateConfig,
      {
        input: { url: 'https://shop.example/x', entityType: 'PRODUCT', direction: 'TO_WEBSHOP' },
      },
      { token },
    );
    expect(denied.errors![0]).toMatchObject({
      message: 'Mutation.createWebhookConfig needs the scope webhooks:manage, which this token does not have.',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});

describe('webhook fan-out', () => {
  let hub: TestHub;
  const configs: Record<string, WebhookConfig> = {};
  beforeAll(async () => {
    hub = await startTestHub('webhook_fan_out');
    const em = hub.app.orm.em.fork();
    const make = (name: string, o: Partial<WebhookConfig>) => (configs[name] = factories.webhookConfig(em, o));
    make('shop', { entityType: EntityType.PRICELIST_ITEM });
    make('odoo', { entityType: EntityType.PRICELIST_ITEM, direction: WebhookDirection.TO_ODOO });
    make('off', { entityType: EntityType.PRICELIST_ITEM, isActive: false });
    make('stock', { entityType: EntityType.STOCK });
    make('product', { entityType: EntityType.PRODUCT });
    make('orders to odoo', { entityType: EntityType.SALE_ORDER, direction: WebhookDirection.TO_ODOO });
    make('orders to shop', { entityType: EntityType.SALE_ORDER });
    await em.flush();
  });
  afterAll(() => hub.close());

  const em = () => hub.app.orm.em.fork();
  const deliveriesOf = async (name: string) =>
    (await hub.request(Deliveries, { filter: { webhookConfigId: configs[name]!.id }, first: 500 })).data!
      .webhookDeliveries.nodes;
  const jobs = async () =>
    (
      await hub.app.orm.em
        .getConnection()
        .execute<{ n: number }[]>(
          `select count(*)::int as n from graphile_worker.jobs where task_identifier = 'deliver_webhook'`,
        )
    )[0]!.n;

  it('makes one delivery and one job per change and matching active config, in the change’s transaction', async () => {
    const jobsBefore = await jobs();
    await ingestPricelistItems(
      em(),
      ['P-1', 'P-2', 'P-3'].map((p) => ({ pricelistExternalId: 'list_price', productExternalId: p, price: '9.90' })),
    );
    const shop = await deliveriesOf('shop');
    expect(shop).toHaveLength(3);
    expect(await deliveriesOf('odoo')).toHaveLength(0);
    expect(await deliveriesOf('off')).toHaveLength(0);
    expect(await jobs()).toBe(jobsBefore + 3);
    const payload = shop.find((d) => (d.payload.data as { externalId: string }).externalId === 'P-2')!.payload;
    expect(payload).toEqual({
      type: 'pricelist_item.changed',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      data: {
        entityType: 'PRICELIST_ITEM',
        id: expect.any(String),
        externalId: 'P-2',
        changedFields: ['price'],
        isNew: true,
        current: {
          pricelistExternalId: 'list_price',
          productExternalId: 'P-2',
          minQuantity: 0,
          currency: null,
          price: '9.90',
          previousPrice: null,
          priceChanged: true,
        },
      },
    });
    expect(shop[0]).toMatchObject({ status: 'PENDING', attempts: 0 });
  });

  it('carries stock levels and product data as `current`, and omits a `current` over 20 kB', async () => {
    await ingestStock(em(), [{ supplierExternalId: 'odoo', productExternalId: 'S-1', quantity: 4 }]);
    expect((await deliveriesOf('stock'))[0]!.payload.data).toMatchObject({
      entityType: 'STOCK',
      externalId: 'S-1',
      current: { supplierExternalId: 'odoo', productExternalId: 'S-1', quantity: 4, previousQuantity: null },
    });
    await ingestProducts(em(), [
      { externalId: 'SMALL', data: { name: 'Lamp' } },
      { externalId: 'BIG', data: { name: 'Manual', text: 'x'.repeat(25_000) } },
      {
        externalId: 'WIDE',
        data: Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`attribute_number_${i}`, i])),
      },
    ]);
    const products = await deliveriesOf('product');
    const data = (id: string) =>
      products.find((d) => (d.payload.data as { externalId: string }).externalId === id)!.payload.data;
    expect(data('SMALL')).toMatchObject({ current: { name: 'Lamp' } });
    expect(data('BIG')).toMatchObject({ currentOmitted: true, changedFields: ['name', 'text'] });
    expect(data('BIG')).not.toHaveProperty('current');
    expect(data('WIDE')).toMatchObject({ currentOmitted: true, changedFieldsOmitted: true, isNew: true });
    expect(data('WIDE')).not.toHaveProperty('changedFields');
    // Both bodies, as sent, stay within 20 kB.
    for (const d of products)
      expect(Buffer.byteLength(messageBody(d.payload as Parameters<typeof messageBody>[0]))).toBeLessThanOrEqual(
        20_000,
      );
  });

  it('sends a change to the direction its event names, and nothing for a rollback', async () => {
    const id = '01900000-0000-7000-8000-00000000abcd';
    const change = (externalId: string) => ({
      entityType: EntityType.PRICELIST_ITEM,
      id,
      externalId,
      changedFields: ['price'],
      isNew: false,
      changedAt: new Date(),
    });
    await em().transactional((tx) =>
      notifyInTransaction(tx, [{ kind: 'entity', change: change('TO-ODOO'), direction: WebhookDirection.TO_ODOO }]),
    );
    await expect(
      em().transactional(async (tx) => {
        await notifyInTransaction(tx, [{ kind: 'entity', change: change('ROLLED-BACK') }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const odoo = await deliveriesOf('odoo');
    expect(odoo.map((d) => (d.payload.data as { externalId: string }).externalId)).toEqual(['TO-ODOO']);
    const shop = await deliveriesOf('shop');
    expect(shop.some((d) => (d.payload.data as { externalId: string }).externalId === 'ROLLED-BACK')).toBe(false);
  });

  it('sends an order placed in the webshop TO_ODOO, and one ingested from Odoo TO_WEBSHOP', async () => {
    await ingestProducts(em(), [{ externalId: 'LAMP', data: { name: 'Lamp' } }]);
    await placeSaleOrder(
      em(),
      {
        externalId: 'WEB-1001',
        customer: { externalId: 'CUST-7', data: { name: 'Ada', email: 'ada@shop.example' } },
        lines: [{ productExternalId: 'LAMP', quantity: 2 }],
      },
      webshopWriter({ user: null, scopes: ['orders:write'] }),
    );
    await ingestSaleOrders(em(), [{ externalId: 'S00042', data: { name: 'S00042' } }]);
    const externalIds = async (name: string) =>
      (await deliveriesOf(name)).map((d) => (d.payload.data as { externalId: string }).externalId);
    expect(await externalIds('orders to odoo')).toEqual(['WEB-1001']);
    expect(await externalIds('orders to shop')).toEqual(['S00042']);
  });

  it('sends a sync failure to the configs of its entity type in both directions', async () => {
    const failureId = await recordSyncFailure(em(), {
      entityType: EntityType.PRICELIST_ITEM,
      externalId: 'P-9',
      source: FailureSource.ODOO,
      errorMessage: 'price rule refused',
    });
    for (const name of ['shop', 'odoo']) {
      const found = (await deliveriesOf(name)).filter((d) => d.payload.type === 'sync_failure.recorded');
      expect(found).toHaveLength(1);
      expect(found[0]!.payload.data).toMatchObject({
        id: failureId,
        entityType: 'PRICELIST_ITEM',
        externalId: 'P-9',
        source: 'ODOO',
        status: 'OPEN',
        errorMessage: 'price rule refused',
        resolvedAt: null,
      });
    }
    expect((await deliveriesOf('off')).length).toBe(0);
  });

  it('keeps one statement per batch: 1,000 changes make 1,000 deliveries at once', async () => {
    const before = (await deliveriesOf('product')).length;
    await ingestProducts(
      em(),
      Array.from({ length: 1000 }, (_, i) => ({ externalId: `BULK-${i}`, data: { i } })),
    );
    const count = (await hub.request(Deliveries, { filter: { webhookConfigId: configs.product!.id }, first: 1 })).data!
      .webhookDeliveries.totalCount;
    expect(count).toBe(before + 1000);
  });

  it('gives a waiting delivery whose job was lost its job again (the five-minute sweep)', async () => {
    await ingestProducts(em(), [{ externalId: 'LOST-JOB-1', data: { name: 'Lamp' } }]);
    const conn = hub.app.orm.em.getConnection();
    const [delivery] = await conn.execute<{ id: string }[]>(
      `select id from webhook_delivery where payload->'data'->>'externalId' = 'LOST-JOB-1'`,
    );
    expect(delivery).toBeDefined();
    // As if its job had used up its own attempts while the database was away.
    await conn.execute(`select graphile_worker.remove_job('deliver_webhook:${delivery!.id}')`);
    await conn.execute(
      `update webhook_delivery set next_attempt_at = now() - interval '1 hour' where id = '${delivery!.id}'`,
    );
    const before = await jobs();
    expect(await requeueOrphanedDeliveries(em(), 300)).toBe(1);
    expect(await jobs()).toBe(before + 1);
    expect(await requeueOrphanedDeliveries(em(), 300)).toBe(0);
  });

  it('refuses to redeliver to an inactive config', async () => {
    const em2 = em();
    const off = await em2.findOneOrFail(WebhookConfig, { id: configs.off!.id });
    const delivery = factories.webhookDelivery(em2, off);
    await em2.flush();
    const res = await hub.request(Redeliver, { deliveryId: delivery.id });
    expect(res.errors![0]).toMatchObject({
      message: expect.stringMatching(/is inactive: turn it on/),
      extensions: { code: 'CONFLICT' },
    });
  });
});
