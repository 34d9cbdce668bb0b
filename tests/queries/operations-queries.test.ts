import { graphql } from '../gql/index.js';
import { factories } from '../support/factories.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import {
  ApiLogDirection,
  DeliveryStatus,
  EntityType,
  FailureSource,
  FailureStatus,
  OutboundQueueStatus,
  ProcessingState,
  Role,
} from '../../src/domain/enums.js';

const StockAndPrices = graphql(`
  query StockAndPrices($stock: StockFilter, $prices: PricelistItemFilter) {
    stocks(filter: $stock) {
      totalCount
      nodes {
        supplierExternalId
        productExternalId
        quantity
        isQuantityChanged
      }
    }
    pricelistItems(filter: $prices) {
      totalCount
      nodes {
        pricelistExternalId
        productExternalId
        price
        previousPrice
        priceChanged
      }
    }
  }
`);

const QueueAndFailures = graphql(`
  query QueueAndFailures($queue: OutboundQueueFilter, $failures: SyncFailureFilter) {
    outboundQueue(filter: $queue) {
      totalCount
      nodes {
        id
        entityType
        entityId
        payload
        status
        attempts
        lastError
        nextAttemptAt
        createdAt
        updatedAt
      }
    }
    syncFailures(filter: $failures) {
      totalCount
      nodes {
        entityType
        externalId
        source
        status
        errorMessage
        resolutionNote
        resolvedAt
      }
    }
  }
`);

const Webhooks = graphql(`
  query Webhooks($filter: WebhookDeliveryFilter) {
    webhookConfigs {
      id
      url
      entityType
      direction
      isActive
      createdAt
      updatedAt
    }
    webhookDeliveries(filter: $filter) {
      totalCount
      nodes {
        id
        status
        attempts
        payload
        responseStatus
        lastError
        nextAttemptAt
        deliveredAt
        createdAt
        webhookConfig {
          url
        }
        syncFailure {
          errorMessage
        }
      }
    }
  }
`);

const ApiLogs = graphql(`
  query ApiLogs($filter: ApiLogFilter) {
    apiLogs(filter: $filter) {
      totalCount
      nodes {
        method
        path
        direction
        statusCode
        duration
        operationName
        createdAt
      }
    }
  }
`);

const Admin = graphql(`
  query Admin {
    users {
      id
      email
      roles
      isVerified
      createdAt
    }
    apiTokens {
      id
      name
      scopes
      expiresAt
      lastUsedAt
      revokedAt
      createdAt
    }
    allowedDomains {
      id
      domain
      createdAt
    }
    me {
      user {
        id
      }
      token {
        id
      }
      scopes
    }
  }
`);

const Status = graphql(`
  query Status {
    syncStatus {
      changes {
        entityType
        state
        count
      }
      outboundQueue {
        status
        count
      }
      openFailures
      lastOdooPullAt
    }
  }
`);

describe('operational queries', () => {
  let hub: TestHub;
  let failureId: string;
  beforeAll(async () => {
    // No ApiLog rows of this file's own requests: the rows listed are the factories' alone.
    hub = await startTestHub('ops_queries', { env: { API_LOG_ENABLED: 'false' } });
    const em = hub.app.orm.em.fork();
    factories.stock(em, { productExternalId: 'A', supplierExternalId: 'odoo', quantity: 3 });
    factories.stock(em, {
      productExternalId: 'B',
      supplierExternalId: 'odoo',
      quantity: 0,
      previousQuantity: 2,
      isQuantityChanged: true,
    });
    factories.stock(em, { productExternalId: 'A', supplierExternalId: 'dropship', quantity: 100 });
    factories.pricelistItem(em, { productExternalId: 'A', pricelistExternalId: 'list_price', price: '19.90' });
    factories.pricelistItem(em, {
      productExternalId: 'A',
      pricelistExternalId: 'b2b',
      price: '15',
      previousPrice: '16.5',
      priceChanged: true,
    });
    factories.outboundQueueItem(em, { entityType: EntityType.SALE_ORDER, payload: { externalId: 'WEB-1' } });
    factories.outboundQueueItem(em, {
      entityType: EntityType.PARTNER,
      status: OutboundQueueStatus.FAILED,
      attempts: 10,
      lastError: 'Odoo is down',
    });
    const failure = factories.syncFailure(em, {
      entityType: EntityType.SALE_ORDER,
      externalId: 'WEB-2',
      source: FailureSource.ODOO,
      errorMessage: 'ValidationError: no customer',
    });
    factories.syncFailure(em, {
      source: FailureSource.WEBSHOP,
      status: FailureStatus.RESOLVED,
      resolutionNote: 'fixed by hand',
      resolvedAt: new Date(),
    });
    const config = factories.webhookConfig(em, {
      url: 'https://shop.example/hooks/products',
      secret: 'whsec_c2VjcmV0LXRoYXQtbXVzdC1uZXZlci1sZWFr',
    });
    factories.webhookDelivery(em, config, {
      status: DeliveryStatus.DELIVERED,
      attempts: 1,
      responseStatus: 204,
      deliveredAt: new Date(),
    });
    factories.webhookDelivery(em, config, {
      status: DeliveryStatus.FAILED,
      attempts: 7,
      responseStatus: 500,
      lastError: 'HTTP 500',
      syncFailure: failure,
    });
    factories.apiLog(em, {
      path: '/graphql',
      statusCode: 200,
      operationName: 'Products',
      createdAt: new Date('2026-01-01T00:00:00Z'),
    });
    factories.apiLog(em, { path: '/webhooks/odoo', statusCode: 401 });
    factories.apiLog(em, {
      method: 'POST',
      path: '/jsonrpc',
      direction: ApiLogDirection.OUTBOUND,
      statusCode: 502,
      duration: 15000.25,
    });
    factories.apiLog(em, { path: '/graphql_%', statusCode: 200 });
    factories.user(em, {
      email: 'ops@shop.example',
      roles: [Role.ADMIN],
      isVerified: true,
      passwordHash: 'scrypt$secret-hash',
    });
    factories.apiToken(em, { name: 'ci', scopes: ['catalog:read'] });
    factories.allowedDomain(em, { domain: 'shop.example' });
    factories.product(em, { processingState: ProcessingState.PENDING });
    factories.product(em, { processingState: ProcessingState.PENDING });
    factories.product(em, { processingState: ProcessingState.FAILED });
    factories.partner(em, { processingState: ProcessingState.COMPLETED });
    await em.flush();
    failureId = failure.id;
  });
  afterAll(() => hub.close());

  it('lists stock and prices with their filters; decimals stay exact', async () => {
    const all = await hub.request(StockAndPrices, {});
    expect(all.data!.stocks.totalCount).toBe(3);
    expect(all.data!.pricelistItems.nodes.map((p) => p.price)).toEqual(['19.90', '15']);
    const filtered = await hub.request(StockAndPrices, {
      stock: { supplierExternalId: 'odoo', changedOnly: true },
      prices: { pricelistExternalId: 'b2b', productExternalIds: ['A'], changedOnly: true },
    });
    expect(filtered.data!.stocks.nodes).toEqual([
      { supplierExternalId: 'odoo', productExternalId: 'B', quantity: 0, isQuantityChanged: true },
    ]);
    expect(filtered.data!.pricelistItems.nodes).toEqual([
      { pricelistExternalId: 'b2b', productExternalId: 'A', price: '15', previousPrice: '16.5', priceChanged: true },
    ]);
    const byProduct = await hub.request(StockAndPrices, {
      stock: { productExternalIds: ['A'] },
      prices: { productExternalIds: [] },
    });
    expect(byProduct.data!.stocks.nodes.map((s) => s.supplierExternalId)).toEqual(['odoo', 'dropship']);
    expect(byProduct.data!.pricelistItems.totalCount).toBe(0);
  });

  it('lists the outbound queue and sync failures with their filters', async () => {
    const all = await hub.request(QueueAndFailures, {});
    expect(all.errors).toBeUndefined();
    expect(all.data!.outboundQueue.totalCount).toBe(2);
    expect(all.data!.syncFailures.totalCount).toBe(2);
    const failed = await hub.request(QueueAndFailures, {
      queue: { status: 'FAILED', entityType: 'PARTNER' },
      failures: { status: 'OPEN', source: 'ODOO', entityType: 'SALE_ORDER' },
    });
    expect(failed.data!.outboundQueue.nodes).toMatchObject([
      { entityType: 'PARTNER', status: 'FAILED', attempts: 10, lastError: 'Odoo is down' },
    ]);
    expect(failed.data!.syncFailures.nodes).toEqual([
      {
        entityType: 'SALE_ORDER',
        externalId: 'WEB-2',
        source: 'ODOO',
        status: 'OPEN',
        errorMessage: 'ValidationError: no customer',
        resolutionNote: null,
        resolvedAt: null,
      },
    ]);
    const none = await hub.request(QueueAndFailures, {
      queue: { status: 'COMPLETED' },
      failures: { entityType: 'STOCK' },
    });
    expect(none.data!.outboundQueue.totalCount + none.data!.syncFailures.totalCount).toBe(0);
  });

  it('lists webhook configs without their secret, and deliveries with config and failure', async () => {
    const res = await hub.request(Webhooks, {});
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res.data)).not.toContain('whsec_');
    const [config] = res.data!.webhookConfigs;
    expect(config).toMatchObject({
      url: 'https://shop.example/hooks/products',
      entityType: 'PRODUCT',
      direction: 'TO_WEBSHOP',
      isActive: true,
    });
    expect(
      res.data!.webhookDeliveries.nodes.map((d) => [
        d.status,
        d.responseStatus,
        d.webhookConfig.url,
        d.syncFailure?.errorMessage ?? null,
      ]),
    ).toEqual([
      ['DELIVERED', 204, 'https://shop.example/hooks/products', null],
      ['FAILED', 500, 'https://shop.example/hooks/products', 'ValidationError: no customer'],
    ]);
    const failed = await hub.request(Webhooks, { filter: { webhookConfigId: config!.id, status: 'FAILED' } });
    expect(failed.data!.webhookDeliveries.nodes).toHaveLength(1);
    const other = await hub.request(Webhooks, { filter: { webhookConfigId: '01900000-0000-7000-8000-000000000000' } });
    expect(other.data!.webhookDeliveries.totalCount).toBe(0);
    expect(failureId).toBeTruthy();
  });

  it('lists API logs by direction, time, status and literal path prefix', async () => {
    const count = async (filter: object) => (await hub.request(ApiLogs, { filter })).data!.apiLogs.totalCount;
    expect(await count({})).toBe(4);
    expect(await count({ direction: 'OUTBOUND' })).toBe(1);
    expect(await count({ minStatusCode: 400 })).toBe(2);
    expect(await count({ pathPrefix: '/webhooks' })).toBe(1);
    expect(await count({ pathPrefix: '/graphql_' })).toBe(1); // `_` is no wildcard
    expect(await count({ since: '2026-06-01T00:00:00Z' })).toBe(3);
    const outbound = await hub.request(ApiLogs, { filter: { direction: 'OUTBOUND' } });
    expect(outbound.data!.apiLogs.nodes[0]).toMatchObject({
      method: 'POST',
      path: '/jsonrpc',
      statusCode: 502,
      duration: 15000.25,
    });
  });

  it('lists users, tokens and allowed domains without any hash', async () => {
    const res = await hub.request(Admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.users).toMatchObject([{ email: 'ops@shop.example', roles: ['ADMIN'], isVerified: true }]);
    expect(res.data!.apiTokens).toMatchObject([
      { name: 'bootstrap admin', scopes: ['admin'], revokedAt: null },
      { name: 'ci', scopes: ['catalog:read'], revokedAt: null },
    ]);
    expect(res.data!.allowedDomains).toMatchObject([{ domain: 'shop.example' }]);
    expect(JSON.stringify(res.data)).not.toMatch(/scrypt|hash/i);
    expect(res.data!.me).toMatchObject({ user: null, token: { id: res.data!.apiTokens[0]!.id }, scopes: ['admin'] });
  });

  it('counts changes per type and state, queue rows per status and open failures', async () => {
    const res = await hub.request(Status);
    expect(res.errors).toBeUndefined();
    expect(res.data!.syncStatus).toEqual({
      changes: [
        { entityType: 'PARTNER', state: 'COMPLETED', count: 1 },
        { entityType: 'PRODUCT', state: 'FAILED', count: 1 },
        { entityType: 'PRODUCT', state: 'PENDING', count: 2 },
      ],
      outboundQueue: [
        { status: 'FAILED', count: 1 },
        { status: 'PENDING', count: 1 },
      ],
      openFailures: 1,
      lastOdooPullAt: null,
    });
  });
});
