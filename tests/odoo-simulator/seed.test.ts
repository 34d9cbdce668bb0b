import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { call } from './wire.js';

type Rec = Record<string, unknown>;

describe('Odoo simulator, seed data', () => {
  const big = {
    products: 5000,
    partners: 1000,
    quants: 5000,
    pricelistItems: 2000,
    purchaseOrders: 200,
    saleOrders: 100,
  };
  let sim: OdooSimulator;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version: 17, seed: big });
  });
  afterAll(() => sim.close());

  it('has the sizes asked for, with Odoo’s shapes', () => {
    const all = { activeTest: false };
    expect(sim.env.count('product.template', [], all)).toBe(5000);
    expect(sim.env.count('product.product', [], all)).toBe(5000);
    expect(sim.env.count('res.partner', [['ref', '=like', 'CUST-%']], all)).toBe(1000);
    expect(
      sim.env.count(
        'res.partner',
        [
          ['parent_id.ref', '=like', 'CUST-%'],
          ['type', '=', 'delivery'],
        ],
        all,
      ),
    ).toBe(1000);
    expect(
      sim.env.count(
        'res.partner',
        [
          ['parent_id.ref', '=like', 'CUST-%'],
          ['type', '=', 'invoice'],
        ],
        all,
      ),
    ).toBe(500);
    expect(sim.env.count('stock.quant')).toBe(5000);
    expect(sim.env.count('product.pricelist.item')).toBe(2000);
    expect(sim.env.count('purchase.order')).toBe(200);
    expect(sim.env.count('sale.order')).toBe(100);
    // Archived records exist, so active_test matters.
    expect(sim.env.count('product.product', [['active', '=', false]])).toBe(100);
    expect(sim.env.count('product.product')).toBe(4900);
    const [product] = sim.env.read(
      'product.product',
      sim.env.search('product.product', [['default_code', '=', 'SKU-00001']]),
      ['default_code', 'barcode', 'lst_price', 'type', 'categ_id'],
    );
    expect(product).toEqual({
      id: expect.any(Number),
      default_code: 'SKU-00001',
      barcode: expect.stringMatching(/^20\d{11}$/),
      lst_price: expect.any(Number),
      type: 'product',
      categ_id: [expect.any(Number), expect.stringMatching(/^All \/ Saleable \/ /)],
    });
    const locations = sim.env
      .records('stock.location', ['complete_name', 'usage'])
      .map((l) => `${l.complete_name} (${l.usage})`);
    expect(locations).toEqual(
      expect.arrayContaining(['WH/Stock (internal)', 'WH/Stock/Shelf 1 (internal)', 'Partners/Customers (customer)']),
    );
    const quantLocations = new Set(
      sim.env.records('stock.quant', ['location_id']).map((q) => (q.location_id as [number, string])[1]),
    );
    expect([...quantLocations].sort()).toEqual(['WH/Stock', 'WH/Stock/Shelf 1', 'WH/Stock/Shelf 2']);
    // One quant per product and location, as Odoo keeps them (no lots or packages here).
    const pairs = sim.env
      .records('stock.quant', ['product_id', 'location_id'])
      .map((q) => `${(q.product_id as number[])[0]}@${(q.location_id as number[])[0]}`);
    expect(new Set(pairs).size).toBe(5000);
    expect(sim.env.records('product.pricelist', ['name']).map((p) => p.name)).toEqual(['Public', 'B2B']);
    const states = new Set(sim.env.records('purchase.order', ['state']).map((p) => p.state));
    expect([...states].sort()).toEqual(['cancel', 'done', 'draft', 'purchase', 'sent']);
    const [po] = sim.env.read('purchase.order', sim.env.search('purchase.order', [], { limit: 1 }), [
      'order_line',
      'amount_total',
    ]);
    expect((po.order_line as number[]).length).toBeGreaterThan(0);
  });

  // How fast it seeds and pages is a benchmark matter (bench/pull-memory.ts seeds 100,000): on a
  // shared CI machine a wall-clock bound here only measures the neighbours.
  it('pages 5,000 seeded products 500 at a time in write_date order', async () => {
    const pages: Rec[][] = [];
    for (let offset = 0; offset < 5000; offset += 500) {
      pages.push(
        await call<Rec[]>(sim, 'product.product', 'search_read', [[['write_date', '>=', '2000-01-01 00:00:00']]], {
          fields: ['default_code', 'name', 'lst_price', 'barcode', 'active', 'write_date', 'product_tmpl_id'],
          offset,
          limit: 500,
          order: 'write_date asc, id asc',
          context: { active_test: false },
        }),
      );
    }
    const rows = pages.flat();
    expect(new Set(rows.map((r) => r.id)).size).toBe(5000);
    // Ordered by write_date (Odoo keeps sub-second precision, so ids within one second need not ascend).
    const stamps = rows.map((r) => r.write_date as string);
    expect([...stamps].sort()).toEqual(stamps);
    // Later price changes put some products after newer ones: write_date order is not id order.
    expect(rows.map((r) => r.id)).not.toEqual([...rows.map((r) => r.id as number)].sort((a, b) => a - b));
  });

  it('is deterministic', async () => {
    const again = await startOdooSimulator({ version: 17, seed: { products: 30, partners: 10 } });
    const other = await startOdooSimulator({ version: 17, seed: { products: 30, partners: 10 } });
    try {
      const snapshot = (s: OdooSimulator) => ({
        products: s.env.records('product.product', ['default_code', 'name', 'lst_price', 'barcode']),
        partners: s.env.records('res.partner', ['name', 'ref', 'type', 'parent_id', 'email', 'city']),
        orders: s.env.records('sale.order', ['name', 'partner_id', 'amount_total', 'state']),
      });
      expect(snapshot(again)).toEqual(snapshot(other));
      // 18 and later seed storable goods as consumables tracked in stock.
      const v18 = await startOdooSimulator({ version: 18, seed: { products: 10 } });
      try {
        expect(
          v18.env.read('product.product', v18.env.search('product.product', [['default_code', '=', 'SKU-00001']]), [
            'type',
            'is_storable',
          ]),
        ).toEqual([{ id: expect.any(Number), type: 'consu', is_storable: true }]);
      } finally {
        await v18.close();
      }
    } finally {
      await again.close();
      await other.close();
    }
  });
});
