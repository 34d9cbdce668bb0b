import { graphql } from '../gql/index.js';
import { factories } from '../support/factories.js';
import { startTestHub, type GqlResponse, type TestHub } from '../support/hub.js';
import type { ProductPageQuery } from '../gql/graphql.js';
import { Product } from '../../src/modules/product/product.entity.js';
import { ProcessingState } from '../../src/domain/enums.js';

const ProductPage = graphql(`
  query ProductPage($first: Int, $after: String, $filter: SyncableFilter) {
    products(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          externalId
        }
      }
      nodes {
        externalId
        processingState
        changedFields
        isNew
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ProductLookup = graphql(`
  query ProductLookup($id: ID, $externalId: String) {
    product(id: $id, externalId: $externalId) {
      id
      externalId
      odooId
      currentData
      previousData
      changedFields
      processingState
      isNew
      idempotencyKey
      fetchedAt
      errorMessage
      retryCount
      createdAt
      updatedAt
      context
    }
  }
`);

describe('products', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('products');
    const em = hub.app.orm.em.fork();
    for (let i = 1; i <= 7; i++) {
      factories.product(em, {
        externalId: `P-${i}`,
        currentData: { name: `Product ${i}`, price: i },
        changedFields: i % 2 ? ['name'] : ['description', 'name'],
        processingState: i <= 3 ? ProcessingState.PENDING : ProcessingState.COMPLETED,
        isNew: i === 1,
        context: i === 1 ? { lang: 'de_DE' } : null,
      });
      await em.flush(); // one by one, so ids (UUIDv7) follow the insert order
    }
  });
  afterAll(() => hub.close());

  it('looks one up by id or by externalId, with every Syncable field', async () => {
    const byKey = await hub.request(ProductLookup, { externalId: 'P-1' });
    expect(byKey.errors).toBeUndefined();
    const product = byKey.data!.product!;
    expect(product).toMatchObject({
      externalId: 'P-1',
      odooId: null,
      currentData: { name: 'Product 1', price: 1 },
      previousData: null,
      changedFields: ['name'],
      processingState: 'PENDING',
      isNew: true,
      retryCount: 0,
      context: { lang: 'de_DE' },
    });
    expect(new Date(product.createdAt).getTime()).not.toBeNaN();
    const byId = await hub.request(ProductLookup, { id: product.id });
    expect(byId.data!.product!.externalId).toBe('P-1');
    const both = await hub.request(ProductLookup, { id: product.id, externalId: 'P-2' });
    expect(both.data!.product).toBeNull();
  });

  it('answers null for an unknown product, and asks for a key when none is given', async () => {
    const unknown = await hub.request(ProductLookup, { externalId: 'nope' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.product).toBeNull();
    const none = await hub.request(ProductLookup, {});
    expect(none.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(none.errors![0]!.message).toMatch(/id.*externalId/);
  });

  it('pages through every product oldest first, with opaque cursors and a total', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GqlResponse<ProductPageQuery> = await hub.request(ProductPage, { first: 3, after });
      expect(res.errors).toBeUndefined();
      const page = res.data!.products;
      expect(page.totalCount).toBe(7);
      expect(page.nodes.map((n) => n.externalId)).toEqual(page.edges.map((e) => e.node.externalId));
      seen.push(...page.nodes.map((n) => n.externalId));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
      expect(after).not.toMatch(/P-|[0-9a-f]{8}-/); // opaque
    }
    expect(seen).toEqual(['P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-6', 'P-7']);
  });

  it('keeps a page boundary stable while rows are inserted', async () => {
    const first = await hub.request(ProductPage, { first: 2 });
    const cursor = first.data!.products.pageInfo.endCursor!;
    const em = hub.app.orm.em.fork();
    factories.product(em, { externalId: 'P-LATE' });
    await em.flush();
    try {
      const next = await hub.request(ProductPage, { first: 3, after: cursor });
      expect(next.data!.products.nodes.map((n) => n.externalId)).toEqual(['P-3', 'P-4', 'P-5']);
    } finally {
      await em.nativeDelete(Product, { externalId: 'P-LATE' });
    }
  });

  it('defaults to 50 per page and accepts first: 0', async () => {
    const res = await hub.request(ProductPage, {});
    expect(res.data!.products.nodes).toHaveLength(7);
    const zero = await hub.request(ProductPage, { first: 0 });
    expect(zero.data!.products).toMatchObject({
      nodes: [],
      totalCount: 7,
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('filters by externalIds, state, isNew, changedField and changedSince', async () => {
    const ids = async (filter: object) =>
      (await hub.request(ProductPage, { filter })).data!.products.nodes.map((n) => n.externalId);
    expect(await ids({ externalIds: ['P-2', 'P-5', 'nope'] })).toEqual(['P-2', 'P-5']);
    expect(await ids({ processingState: 'PENDING' })).toEqual(['P-1', 'P-2', 'P-3']);
    expect(await ids({ isNew: true })).toEqual(['P-1']);
    expect(await ids({ changedField: 'description' })).toEqual(['P-2', 'P-4', 'P-6']);
    expect(await ids({ changedField: 'description', processingState: 'COMPLETED' })).toEqual(['P-4', 'P-6']);
    expect(await ids({ changedSince: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    expect(await ids({ changedSince: '2000-01-01T00:00:00Z' })).toHaveLength(7);
    const filtered = await hub.request(ProductPage, { filter: { processingState: 'PENDING' }, first: 1 });
    expect(filtered.data!.products).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
  });
});
