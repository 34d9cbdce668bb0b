import { graphql } from '../gql/index.js';
import type { ConsumerInput } from '../gql/graphql.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { ingestPricelistItems, ingestProducts, ingestStock } from '../../src/ingest/ingest.service.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const CreateConsumer = graphql(`
  mutation CreateConsumer($input: ConsumerInput!) {
    createConsumer(input: $input) {
      id
      name
      isDefault
      entityTypes
      pricelistExternalId
      warehouse
    }
  }
`);
const UpdateConsumer = graphql(`
  mutation UpdateConsumer($id: ID!, $input: ConsumerUpdateInput!) {
    updateConsumer(id: $id, input: $input) {
      id
      name
      entityTypes
      warehouse
    }
  }
`);
const DeleteConsumer = graphql(`
  mutation DeleteConsumer($id: ID!) {
    deleteConsumer(id: $id) {
      name
    }
  }
`);
const Consumers = graphql(`
  query Consumers {
    consumers {
      id
      name
      isDefault
    }
  }
`);
const CreateConsumerToken = graphql(`
  mutation CreateConsumerToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        consumerId
      }
    }
  }
`);
const RevokeConsumerToken = graphql(`
  mutation RevokeConsumerToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
    }
  }
`);
const ConsumerClaim = graphql(`
  mutation ConsumerClaim($entityType: EntityType!, $limit: Int) {
    claimChanges(entityType: $entityType, limit: $limit) {
      id
      externalId
      processingState
      fetchedAt
      currentData
    }
  }
`);
const ConsumerAck = graphql(`
  mutation ConsumerAck($entityType: EntityType!, $results: [AcknowledgeInput!]!) {
    acknowledgeChanges(entityType: $entityType, results: $results) {
      completed
      failed
    }
  }
`);
const ConsumerProducts = graphql(`
  query ConsumerProducts($externalIds: [String!]) {
    products(filter: { externalIds: $externalIds }, first: 500) {
      nodes {
        externalId
        processingState
        fetchedAt
        errorMessage
        retryCount
      }
    }
  }
`);
const ConsumerFailures = graphql(`
  query ConsumerFailures {
    syncFailures(filter: { source: WEBSHOP }) {
      nodes {
        externalId
        consumerId
        errorMessage
      }
    }
  }
`);
const ChangedFlags = graphql(`
  query ChangedFlags {
    stocks(filter: { changedOnly: true }, first: 500) {
      totalCount
      nodes {
        id
        supplierExternalId
        productExternalId
        isQuantityChanged
      }
    }
    pricelistItems(filter: { changedOnly: true }, first: 500) {
      totalCount
      nodes {
        id
        pricelistExternalId
        productExternalId
        priceChanged
      }
    }
  }
`);
const AllFlags = graphql(`
  query AllFlags {
    stocks(first: 500) {
      nodes {
        productExternalId
        supplierExternalId
        isQuantityChanged
      }
    }
    pricelistItems(first: 500) {
      nodes {
        productExternalId
        pricelistExternalId
        priceChanged
      }
    }
  }
`);
const AckStock = graphql(`
  mutation ConsumerAckStock($ids: [ID!]!) {
    acknowledgeStockChanges(ids: $ids)
  }
`);
const AckPrices = graphql(`
  mutation ConsumerAckPrices($ids: [ID!]!) {
    acknowledgePriceChanges(ids: $ids)
  }
`);

describe('consumers', () => {
  let hub: TestHub;
  const shop = (name: string) =>
    issueToken(hub.app.orm.em.fork(), { name, scopes: ['changes:consume', 'catalog:read', 'sync:read'] });
  let defaultShop: string;
  beforeAll(async () => {
    hub = await startTestHub('consumers');
    defaultShop = (await shop('default shop')).token;
  });
  afterAll(() => hub.close());

  const createConsumer = async (input: ConsumerInput) => {
    const res = await hub.request(CreateConsumer, { input });
    expect(res.errors).toBeUndefined();
    return res.data!.createConsumer;
  };
  const tokenFor = async (consumerId: string, name = `token of ${consumerId}`) => {
    const res = await hub.request(CreateConsumerToken, {
      input: { name, scopes: ['changes:consume', 'catalog:read', 'sync:read'], consumerId },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createApiToken.apiToken.consumerId).toBe(consumerId);
    return res.data!.createApiToken;
  };
  const claim = async (token: string, limit: number, entityType: 'PRODUCT' | 'PARTNER' = 'PRODUCT') => {
    const res = await hub.request(ConsumerClaim, { entityType, limit }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.claimChanges;
  };
  const ack = async (
    token: string,
    results: { id: string; state: 'COMPLETED' | 'FAILED'; errorMessage?: string }[],
  ) => {
    const res = await hub.request(ConsumerAck, { entityType: 'PRODUCT', results }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.acknowledgeChanges;
  };
  const stateOf = async (token: string, externalIds: string[]) => {
    const res = await hub.request(ConsumerProducts, { externalIds }, { token });
    expect(res.errors).toBeUndefined();
    return Object.fromEntries(res.data!.products.nodes.map((n) => [n.externalId, n]));
  };
  /** Claims until the feed is dry with `claimers` claimers at once, acknowledging each batch; returns what each got. */
  const drain = async (token: string, claimers: number, batch = 250) => {
    const seen: string[][] = Array.from({ length: claimers }, () => []);
    await Promise.all(
      seen.map(async (mine) => {
        for (;;) {
          const got = await claim(token, batch);
          if (!got.length) return;
          mine.push(...got.map((p) => p.externalId));
          await ack(
            token,
            got.map((p) => ({ id: p.id, state: 'COMPLETED' as const })),
          );
        }
      }),
    );
    return seen;
  };

  it('are managed by admins, and a token is bound to one', async () => {
    const b2b = await createConsumer({ name: 'B2B portal', entityTypes: ['PRODUCT', 'STOCK'], warehouse: 'odoo:WH' });
    expect(b2b).toMatchObject({ name: 'B2B portal', isDefault: false, entityTypes: ['PRODUCT', 'STOCK'] });
    const list = (await hub.request(Consumers, {})).data!.consumers;
    expect(list[0]).toMatchObject({ name: 'default', isDefault: true });
    expect(list.map((c) => c.name)).toContain('B2B portal');

    const renamed = await hub.request(UpdateConsumer, { id: b2b.id, input: { name: 'B2B', warehouse: '' } });
    expect(renamed.data!.updateConsumer).toMatchObject({ name: 'B2B', warehouse: null });
    const dup = await hub.request(CreateConsumer, { input: { name: 'B2B' } });
    expect(dup.errors![0]!.extensions!.code).toBe('CONFLICT');
    const narrowDefault = await hub.request(UpdateConsumer, { id: list[0]!.id, input: { entityTypes: ['PRODUCT'] } });
    expect(narrowDefault.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const deleteDefault = await hub.request(DeleteConsumer, { id: list[0]!.id });
    expect(deleteDefault.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');

    // Unknown and malformed consumer ids.
    const unknown = await hub.request(CreateConsumerToken, {
      input: { name: 'x', scopes: ['catalog:read'], consumerId: '01900000-0000-7000-8000-000000000000' },
    });
    expect(unknown.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const malformed = await hub.request(CreateConsumerToken, {
      input: { name: 'x', scopes: ['catalog:read'], consumerId: 'nope' },
    });
    expect(malformed.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');

    // Only admins manage consumers.
    const notAdmin = await hub.request(CreateConsumer, { input: { name: 'sneaky' } }, { token: defaultShop });
    expect(notAdmin.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await hub.request(Consumers, {}, { token: defaultShop })).errors![0]!.extensions!.code).toBe('FORBIDDEN');

    // A consumer with a live token stays; once its tokens are revoked it can go.
    const { apiToken } = await tokenFor(b2b.id, 'b2b token');
    const refused = await hub.request(DeleteConsumer, { id: b2b.id });
    expect(refused.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringMatching(/1 live API token/),
    });
    await hub.request(RevokeConsumerToken, { id: apiToken.id });
    const deleted = await hub.request(DeleteConsumer, { id: b2b.id });
    expect(deleted.data!.deleteConsumer).toEqual({ name: 'B2B' });
    expect((await hub.request(DeleteConsumer, { id: b2b.id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('give two consumers each all 1,000 changed products exactly once, independently of each other', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `C-${String(i).padStart(4, '0')}`);
    await ingestProducts(
      hub.app.orm.em.fork(),
      ids.map((externalId, i) => ({ externalId, data: { i } })),
    );
    const shopA = (await tokenFor((await createConsumer({ name: 'shop A' })).id)).token;
    const shopB = (await tokenFor((await createConsumer({ name: 'shop B' })).id)).token;

    // A takes everything with two claimers at once; B and the default consumer see all of it still pending.
    const a = await drain(shopA, 2);
    const aAll = [...a[0]!, ...a[1]!];
    expect(aAll).toHaveLength(1000);
    expect(new Set(aAll).size).toBe(1000);
    expect(a[0]!.length).toBeGreaterThan(0);
    const sample = [ids[0]!, ids[500]!, ids[999]!];
    for (const token of [shopB, defaultShop]) {
      expect(Object.values(await stateOf(token, sample)).map((p) => p.processingState)).toEqual([
        'PENDING',
        'PENDING',
        'PENDING',
      ]);
    }
    expect(Object.values(await stateOf(shopA, sample)).map((p) => p.processingState)).toEqual([
      'COMPLETED',
      'COMPLETED',
      'COMPLETED',
    ]);
    expect(await claim(shopA, 10)).toEqual([]);

    // B, at its own pace, sees all 1,000 once too; then the default consumer, on the records themselves.
    const b = (await drain(shopB, 1, 300))[0]!;
    expect(b).toHaveLength(1000);
    expect(new Set(b).size).toBe(1000);
    expect(b).toEqual(ids);
    const d = (await drain(defaultShop, 1, 1000))[0]!;
    expect(d).toHaveLength(1000);
    expect(await claim(shopB, 10)).toEqual([]);
  }, 120_000);

  it('keep acknowledgements, failures, leases and re-changes apart per consumer', async () => {
    const shopA = (await tokenFor((await createConsumer({ name: 'shop C' })).id)).token;
    const shopB = (await tokenFor((await createConsumer({ name: 'shop D', entityTypes: ['PARTNER'] })).id)).token;
    const shopE = (await tokenFor((await createConsumer({ name: 'shop E' })).id)).token;
    await drain(shopA, 1, 1000);
    await drain(shopE, 1, 1000);
    await drain(defaultShop, 1, 1000);
    await ingestProducts(hub.app.orm.em.fork(), [
      { externalId: 'K-1', data: { v: 1 } },
      { externalId: 'K-2', data: { v: 1 } },
    ]);
    // A consumer that follows partners only gets no products.
    expect(await claim(shopB, 10)).toEqual([]);

    const [k1, k2] = await claim(shopA, 10);
    expect([k1!.externalId, k2!.externalId]).toEqual(['K-1', 'K-2']);
    expect(k1!.processingState).toBe('PROCESSING');
    const eClaim = await claim(shopE, 10);
    expect(eClaim.map((p) => p.externalId)).toEqual(['K-1', 'K-2']);

    // A fails K-2: its SyncFailure names A; E's view of K-2 is untouched.
    expect(await ack(shopA, [{ id: k2!.id, state: 'FAILED', errorMessage: 'no image' }])).toEqual({
      completed: 0,
      failed: 1,
    });
    const failures = (await hub.request(ConsumerFailures, {})).data!.syncFailures.nodes;
    const consumerA = (await hub.request(Consumers, {})).data!.consumers.find((c) => c.name === 'shop C')!;
    expect(failures).toContainEqual({ externalId: 'K-2', consumerId: consumerA.id, errorMessage: 'no image' });
    expect((await stateOf(shopA, ['K-2']))['K-2']).toMatchObject({
      processingState: 'FAILED',
      errorMessage: 'no image',
      retryCount: 1,
    });
    expect((await stateOf(shopE, ['K-2']))['K-2']).toMatchObject({
      processingState: 'PROCESSING',
      errorMessage: null,
      retryCount: 0,
    });
    expect((await stateOf(defaultShop, ['K-2']))['K-2']).toMatchObject({ processingState: 'PENDING', fetchedAt: null });

    // K-1 changes while A processes it: A's acknowledgement puts it back to pending for A, with the new data.
    await ingestProducts(hub.app.orm.em.fork(), [{ externalId: 'K-1', data: { v: 2 } }]);
    expect(await ack(shopA, [{ id: k1!.id, state: 'COMPLETED' }])).toEqual({ completed: 1, failed: 0 });
    expect((await stateOf(shopA, ['K-1']))['K-1']!.processingState).toBe('PENDING');
    const again = await claim(shopA, 10);
    expect(again.map((p) => [p.externalId, p.currentData])).toEqual([['K-1', { v: 2 }]]);
    await ack(shopA, [{ id: k1!.id, state: 'COMPLETED' }]);
    expect(await claim(shopA, 10)).toEqual([]);

    // E never acknowledges: after its lease, E gets both again; A does not.
    await hub.app.orm.em
      .getConnection()
      .execute(`update consumer_feed_state set fetched_at = now() - interval '301 seconds' where state = 'processing'`);
    const reclaimed = await claim(shopE, 10);
    expect(reclaimed.map((p) => p.externalId).sort()).toEqual(['K-1', 'K-2']);
    expect(reclaimed.find((p) => p.externalId === 'K-1')!.currentData).toEqual({ v: 2 });
    expect(await claim(shopA, 10)).toEqual([]);
    // A late acknowledgement naming E's first claim changes nothing.
    const late = await hub.request(
      ConsumerAck,
      { entityType: 'PRODUCT', results: [{ id: k1!.id, state: 'COMPLETED', claimedAt: eClaim[0]!.fetchedAt }] },
      { token: shopE },
    );
    expect(late.data!.acknowledgeChanges).toEqual({ completed: 0, failed: 0 });
  });

  it('keep a stock flag and a price flag per consumer', async () => {
    const em = () => hub.app.orm.em.fork();
    await ingestStock(em(), [
      { supplierExternalId: 'odoo:WH', productExternalId: 'S-1', quantity: 5 },
      { supplierExternalId: 'odoo:WH2', productExternalId: 'S-1', quantity: 7 },
    ]);
    await ingestPricelistItems(em(), [
      { pricelistExternalId: 'list_price', productExternalId: 'S-1', price: '9.99' },
      { pricelistExternalId: 'b2b', productExternalId: 'S-1', price: '8.50' },
    ]);
    const shopA = (await tokenFor((await createConsumer({ name: 'flags A' })).id)).token;
    const shopB = (await tokenFor((await createConsumer({ name: 'flags B' })).id)).token;
    const wh = (
      await tokenFor((await createConsumer({ name: 'flags WH', warehouse: 'odoo:WH', pricelistExternalId: 'b2b' })).id)
    ).token;

    const flagsOf = async (token: string) => {
      const res = await hub.request(ChangedFlags, {}, { token });
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const a = await flagsOf(shopA);
    expect(a.stocks.totalCount).toBe(2);
    expect(a.stocks.nodes.every((s) => s.isQuantityChanged)).toBe(true);
    expect(a.pricelistItems.totalCount).toBe(2);
    // The warehouse and pricelist a consumer cares about narrow its flags.
    const narrowed = await flagsOf(wh);
    expect(narrowed.stocks.nodes.map((s) => s.supplierExternalId)).toEqual(['odoo:WH']);
    expect(narrowed.pricelistItems.nodes.map((p) => p.pricelistExternalId)).toEqual(['b2b']);

    // A clears its flags: B's and the default consumer's stay set, and so do the rows' own columns.
    const ackStock = await hub.request(AckStock, { ids: a.stocks.nodes.map((s) => s.id) }, { token: shopA });
    expect(ackStock.data!.acknowledgeStockChanges).toBe(2);
    const ackPrices = await hub.request(AckPrices, { ids: a.pricelistItems.nodes.map((p) => p.id) }, { token: shopA });
    expect(ackPrices.data!.acknowledgePriceChanges).toBe(2);
    const after = await flagsOf(shopA);
    expect([after.stocks.totalCount, after.pricelistItems.totalCount]).toEqual([0, 0]);
    const aAll = (await hub.request(AllFlags, {}, { token: shopA })).data!;
    expect(aAll.stocks.nodes.map((s) => s.isQuantityChanged)).toEqual([false, false]);
    expect(aAll.pricelistItems.nodes.map((p) => p.priceChanged)).toEqual([false, false]);
    for (const token of [shopB, defaultShop]) {
      const other = await flagsOf(token);
      expect(other.stocks.nodes.map((s) => s.isQuantityChanged)).toEqual([true, true]);
      expect(other.pricelistItems.nodes.map((p) => p.priceChanged)).toEqual([true, true]);
    }
    // Acknowledging again clears nothing more.
    expect(
      (await hub.request(AckStock, { ids: a.stocks.nodes.map((s) => s.id) }, { token: shopA })).data!
        .acknowledgeStockChanges,
    ).toBe(0);

    // A new quantity and a new price raise A's flags again; an on-hand change alone does not.
    await ingestStock(em(), [
      { supplierExternalId: 'odoo:WH', productExternalId: 'S-1', quantity: 4 },
      { supplierExternalId: 'odoo:WH2', productExternalId: 'S-1', quantity: 7, onHandQuantity: 10 },
    ]);
    await ingestPricelistItems(em(), [{ pricelistExternalId: 'b2b', productExternalId: 'S-1', price: '8.00' }]);
    const raised = await flagsOf(shopA);
    expect(raised.stocks.nodes.map((s) => s.supplierExternalId)).toEqual(['odoo:WH']);
    expect(raised.pricelistItems.nodes.map((p) => p.pricelistExternalId)).toEqual(['b2b']);
  });
});
