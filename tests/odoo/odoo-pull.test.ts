import { PULLED_TYPES } from '../../src/domain/syncable-types.js';
import { graphql } from '../gql/index.js';
import { sqlQuery } from '../../src/db/sql.js';
import { OdooClient } from '../../src/odoo/odoo-client.js';
import { OdooError } from '../../src/odoo/odoo-error.js';
import { pullFromOdoo, type PullReport } from '../../src/odoo/pull/pull.service.js';
import { EntityType } from '../../src/domain/enums.js';
import { parseCronItems } from 'graphile-worker';
import { loadConfig } from '../../src/config.js';
import { cronItems } from '../../src/jobs/task-list.js';
import { createLoggedRequest } from '../../src/observability/outbound-http.js';
import { pricelistRulePrice } from '../../tools/odoo-simulator/addons/pricelist-price.js';
import { roundCurrency } from '../../tools/odoo-simulator/addons/tax-computation.js';
import { startOdooSimulator, type OdooSimulator, type ReadRecord } from '../../tools/odoo-simulator/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';
import { ODOO_MAX_ATTEMPTS } from '../../src/outbox/odoo-jobs.js';

const PulledCounts = graphql(`
  query PulledCounts {
    products(first: 1) {
      totalCount
    }
    partners(first: 1) {
      totalCount
    }
    stocks(first: 1) {
      totalCount
    }
    pricelistItems(first: 1) {
      totalCount
    }
    purchaseOrders(first: 1) {
      totalCount
    }
    syncStatus {
      lastOdooPullAt
    }
  }
`);
const PulledProduct = graphql(`
  query PulledProduct($externalId: String!) {
    product(externalId: $externalId) {
      odooId
      currentData
      changedFields
      prices {
        pricelistExternalId
        price
        previousPrice
        priceChanged
      }
      stock {
        supplierExternalId
        quantity
      }
    }
  }
`);
const PulledFailures = graphql(`
  query PulledFailures {
    syncFailures(filter: { source: ODOO }) {
      nodes {
        entityType
        externalId
        errorMessage
      }
    }
  }
`);
const RequestPull = graphql(`
  mutation RequestPull($entityType: EntityType!) {
    requestOdooPull(entityType: $entityType)
  }
`);

// The scheduled pull's own order: parents before what refers to them.
const ORDER = PULLED_TYPES;

const m2o = (value: unknown): number | null => (Array.isArray(value) ? (value[0] as number) : null);
const keyOf = (value: unknown, model: string, id: number) =>
  typeof value === 'string' && value ? value : `odoo:${model}:${id}`;
const query = <T>(hub: TestHub, text: string, params: unknown[] = []) =>
  sqlQuery<T>(hub.app.orm.em.fork(), text, params);

/** JSON with object keys sorted, so equal values give equal text. */
function canon(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Two lists of lines are equal as multisets; a difference shows (some of) the lines only one side has. */
function expectSameLines(actual: string[], expected: string[]): void {
  const count = new Map<string, number>();
  for (const line of expected) count.set(line, (count.get(line) ?? 0) + 1);
  for (const line of actual) count.set(line, (count.get(line) ?? 0) - 1);
  const differences = [...count]
    .filter(([, n]) => n !== 0)
    .slice(0, 10)
    .map(([line, n]) => `${n > 0 ? 'missing' : 'unexpected'}: ${line}`);
  expect(differences).toEqual([]);
  expect(actual.length).toBe(expected.length);
}

/** Every table the pull writes, as one text per table: any write (even of equal values) changes it. */
async function snapshot(hub: TestHub): Promise<Record<string, string>> {
  const tables = ['product', 'partner', 'stock', 'pricelist_item', 'purchase_order', 'purchase_order_line'];
  const out: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await query<{ digest: string | null }>(
      hub,
      `select md5(string_agg(t::text, '|' order by t."id")) as digest from "${table}" t`,
    );
    out[table] = row!.digest ?? '';
  }
  return out;
}

describe('incremental pull from Odoo', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  /** The product whose prices show Odoo's rule order, and its rule prices. */
  let ruled: { sku: string; variantRule: number; publicList: number; b2bList: number; listPrice: number };
  /** A product with stock outside the warehouse too: what may be sold of it (on hand minus reserved, in WH). */
  let shipped: { sku: string; sellable: number };

  beforeAll(async () => {
    sim = await startOdooSimulator({
      version: 17,
      seed: { products: 5000, partners: 1000, quants: 5000, pricelistItems: 2000, purchaseOrders: 200, saleOrders: 0 },
    });
    const env = sim.env;
    // Rule order: a variant rule beats a template rule, a rule from 10 units on does not price one unit
    // (it is a quantity break of its own), and a discount rule on the variant beats a fixed template price.
    const [publicList, b2bList] = env.search('product.pricelist', [], { order: 'id' });
    const variant = env.search('product.product', [['default_code', '=', 'SKU-04001']])[0]!;
    const template = m2o(env.read('product.product', variant, ['product_tmpl_id'])[0]!.product_tmpl_id)!;
    const rule = (vals: Record<string, unknown>) =>
      env.create('product.pricelist.item', { compute_price: 'fixed', min_quantity: 0, ...vals });
    rule({ pricelist_id: publicList, applied_on: '1_product', product_tmpl_id: template, fixed_price: 11.11 });
    rule({ pricelist_id: publicList, applied_on: '0_product_variant', product_id: variant, fixed_price: 22.22 });
    rule({
      pricelist_id: publicList,
      applied_on: '0_product_variant',
      product_id: variant,
      fixed_price: 5.55,
      min_quantity: 10,
    });
    rule({ pricelist_id: b2bList!, applied_on: '1_product', product_tmpl_id: template, fixed_price: 9.99 });
    rule({
      pricelist_id: b2bList!,
      applied_on: '0_product_variant',
      product_id: variant,
      compute_price: 'percentage',
      percent_price: 10,
    });
    ruled = {
      sku: 'SKU-04001',
      variantRule: 22.22,
      publicList: publicList!,
      b2bList: b2bList!,
      listPrice: env.read('product.product', variant, ['lst_price'])[0]!.lst_price as number,
    };
    // Stock at the customer's counts for nothing: only internal locations are summed.
    const [quant] = env.records('stock.quant', ['product_id', 'quantity']).filter((q) => Number(q.quantity) > 0);
    const productId = m2o(quant!.product_id)!;
    const customers = env.search('stock.location', [['usage', '=', 'customer']])[0]!;
    env.create('stock.quant', { product_id: productId, location_id: customers, quantity: 1000 });
    const internal = new Set(env.search('stock.location', [['usage', '=', 'internal']]));
    const inWarehouse = env
      .records('stock.quant', ['product_id', 'location_id', 'quantity', 'reserved_quantity'])
      .filter((q) => m2o(q.product_id) === productId && internal.has(m2o(q.location_id)!));
    shipped = {
      sku: env.read('product.product', productId, ['default_code'])[0]!.default_code as string,
      sellable: inWarehouse.reduce((sum, q) => sum + Number(q.quantity) - Number(q.reserved_quantity), 0),
    };
    hub = await startTestHub('odoo_pull', { env: odooEnv(sim) });
  }, 60_000);
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  const pull = (type: EntityType) => pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), type);
  const pullAll = async () => {
    const reports: PullReport[] = [];
    for (const type of ORDER) reports.push(await pull(type));
    return reports;
  };

  it('lands 5,000 products, 1,000 customers with their contacts, stock, prices and 200 purchase orders, complete and correct', async () => {
    const first = await pullAll();
    const env = sim.env;

    // Products: every variant, archived ones included, in the hub's shape, without prices.
    const variants = env.records('product.product', [
      'default_code',
      'name',
      'barcode',
      'active',
      'type',
      'categ_id',
      'description_sale',
      'product_tmpl_id',
      'lst_price',
      'sale_ok',
      'uom_id',
    ]);
    expect(variants.length).toBe(5000);
    const factors = new Map(env.records('uom.uom', ['factor']).map((u) => [u.id, u.factor]));
    const products = await query<{ external_id: string; odoo_id: number; current_data: Record<string, unknown> }>(
      hub,
      `select "external_id", "odoo_id", "current_data" from "product"`,
    );
    expectSameLines(
      products.map((p) => canon([p.external_id, p.odoo_id, p.current_data])),
      variants.map((v) =>
        canon([
          keyOf(v.default_code, 'product.product', v.id as number),
          v.id,
          {
            name: v.name,
            default_code: v.default_code,
            barcode: v.barcode || null,
            active: v.active,
            type: v.type,
            categ_id: { id: m2o(v.categ_id), name: (v.categ_id as [number, string])[1] },
            description_sale: v.description_sale || null,
            product_tmpl_id: { id: m2o(v.product_tmpl_id) },
            sale_ok: v.sale_ok,
            uom_id: { id: m2o(v.uom_id), name: (v.uom_id as [number, string])[1], factor: factors.get(m2o(v.uom_id)) },
            // The seed's templates have no attribute lines: one variant each, no attribute values.
            attributes: [],
          },
        ]),
      ),
    );
    expect(first.find((r) => r.entityType === EntityType.PRODUCT)).toMatchObject({ created: 5000, updated: 0 });
    expect(variants.filter((v) => !v.active).length).toBeGreaterThan(0);

    // Prices: the sales price of every variant; and per pricelist, each product a rule names at the price
    // Odoo gives one unit today, plus a row per quantity break where the price changes (the simulator
    // computes Odoo's price for each quantity, pricelist-price.ts).
    const prices = await query<{
      pricelist_external_id: string;
      product_external_id: string;
      min_quantity: number;
      price: string;
    }>(
      hub,
      `select "pricelist_external_id", "product_external_id", "min_quantity", "price"::text as "price" from "pricelist_item"`,
    );
    const expected: string[] = variants.map((v) => `list_price ${v.default_code} 0 ${v.lst_price}`);
    const rules = env.records('product.pricelist.item', [
      'pricelist_id',
      'product_id',
      'product_tmpl_id',
      'min_quantity',
    ]);
    const now = env.nowString();
    for (const pricelist of env.search('product.pricelist', [])) {
      const own = rules.filter((r) => m2o(r.pricelist_id) === pricelist);
      for (const v of variants) {
        const naming = own.filter((r) =>
          m2o(r.product_id) === null ? m2o(r.product_tmpl_id) === m2o(v.product_tmpl_id) : m2o(r.product_id) === v.id,
        );
        if (!naming.length) continue;
        const at = (qty: number) => roundCurrency(pricelistRulePrice(env, pricelist, v.id as number, qty, now).price);
        let last = at(1);
        expected.push(`odoo:product.pricelist:${pricelist} ${v.default_code} 0 ${last}`);
        const breaks = [...new Set(naming.map((r) => Number(r.min_quantity)).filter((q) => q > 1))].sort(
          (a, b) => a - b,
        );
        for (const qty of breaks) {
          if (at(qty) === last) continue;
          last = at(qty);
          expected.push(`odoo:product.pricelist:${pricelist} ${v.default_code} ${qty} ${last}`);
        }
      }
    }
    expect(expected).toContain(`odoo:product.pricelist:${ruled.publicList} ${ruled.sku} 10 5.55`);
    expect(expected.length).toBeGreaterThan(5000 + 1500);
    expectSameLines(
      prices.map((p) => `${p.pricelist_external_id} ${p.product_external_id} ${p.min_quantity} ${Number(p.price)}`),
      expected,
    );

    // Stock: per product, what may be sold (on hand minus reserved) over the internal locations
    // of WH, the only warehouse: its row (`odoo:WH`) and the total (`odoo`) agree.
    const internal = new Set(env.search('stock.location', [['usage', '=', 'internal']]));
    const sums = new Map<number, { onHand: number; reserved: number }>();
    for (const q of env.records('stock.quant', ['product_id', 'location_id', 'quantity', 'reserved_quantity'])) {
      if (!internal.has(m2o(q.location_id)!)) continue;
      const sum = sums.get(m2o(q.product_id)!) ?? { onHand: 0, reserved: 0 };
      sum.onHand += Number(q.quantity);
      sum.reserved += Number(q.reserved_quantity);
      sums.set(m2o(q.product_id)!, sum);
    }
    const stockSku = new Map(
      env.read('product.product', [...sums.keys()], ['default_code']).map((p) => [p.id, p.default_code as string]),
    );
    const expectedStock = [...sums].flatMap(([id, { onHand, reserved }]) =>
      ['odoo', 'odoo:WH'].map(
        (supplier) => `${supplier} ${stockSku.get(id)} ${Math.max(0, onHand - reserved)} ${onHand} ${reserved}`,
      ),
    );
    const stock = await query<{
      product_external_id: string;
      quantity: number;
      supplier_external_id: string;
      on_hand_quantity: number;
      reserved_quantity: number;
    }>(
      hub,
      `select "product_external_id", "quantity", "supplier_external_id", "on_hand_quantity", "reserved_quantity" from "stock"`,
    );
    expect([...sums.values()].some((s) => s.reserved > 0)).toBe(true);
    expectSameLines(
      stock.map(
        (s) =>
          `${s.supplier_external_id} ${s.product_external_id} ${s.quantity} ${s.on_hand_quantity} ${s.reserved_quantity}`,
      ),
      expectedStock,
    );
    expect(stock.length).toBeGreaterThan(6000);

    // Partners: every one, archived too, linked to its parent.
    const partners = env.records('res.partner', ['ref', 'parent_id', 'type', 'active', 'email']);
    expect(partners.length).toBeGreaterThan(2500);
    const partnerKey = new Map(partners.map((p) => [p.id as number, keyOf(p.ref, 'res.partner', p.id as number)]));
    const storedPartners = await query<{
      external_id: string;
      external_parent_id: string | null;
      parent_key: string | null;
      type: string;
      data: { active: boolean; email: string | null };
    }>(
      hub,
      `select c."external_id", c."external_parent_id", p."external_id" as "parent_key", c."type", c."current_data" as "data"
         from "partner" c left join "partner" p on p."id" = c."parent_id"`,
    );
    expectSameLines(
      storedPartners.map((p) =>
        canon([p.external_id, p.external_parent_id, p.parent_key, p.type, p.data.active, p.data.email]),
      ),
      partners.map((p) => {
        const parent = m2o(p.parent_id);
        const parentKey = parent === null ? null : partnerKey.get(parent)!;
        return canon([partnerKey.get(p.id as number), parentKey, parentKey, p.type, p.active, p.email || null]);
      }),
    );
    expect(partners.filter((p) => p.parent_id).length).toBeGreaterThan(1000);
    expect(partners.filter((p) => !p.active).length).toBeGreaterThan(0);

    // Purchase orders with their lines (product SKU, quantity, unit price).
    const orders = env.records('purchase.order', ['name', 'partner_id', 'state', 'order_line']);
    const lines = new Map(
      env
        .records('purchase.order.line', ['product_id', 'product_qty', 'price_unit'])
        .map((l) => [l.id as number, l as ReadRecord]),
    );
    const skuOf = new Map(variants.map((v) => [v.id as number, v.default_code as string]));
    const storedOrders = await query<{ name: string; vendor: string; state: string; lines: string[] | null }>(
      hub,
      `select o."name", o."vendor", o."state",
              array_agg(l."product_external_id" || ' ' || l."quantity" || ' ' || l."price_unit" order by 1) as "lines"
         from "purchase_order" o left join "purchase_order_line" l on l."purchase_order_id" = o."id"
        group by o."id"`,
    );
    expect(storedOrders.length).toBe(200);
    const storedByName = new Map(storedOrders.map((o) => [o.name, o]));
    for (const o of orders) {
      const row = storedByName.get(o.name as string)!;
      expect({ vendor: row.vendor, state: row.state }).toEqual({
        vendor: (o.partner_id as [number, string])[1],
        state: o.state,
      });
      const want = (o.order_line as number[]).map((id) => {
        const l = lines.get(id)!;
        return `${skuOf.get(m2o(l.product_id)!)} ${l.product_qty} ${l.price_unit}`;
      });
      expect([...row.lines!].sort()).toEqual(want.sort());
    }

    // And through the API, as the webshop sees one product.
    const counts = (await hub.request(PulledCounts)).data!;
    expect(counts.products.totalCount).toBe(5000);
    expect(counts.partners.totalCount).toBe(partners.length);
    expect(counts.purchaseOrders.totalCount).toBe(200);
    expect(counts.stocks.totalCount).toBe(expectedStock.length);
    expect(counts.pricelistItems.totalCount).toBe(expected.length);
    expect(counts.syncStatus.lastOdooPullAt).not.toBeNull();
    const product = (await hub.request(PulledProduct, { externalId: ruled.sku })).data!.product!;
    expect(product.prices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          pricelistExternalId: `odoo:product.pricelist:${ruled.publicList}`,
          price: String(ruled.variantRule),
        }),
        expect.objectContaining({ pricelistExternalId: 'list_price' }),
      ]),
    );
    // The B2B variant rule is a discount on the sales price: Odoo's price, not its template's fixed one.
    expect(product.prices).toContainEqual(
      expect.objectContaining({
        pricelistExternalId: `odoo:product.pricelist:${ruled.b2bList}`,
        price: roundCurrency(ruled.listPrice * 0.9).toFixed(2),
      }),
    );
    expect(product.currentData).not.toHaveProperty('list_price');
    const withStock = (await hub.request(PulledProduct, { externalId: shipped.sku })).data!.product!;
    expect([...withStock.stock].sort((a, b) => a.supplierExternalId.localeCompare(b.supplierExternalId))).toEqual([
      { supplierExternalId: 'odoo', quantity: shipped.sellable },
      { supplierExternalId: 'odoo:WH', quantity: shipped.sellable },
    ]);
  }, 60_000);

  it('writes nothing on a second pull with no changes', async () => {
    const before = await snapshot(hub);
    const second = await pullAll();
    expect(second.map((r) => [r.entityType, r.created, r.updated, r.relatedWrites, r.changes])).toEqual(
      ORDER.map((t) => [t, 0, 0, 0, []]),
    );
    expect(await snapshot(hub)).toEqual(before);
  }, 30_000);

  it('reports exactly the 10 products edited in Odoo, with their changed fields, and marks an archived one', async () => {
    const env = sim.env;
    const chosen = new Map(
      [1001, 1002, 1003, 1004, 2001, 2002, 2003, 3001, 3002, 4001, 4501, 4502].map((n) => [
        n,
        env.search('product.product', [['default_code', '=', `SKU-0${n}`]])[0]!,
      ]),
    );
    const pick = (n: number) => chosen.get(n)!;
    const sku = (id: number) => env.read('product.product', id, ['default_code'])[0]!.default_code as string;
    const templateOf = (id: number) => m2o(env.read('product.product', id, ['product_tmpl_id'])[0]!.product_tmpl_id)!;
    const expected: { externalId: string; changedFields: string[] }[] = [];
    // On the variant itself.
    for (const n of [1001, 1002, 1003, 1004]) {
      env.write('product.product', pick(n), { barcode: `NEW-${n}` });
      expected.push({ externalId: sku(pick(n)), changedFields: ['barcode'] });
    }
    // On the template alone: Odoo leaves the variant's write_date as it was.
    for (const n of [2001, 2002, 2003]) {
      env.write('product.template', templateOf(pick(n)), { name: `Renamed ${n}` });
      expected.push({ externalId: sku(pick(n)), changedFields: ['name'] });
    }
    // A template field written through the variant.
    for (const n of [3001, 3002]) {
      env.write('product.product', pick(n), { description_sale: `Now with ${n} features` });
      expected.push({ externalId: sku(pick(n)), changedFields: ['description_sale'] });
    }
    env.write('product.product', pick(4001), { active: false });
    expected.push({ externalId: sku(pick(4001)), changedFields: ['active'] });
    // Not product changes: a new sales price on the template, and a write that changes nothing.
    const repriced = pick(4501);
    const oldPrice = env.read('product.product', repriced, ['lst_price'])[0]!.lst_price as number;
    env.write('product.template', templateOf(repriced), { list_price: 1234.5 });
    env.touch('product.product', pick(4502));

    const report = await pull(EntityType.PRODUCT);
    expect(report).toMatchObject({ created: 0, updated: 10, relatedWrites: 1 });
    const byId = (a: { externalId: string }, b: { externalId: string }) => a.externalId.localeCompare(b.externalId);
    expect(report.changes.map(({ externalId, changedFields }) => ({ externalId, changedFields })).sort(byId)).toEqual(
      expected.sort(byId),
    );

    const archived = (await hub.request(PulledProduct, { externalId: sku(pick(4001)) })).data!.product!;
    expect(archived.currentData).toMatchObject({ active: false });
    expect(archived.changedFields).toEqual(['active']);
    const renamed = (await hub.request(PulledProduct, { externalId: sku(pick(2001)) })).data!.product!;
    expect([renamed.currentData.name, renamed.changedFields]).toEqual(['Renamed 2001', ['name']]);
    const price = (await hub.request(PulledProduct, { externalId: sku(repriced) })).data!.product!;
    // The product itself did not change (it is not among the report's changes above); its list price did.
    expect(price.prices.find((p) => p.pricelistExternalId === 'list_price')).toEqual({
      pricelistExternalId: 'list_price',
      price: '1234.5',
      previousPrice: String(oldPrice),
      priceChanged: true,
    });

    // Reported once: the next pull re-reads the cursor's second and finds it unchanged.
    expect(await pull(EntityType.PRODUCT)).toMatchObject({ created: 0, updated: 0, relatedWrites: 0, changes: [] });
  }, 30_000);

  it('pages through a second holding more records than a page, and finds records written at the cursor’s second', async () => {
    const odoo = hub.app.odoo!;
    const em = hub.app.orm.em.fork();
    await pullFromOdoo(odoo, em, EntityType.PARTNER);
    // A whole second ahead of every write so far: one transaction writes 30 partners at .123 of it,
    // so they share one write_date across three pages of 10 (a keyset on (write_date, id) never gets past them).
    const second = (Math.floor(Date.now() / 1000) + 1) * 1000;
    const ids = sim.env.atTime(second + 123, () =>
      sim.env.transaction(() =>
        Array.from({ length: 30 }, (_, i) => sim.env.createRecords('res.partner', [{ name: `Bulk ${i}` }], {})[0]!),
      ),
    );
    const first = await pullFromOdoo(odoo, em, EntityType.PARTNER, { pageSize: 10 });
    expect(first).toMatchObject({ created: 30, updated: 0 });
    // A transaction that began at the very start of that second commits only now: its write_date is
    // the cursor's second (read back as such), earlier than the records the cursor was taken from.
    sim.env.atTime(second, () => sim.env.write('res.partner', ids[0]!, { email: 'late@example.com' }));
    const again = await pullFromOdoo(odoo, em, EntityType.PARTNER, { pageSize: 10 });
    expect(again.changes).toEqual([
      { externalId: `odoo:res.partner:${ids[0]}`, changedFields: ['email'], isNew: false },
    ]);
    // and the records re-read at the cursor's second were found unchanged: nothing else was written.
    expect(again).toMatchObject({ read: 30, created: 0, updated: 1, unchanged: 29 });
  });
});

describe.each([
  { version: 16 as const, protocol: 'jsonrpc' as const },
  { version: 19 as const, protocol: 'json2' as const },
])('a pull from Odoo $version over $protocol', ({ version, protocol }) => {
  let sim: OdooSimulator;
  let hub: TestHub;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version, seed: true });
    hub = await startTestHub(`odoo_pull_${version}`, { env: { ...odooEnv(sim), ODOO_PROTOCOL: protocol } });
  }, 30_000);
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  it('lands every type, then writes nothing on a second pull', async () => {
    const pull = (type: EntityType) => pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), type);
    const first: PullReport[] = [];
    for (const type of ORDER) first.push(await pull(type));
    const created = Object.fromEntries(first.map((r) => [r.entityType, r.created]));
    const all = { activeTest: false };
    expect(created).toMatchObject({
      [EntityType.PRODUCT]: sim.env.count('product.product', [], all),
      [EntityType.PARTNER]: sim.env.count('res.partner', [], all),
      [EntityType.PURCHASE_ORDER]: sim.env.count('purchase.order', []),
      // Every order, those with a customer reference (a PO number, or the webshop's number) included.
      [EntityType.SALE_ORDER]: sim.env.count('sale.order', []),
      // A row for WH, the one warehouse, and the total, per product with quants.
      [EntityType.STOCK]:
        2 * new Set(sim.env.records('stock.quant', ['product_id']).map((q) => m2o(q.product_id))).size,
    });
    expect(created[EntityType.SALE_ORDER]).toBeGreaterThan(0);
    expect(created[EntityType.PRICELIST_ITEM]).toBeGreaterThan(0);
    const second: PullReport[] = [];
    for (const type of ORDER) second.push(await pull(type));
    expect(second.map((r) => [r.entityType, r.created, r.updated, r.relatedWrites])).toEqual(
      ORDER.map((t) => [t, 0, 0, 0]),
    );
  });
});

describe('a pull while Odoo fails', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  beforeAll(async () => {
    sim = await startOdooSimulator({
      version: 17,
      seed: { products: 40, partners: 10, quants: 0, pricelistItems: 0, purchaseOrders: 30, saleOrders: 0 },
    });
    // A worker runs the jobs; the schedule stays out of the way (every 59 minutes).
    hub = await startTestHub('odoo_pull_failing', {
      role: 'all',
      env: { ...odooEnv(sim), ODOO_PULL_INTERVAL_MINUTES: '59' },
    });
  }, 30_000);
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });
  beforeEach(() => sim.faults.reset());

  const cursor = async (key: string) =>
    (
      await query<{ write_date: string | null }>(
        hub,
        `select "write_date" from "odoo_cursor" where "entity_type" = $1`,
        [key],
      )
    )[0]?.write_date ?? null;
  const job = async (key: string) =>
    (
      await query<{ id: string; attempts: number; last_error: string | null; wait: number; locked: boolean }>(
        hub,
        `select "id", "attempts", "last_error", extract(epoch from "run_at" - now())::float8 as "wait",
                "locked_at" is not null as "locked"
           from graphile_worker.jobs where "key" = $1`,
        [key],
      )
    )[0];
  const until = async <T>(what: () => Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = await what();
      if (value) return value;
      if (Date.now() > end) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const failures = async () => (await hub.request(PulledFailures)).data!.syncFailures.nodes;
  const resolveAll = () => query(hub, `delete from "sync_failure"`);
  const count = async (table: string) =>
    Number((await query<{ n: string }>(hub, `select count(*) as n from "${table}"`))[0]!.n);

  it('commits nothing of the page Odoo failed in the middle of, and keeps the cursor after the last whole page', async () => {
    const odoo = new OdooClient(
      { url: sim.url, db: sim.db, username: sim.login, apiKey: sim.apiKey, protocol: 'jsonrpc', timeoutMs: 2000 },
      createLoggedRequest(null),
    );
    await odoo.search('res.partner', [], { limit: 1 }); // logged in: every request from here is a model call
    const em = hub.app.orm.em.fork();
    const orders = sim.env.search('purchase.order', [], { order: 'write_date, id' });
    for (const [name, fail] of [
      // A page is read in three calls (orders, their lines, the lines' products), and a full page's
      // last second once more by id (three more): Odoo goes away after the first page and the
      // second page's orders, while the hub reads that page's lines.
      ['an HTML 502 page', () => sim.faults.html502Next(1000, { after: 7 })],
      // Again from the cursor: the connection drops while the first page's lines are read.
      ['a dropped connection', () => sim.faults.dropNext(1000, { after: 1 })],
    ] as const) {
      fail();
      const err = await pullFromOdoo(odoo, em, EntityType.PURCHASE_ORDER, { pageSize: 10 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OdooError);
      expect((err as OdooError).transient).toBe(true);
      const stored = await query<{ odoo_id: number }>(hub, `select "odoo_id" from "purchase_order" order by "odoo_id"`);
      expect({ name, stored: stored.map((r) => r.odoo_id) }).toEqual({
        name,
        stored: orders.slice(0, 10).sort((a, b) => a - b),
      });
      const tenth = sim.env.read('purchase.order', orders[9]!, ['write_date'])[0]!.write_date;
      expect(await cursor(EntityType.PURCHASE_ORDER)).toBe(tenth);
      sim.faults.reset();
    }
    const report = await pullFromOdoo(odoo, em, EntityType.PURCHASE_ORDER, { pageSize: 10 });
    expect(report.created).toBe(20);
    expect(await count('purchase_order')).toBe(30);
  });

  it.each([
    {
      outage: 'answers HTML 502 pages',
      entityType: EntityType.PRODUCT,
      table: 'product',
      down: () => Promise.resolve(sim.faults.html502Next(100_000)),
      message: /Odoo answered HTTP 502 with an HTML page/,
      up: () => Promise.resolve(sim.faults.reset()),
    },
    {
      outage: 'is unreachable',
      entityType: EntityType.PARTNER,
      table: 'partner',
      down: () => sim.goOffline(),
      message: /Odoo is unreachable/,
      up: () => sim.goOnline(),
    },
  ])(
    'when Odoo $outage, the pull job retries with backoff, moves no cursor, writes nothing, and opens a SyncFailure after its last attempt',
    async ({ entityType, table, down, message, up }) => {
      const key = `odoo_pull:${entityType}`;
      await down();
      try {
        expect((await hub.request(RequestPull, { entityType: entityType.toUpperCase() as never })).data).toEqual({
          requestOdooPull: true,
        });
        // graphile-worker waits exp(attempts) seconds: 2.7 s after the first, 7.4 s after the second.
        const first = await until(async () => {
          const j = await job(key);
          return j && j.attempts === 1 && !j.locked && j.last_error ? j : null;
        });
        expect(first.last_error).toMatch(message);
        expect(first.wait).toBeGreaterThan(1);
        expect(first.wait).toBeLessThanOrEqual(2.8);
        const second = await until(async () => {
          const j = await job(key);
          return j && j.attempts === 2 && !j.locked ? j : null;
        }, 8_000);
        expect(second.wait).toBeGreaterThan(5);
        expect(second.wait).toBeLessThanOrEqual(7.4);
        expect(second.wait).toBeGreaterThan(first.wait * 1.8); // it grows
        expect(await failures()).toEqual([]);
        // The schedule comes due meanwhile, as graphile-worker's cron adds it: it neither restarts the
        // count (Odoo staying down for good would never open the SyncFailure) nor adds a second pull.
        const scheduled = parseCronItems(cronItems(loadConfig(odooEnv(sim)), true)).find(
          (item) => item.identifier === `odoo_pull_${entityType}`,
        )!;
        await query(hub, `select graphile_worker.add_job($1, $2::json, $3, now(), $4, $5, null, null, $6)`, [
          scheduled.task,
          JSON.stringify(scheduled.payload),
          scheduled.options.queueName,
          scheduled.options.maxAttempts,
          scheduled.options.jobKey,
          scheduled.options.jobKeyMode,
        ]);
        expect(
          // Other types' scheduled pulls may come due meanwhile too (a minute boundary): count this type's only.
          await query(
            hub,
            `select j."attempts" from graphile_worker._private_jobs j
               join graphile_worker._private_tasks t on t."id" = j."task_id"
              where t."identifier" = 'odoo_pull' and j."payload"->>'entityType' = $1`,
            [entityType],
          ),
        ).toEqual([{ attempts: 2 }]);
        expect((await job(key))!.wait).toBeGreaterThan(second.wait - 1);
        // The attempts in between change nothing: run the last one now.
        await query(hub, `select graphile_worker.reschedule_jobs(array[$1::bigint], run_at := now(), attempts := $2)`, [
          second.id,
          ODOO_MAX_ATTEMPTS - 1,
        ]);
        await query(hub, `select pg_notify('jobs:insert', '{"r":0,"count":1}')`);
        await until(async () => !(await job(key)), 10_000);
        expect(await failures()).toEqual([
          {
            entityType: entityType.toUpperCase(),
            externalId: `odoo:pull:${entityType}`,
            errorMessage: expect.stringMatching(message),
          },
        ]);
        expect(await cursor(entityType)).toBeNull();
        expect(await count(table)).toBe(0);
      } finally {
        await up();
      }
      // Odoo is back: the next pull lands it all.
      await hub.request(RequestPull, { entityType: entityType.toUpperCase() as never });
      await until(async () => (await count(table)) > 0 && !(await job(key)), 10_000);
      expect(await cursor(entityType)).not.toBeNull();
      await resolveAll();
    },
    30_000,
  );

  it('takes two Odoo products sharing a SKU as one (the one written last), rather than stopping at that page', async () => {
    const a = sim.env.create('product.template', { name: 'Twin A', default_code: 'TWIN-1' });
    const b = sim.env.create('product.template', { name: 'Twin B', default_code: 'TWIN-1' });
    const variantOf = (t: number) => sim.env.search('product.product', [['product_tmpl_id', '=', t]])[0]!;
    const report = await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
    expect(report.changes.filter((c) => c.externalId === 'TWIN-1')).toHaveLength(1);
    const [twin] = await query<{ odoo_id: number; name: string }>(
      hub,
      `select "odoo_id", "current_data"->>'name' as "name" from "product" where "external_id" = 'TWIN-1'`,
    );
    expect(twin).toEqual({ odoo_id: variantOf(b), name: 'Twin B' });
    expect(variantOf(a)).not.toBe(variantOf(b));
  });
});
