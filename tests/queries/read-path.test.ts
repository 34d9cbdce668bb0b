import { graphql } from '../gql/index.js';
import { factories } from '../support/factories.js';
import { startTestHub, type GqlResponse, type TestHub } from '../support/hub.js';
import { PricelistItem } from '../../src/modules/pricelist-item/pricelist-item.entity.js';
import { Product } from '../../src/modules/product/product.entity.js';
import { Stock } from '../../src/modules/stock/stock.entity.js';
import { Partner } from '../../src/modules/partner/partner.entity.js';
import { SaleOrder } from '../../src/modules/sale-order/sale-order.entity.js';
import { PartnerType, ProcessingState, SaleOrderDirection } from '../../src/domain/enums.js';
import type { ProductsReadPathQuery, ProductsReadPathQueryVariables, SyncableFilter } from '../gql/graphql.js';

/**
 * The lists' read path (plain rows, a page's relations loaded with it) against
 * an oracle: every row read back through the ORM and filtered, ordered and
 * capped here, in JavaScript. Each filter, with and without tombstones, paged
 * through with cursors at several page sizes, must give the same records with
 * the same field values, prices and stock.
 */

const ProductsReadPath = graphql(`
  query ProductsReadPath($first: Int, $after: String, $filter: SyncableFilter, $pricelist: String) {
    products(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
        }
      }
      nodes {
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
        origin
        createdAt
        updatedAt
        deletedAt
        context
        prices {
          pricelistExternalId
          price
          previousPrice
          minQuantity
          currency
          product {
            externalId
          }
        }
        b2b: prices(pricelistExternalId: $pricelist) {
          price
        }
        stock {
          supplierExternalId
          quantity
          onHandQuantity
          deletedAt
        }
      }
    }
  }
`);

const PartnersAndOrders = graphql(`
  query PartnersAndOrdersReadPath($direction: SaleOrderDirection) {
    partners(first: 100) {
      nodes {
        externalId
        type
        parentId
        externalParentId
        parent {
          externalId
        }
        children {
          externalId
        }
      }
    }
    saleOrders(first: 100, direction: $direction) {
      nodes {
        externalId
        direction
        odooStatus {
          state
        }
        customer {
          externalId
        }
      }
    }
  }
`);

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

describe('read path', () => {
  let hub: TestHub;
  let products: Product[];
  let prices: PricelistItem[];
  let stock: Stock[];
  let since: Date;

  beforeAll(async () => {
    hub = await startTestHub('read_path', { env: { MAX_NESTED_LIST: '3' } });
    const em = hub.app.orm.em.fork();
    for (let i = 0; i < 23; i++) {
      const p = factories.product(em, {
        externalId: `RP-${String(i).padStart(2, '0')}`,
        odooId: i % 4 ? 1000 + i : null,
        currentData: { name: `Product ${i}`, tags: ['a', i], nested: { price: i / 3 } },
        previousData: i % 3 ? { name: `Old ${i}` } : null,
        changedFields: i % 2 ? ['name'] : ['description', 'name'],
        processingState: [ProcessingState.PENDING, ProcessingState.COMPLETED, ProcessingState.FAILED][i % 3],
        isNew: i % 5 === 0,
        idempotencyKey: i % 7 ? null : `key-${i}`,
        fetchedAt: i % 2 ? new Date(Date.UTC(2026, 0, 1, 0, 0, i, 123)) : null,
        errorMessage: i % 3 === 2 ? 'boom' : null,
        retryCount: i % 4,
        context: i % 6 ? null : { lang: 'de_DE' },
        updatedAt: new Date(Date.UTC(2026, 5, 1, 12, i)),
        deletedAt: i % 8 === 3 ? new Date(Date.UTC(2026, 6, 1)) : null,
      });
      for (let j = 0; j < (i % 5) + 1; j++) {
        factories.pricelistItem(em, {
          productExternalId: p.externalId,
          pricelistExternalId: j % 2 ? 'b2b' : `list-${j}`,
          minQuantity: j,
          price: `${i}.${j}5`,
          previousPrice: j ? `${i}.00` : null,
          currency: j % 2 ? 'EUR' : null,
          deletedAt: j === 2 ? new Date() : null,
        });
      }
      if (i % 3) {
        factories.stock(em, { productExternalId: p.externalId, supplierExternalId: 'odoo', quantity: i + 0.5 });
        factories.stock(em, { productExternalId: p.externalId, supplierExternalId: 'odoo:WH2', onHandQuantity: i });
      }
      await em.flush(); // one by one, so ids (UUIDv7) follow the insert order
    }
    const parent = factories.partner(em, { externalId: 'RP-CO' });
    factories.partner(em, { externalId: 'RP-CO-1', type: PartnerType.INVOICE, parent, externalParentId: 'RP-CO' });
    factories.partner(em, { externalId: 'RP-CO-2', type: PartnerType.DELIVERY, parent, externalParentId: 'RP-CO' });
    factories.saleOrder(em, { externalId: 'RP-SO-1', customer: parent, direction: SaleOrderDirection.INBOUND });
    factories.saleOrder(em, { externalId: 'RP-SO-2', odooStatus: { state: 'sale' } as never });
    await em.flush();

    const read = hub.app.orm.em.fork();
    products = await read.find(Product, {}, { orderBy: { id: 'asc' } });
    prices = await read.find(PricelistItem, {}, { orderBy: { id: 'asc' } });
    stock = await read.find(Stock, {}, { orderBy: { id: 'asc' } });
    since = products[10]!.updatedAt;
  });
  afterAll(() => hub.close());

  /** What the list should answer for `filter`, from the ORM's rows. */
  function expected(filter: SyncableFilter, pricelist: string) {
    const live = <T extends { deletedAt?: Date | null }>(rows: T[]) => rows.filter((r) => r.deletedAt == null);
    const childrenOf = <T extends { productExternalId: string; deletedAt?: Date | null }>(rows: T[], p: Product) =>
      live(rows.filter((r) => r.productExternalId === p.externalId)).slice(0, 3);
    return products
      .filter((p) => filter.includeDeleted || p.deletedAt == null)
      .filter((p) => filter.externalIds == null || filter.externalIds.includes(p.externalId))
      .filter((p) => filter.processingState == null || p.processingState === filter.processingState.toLowerCase())
      .filter((p) => filter.isNew == null || p.isNew === filter.isNew)
      .filter((p) => filter.changedField == null || p.changedFields.includes(filter.changedField))
      .filter((p) => filter.changedSince == null || p.updatedAt > new Date(filter.changedSince))
      .map((p) => ({
        id: p.id,
        externalId: p.externalId,
        odooId: p.odooId ?? null,
        currentData: p.currentData,
        previousData: p.previousData ?? null,
        changedFields: p.changedFields,
        processingState: p.processingState.toUpperCase(),
        isNew: p.isNew,
        idempotencyKey: p.idempotencyKey ?? null,
        fetchedAt: iso(p.fetchedAt),
        errorMessage: p.errorMessage ?? null,
        retryCount: p.retryCount,
        origin: p.origin.toUpperCase(),
        createdAt: iso(p.createdAt),
        updatedAt: iso(p.updatedAt),
        deletedAt: iso(p.deletedAt),
        context: p.context ?? null,
        prices: childrenOf(prices, p).map((x) => ({
          pricelistExternalId: x.pricelistExternalId,
          price: x.price,
          previousPrice: x.previousPrice ?? null,
          minQuantity: x.minQuantity,
          currency: x.currency ?? null,
          product: { externalId: p.externalId },
        })),
        b2b: childrenOf(
          prices.filter((x) => x.pricelistExternalId === pricelist),
          p,
        ).map((x) => ({ price: x.price })),
        stock: childrenOf(stock, p).map((x) => ({
          supplierExternalId: x.supplierExternalId,
          quantity: x.quantity,
          onHandQuantity: x.onHandQuantity ?? null,
          deletedAt: null,
        })),
      }));
  }

  /** Every page of the list for `filter`, `first` at a time; checks each page's cursors and total on the way. */
  async function pages(variables: ProductsReadPathQueryVariables, total: number) {
    const nodes = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const res: GqlResponse<ProductsReadPathQuery> = await hub.request(ProductsReadPath, { ...variables, after });
      expect(res.errors).toBeUndefined();
      const page = res.data!.products;
      expect(page.totalCount).toBe(total);
      expect(page.edges.map((e) => e.node.id)).toEqual(page.nodes.map((n) => n.id));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      nodes.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
    throw new Error('more pages than rows');
  }

  const filters: SyncableFilter[] = [
    {},
    { processingState: 'FAILED' },
    { isNew: true },
    { isNew: false, changedField: 'description' },
    { externalIds: ['RP-03', 'RP-04', 'RP-11', 'nope'] },
    { externalIds: [] },
  ];

  it.each(filters.flatMap((f) => [f, { ...f, includeDeleted: true }]))(
    'answers %j as the ORM’s rows say, page by page',
    async (filter) => {
      const want = expected(filter, 'b2b');
      for (const first of [1, 4, 100]) {
        const got = await pages({ first, filter, pricelist: 'b2b' }, want.length);
        expect(got).toEqual(want);
      }
    },
  );

  it('filters by changedSince, as a date after which rows changed', async () => {
    const filter = { changedSince: since.toISOString(), includeDeleted: true };
    const want = expected(filter, 'list-0');
    expect(want.length).toBeGreaterThan(5);
    expect(await pages({ first: 5, filter, pricelist: 'list-0' }, want.length)).toEqual(want);
  });

  it('answers first: 0 with no rows and the total', async () => {
    const res = await hub.request(ProductsReadPath, { first: 0 });
    expect(res.data!.products).toMatchObject({
      nodes: [],
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: products.filter((p) => p.deletedAt == null).length,
    });
  });

  it('reads partners’ references and sale orders’ customers from rows, with a list’s extra condition', async () => {
    const partners = hub.app.orm.em.fork();
    const parent = await partners.findOneOrFail(Partner, { externalId: 'RP-CO' });
    const res = await hub.request(PartnersAndOrders, {});
    expect(res.errors).toBeUndefined();
    expect(res.data!.partners.nodes).toEqual([
      {
        externalId: 'RP-CO',
        type: 'CONTACT',
        parentId: null,
        externalParentId: null,
        parent: null,
        children: [{ externalId: 'RP-CO-1' }, { externalId: 'RP-CO-2' }],
      },
      ...['RP-CO-1', 'RP-CO-2'].map((externalId, i) => ({
        externalId,
        type: i ? 'DELIVERY' : 'INVOICE',
        parentId: parent.id,
        externalParentId: 'RP-CO',
        parent: { externalId: 'RP-CO' },
        children: [],
      })),
    ]);
    expect(res.data!.saleOrders.nodes).toEqual([
      { externalId: 'RP-SO-1', direction: 'INBOUND', odooStatus: null, customer: { externalId: 'RP-CO' } },
      { externalId: 'RP-SO-2', direction: 'OUTBOUND', odooStatus: { state: 'sale' }, customer: null },
    ]);
    const inbound = await hub.request(PartnersAndOrders, { direction: 'INBOUND' });
    expect(inbound.data!.saleOrders.nodes.map((o) => o.externalId)).toEqual(['RP-SO-1']);
    expect(await partners.count(SaleOrder, {})).toBe(2);
  });
});
