import { graphql } from '../gql/index.js';
import { factories } from '../support/factories.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { PartnerType } from '../../src/domain/enums.js';

const ProductsWithPricesAndStock = graphql(`
  query ProductsWithPricesAndStock($first: Int) {
    products(first: $first) {
      nodes {
        externalId
        imageUrl(size: 256)
        prices {
          price
          pricelistExternalId
        }
        stock {
          quantity
        }
      }
    }
  }
`);

const ProductPrices = graphql(`
  query ProductPrices($externalId: String!, $pricelist: String) {
    product(externalId: $externalId) {
      prices(pricelistExternalId: $pricelist) {
        pricelistExternalId
        productExternalId
        price
        previousPrice
        priceChanged
        product {
          externalId
        }
      }
      stock {
        supplierExternalId
        quantity
        previousQuantity
        isQuantityChanged
        product {
          externalId
        }
      }
    }
  }
`);

const PartnerTree = graphql(`
  query PartnerTree($externalId: String!) {
    partner(externalId: $externalId) {
      externalId
      type
      parentId
      externalParentId
      parent {
        externalId
      }
      children {
        externalId
        type
        parentId
        parent {
          externalId
        }
      }
    }
  }
`);

const OrdersWithRelations = graphql(`
  query OrdersWithRelations {
    saleOrders(first: 10) {
      nodes {
        externalId
        direction
        customer {
          externalId
        }
      }
    }
    purchaseOrders(first: 10) {
      nodes {
        externalId
        name
        vendor
        state
        lines {
          id
          purchaseOrderId
          productExternalId
          quantity
          priceUnit
          product {
            externalId
          }
        }
      }
    }
  }
`);

const StorefrontTemplates = graphql(`
  query StorefrontTemplates($first: Int, $skus: [String!]) {
    productTemplates(forSale: true, first: $first) {
      nodes {
        externalId
        variants {
          externalId
          prices {
            price
          }
        }
      }
    }
    products(forSale: true, first: $first, filter: { externalIds: $skus }) {
      nodes {
        externalId
        template {
          externalId
          variants {
            externalId
          }
        }
      }
    }
  }
`);

/** MAX_NESTED_LIST of this file's hub: small, to see the cap with a few rows. */
const NESTED = 10;

describe('relations', () => {
  let hub: TestHub;
  let statements: string[] = [];
  beforeAll(async () => {
    hub = await startTestHub('relations', {
      env: { MAX_NESTED_LIST: String(NESTED), AUTH_TOKEN_CACHE_SECONDS: '0' },
      ormOverrides: { debug: ['query'], colors: false, logger: (message: string) => statements.push(message) },
    });
  });
  afterAll(() => hub.close());

  async function countStatements(first: number): Promise<number> {
    statements = [];
    const res = await hub.request(ProductsWithPricesAndStock, { first });
    expect(res.errors).toBeUndefined();
    expect(res.data!.products.nodes).toHaveLength(first);
    return statements.filter((s) => /\bselect\b/i.test(s)).length;
  }

  it('loads prices and stock of a page in a constant number of SQL statements', async () => {
    const em = hub.app.orm.em.fork();
    for (let i = 0; i < 100; i++) {
      // Every other product has a picture (its checksum in data): imageUrl comes from the row, no statement more.
      const p = factories.product(em, {
        externalId: `R-${String(i).padStart(3, '0')}`,
        currentData: i % 2 ? { image: i.toString(16).padStart(40, '0') } : {},
      });
      factories.pricelistItem(em, {
        productExternalId: p.externalId,
        pricelistExternalId: 'list_price',
        price: `${i}.50`,
      });
      factories.pricelistItem(em, { productExternalId: p.externalId, pricelistExternalId: 'b2b', price: `${i}.00` });
      factories.stock(em, { productExternalId: p.externalId, quantity: i });
    }
    await em.flush();
    const small = await countStatements(5);
    const large = await countStatements(100);
    // the token lookup, then products with their prices and stock in one statement, whatever the page size
    expect(small).toBe(2);
    expect(large).toBe(small);
    const page = await hub.request(ProductsWithPricesAndStock, { first: 4 });
    expect(page.data!.products.nodes.map((n) => n.imageUrl)).toEqual([
      null,
      `/media/${'1'.padStart(40, '0')}/256`,
      null,
      `/media/${'3'.padStart(40, '0')}/256`,
    ]);
  });

  it('lists templates with their variants, and products for sale with their templates, in a constant number of statements', async () => {
    const em = hub.app.orm.em.fork();
    const skus: string[] = [];
    for (let t = 0; t < 60; t++) {
      for (const size of ['S', 'M']) {
        const p = factories.product(em, {
          externalId: `T-${String(t).padStart(2, '0')}-${size}`,
          templateExternalId: `odoo:product.template:${t}`,
          // Every third template is not for sale (sale_ok false), so the filter has something to leave out.
          currentData: { name: `Tee ${t}`, sale_ok: t % 3 !== 0, active: true },
        });
        factories.pricelistItem(em, {
          productExternalId: p.externalId,
          pricelistExternalId: 'list_price',
          price: '9.00',
        });
        skus.push(p.externalId);
      }
    }
    await em.flush();
    const count = async (first: number) => {
      statements = [];
      const res = await hub.request(StorefrontTemplates, { first, skus });
      expect(res.errors).toBeUndefined();
      expect(res.data!.productTemplates.nodes).toHaveLength(first);
      for (const template of res.data!.productTemplates.nodes) {
        expect(template.variants.map((v) => v.externalId.slice(-1))).toEqual(['S', 'M']);
        expect(template.variants.every((v) => v.prices.length === 1)).toBe(true);
      }
      const products = res.data!.products.nodes;
      expect(products).toHaveLength(first);
      expect(products.every((p) => p.template!.variants.length === 2)).toBe(true);
      // T-00 (sale_ok false) is not for sale; nor is any third template.
      expect(products.some((p) => p.externalId.startsWith('T-00'))).toBe(false);
      return statements.filter((s) => /\bselect\b/i.test(s)).length;
    };
    const small = await count(3);
    const large = await count(30);
    // token; templates; products (one statement each); the variants of both, in one batch (one loader
    // per request); the variants' prices
    expect(small).toBe(5);
    expect(large).toBe(small);
  });

  it('filters a product’s prices by pricelist and links back to the product', async () => {
    const all = await hub.request(ProductPrices, { externalId: 'R-007' });
    expect(all.data!.product!.prices.map((p) => [p.pricelistExternalId, p.price]).sort()).toEqual([
      ['b2b', '7.00'],
      ['list_price', '7.50'],
    ]);
    const one = await hub.request(ProductPrices, { externalId: 'R-007', pricelist: 'b2b' });
    expect(one.data!.product!.prices).toEqual([
      {
        pricelistExternalId: 'b2b',
        productExternalId: 'R-007',
        price: '7.00',
        previousPrice: null,
        priceChanged: false,
        product: { externalId: 'R-007' },
      },
    ]);
    expect(one.data!.product!.stock).toEqual([
      {
        supplierExternalId: 'odoo',
        quantity: 7,
        previousQuantity: null,
        isQuantityChanged: false,
        product: { externalId: 'R-007' },
      },
    ]);
  });

  it('walks the partner hierarchy both ways', async () => {
    const em = hub.app.orm.em.fork();
    const parent = factories.partner(em, { externalId: 'C-1' });
    factories.partner(em, { externalId: 'C-1-inv', type: PartnerType.INVOICE, parent, externalParentId: 'C-1' });
    factories.partner(em, { externalId: 'C-1-ship', type: PartnerType.DELIVERY, parent, externalParentId: 'C-1' });
    await em.flush();
    const res = await hub.request(PartnerTree, { externalId: 'C-1' });
    expect(res.errors).toBeUndefined();
    const p = res.data!.partner!;
    expect(p).toMatchObject({ type: 'CONTACT', parentId: null, parent: null, externalParentId: null });
    expect(p.children.map((c) => [c.externalId, c.type, c.parent!.externalId])).toEqual([
      ['C-1-inv', 'INVOICE', 'C-1'],
      ['C-1-ship', 'DELIVERY', 'C-1'],
    ]);
    const child = await hub.request(PartnerTree, { externalId: 'C-1-ship' });
    expect(child.data!.partner).toMatchObject({
      parentId: parent.id,
      externalParentId: 'C-1',
      parent: { externalId: 'C-1' },
      children: [],
    });
  });

  it('resolves a sale order’s customer and a purchase order’s lines with their products', async () => {
    const em = hub.app.orm.em.fork();
    const customer = factories.partner(em, { externalId: 'C-SO' });
    factories.saleOrder(em, { externalId: 'SO-1', customer });
    factories.saleOrder(em, { externalId: 'SO-2' });
    const po = factories.purchaseOrder(em, { externalId: 'P00001', name: 'P00001', vendor: 'Acme' });
    factories.purchaseOrderLine(em, po, { productExternalId: 'R-001', quantity: 5, priceUnit: '3.10' });
    factories.purchaseOrderLine(em, po, { productExternalId: 'UNKNOWN', quantity: 1.5, priceUnit: '0.333' });
    await em.flush();
    statements = [];
    const res = await hub.request(OrdersWithRelations);
    expect(res.errors).toBeUndefined();
    expect(res.data!.saleOrders.nodes).toEqual([
      { externalId: 'SO-1', direction: 'OUTBOUND', customer: { externalId: 'C-SO' } },
      { externalId: 'SO-2', direction: 'OUTBOUND', customer: null },
    ]);
    const [order] = res.data!.purchaseOrders.nodes;
    expect(order).toMatchObject({ externalId: 'P00001', vendor: 'Acme', state: 'DRAFT' });
    expect(
      order!.lines.map((l) => [
        l.productExternalId,
        l.quantity,
        l.priceUnit,
        l.product?.externalId ?? null,
        l.purchaseOrderId,
      ]),
    ).toEqual([
      ['R-001', 5, '3.10', 'R-001', po.id],
      ['UNKNOWN', 1.5, '0.333', null, po.id],
    ]);
  });

  it('returns at most MAX_NESTED_LIST items of a list without paging, oldest first, filtering before the cap', async () => {
    const em = hub.app.orm.em.fork();
    factories.product(em, { externalId: 'MANY' });
    for (let i = 0; i < NESTED + 3; i++) {
      factories.pricelistItem(em, {
        productExternalId: 'MANY',
        pricelistExternalId: `pl-${String(i).padStart(2, '0')}`,
        price: `${i}.00`,
      });
      factories.stock(em, { productExternalId: 'MANY', supplierExternalId: `wh-${i}`, quantity: i });
    }
    const parent = factories.partner(em, { externalId: 'BIG-CO' });
    for (let i = 0; i < NESTED + 3; i++) {
      factories.partner(em, { externalId: `BIG-CO-${i}`, parent, externalParentId: 'BIG-CO' });
    }
    const po = factories.purchaseOrder(em, { externalId: 'P-MANY', name: 'P-MANY', vendor: 'Acme' });
    for (let i = 0; i < NESTED + 3; i++) factories.purchaseOrderLine(em, po, { productExternalId: `L-${i}` });
    await em.flush();

    const all = await hub.request(ProductPrices, { externalId: 'MANY' });
    expect(all.errors).toBeUndefined();
    expect(all.data!.product!.prices.map((p) => p.pricelistExternalId)).toEqual(
      Array.from({ length: NESTED }, (_, i) => `pl-${String(i).padStart(2, '0')}`),
    );
    expect(all.data!.product!.stock).toHaveLength(NESTED);
    // A pricelist past the cap is still found: the filter is part of the query, not applied after it.
    const last = await hub.request(ProductPrices, { externalId: 'MANY', pricelist: `pl-${NESTED + 2}` });
    expect(last.data!.product!.prices.map((p) => p.price)).toEqual([`${NESTED + 2}.00`]);

    const tree = await hub.request(PartnerTree, { externalId: 'BIG-CO' });
    expect(tree.data!.partner!.children.map((c) => c.externalId)).toEqual(
      Array.from({ length: NESTED }, (_, i) => `BIG-CO-${i}`),
    );
    const orders = await hub.request(OrdersWithRelations);
    const many = orders.data!.purchaseOrders.nodes.find((o) => o.externalId === 'P-MANY')!;
    expect(many.lines.map((l) => l.productExternalId)).toEqual(Array.from({ length: NESTED }, (_, i) => `L-${i}`));
  });

  it('counts MAX_NESTED_LIST per list without paging in the cost, as the loader returns', async () => {
    // 500 products × (1 + 10 prices × (1 + their product × (1 + its 10 prices))), and the connection: 60,501.
    const res = await hub.request(
      graphql(`
        query NestedCost {
          products(first: 500) {
            nodes {
              prices {
                product {
                  prices {
                    price
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(res.errors![0]).toMatchObject({
      message: expect.stringMatching(/cost limit of 20000 exceeded: this request would load about 60501 objects/),
    });
  });
});
