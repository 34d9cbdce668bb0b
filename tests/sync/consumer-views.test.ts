import { graphql } from '../gql/index.js';
import type { ProcessingState } from '../gql/graphql.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { ingestPartners, ingestProducts } from '../../src/ingest/ingest.service.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const ViewConsumer = graphql(`
  mutation ViewConsumer($input: ConsumerInput!) {
    createConsumer(input: $input) {
      id
    }
  }
`);
const ViewToken = graphql(`
  mutation ViewToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
    }
  }
`);
const ViewClaim = graphql(`
  mutation ViewClaim($limit: Int) {
    claimChanges(entityType: PRODUCT, limit: $limit) {
      id
      externalId
    }
  }
`);
const ViewAck = graphql(`
  mutation ViewAck($results: [AcknowledgeInput!]!) {
    acknowledgeChanges(entityType: PRODUCT, results: $results) {
      completed
      failed
    }
  }
`);
const ProductsInState = graphql(`
  query ProductsInState($state: ProcessingState) {
    products(filter: { processingState: $state }, first: 100) {
      totalCount
      nodes {
        externalId
        processingState
      }
    }
  }
`);
const PartnersInState = graphql(`
  query PartnersInState($state: ProcessingState) {
    partners(filter: { processingState: $state }) {
      nodes {
        externalId
        processingState
      }
    }
  }
`);
const ChangeCounts = graphql(`
  query ChangeCounts {
    syncStatus {
      changes {
        entityType
        state
        count
      }
    }
  }
`);

const STATES: ProcessingState[] = ['PENDING', 'PROCESSING', 'COMPLETED', 'FAILED'];
const SCOPES = ['changes:consume', 'catalog:read', 'sync:read', 'partners:read'];

describe("a consumer's processingState filter and syncStatus counts", () => {
  let hub: TestHub;
  let defaultShop: string;
  beforeAll(async () => {
    hub = await startTestHub('consumer_views');
    defaultShop = (await issueToken(hub.app.orm.em.fork(), { name: 'default shop', scopes: SCOPES })).token;
  });
  afterAll(() => hub.close());

  const consumerToken = async (name: string, entityTypes: ('PRODUCT' | 'PARTNER')[] = []) => {
    const consumer = await hub.request(ViewConsumer, { input: { name, entityTypes } });
    expect(consumer.errors).toBeUndefined();
    const res = await hub.request(ViewToken, {
      input: { name, scopes: SCOPES, consumerId: consumer.data!.createConsumer.id },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createApiToken.token;
  };
  /** Each state's products as `token` filters them, checked against each node's own processingState and totalCount. */
  const byState = async (token: string) => {
    const out: Record<string, string[]> = {};
    for (const state of STATES) {
      const res = await hub.request(ProductsInState, { state }, { token });
      expect(res.errors).toBeUndefined();
      const { nodes, totalCount } = res.data!.products;
      expect(nodes.map((n) => n.processingState)).toEqual(nodes.map(() => state));
      expect(totalCount).toBe(nodes.length);
      out[state] = nodes.map((n) => n.externalId);
    }
    return out;
  };
  const counts = async (token: string) => {
    const res = await hub.request(ChangeCounts, {}, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.syncStatus.changes.filter((c) => c.entityType === 'PRODUCT');
  };

  it('answer for the calling token’s consumer, and for the default consumer as before', async () => {
    await ingestProducts(
      hub.app.orm.em.fork(),
      ['V-1', 'V-2', 'V-3'].map((externalId) => ({ externalId, data: { v: 1 } })),
    );
    const shopA = await consumerToken('shop A');
    const shopB = await consumerToken('shop B');

    // A takes all three, completes two and fails one.
    const taken = (await hub.request(ViewClaim, { limit: 10 }, { token: shopA })).data!.claimChanges;
    expect(taken.map((p) => p.externalId)).toEqual(['V-1', 'V-2', 'V-3']);
    expect(await byState(shopA)).toEqual({ PENDING: [], PROCESSING: ['V-1', 'V-2', 'V-3'], COMPLETED: [], FAILED: [] });
    const acked = await hub.request(
      ViewAck,
      {
        results: [
          { id: taken[0]!.id, state: 'COMPLETED' },
          { id: taken[1]!.id, state: 'COMPLETED' },
          { id: taken[2]!.id, state: 'FAILED', errorMessage: 'no image' },
        ],
      },
      { token: shopA },
    );
    expect(acked.data!.acknowledgeChanges).toEqual({ completed: 2, failed: 1 });

    expect(await byState(shopA)).toEqual({ PENDING: [], PROCESSING: [], COMPLETED: ['V-1', 'V-2'], FAILED: ['V-3'] });
    expect(await counts(shopA)).toEqual([
      { entityType: 'PRODUCT', state: 'COMPLETED', count: 2 },
      { entityType: 'PRODUCT', state: 'FAILED', count: 1 },
    ]);
    // B and the default consumer took nothing: all pending for them.
    for (const token of [shopB, defaultShop]) {
      expect(await byState(token)).toEqual({
        PENDING: ['V-1', 'V-2', 'V-3'],
        PROCESSING: [],
        COMPLETED: [],
        FAILED: [],
      });
      expect(await counts(token)).toEqual([{ entityType: 'PRODUCT', state: 'PENDING', count: 3 }]);
    }

    // The default consumer's own claim and acknowledgement show on the records, not in A's or B's view.
    const mine = (await hub.request(ViewClaim, { limit: 1 }, { token: defaultShop })).data!.claimChanges;
    await hub.request(ViewAck, { results: [{ id: mine[0]!.id, state: 'COMPLETED' }] }, { token: defaultShop });
    expect(await byState(defaultShop)).toEqual({
      PENDING: ['V-2', 'V-3'],
      PROCESSING: [],
      COMPLETED: ['V-1'],
      FAILED: [],
    });
    expect(await byState(shopB)).toEqual({ PENDING: ['V-1', 'V-2', 'V-3'], PROCESSING: [], COMPLETED: [], FAILED: [] });

    // A change after A's acknowledgement makes the record pending for A again, as A's claim then hands it out.
    await ingestProducts(hub.app.orm.em.fork(), [{ externalId: 'V-2', data: { v: 2 } }]);
    expect(await byState(shopA)).toEqual({ PENDING: ['V-2'], PROCESSING: [], COMPLETED: ['V-1'], FAILED: ['V-3'] });
    expect(await counts(shopA)).toEqual([
      { entityType: 'PRODUCT', state: 'COMPLETED', count: 1 },
      { entityType: 'PRODUCT', state: 'FAILED', count: 1 },
      { entityType: 'PRODUCT', state: 'PENDING', count: 1 },
    ]);
    const again = (await hub.request(ViewClaim, { limit: 10 }, { token: shopA })).data!.claimChanges;
    expect(again.map((p) => p.externalId)).toEqual(['V-2']);
  });

  it('call a record with no state row from before the consumer’s horizon COMPLETED, as its claim skips it', async () => {
    const shopC = await consumerToken('shop C');
    // As if C had taken every change up to now (its cursor's horizon), with no state row of its own.
    const consumerId = (
      await hub.app.orm.em.getConnection().execute<{ id: string }[]>(`select id from consumer where name = 'shop C'`)
    )[0]!.id;
    await hub.app.orm.em
      .getConnection()
      .execute(`insert into consumer_cursor (consumer_id, entity_type, horizon) values (?, 'product', now())`, [
        consumerId,
      ]);
    expect(await byState(shopC)).toEqual({
      PENDING: [],
      PROCESSING: [],
      COMPLETED: ['V-1', 'V-2', 'V-3'],
      FAILED: [],
    });
    expect(await counts(shopC)).toEqual([{ entityType: 'PRODUCT', state: 'COMPLETED', count: 3 }]);
    expect((await hub.request(ViewClaim, { limit: 10 }, { token: shopC })).data!.claimChanges).toEqual([]);
  });

  it('refuse the filter on a type the consumer does not follow, and count only the types it follows', async () => {
    await ingestPartners(hub.app.orm.em.fork(), [{ externalId: 'P-1', data: { name: 'Ada' } }]);
    const partnersOnly = await consumerToken('partners only', ['PARTNER']);
    const refused = await hub.request(ProductsInState, { state: 'PENDING' }, { token: partnersOnly });
    expect(refused.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/does not follow PRODUCT/),
    });
    // Without the filter its product list reads as before.
    const all = await hub.request(ProductsInState, {}, { token: partnersOnly });
    expect(all.data!.products.totalCount).toBe(3);
    const partners = await hub.request(PartnersInState, { state: 'PENDING' }, { token: partnersOnly });
    expect(partners.data!.partners.nodes).toEqual([{ externalId: 'P-1', processingState: 'PENDING' }]);
    const status = await hub.request(ChangeCounts, {}, { token: partnersOnly });
    expect(status.data!.syncStatus.changes).toEqual([{ entityType: 'PARTNER', state: 'PENDING', count: 1 }]);
  });
});
