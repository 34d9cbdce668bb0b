import { EntityType } from '../../src/domain/enums.js';
import { resetCursor } from '../../src/modules/odoo-cursor/odoo-cursor.service.js';
import { pullFromOdoo, type PullReport } from '../../src/odoo/pull/pull.service.js';
import { startOdooSimulator } from '../../tools/odoo-simulator/index.js';
import { graphql } from '../gql/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';

const StockOf = graphql(`
  query StockOf($sku: String!, $includeDeleted: Boolean) {
    stocks(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {
      nodes {
        deletedAt
        supplierExternalId
        quantity
        onHandQuantity
        reservedQuantity
        previousQuantity
        isQuantityChanged
      }
    }
  }
`);

type Row = {
  deletedAt?: unknown;
  supplierExternalId: string;
  quantity: number;
  onHandQuantity?: number | null;
  reservedQuantity?: number | null;
  previousQuantity?: number | null;
  isQuantityChanged: boolean;
};

/** supplier → [quantity, on hand, reserved] */
type Levels = Record<string, [number, number | null | undefined, number | null | undefined]>;

/** The rows the shop sees; with `includeDeleted`, tombstoned ones too (marked `†`). */
async function levels(hub: TestHub, sku: string, includeDeleted = false): Promise<Levels> {
  const result = await hub.request(StockOf, { sku, includeDeleted });
  expect(result.errors).toBeUndefined();
  const rows = result.data!.stocks.nodes as Row[];
  return Object.fromEntries(
    rows.map((r) => [
      `${r.supplierExternalId}${r.deletedAt ? ' †' : ''}`,
      [r.quantity, r.onHandQuantity, r.reservedQuantity],
    ]),
  ) as Levels;
}

async function row(hub: TestHub, sku: string, supplier: string): Promise<Row | undefined> {
  const result = await hub.request(StockOf, { sku });
  return (result.data!.stocks.nodes as Row[]).find((r) => r.supplierExternalId === supplier);
}

const pull = (hub: TestHub): Promise<PullReport> =>
  pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.STOCK);

const fullPull = async (hub: TestHub): Promise<PullReport> => {
  await resetCursor(hub.app.orm.em.fork(), EntityType.STOCK);
  return pull(hub);
};

/**
 * A simulator with the installer's warehouse WH, a second warehouse SF in the
 * same company, and a warehouse of a second company the integration user also
 * works in; a storable chair with 8 on hand in WH/Stock.
 */
async function setUp() {
  const sim = await startOdooSimulator({ version: 17 });
  const env = sim.env;
  const wh = env.search('stock.warehouse', [['code', '=', 'WH']])[0]!;
  const whStock = env.read('stock.warehouse', wh, ['lot_stock_id'])[0]!.lot_stock_id as [number, string];
  const sf = env.create('stock.warehouse', { name: 'San Francisco', code: 'SF' });
  const sfStock = (env.read('stock.warehouse', sf, ['lot_stock_id'])[0]!.lot_stock_id as [number, string])[0];
  const otherPartner = env.create('res.partner', { name: 'Other Co', is_company: true });
  const other = env.create('res.company', { name: 'Other Co', partner_id: otherPartner });
  env.write('res.users', sim.uid, { company_ids: [[4, other]] });
  const bx = env.create('stock.warehouse', { name: 'Brussels', code: 'BX', company_id: other });
  const bxStock = (env.read('stock.warehouse', bx, ['lot_stock_id'])[0]!.lot_stock_id as [number, string])[0];
  const chair = env.create('product.product', { name: 'Chair', default_code: 'CHAIR', type: 'product' });
  const quant = env.create('stock.quant', { product_id: chair, location_id: whStock[0], quantity: 8 });
  const customer = env.create('res.partner', { name: 'Buyer', is_company: true });
  return { sim, whStock: whStock[0], sfStock, bxStock, chair, quant, customer, other };
}

describe('Odoo simulator: warehouses', () => {
  let f: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    f = await setUp();
  });
  afterAll(() => f.sim.close());

  it('makes a warehouse its view location, its stock location and operation types, in its company', () => {
    const env = f.sim.env;
    const [sf] = env.read('stock.warehouse', env.search('stock.warehouse', [['code', '=', 'SF']]), [
      'view_location_id',
      'lot_stock_id',
      'company_id',
    ]);
    expect(sf!.view_location_id).toEqual([expect.any(Number), 'SF']);
    expect(sf!.lot_stock_id).toEqual([f.sfStock, 'SF/Stock']);
    const [stock] = env.read('stock.location', f.sfStock, ['warehouse_id', 'usage', 'company_id']);
    expect(stock).toMatchObject({
      warehouse_id: [sf!.id, 'San Francisco'],
      usage: 'internal',
      company_id: [1, 'My Company'],
    });
    const [bx] = env.read('stock.location', f.bxStock, ['warehouse_id', 'company_id']);
    expect((bx!.company_id as [number])[0]).toBe(f.other);
    const types = env.read('stock.picking.type', env.search('stock.picking.type', [['warehouse_id', '=', sf!.id]]), [
      'code',
      'company_id',
    ]);
    expect(types.map((t) => t.code).sort()).toEqual(['incoming', 'outgoing']);
    // A shelf under WH/Stock belongs to WH; the partner locations to no warehouse.
    const shelf = env.create('stock.location', { name: 'Shelf 9', location_id: f.whStock });
    expect((env.read('stock.location', shelf, ['warehouse_id'])[0]!.warehouse_id as [number, string])[1]).toBe(
      'My Company',
    );
    const customers = env.search('stock.location', [['usage', '=', 'customer']])[0]!;
    expect(env.read('stock.location', customers, ['warehouse_id'])[0]!.warehouse_id).toBe(false);
    // warehouse_code_uniq: one short name per company.
    expect(() => env.create('stock.warehouse', { name: 'Again', code: 'SF' })).toThrow(
      'The short name of the warehouse must be unique per company!',
    );
  });

  it("moves the quant's write_date when a confirmed order reserves it", () => {
    const env = f.sim.env;
    const before = env.read('stock.quant', f.quant, ['write_date'])[0]!.write_date as string;
    const so = env.create('sale.order', {
      partner_id: f.customer,
      order_line: [[0, 0, { product_id: f.chair, product_uom_qty: 1 }]],
    });
    // write_date reads to the second: each step a few seconds later.
    const later = (seconds: number) => Date.parse(`${before.replace(' ', 'T')}Z`) + seconds * 1000;
    env.atTime(later(2), () => env.call('sale.order', 'action_confirm', [so]));
    const [quant] = env.read('stock.quant', f.quant, ['reserved_quantity', 'write_date']);
    expect(quant!.reserved_quantity).toBe(1);
    expect(String(quant!.write_date) > before).toBe(true);
    env.atTime(later(4), () => env.call('sale.order', 'action_cancel', [so], {}, { disable_cancel_warning: true }));
    const [freed] = env.read('stock.quant', f.quant, ['reserved_quantity', 'write_date']);
    expect(freed!.reserved_quantity).toBe(0);
    expect(String(freed!.write_date) > String(quant!.write_date)).toBe(true);
  });
});

describe('sellable stock per warehouse', () => {
  let f: Awaited<ReturnType<typeof setUp>>;
  let hub: TestHub;
  beforeAll(async () => {
    f = await setUp();
    hub = await startTestHub('stock_warehouses', { env: { ...odooEnv(f.sim), ODOO_COMPANY_ID: '1' } });
  });
  afterAll(async () => {
    await hub?.close();
    f?.sim.close();
  });

  let order: number;

  it('pulls on hand per warehouse and in total', async () => {
    await pull(hub);
    expect(await levels(hub, 'CHAIR')).toEqual({ odoo: [8, 8, 0], 'odoo:WH': [8, 8, 0] });
  });

  it('takes a reservation off the sellable quantity, in the warehouse and in total', async () => {
    order = f.sim.env.create('sale.order', {
      partner_id: f.customer,
      order_line: [[0, 0, { product_id: f.chair, product_uom_qty: 3 }]],
    });
    f.sim.env.call('sale.order', 'action_confirm', [order]);
    const report = await pull(hub);
    expect(report.changes.map((c) => [c.externalId, c.changedFields])).toEqual([
      ['CHAIR', ['quantity', 'reservedQuantity']],
      ['CHAIR', ['quantity', 'reservedQuantity']],
    ]);
    expect(await levels(hub, 'CHAIR')).toEqual({ odoo: [5, 8, 3], 'odoo:WH': [5, 8, 3] });
    expect(await row(hub, 'CHAIR', 'odoo:WH')).toMatchObject({ previousQuantity: 8, isQuantityChanged: true });
    // Nothing moved since: nothing written.
    const again = await pull(hub);
    expect([again.created, again.updated]).toEqual([0, 0]);
  });

  it('gives a second warehouse its own row, and never counts another company', async () => {
    f.sim.env.create('stock.quant', { product_id: f.chair, location_id: f.sfStock, quantity: 4 });
    f.sim.env.create('stock.quant', { product_id: f.chair, location_id: f.bxStock, quantity: 100 });
    await pull(hub);
    expect(await levels(hub, 'CHAIR')).toEqual({ odoo: [9, 12, 3], 'odoo:WH': [5, 8, 3], 'odoo:SF': [4, 4, 0] });
  });

  it('counts stock on a shelf of the warehouse, not at the customer', async () => {
    const shelf = f.sim.env.create('stock.location', { name: 'Shelf 1', location_id: f.sfStock });
    f.sim.env.create('stock.quant', { product_id: f.chair, location_id: shelf, quantity: 2 });
    const customers = f.sim.env.search('stock.location', [['usage', '=', 'customer']])[0]!;
    f.sim.env.create('stock.quant', { product_id: f.chair, location_id: customers, quantity: 50 });
    await pull(hub);
    expect(await levels(hub, 'CHAIR')).toEqual({ odoo: [11, 14, 3], 'odoo:WH': [5, 8, 3], 'odoo:SF': [6, 6, 0] });
  });

  it('treats an unreservation as a stock change', async () => {
    f.sim.env.call('sale.order', 'action_cancel', [order], {}, { disable_cancel_warning: true });
    const report = await pull(hub);
    expect(report.updated).toBe(2);
    expect(await levels(hub, 'CHAIR')).toEqual({ odoo: [14, 14, 0], 'odoo:WH': [8, 8, 0], 'odoo:SF': [6, 6, 0] });
    expect(await row(hub, 'CHAIR', 'odoo:WH')).toMatchObject({ previousQuantity: 5, isQuantityChanged: true });
  });

  it('shipping reserved goods changes on hand and reserved, not what may be sold', async () => {
    const so = f.sim.env.create('sale.order', {
      partner_id: f.customer,
      order_line: [[0, 0, { product_id: f.chair, product_uom_qty: 2 }]],
    });
    f.sim.env.call('sale.order', 'action_confirm', [so]);
    await pull(hub);
    expect(await levels(hub, 'CHAIR')).toEqual({ odoo: [12, 14, 2], 'odoo:WH': [6, 8, 2], 'odoo:SF': [6, 6, 0] });
    const [picking] = f.sim.env.read('sale.order', so, ['picking_ids'])[0]!.picking_ids as number[];
    expect(f.sim.env.call('stock.picking', 'button_validate', [picking!])).toBe(true);
    const report = await pull(hub);
    expect(report.changes.map((c) => c.changedFields)).toEqual([
      ['onHandQuantity', 'reservedQuantity'],
      ['onHandQuantity', 'reservedQuantity'],
    ]);
    expect(await levels(hub, 'CHAIR')).toEqual({ odoo: [12, 12, 0], 'odoo:WH': [6, 6, 0], 'odoo:SF': [6, 6, 0] });
    // The flag and the previous quantity say what the shop acts on: the sellable quantity.
    expect(await row(hub, 'CHAIR', 'odoo:WH')).toMatchObject({ quantity: 6, previousQuantity: 8 });
  });

  it('brings a row down when the quants behind it are deleted', async () => {
    const env = f.sim.env;
    const sfQuants = env.search('stock.quant', [
      ['product_id', '=', f.chair],
      ['location_id', 'child_of', f.sfStock],
    ]);
    expect(sfQuants).toHaveLength(2);
    env.unlink('stock.quant', sfQuants);
    // A deletion leaves no write_date behind; a change to another quant of the product sums it again: SF has nothing left.
    env.write('stock.quant', f.quant, { quantity: 7 });
    await pull(hub);
    // SF's row takes its quantity with it and is tombstoned: it leaves the list, and shows with includeDeleted.
    expect(await levels(hub, 'CHAIR')).toEqual({ odoo: [7, 7, 0], 'odoo:WH': [7, 7, 0] });
    expect(await levels(hub, 'CHAIR', true)).toEqual({
      odoo: [7, 7, 0],
      'odoo:WH': [7, 7, 0],
      'odoo:SF †': [0, 0, 0],
    });
  });

  it('finds quants that vanished without a trace on a full pull', async () => {
    const env = f.sim.env;
    const table = env.create('product.product', { name: 'Table', default_code: 'TABLE', type: 'product' });
    const quant = env.create('stock.quant', { product_id: table, location_id: f.whStock, quantity: 3 });
    await pull(hub);
    expect(await levels(hub, 'TABLE')).toEqual({ odoo: [3, 3, 0], 'odoo:WH': [3, 3, 0] });
    env.unlink('stock.quant', quant);
    const report = await fullPull(hub);
    expect(report.changes.filter((c) => c.externalId === 'TABLE')).toHaveLength(2);
    expect(await levels(hub, 'TABLE')).toEqual({});
    expect(await levels(hub, 'TABLE', true)).toEqual({ 'odoo †': [0, 0, 0], 'odoo:WH †': [0, 0, 0] });
    // The chair's rows were all re-read and found as they were.
    expect(await levels(hub, 'CHAIR')).toEqual({ odoo: [7, 7, 0], 'odoo:WH': [7, 7, 0] });
    const again = await fullPull(hub);
    expect([again.created, again.updated]).toEqual([0, 0]);
  });
});

describe('ODOO_WAREHOUSES', () => {
  let f: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    f = await setUp();
    f.sim.env.create('stock.quant', { product_id: f.chair, location_id: f.sfStock, quantity: 4 });
  });
  afterAll(() => f?.sim.close());

  it('restricts the rows and the total to the warehouses it names', async () => {
    const hub = await startTestHub('stock_warehouses_sf', {
      env: { ...odooEnv(f.sim), ODOO_COMPANY_ID: '1', ODOO_WAREHOUSES: 'SF' },
    });
    try {
      await pull(hub);
      expect(await levels(hub, 'CHAIR')).toEqual({ odoo: [4, 4, 0], 'odoo:SF': [4, 4, 0] });
    } finally {
      await hub.close();
    }
  });

  it('without a company: every warehouse the user sees, another company too', async () => {
    f.sim.env.create('stock.quant', { product_id: f.chair, location_id: f.bxStock, quantity: 100 });
    const hub = await startTestHub('stock_warehouses_all', { env: odooEnv(f.sim) });
    try {
      await pull(hub);
      expect(await levels(hub, 'CHAIR')).toEqual({
        odoo: [112, 112, 0],
        'odoo:WH': [8, 8, 0],
        'odoo:SF': [4, 4, 0],
        'odoo:BX': [100, 100, 0],
      });
    } finally {
      await hub.close();
    }
  });

  it('stops the stock pull, naming the code, when Odoo has no such warehouse', async () => {
    const hub = await startTestHub('stock_warehouses_bad', {
      env: { ...odooEnv(f.sim), ODOO_COMPANY_ID: '1', ODOO_WAREHOUSES: 'WH,BX' },
    });
    try {
      await expect(pull(hub)).rejects.toThrow(
        /ODOO_WAREHOUSES names BX, which Odoo has no active warehouse of company 1/,
      );
    } finally {
      await hub.close();
    }
  });
});
