import { sqlQuery } from '../../src/db/sql.js';
import { EntityType } from '../../src/domain/enums.js';
import { repricePricelists, repriceVanishedRules } from '../../src/odoo/pull/pricelist-item.js';
import { toOdooDatetime } from '../../src/odoo/pull/pricelist-rules.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import { startOdooSimulator, type OdooSimulator, type OdooVersion } from '../../tools/odoo-simulator/index.js';
import { graphql } from '../gql/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';
import { until } from '../support/until.js';

const PricelistPrices = graphql(`
  query PricelistPrices($pricelist: String!) {
    pricelistItems(filter: { pricelistExternalId: $pricelist }, first: 500) {
      nodes {
        productExternalId
        minQuantity
        price
        previousPrice
        priceChanged
        currency
      }
    }
  }
`);

const DAY = 86_400_000;
const at = (ms: number) => toOdooDatetime(new Date(ms));

/**
 * Products and rules whose prices are worked out by hand from Odoo's
 * product_pricelist_item.py `_compute_price` (16–19):
 * - P1 (list 100): a variant rule, fixed 42.50.
 * - P2 (list 100): a template rule, 15 % off → 85.00; from 10 pieces a fixed 8.50.
 * - P3 (list 100): formula on the sales price: 100 − 10 % = 90, rounded to 0.05 = 90,
 *   + 2.50 = 92.50, at least 100 + 5 = 105, at most 100 + 20 = 120 → 105.00.
 * - P4 (cost 60.37): formula on cost, a 25 % markup (discount −25): 75.4625, rounded to
 *   0.05 = 75.45, − 0.01 = 75.44, within [65.37, 80.37] → 75.44.
 * - P5 (list 50, category "Goods / Tools"): a rule on the parent category "Goods", 20 % off → 40.00.
 * - P6 (list 80): an expired fixed 1.00 → the global rule, 5 % off → 76.00.
 * - P7 (list 40): a future fixed 2.00 → the global rule → 38.00.
 * And a second pricelist in USD (rate 1.1) priced from the first, 20 % off: P1 42.50 € → 46.75 $ → 37.40.
 */
async function seedRules(sim: OdooSimulator) {
  const env = sim.env;
  const goods = env.create('product.category', { name: 'Goods' });
  const tools = env.create('product.category', { name: 'Tools', parent_id: goods });
  const other = env.create('product.category', { name: 'Other' });
  const product = (code: string, vals: Record<string, unknown>) => {
    const template = env.create('product.template', {
      name: code,
      default_code: code,
      categ_id: other,
      list_price: 100,
      ...vals,
    });
    return env.search('product.product', [['product_tmpl_id', '=', template]])[0]!;
  };
  const p = {
    P1: product('P1', {}),
    P2: product('P2', {}),
    P3: product('P3', {}),
    P4: product('P4', { standard_price: 60.37 }),
    P5: product('P5', { list_price: 50, categ_id: tools }),
    P6: product('P6', { list_price: 80 }),
    P7: product('P7', { list_price: 40 }),
  };
  const templateOf = (id: number) =>
    (env.read('product.product', id, ['product_tmpl_id'])[0]!.product_tmpl_id as [number, string])[0];
  const eur = env.search('res.currency', [['name', '=', 'EUR']])[0]!;
  const usd = env.search('res.currency', [['name', '=', 'USD']])[0]!;
  env.write('res.currency', usd, { rate: 1.1 });
  const shop = env.create('product.pricelist', { name: 'Shop', currency_id: eur });
  const resale = env.create('product.pricelist', { name: 'Resale', currency_id: usd });
  const rule = (vals: Record<string, unknown>) => env.create('product.pricelist.item', { pricelist_id: shop, ...vals });
  const now = Date.now();
  const ids = {
    fixed: rule({ applied_on: '0_product_variant', product_id: p.P1, compute_price: 'fixed', fixed_price: 42.5 }),
    percentage: rule({
      applied_on: '1_product',
      product_tmpl_id: templateOf(p.P2),
      compute_price: 'percentage',
      percent_price: 15,
    }),
    tenPieces: rule({
      applied_on: '1_product',
      product_tmpl_id: templateOf(p.P2),
      compute_price: 'fixed',
      fixed_price: 8.5,
      min_quantity: 10,
    }),
    formula: rule({
      applied_on: '0_product_variant',
      product_id: p.P3,
      compute_price: 'formula',
      base: 'list_price',
      price_discount: 10,
      price_round: 0.05,
      price_surcharge: 2.5,
      price_min_margin: 5,
      price_max_margin: 20,
    }),
    cost: rule({
      applied_on: '0_product_variant',
      product_id: p.P4,
      compute_price: 'formula',
      base: 'standard_price',
      price_discount: -25,
      price_round: 0.05,
      price_surcharge: -0.01,
      price_min_margin: 5,
      price_max_margin: 20,
    }),
    category: rule({
      applied_on: '2_product_category',
      categ_id: goods,
      compute_price: 'percentage',
      percent_price: 20,
    }),
    global: rule({ applied_on: '3_global', compute_price: 'formula', price_discount: 5 }),
    expired: rule({
      applied_on: '0_product_variant',
      product_id: p.P6,
      compute_price: 'fixed',
      fixed_price: 1,
      date_start: at(now - 10 * DAY),
      date_end: at(now - DAY),
    }),
    future: rule({
      applied_on: '0_product_variant',
      product_id: p.P7,
      compute_price: 'fixed',
      fixed_price: 2,
      date_start: at(now + DAY),
    }),
  };
  env.create('product.pricelist.item', {
    pricelist_id: resale,
    applied_on: '3_global',
    compute_price: 'formula',
    base: 'pricelist',
    base_pricelist_id: shop,
    price_discount: 20,
  });
  return { p, shop, resale, ids };
}

/** What the simulator's sale order line is priced at (Odoo's line pricing), to the cent. */
function linePrice(sim: OdooSimulator, pricelist: number, productId: number, qty: number): string {
  const env = sim.env;
  const customer = env.search('res.partner', [['parent_id', '=', false]], { limit: 1 })[0]!;
  const order = env.create('sale.order', {
    partner_id: customer,
    pricelist_id: pricelist,
    order_line: [[0, 0, { product_id: productId, product_uom_qty: qty }]],
  });
  const [line] = env.read('sale.order.line', env.search('sale.order.line', [['order_id', '=', order]]), ['price_unit']);
  return (line!.price_unit as number).toFixed(2);
}

describe.each([16, 17, 18, 19] as OdooVersion[])('pricelist rules priced as Odoo %i prices them', (version) => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let seeded: Awaited<ReturnType<typeof seedRules>>;
  const prices = async (pricelist: number) =>
    (await hub.request(PricelistPrices, { pricelist: `odoo:product.pricelist:${pricelist}` })).data!.pricelistItems
      .nodes;
  const priceOf = async (pricelist: number, sku: string, minQuantity = 0) =>
    (await prices(pricelist)).find((i) => i.productExternalId === sku && i.minQuantity === minQuantity);

  beforeAll(async () => {
    sim = await startOdooSimulator({
      version,
      seed: { products: 3, partners: 2, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
    });
    seeded = await seedRules(sim);
    hub = await startTestHub(`pricelist_rules_${version}`, { env: odooEnv(sim) });
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRICELIST_ITEM);
  }, 30_000);
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  it('gives each rule kind’s price to the cent, as an order line in Odoo gets it', async () => {
    const { p, shop, resale } = seeded;
    const expected: [string, number, string][] = [
      ['P1', p.P1, '42.50'],
      ['P2', p.P2, '85.00'],
      ['P3', p.P3, '105.00'],
      ['P4', p.P4, '75.44'],
      ['P5', p.P5, '40.00'],
      ['P6', p.P6, '76.00'],
      ['P7', p.P7, '38.00'],
    ];
    for (const [sku, id, price] of expected) {
      expect([sku, (await priceOf(shop, sku))?.price]).toEqual([sku, price]);
      expect([sku, linePrice(sim, shop, id, 1)]).toEqual([sku, price]);
    }
    // A quantity break is a price of its own, from its quantity on; Odoo's line for 10 pieces agrees.
    expect(await priceOf(shop, 'P2', 10)).toMatchObject({ price: '8.50', currency: 'EUR' });
    expect(linePrice(sim, shop, p.P2, 10)).toBe('8.50');
    expect((await prices(shop)).filter((i) => i.minQuantity !== 0)).toHaveLength(1);
    // Another pricelist's price, in its own currency.
    expect(await priceOf(resale, 'P1')).toMatchObject({ price: '37.40', currency: 'USD' });
    expect(linePrice(sim, resale, p.P1, 1)).toBe('37.40');
    // The global rule names every product: the seeded ones have prices in the pricelist too.
    expect((await prices(shop)).filter((i) => i.minQuantity === 0)).toHaveLength(sim.env.count('product.product'));
  });

  if (version >= 18) {
    it('reads the cost formula’s markup as 18+ shows it (the negated discount)', () => {
      const [rule] = sim.env.read('product.pricelist.item', seeded.ids.cost, ['price_markup', 'price_discount']);
      expect(rule).toMatchObject({ price_markup: 25, price_discount: -25 });
    });
  }

  it('takes a vanished rule’s prices with it: the next rule applies, a quantity break goes', async () => {
    const { ids, shop, p } = seeded;
    sim.env.unlink('product.pricelist.item', [ids.fixed, ids.tenPieces]);
    await repriceVanishedRules(hub.app.odoo!, hub.app.orm.em.fork(), [ids.fixed, ids.tenPieces]);
    // P1 falls back to the global rule (5 % off 100), and the resale pricelist follows it: 95 € → 104.50 $ − 20 %.
    expect(await priceOf(shop, 'P1')).toMatchObject({ price: '95.00', previousPrice: '42.50', priceChanged: true });
    expect(linePrice(sim, shop, p.P1, 1)).toBe('95.00');
    expect(await priceOf(seeded.resale, 'P1')).toMatchObject({ price: '83.60', previousPrice: '37.40' });
    expect(await priceOf(shop, 'P2', 10)).toBeUndefined();
    expect(linePrice(sim, shop, p.P2, 10)).toBe('85.00');
    const rules = await sqlQuery<{ odoo_id: number }>(
      hub.app.orm.em.fork(),
      `select "odoo_id" from "pricelist_rule" where "odoo_id" = any($1::int[])`,
      [[ids.fixed, ids.tenPieces]],
    );
    expect(rules).toEqual([]);
  });

  it('a rule that closes its window gives way at its end (the second after date_end)', async () => {
    const { shop, p } = seeded;
    const end = Date.now() + 3_600_000;
    sim.env.create('product.pricelist.item', {
      pricelist_id: shop,
      applied_on: '0_product_variant',
      product_id: p.P5,
      compute_price: 'fixed',
      fixed_price: 12.34,
      date_end: at(end),
    });
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRICELIST_ITEM);
    expect(await priceOf(shop, 'P5')).toMatchObject({ price: '12.34' });
    const [job] = await sqlQuery<{ run_at: Date }>(
      hub.app.orm.em.fork(),
      `select "run_at" from graphile_worker.jobs where "key" = $1`,
      [`reprice_pricelist:${shop}`],
    );
    const closes = Math.floor(end / 1000) * 1000 + 1000;
    expect(new Date(job!.run_at).getTime()).toBe(closes);
    // The job's work at that moment (the clock moved, not waited for).
    await repricePricelists(hub.app.odoo!, hub.app.orm.em.fork(), [shop], new Date(closes));
    expect(await priceOf(shop, 'P5')).toMatchObject({ price: '40.00', previousPrice: '12.34', priceChanged: true });
  });
});

describe('a pricelist rule whose window opens in a moment', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  beforeAll(async () => {
    sim = await startOdooSimulator({
      version: 17,
      seed: { products: 3, partners: 0, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
    });
    // A worker runs the scheduled job; the pull schedule stays out of the way.
    hub = await startTestHub('pricelist_window', {
      role: 'all',
      env: { ...odooEnv(sim), ODOO_PULL_INTERVAL_MINUTES: '59' },
    });
  }, 30_000);
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  it('changes the price when it opens, through the job queued for that second', async () => {
    const env = sim.env;
    const [variant] = env.search('product.product', [], { order: 'id', limit: 1 });
    const sku = env.read('product.product', variant!, ['default_code'])[0]!.default_code as string;
    const list = env.read('product.product', variant!, ['lst_price'])[0]!.lst_price as number;
    const pricelist = env.create('product.pricelist', { name: 'Promotions' });
    env.create('product.pricelist.item', { pricelist_id: pricelist, compute_price: 'percentage', percent_price: 0 });
    const opens = (Math.floor(Date.now() / 1000) + 4) * 1000;
    env.create('product.pricelist.item', {
      pricelist_id: pricelist,
      applied_on: '0_product_variant',
      product_id: variant,
      compute_price: 'fixed',
      fixed_price: 33.33,
      date_start: at(opens),
    });
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRICELIST_ITEM);
    const price = async () =>
      (
        await hub.request(PricelistPrices, { pricelist: `odoo:product.pricelist:${pricelist}` })
      ).data!.pricelistItems.nodes.find((i) => i.productExternalId === sku);
    expect((await price())?.price).toBe(list.toFixed(2));
    const [job] = await sqlQuery<{ run_at: Date }>(
      hub.app.orm.em.fork(),
      `select "run_at" from graphile_worker.jobs where "key" = $1`,
      [`reprice_pricelist:${pricelist}`],
    );
    expect(new Date(job!.run_at).getTime()).toBe(opens);
    const changed = await until(price, (p) => p?.price === '33.33', 'the promotion’s price', 15_000);
    expect(changed).toMatchObject({ previousPrice: list.toFixed(2), priceChanged: true });
    expect(Date.now() - opens).toBeLessThan(60_000);
  }, 30_000);
});
