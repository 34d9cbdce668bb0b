import { graphql } from '../gql/index.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { ingestProducts } from '../../src/ingest/ingest.service.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const Claim = graphql(`
  mutation Claim($entityType: EntityType!, $limit: Int) {
    claimChanges(entityType: $entityType, limit: $limit) {
      __typename
      id
      externalId
      processingState
      fetchedAt
      changedFields
      currentData
    }
  }
`);
const Ack = graphql(`
  mutation Ack($entityType: EntityType!, $results: [AcknowledgeInput!]!) {
    acknowledgeChanges(entityType: $entityType, results: $results) {
      completed
      failed
    }
  }
`);
const FeedState = graphql(`
  query FeedState($externalIds: [String!]) {
    products(filter: { externalIds: $externalIds }, first: 500) {
      nodes {
        externalId
        processingState
        errorMessage
        retryCount
      }
    }
    syncFailures(filter: { source: WEBSHOP }) {
      nodes {
        entityType
        externalId
        source
        status
        errorMessage
      }
    }
    syncStatus {
      changes {
        entityType
        state
        count
      }
    }
  }
`);

describe('change feed', () => {
  let hub: TestHub;
  let shop: string;
  beforeAll(async () => {
    hub = await startTestHub('change_feed');
    shop = (
      await issueToken(hub.app.orm.em.fork(), {
        name: 'shop',
        scopes: ['changes:consume', 'catalog:read', 'sync:read'],
      })
    ).token;
  });
  afterAll(() => hub.close());

  const ingest = (records: { externalId: string; data: Record<string, unknown> }[]) =>
    ingestProducts(hub.app.orm.em.fork(), records);
  const claim = async (limit: number) => {
    const res = await hub.request(Claim, { entityType: 'PRODUCT', limit }, { token: shop });
    expect(res.errors).toBeUndefined();
    return res.data!.claimChanges;
  };
  const conn = () => hub.app.orm.em.getConnection();

  it('hands out pending records once, oldest change first, and takes acknowledgements', async () => {
    await ingest([{ externalId: 'F-1', data: { n: 1 } }]);
    await ingest([{ externalId: 'F-2', data: { n: 2 } }]);
    await ingest([{ externalId: 'F-3', data: { n: 3 } }]);
    const first = await claim(2);
    expect(first.map((p) => [p.__typename, p.externalId, p.processingState])).toEqual([
      ['Product', 'F-1', 'PROCESSING'],
      ['Product', 'F-2', 'PROCESSING'],
    ]);
    expect(first[0]!.fetchedAt).not.toBeNull();
    const third = await claim(10);
    expect(third.map((p) => p.externalId)).toEqual(['F-3']);
    expect(await claim(10)).toEqual([]);

    const ack = await hub.request(
      Ack,
      {
        entityType: 'PRODUCT',
        results: [
          { id: first[0]!.id, state: 'COMPLETED' },
          { id: first[1]!.id, state: 'FAILED', errorMessage: 'image missing' },
        ],
      },
      { token: shop },
    );
    expect(ack.data!.acknowledgeChanges).toEqual({ completed: 1, failed: 1 });
    const state = (await hub.request(FeedState, { externalIds: ['F-1', 'F-2', 'F-3'] })).data!;
    expect(state.products.nodes).toEqual([
      { externalId: 'F-1', processingState: 'COMPLETED', errorMessage: null, retryCount: 0 },
      { externalId: 'F-2', processingState: 'FAILED', errorMessage: 'image missing', retryCount: 1 },
      { externalId: 'F-3', processingState: 'PROCESSING', errorMessage: null, retryCount: 0 },
    ]);
    expect(state.syncFailures.nodes).toEqual([
      { entityType: 'PRODUCT', externalId: 'F-2', source: 'WEBSHOP', status: 'OPEN', errorMessage: 'image missing' },
    ]);
    expect(state.syncStatus.changes).toEqual(
      expect.arrayContaining([
        { entityType: 'PRODUCT', state: 'PROCESSING', count: 1 },
        { entityType: 'PRODUCT', state: 'FAILED', count: 1 },
      ]),
    );

    // Acknowledging again changes nothing: the records are no longer being processed.
    const again = await hub.request(
      Ack,
      { entityType: 'PRODUCT', results: [{ id: first[0]!.id, state: 'COMPLETED' }] },
      { token: shop },
    );
    expect(again.data!.acknowledgeChanges).toEqual({ completed: 0, failed: 0 });
    await hub.request(
      Ack,
      { entityType: 'PRODUCT', results: [{ id: third[0]!.id, state: 'COMPLETED' }] },
      { token: shop },
    );
  });

  it('puts a record that changed while being processed back to PENDING on acknowledgement', async () => {
    await ingest([{ externalId: 'F-4', data: { v: 1 } }]);
    const [claimed] = await claim(1);
    expect(claimed!.externalId).toBe('F-4');
    await ingest([{ externalId: 'F-4', data: { v: 2 } }]);
    expect((await hub.request(FeedState, { externalIds: ['F-4'] })).data!.products.nodes[0]!.processingState).toBe(
      'PROCESSING',
    );
    await hub.request(
      Ack,
      { entityType: 'PRODUCT', results: [{ id: claimed!.id, state: 'COMPLETED' }] },
      { token: shop },
    );
    expect((await hub.request(FeedState, { externalIds: ['F-4'] })).data!.products.nodes[0]!.processingState).toBe(
      'PENDING',
    );
    const [again] = await claim(1);
    expect(again).toMatchObject({ externalId: 'F-4', currentData: { v: 2 } });
    await hub.request(
      Ack,
      { entityType: 'PRODUCT', results: [{ id: again!.id, state: 'COMPLETED' }] },
      { token: shop },
    );
  });

  it('hands a crashed claimer’s records out again after the lease', async () => {
    await ingest([{ externalId: 'F-5', data: { v: 1 } }]);
    const [claimed] = await claim(1);
    expect(await claim(1)).toEqual([]);
    // The claimer never acknowledges; let its lease (5 min by default) run out.
    await conn().execute(`update product set fetched_at = now() - interval '301 seconds' where id = ?`, [claimed!.id]);
    const [reclaimed] = await claim(1);
    expect(reclaimed).toMatchObject({ id: claimed!.id, processingState: 'PROCESSING' });
    expect(reclaimed!.fetchedAt).not.toEqual(claimed!.fetchedAt);
    // The first claimer wakes up late: naming its claim, its acknowledgement changes nothing.
    const late = await hub.request(
      Ack,
      {
        entityType: 'PRODUCT',
        results: [{ id: claimed!.id, state: 'FAILED', errorMessage: 'late', claimedAt: claimed!.fetchedAt }],
      },
      { token: shop },
    );
    expect(late.data!.acknowledgeChanges).toEqual({ completed: 0, failed: 0 });
    const current = await hub.request(
      Ack,
      {
        entityType: 'PRODUCT',
        results: [{ id: reclaimed!.id, state: 'COMPLETED', claimedAt: reclaimed!.fetchedAt }],
      },
      { token: shop },
    );
    expect(current.data!.acknowledgeChanges).toEqual({ completed: 1, failed: 0 });
  });

  it('gives two concurrent claimers disjoint sets that together cover 10,000 records', async () => {
    for (let b = 0; b < 10; b++) {
      await ingest(Array.from({ length: 1000 }, (_, i) => ({ externalId: `BULK-${b}-${i}`, data: { i } })));
    }
    const seen: string[][] = [[], []];
    await Promise.all(
      [0, 1].map(async (claimer) => {
        for (;;) {
          const batch = await claim(250);
          if (!batch.length) return;
          seen[claimer]!.push(...batch.map((p) => p.externalId));
        }
      }),
    );
    const a = new Set(seen[0]);
    expect(seen[1]!.filter((x) => a.has(x))).toEqual([]);
    expect(new Set([...seen[0]!, ...seen[1]!]).size).toBe(10_000);
    expect(seen[0]!.length).toBeGreaterThan(0);
    expect(seen[1]!.length).toBeGreaterThan(0);
  }, 120_000);

  it('refuses what it cannot serve, with clear messages', async () => {
    const stock = await hub.request(Claim, { entityType: 'STOCK' }, { token: shop });
    expect(stock.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/STOCK has no change feed/),
    });
    const limit = await hub.request(Claim, { entityType: 'PRODUCT', limit: 5000 }, { token: shop });
    expect(limit.errors![0]!.message).toMatch(/`limit` must be between 1 and 1000/);
    const pending = await hub.request(
      Ack,
      { entityType: 'PRODUCT', results: [{ id: '01900000-0000-7000-8000-000000000000', state: 'PENDING' }] },
      { token: shop },
    );
    expect(pending.errors![0]!.message).toMatch(/results\[0\]\.state must be COMPLETED or FAILED/);
    const badId = await hub.request(
      Ack,
      { entityType: 'PRODUCT', results: [{ id: 'nope', state: 'COMPLETED' }] },
      { token: shop },
    );
    expect(badId.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});
