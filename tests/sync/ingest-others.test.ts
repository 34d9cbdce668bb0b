import { graphql } from '../gql/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';

// ...IngestCounts, ...IngestedChange: tests/support/fragments.ts.
const IngestPartners = graphql(`
  mutation IngestPartners($input: [PartnerInput!]!) {
    ingestPartners(input: $input) {
      ...IngestCounts
      changes {
        externalId
        changedFields
        isNew
      }
    }
  }
`);
const PartnerLinks = graphql(`
  query PartnerLinks($externalId: String!) {
    partner(externalId: $externalId) {
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
`);
const IngestSaleOrders = graphql(`
  mutation IngestSaleOrders($input: [SaleOrderInput!]!) {
    ingestSaleOrders(input: $input) {
      ...IngestCounts
    }
  }
`);
const SaleOrderDirectionOf = graphql(`
  query SaleOrderDirectionOf($externalId: String!) {
    saleOrder(externalId: $externalId) {
      direction
      currentData
    }
  }
`);
const IngestPurchaseOrders = graphql(`
  mutation IngestPurchaseOrders($input: [PurchaseOrderInput!]!) {
    ingestPurchaseOrders(input: $input) {
      ...IngestCounts
      changes {
        changedFields
      }
    }
  }
`);
const PurchaseOrderLinesOf = graphql(`
  query PurchaseOrderLinesOf($externalId: String!) {
    purchaseOrder(externalId: $externalId) {
      name
      vendor
      state
      currentData
      lines {
        productExternalId
        quantity
        priceUnit
      }
    }
  }
`);
const IngestStock = graphql(`
  mutation IngestStock($input: [StockInput!]!) {
    ingestStock(input: $input) {
      ...IngestCounts
      changes {
        ...IngestedChange
        isNew
      }
    }
  }
`);
const IngestPrices = graphql(`
  mutation IngestPrices($input: [PricelistItemInput!]!) {
    ingestPricelistItems(input: $input) {
      ...IngestCounts
      changes {
        ...IngestedChange
      }
    }
  }
`);
const ChangedStockAndPrices = graphql(`
  query ChangedStockAndPrices {
    stocks(filter: { changedOnly: true }) {
      nodes {
        id
        productExternalId
        quantity
        previousQuantity
        isQuantityChanged
        updatedAt
      }
    }
    pricelistItems(filter: { changedOnly: true }) {
      nodes {
        id
        productExternalId
        price
        previousPrice
        priceChanged
      }
    }
  }
`);
const AckStock = graphql(`
  mutation AckStock($ids: [ID!]!, $seenAt: DateTime) {
    acknowledgeStockChanges(ids: $ids, seenAt: $seenAt)
  }
`);
const AckPrices = graphql(`
  mutation AckPrices($ids: [ID!]!) {
    acknowledgePriceChanges(ids: $ids)
  }
`);

describe('ingest of partners, orders, stock and prices', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('ingest_others');
  });
  afterAll(() => hub.close());

  const links = async (externalId: string) => (await hub.request(PartnerLinks, { externalId })).data!.partner!;

  it('links a child that arrives before its parent, in the same batch or a later one', async () => {
    const first = await hub.request(IngestPartners, {
      input: [
        { externalId: 'C1-ship', type: 'DELIVERY', externalParentId: 'C1', data: { name: 'Ship to' } },
        { externalId: 'C2-inv', type: 'INVOICE', externalParentId: 'C2', data: { name: 'Invoice to' } },
        { externalId: 'C1', data: { name: 'Customer 1' } },
      ],
    });
    expect(first.data!.ingestPartners).toMatchObject({ created: 3 });
    expect(await links('C1-ship')).toMatchObject({
      type: 'DELIVERY',
      externalParentId: 'C1',
      parent: { externalId: 'C1' },
    });
    expect(await links('C2-inv')).toMatchObject({ externalParentId: 'C2', parentId: null });

    await hub.request(IngestPartners, { input: [{ externalId: 'C2', data: { name: 'Customer 2' } }] });
    expect(await links('C2-inv')).toMatchObject({ parent: { externalId: 'C2' } });
    expect((await links('C2')).children).toEqual([{ externalId: 'C2-inv' }]);
  });

  it('links a child and its parent that arrive in two concurrent batches', async () => {
    const pairs = Array.from({ length: 20 }, (_, i) => [`CC${i}`, `CC${i}-ship`] as const);
    await Promise.all(
      pairs.flatMap(([parent, child]) => [
        hub.request(IngestPartners, {
          input: [{ externalId: child, type: 'DELIVERY', externalParentId: parent, data: { name: 'Dock' } }],
        }),
        hub.request(IngestPartners, { input: [{ externalId: parent, data: { name: 'Customer' } }] }),
      ]),
    );
    for (const [parent, child] of pairs) {
      expect(await links(child)).toMatchObject({ externalParentId: parent, parent: { externalId: parent } });
    }
  });

  it('diffs a partner’s type and parent like data', async () => {
    const res = await hub.request(IngestPartners, {
      input: [{ externalId: 'C2-inv', type: 'DELIVERY', externalParentId: 'C1', data: { name: 'Invoice to' } }],
    });
    expect(res.data!.ingestPartners.changes).toEqual([
      { externalId: 'C2-inv', changedFields: ['externalParentId', 'type'], isNew: false },
    ]);
    expect(await links('C2-inv')).toMatchObject({ type: 'DELIVERY', parent: { externalId: 'C1' } });
    const same = await hub.request(IngestPartners, {
      input: [{ externalId: 'C2-inv', type: 'DELIVERY', externalParentId: 'C1', data: { name: 'Invoice to' } }],
    });
    expect(same.data!.ingestPartners.unchanged).toBe(1);
  });

  it('refuses a cycle of parents, and writes nothing of that batch', async () => {
    const cycle = await hub.request(IngestPartners, {
      input: [
        { externalId: 'A', externalParentId: 'B', data: { name: 'A' } },
        { externalId: 'B', externalParentId: 'A', data: { name: 'B' } },
      ],
    });
    expect(cycle.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/own ancestors.*A, B/),
    });
    expect((await hub.request(PartnerLinks, { externalId: 'A' })).data!.partner).toBeNull();

    // Through stored rows: C1 under its own delivery address.
    const later = await hub.request(IngestPartners, {
      input: [{ externalId: 'C1', externalParentId: 'C1-ship', data: { name: 'Customer 1' } }],
    });
    expect(later.errors![0]!.message).toMatch(/own ancestors/);
    expect(await links('C1')).toMatchObject({ externalParentId: null, parentId: null });

    const self = await hub.request(IngestPartners, { input: [{ externalId: 'S', externalParentId: 'S', data: {} }] });
    expect(self.errors![0]!.message).toMatch(/input\[0\]\.externalParentId names the partner itself/);
  });

  it('stores sale orders from Odoo as OUTBOUND', async () => {
    const res = await hub.request(IngestSaleOrders, {
      input: [{ externalId: 'S00001', data: { state: 'sale', amount_total: 120.5 } }],
    });
    expect(res.data!.ingestSaleOrders).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await hub.request(SaleOrderDirectionOf, { externalId: 'S00001' })).data!.saleOrder).toEqual({
      direction: 'OUTBOUND',
      currentData: { state: 'sale', amount_total: 120.5 },
    });
    const again = await hub.request(IngestSaleOrders, {
      input: [{ externalId: 'S00001', data: { amount_total: 120.5, state: 'sale' } }],
    });
    expect(again.data!.ingestSaleOrders.unchanged).toBe(1);
  });

  it('replaces purchase order lines as a set, and sees a reordered or reformatted set as unchanged', async () => {
    const lines = [
      { productExternalId: 'SKU-1', quantity: 5, priceUnit: '10.50' },
      { productExternalId: 'SKU-2', quantity: 1.5, priceUnit: '3' },
    ];
    const created = await hub.request(IngestPurchaseOrders, {
      input: [{ externalId: 'P00001', name: 'P00001', vendor: 'Acme', lines }],
    });
    expect(created.data!.ingestPurchaseOrders).toMatchObject({ created: 1 });
    const po = async () => (await hub.request(PurchaseOrderLinesOf, { externalId: 'P00001' })).data!.purchaseOrder!;
    expect(await po()).toMatchObject({ name: 'P00001', vendor: 'Acme', state: 'DRAFT', currentData: {} });
    expect((await po()).lines).toEqual(
      expect.arrayContaining([{ productExternalId: 'SKU-1', quantity: 5, priceUnit: '10.50' }]),
    );

    const reordered = await hub.request(IngestPurchaseOrders, {
      input: [
        {
          externalId: 'P00001',
          name: 'P00001',
          vendor: 'Acme',
          lines: [
            { ...lines[1]!, priceUnit: '3.00' },
            { ...lines[0]!, priceUnit: '10.5' },
          ],
        },
      ],
    });
    expect(reordered.data!.ingestPurchaseOrders.unchanged).toBe(1);

    const changed = await hub.request(IngestPurchaseOrders, {
      input: [
        {
          externalId: 'P00001',
          name: 'P00001',
          vendor: 'Acme',
          state: 'PURCHASE',
          lines: [lines[0]!, { ...lines[1]!, quantity: 2 }],
        },
      ],
    });
    expect(changed.data!.ingestPurchaseOrders.changes[0]!.changedFields).toEqual(['lines', 'state']);
    expect((await po()).lines.map((l) => [l.productExternalId, l.quantity]).sort()).toEqual([
      ['SKU-1', 5],
      ['SKU-2', 2],
    ]);
    expect((await po()).state).toBe('PURCHASE');

    const negative = await hub.request(IngestPurchaseOrders, {
      input: [
        {
          externalId: 'P00002',
          name: 'P00002',
          vendor: 'Acme',
          lines: [{ productExternalId: 'SKU-1', quantity: -1, priceUnit: '1' }],
        },
      ],
    });
    expect(negative.errors![0]!.message).toMatch(
      /input\[0\]\.lines\[0\]\.quantity must be a finite number of at least 0/,
    );
  });

  it('keeps stock with its previous quantity and a changed flag the webshop clears', async () => {
    const created = await hub.request(IngestStock, {
      input: [
        { supplierExternalId: 'odoo', productExternalId: 'SKU-1', quantity: 10 },
        { supplierExternalId: 'odoo', productExternalId: 'SKU-2', quantity: 0 },
      ],
    });
    expect(created.data!.ingestStock).toMatchObject({ created: 2 });
    expect(created.data!.ingestStock.changes[0]).toMatchObject({
      entityType: 'STOCK',
      externalId: 'SKU-1',
      changedFields: ['quantity'],
      isNew: true,
    });
    let changed = (await hub.request(ChangedStockAndPrices)).data!.stocks.nodes;
    expect(changed).toHaveLength(2);
    expect(await hub.request(AckStock, { ids: changed.map((s) => s.id) })).toMatchObject({
      data: { acknowledgeStockChanges: 2 },
    });
    expect((await hub.request(ChangedStockAndPrices)).data!.stocks.nodes).toEqual([]);

    const update = await hub.request(IngestStock, {
      input: [
        { supplierExternalId: 'odoo', productExternalId: 'SKU-1', quantity: 7 },
        { supplierExternalId: 'odoo', productExternalId: 'SKU-2', quantity: 0.0 },
      ],
    });
    expect(update.data!.ingestStock).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    changed = (await hub.request(ChangedStockAndPrices)).data!.stocks.nodes;
    expect(changed).toMatchObject([
      { productExternalId: 'SKU-1', quantity: 7, previousQuantity: 10, isQuantityChanged: true },
    ]);
    expect((await hub.request(AckStock, { ids: [changed[0]!.id, changed[0]!.id] })).data!.acknowledgeStockChanges).toBe(
      1,
    );

    // Read at 5, then Odoo says 4 before the webshop acknowledges what it read:
    // naming what it saw, the acknowledgement leaves the newer change flagged.
    await hub.request(IngestStock, {
      input: [{ supplierExternalId: 'odoo', productExternalId: 'SKU-1', quantity: 5 }],
    });
    const [seen] = (await hub.request(ChangedStockAndPrices)).data!.stocks.nodes;
    await hub.request(IngestStock, {
      input: [{ supplierExternalId: 'odoo', productExternalId: 'SKU-1', quantity: 4 }],
    });
    expect(
      (await hub.request(AckStock, { ids: [seen!.id], seenAt: seen!.updatedAt })).data!.acknowledgeStockChanges,
    ).toBe(0);
    expect((await hub.request(ChangedStockAndPrices)).data!.stocks.nodes).toMatchObject([
      { productExternalId: 'SKU-1', quantity: 4, previousQuantity: 5, isQuantityChanged: true },
    ]);
    const [latest] = (await hub.request(ChangedStockAndPrices)).data!.stocks.nodes;
    expect(
      (await hub.request(AckStock, { ids: [latest!.id], seenAt: latest!.updatedAt })).data!.acknowledgeStockChanges,
    ).toBe(1);

    const negative = await hub.request(IngestStock, {
      input: [{ supplierExternalId: 'odoo', productExternalId: 'SKU-9', quantity: -3 }],
    });
    expect(negative.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/input\[0\]\.quantity must be/),
    });
  });

  it('keeps prices exact: 19.9 equals 19.90, and a real change keeps the previous price', async () => {
    const created = await hub.request(IngestPrices, {
      input: [{ pricelistExternalId: 'list_price', productExternalId: 'SKU-1', price: '19.90' }],
    });
    expect(created.data!.ingestPricelistItems).toMatchObject({
      created: 1,
      changes: [{ entityType: 'PRICELIST_ITEM', externalId: 'SKU-1', changedFields: ['price'] }],
    });
    const same = await hub.request(IngestPrices, {
      input: [{ pricelistExternalId: 'list_price', productExternalId: 'SKU-1', price: '19.9' }],
    });
    expect(same.data!.ingestPricelistItems.unchanged).toBe(1);
    await hub.request(IngestPrices, {
      input: [
        {
          pricelistExternalId: 'list_price',
          productExternalId: 'SKU-1',
          price: '0.1000000000000000055511151231257827',
        },
      ],
    });
    const prices = (await hub.request(ChangedStockAndPrices)).data!.pricelistItems.nodes;
    expect(prices).toMatchObject([
      { price: '0.1000000000000000055511151231257827', previousPrice: '19.90', priceChanged: true },
    ]);
    expect((await hub.request(AckPrices, { ids: prices.map((p) => p.id) })).data!.acknowledgePriceChanges).toBe(1);

    for (const price of ['abc', '1e5', '-1']) {
      const bad = await hub.request(IngestPrices, {
        input: [{ pricelistExternalId: 'x', productExternalId: 'y', price }],
      });
      expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    }
  });
});
