import { randomBytes } from 'node:crypto';
import { parseCronItems } from 'graphile-worker';
import { graphql } from '../gql/index.js';
import { loadConfig } from '../../src/config.js';
import { sqlQuery } from '../../src/db/sql.js';
import { EntityType, WebhookDirection } from '../../src/domain/enums.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { PRICES } from '../../src/ingest/ingest-tables.js';
import { ingestPricelistItems, ingestProducts } from '../../src/ingest/ingest.service.js';
import { tombstoneKeyed } from '../../src/ingest/tombstone.js';
import { cronItems } from '../../src/jobs/task-list.js';
import { reconcileDeletions } from '../../src/odoo/pull/deletions.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import { WebhookConfig } from '../../src/modules/webhook/webhook-config.entity.js';
import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';
import { until } from '../support/until.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';
import { subscribe, untilLive, type LiveSubscription } from '../support/ws.js';

const Products = graphql(`
  query DeletionProducts($filter: SyncableFilter) {
    products(first: 100, filter: $filter) {
      totalCount
      nodes {
        externalId
        deletedAt
      }
    }
  }
`);
const Partners = graphql(`
  query DeletionPartners($filter: SyncableFilter) {
    partners(first: 100, filter: $filter) {
      totalCount
      nodes {
        externalId
        deletedAt
      }
    }
  }
`);
const OneProduct = graphql(`
  query DeletedProduct($externalId: String!) {
    product(externalId: $externalId) {
      externalId
      deletedAt
      changedFields
      processingState
      prices {
        price
      }
    }
  }
`);
const OnePartner = graphql(`
  query DeletedPartner($externalId: String!) {
    partner(externalId: $externalId) {
      externalId
      deletedAt
      changedFields
    }
  }
`);
const Prices = graphql(`
  query DeletionPrices($filter: PricelistItemFilter) {
    pricelistItems(first: 100, filter: $filter) {
      totalCount
      nodes {
        productExternalId
        deletedAt
        priceChanged
      }
    }
  }
`);
const RequestFullPull = graphql(`
  mutation DeletionFullPull($entityType: EntityType!) {
    requestOdooPull(entityType: $entityType, full: true)
  }
`);
const KeyedRowsOf = graphql(`
  query KeyedRowsOf($sku: String!, $includeDeleted: Boolean = true) {
    stocks(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {
      nodes {
        supplierExternalId
        quantity
        deletedAt
      }
    }
    pricelistItems(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {
      nodes {
        pricelistExternalId
        price
        deletedAt
      }
    }
  }
`);
const OnProduct = graphql(`
  subscription OnProductDeletion {
    entityChanged(entityType: PRODUCT) {
      externalId
      changedFields
    }
  }
`);

type ProductEvent = { entityChanged: { externalId: string; changedFields: string[] } };

/** Most ids the reconciliation names in one search: fewer than the products, so it takes several. */
const CHUNK = 3;

describe('Deletions in Odoo (tombstones)', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let receiver: WebhookReceiver;
  let token: string;
  let seq = 0;
  let pokes = 0;

  beforeAll(async () => {
    sim = await startOdooSimulator({
      version: 17,
      seed: { products: 8, partners: 4, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
    });
    receiver = await WebhookReceiver.start();
    hub = await startTestHub('odoo_deletions', {
      role: 'all',
      env: {
        ...odooEnv(sim),
        ODOO_PULL_INTERVAL_MINUTES: '59',
        ODOO_READ_CHUNK: String(CHUNK),
        WEBHOOK_ALLOW_PRIVATE: 'true',
      },
    });
    token = (await issueToken(hub.app.orm.em.fork(), { name: 'odoo', scopes: ['odoo:webhook'] })).token;
    await pullFromOdoo(hub.app.odoo!, em(), EntityType.PRODUCT);
    await pullFromOdoo(hub.app.odoo!, em(), EntityType.PARTNER);
    // A webshop endpoint for product and partner changes, set up after the first pull (its changes are not asked about).
    const fork = em();
    for (const entityType of [EntityType.PRODUCT, EntityType.PARTNER]) {
      const secret = `whsec_${randomBytes(32).toString('base64')}`;
      fork.create(WebhookConfig, {
        url: `${receiver.url}/${entityType}`,
        entityType,
        direction: WebhookDirection.TO_WEBSHOP,
        secret,
      } as never);
      receiver.expect(`/${entityType}`, { main: secret });
    }
    await fork.flush();
  }, 60_000);
  afterAll(async () => {
    await hub?.close();
    await receiver?.close();
    await sim?.close();
  });

  const em = () => hub.app.orm.em.fork();
  const odoo = () => hub.app.odoo!;
  /** A new product in Odoo, pulled into the hub: its SKU and its product.product and template ids. */
  const newProduct = async () => {
    const sku = `DEL-${++seq}`;
    const template = sim.env.create('product.template', { name: `Doomed ${seq}`, default_code: sku, list_price: 10 });
    const [id] = sim.env.search('product.product', [['product_tmpl_id', '=', template]]);
    await pullFromOdoo(odoo(), em(), EntityType.PRODUCT);
    expect((await hub.request(OneProduct, { externalId: sku })).data!.product).toMatchObject({ deletedAt: null });
    return { sku, id: id!, template };
  };
  const productOf = async (sku: string) => (await hub.request(OneProduct, { externalId: sku })).data!.product!;
  const listed = async (includeDeleted?: boolean) =>
    (await hub.request(Products, { filter: includeDeleted === undefined ? null : { includeDeleted } })).data!.products;
  const post = (body: unknown, query = '') =>
    fetch(`${hub.url}/webhooks/odoo?token=${token}${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const liveProductEvents = async (): Promise<LiveSubscription<ProductEvent>> => {
    const sub = subscribe(hub.url, hub.adminToken, OnProduct, {});
    await untilLive(sub, () => ingestProducts(em(), [{ externalId: 'POKE', data: { poke: ++pokes } }]));
    return sub;
  };
  const firstEventFor = async (sub: LiveSubscription<ProductEvent>, sku: string, ms: number) => {
    const end = Date.now() + ms;
    for (;;) {
      const { data } = await sub.next(Math.max(1, end - Date.now()));
      if (data?.entityChanged.externalId === sku) return data.entityChanged;
    }
  };
  const updatedAt = (table: string, externalId: string) =>
    sqlQuery<{ updated_at: Date }>(em(), `select "updated_at" from "${table}" where "external_id" = $1`, [
      externalId,
    ]).then(([row]) => new Date(row!.updated_at).getTime());

  it('tombstones a product deleted in Odoo at one reconciliation: gone from lists, kept by externalId, announced', async () => {
    const { sku, id } = await newProduct();
    const sub = await liveProductEvents();
    const before = await listed();
    try {
      sim.env.unlink('product.product', id);
      const report = await reconcileDeletions(odoo(), em(), EntityType.PRODUCT, CHUNK);
      expect(report).toMatchObject({ tombstoned: 1 });
      expect(await firstEventFor(sub, sku, 2000)).toEqual({ externalId: sku, changedFields: ['deletedAt'] });
    } finally {
      await sub.close();
    }
    const product = await productOf(sku);
    expect(product).toMatchObject({ externalId: sku, changedFields: ['deletedAt'], processingState: 'PENDING' });
    expect(Date.parse(product.deletedAt as string)).toBeGreaterThan(Date.now() - 60_000);
    const after = await listed();
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.nodes.map((n) => n.externalId)).not.toContain(sku);
    const all = await listed(true);
    expect(all.totalCount).toBe(before.totalCount);
    expect(all.nodes.find((n) => n.externalId === sku)?.deletedAt).toBe(product.deletedAt);
    // The webshop endpoint is told, with the deletion in the message.
    const message = await receiver.next(
      `/${EntityType.PRODUCT}`,
      (m) => m.payload?.data.externalId === sku && 'deletedAt' in m.payload.data,
    );
    expect(message.payload!.data).toMatchObject({
      entityType: 'PRODUCT',
      externalId: sku,
      changedFields: ['deletedAt'],
      isNew: false,
      deletedAt: product.deletedAt,
      current: expect.objectContaining({ default_code: sku }),
    });
    expect(message.verifiedWith).toEqual(['main']);
  });

  it('writes nothing on a second reconciliation, and reads the ids in chunks of ODOO_READ_CHUNK', async () => {
    const { sku, id } = await newProduct();
    sim.env.unlink('product.product', id);
    expect(await reconcileDeletions(odoo(), em(), EntityType.PRODUCT, CHUNK)).toMatchObject({ tombstoned: 1 });
    const at = await updatedAt('product', sku);
    const [{ n: deliveries }] = await sqlQuery<{ n: number }>(
      em(),
      `select count(*)::int as n from "webhook_delivery"`,
    ).then((rows) => rows as [{ n: number }]);
    sim.clearCalls();
    const again = await reconcileDeletions(odoo(), em(), EntityType.PRODUCT, CHUNK);
    expect(again.tombstoned).toBe(0);
    expect(await updatedAt('product', sku)).toBe(at);
    const [{ n: deliveriesAfter }] = (await sqlQuery<{ n: number }>(
      em(),
      `select count(*)::int as n from "webhook_delivery"`,
    )) as [{ n: number }];
    expect(deliveriesAfter).toBe(deliveries);
    // Every live product the hub holds was asked about, never more than CHUNK ids at once.
    const searches = sim.calls.filter((c) => c.model === 'product.product' && c.method === 'search');
    // JSON-RPC sends the domain as execute_kw's first positional argument.
    const asked = searches.map((c) => (((c.kwargs.domain ?? c.args[0]) as unknown[][])[0]![2] as number[]).length);
    expect(again.checked).toBeGreaterThan(CHUNK);
    expect(asked.length).toBe(Math.ceil(again.checked / CHUNK));
    expect(Math.max(...asked)).toBeLessThanOrEqual(CHUNK);
    expect(asked.reduce((a, b) => a + b, 0)).toBe(again.checked);
    // Archived is not deleted: active_test false.
    expect(searches.every((c) => (c.kwargs.context as Record<string, unknown>).active_test === false)).toBe(true);
  });

  it('keeps an archived product, and tombstones a partner deleted in Odoo on a full pull', async () => {
    const { sku, template } = await newProduct();
    sim.env.write('product.template', template, { active: false });
    const partnerRef = `DEL-P-${++seq}`;
    const partnerId = sim.env.create('res.partner', { name: 'Gone Ltd', ref: partnerRef, email: 'gone@odoo.example' });
    await pullFromOdoo(odoo(), em(), EntityType.PARTNER);
    await pullFromOdoo(odoo(), em(), EntityType.PRODUCT);
    const before = (await hub.request(Partners, {})).data!.partners;
    sim.env.unlink('res.partner', partnerId);
    expect((await hub.request(RequestFullPull, { entityType: 'PARTNER' as never })).data!.requestOdooPull).toBe(true);
    const partner = await until(
      async () => (await hub.request(OnePartner, { externalId: partnerRef })).data!.partner!,
      (p) => p.deletedAt !== null,
      'the partner tombstoned by the full pull',
    );
    expect(partner.changedFields).toEqual(['deletedAt']);
    const after = (await hub.request(Partners, {})).data!.partners;
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.nodes.map((n) => n.externalId)).not.toContain(partnerRef);
    const all = (await hub.request(Partners, { filter: { includeDeleted: true } })).data!.partners;
    expect(all.nodes.map((n) => n.externalId)).toContain(partnerRef);
    const message = await receiver.next(
      `/${EntityType.PARTNER}`,
      (m) => m.payload?.data.externalId === partnerRef && 'deletedAt' in m.payload.data,
    );
    expect(message.payload!.data).toMatchObject({ changedFields: ['deletedAt'], deletedAt: partner.deletedAt });
    // The archived product is still there.
    await reconcileDeletions(odoo(), em(), EntityType.PRODUCT, CHUNK);
    expect((await productOf(sku)).deletedAt).toBeNull();
  });

  it('tombstones at once through the receiver, for a variant and for a template', async () => {
    const variant = await newProduct();
    const template = await newProduct();
    sim.env.unlink('product.product', variant.id);
    sim.env.unlink('product.template', template.template);
    const started = Date.now();
    expect((await post({ _model: 'product.product', _id: variant.id })).status).toBe(202);
    expect((await post({ _model: 'product.template', _id: template.template })).status).toBe(202);
    for (const sku of [variant.sku, template.sku]) {
      await until(
        () => productOf(sku),
        (p) => p.deletedAt !== null,
        `${sku} tombstoned by the read-back`,
        2000,
      );
    }
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('waits for an announced deletion to commit: Odoo posts "On deletion" before it unlinks', async () => {
    const { sku, id } = await newProduct();
    // base_automation runs the action, then unlink, then the request commits: the hub hears first.
    expect(
      (await post({ _model: 'product.product', _id: id, _action: 'Hub: deleted(#7)' }, '&event=unlink')).status,
    ).toBe(202);
    await new Promise((r) => setTimeout(r, 300));
    sim.env.unlink('product.product', id);
    const product = await until(
      () => productOf(sku),
      (p) => p.deletedAt !== null,
      'the product tombstoned once its deletion committed',
      15_000,
    );
    expect(product.changedFields).toEqual(['deletedAt']);
  }, 20_000);

  it('revives a tombstone when a record with its key comes again', async () => {
    const { sku, id } = await newProduct();
    sim.env.unlink('product.product', id);
    await reconcileDeletions(odoo(), em(), EntityType.PRODUCT, CHUNK);
    expect((await productOf(sku)).deletedAt).not.toBeNull();
    sim.env.create('product.template', { name: 'Back again', default_code: sku, list_price: 10 });
    const report = await pullFromOdoo(odoo(), em(), EntityType.PRODUCT);
    const change = report.changes.find((c) => c.externalId === sku)!;
    expect(change.isNew).toBe(false);
    expect(change.changedFields).toContain('deletedAt');
    const product = await productOf(sku);
    expect(product.deletedAt).toBeNull();
    expect((await listed()).nodes.map((n) => n.externalId)).toContain(sku);
  });

  it('tombstones keyed rows by key (tombstoneKeyed): out of lists and relations, revived by a later value', async () => {
    const sku = `KEYED-${++seq}`;
    await ingestProducts(em(), [{ externalId: sku, data: { name: 'Keyed' } }]);
    await ingestPricelistItems(em(), [
      { pricelistExternalId: 'list_price', productExternalId: sku, price: '5.00' },
      { pricelistExternalId: 'promo', productExternalId: sku, price: '4.00' },
    ]);
    const gone = await tombstoneKeyed(em(), PRICES, [
      ['promo', sku],
      ['promo', 'NO-SUCH-PRODUCT'],
    ]);
    expect(gone.changes.map((c) => [c.externalId, c.changedFields])).toEqual([[sku, ['deletedAt']]]);
    expect((await tombstoneKeyed(em(), PRICES, [['promo', sku]])).updated).toBe(0);
    const live = (await hub.request(Prices, { filter: { productExternalIds: [sku] } })).data!.pricelistItems;
    expect(live.totalCount).toBe(1);
    const all = (await hub.request(Prices, { filter: { productExternalIds: [sku], includeDeleted: true } })).data!
      .pricelistItems;
    expect(all.nodes.map((n) => [n.deletedAt !== null, n.priceChanged]).sort()).toEqual([
      [false, true],
      [true, true],
    ]);
    expect((await productOf(sku)).prices).toEqual([{ price: '5.00' }]);
    const revived = await ingestPricelistItems(em(), [
      { pricelistExternalId: 'promo', productExternalId: sku, price: '4.00' },
    ]);
    expect(revived.changes.map((c) => c.changedFields)).toEqual([['deletedAt']]);
    expect((await productOf(sku)).prices.map((p) => p.price).sort()).toEqual(['4.00', '5.00']);
  });

  it('takes a deleted quant’s quantity and a deleted rule’s price with them, at once through the receiver', async () => {
    const { sku, id } = await newProduct();
    const [location] = sim.env.search('stock.location', [['usage', '=', 'internal']], { limit: 1 });
    const quant = sim.env.create('stock.quant', { product_id: id, location_id: location, quantity: 5 });
    const pricelist = sim.env.create('product.pricelist', { name: `Doomed list ${seq}` });
    const rule = sim.env.create('product.pricelist.item', {
      pricelist_id: pricelist,
      applied_on: '0_product_variant',
      product_id: id,
      compute_price: 'fixed',
      fixed_price: 7.5,
    });
    await pullFromOdoo(odoo(), em(), EntityType.STOCK);
    await pullFromOdoo(odoo(), em(), EntityType.PRICELIST_ITEM);
    const rows = async () => (await hub.request(KeyedRowsOf, { sku })).data!;
    const listKey = `odoo:product.pricelist:${pricelist}`;
    const before = await rows();
    expect(before.stocks.nodes.map((n) => [n.supplierExternalId, n.quantity, n.deletedAt])).toEqual(
      expect.arrayContaining([
        ['odoo', 5, null],
        ['odoo:WH', 5, null],
      ]),
    );
    expect(before.pricelistItems.nodes.find((n) => n.pricelistExternalId === listKey)).toMatchObject({
      price: '7.50',
      deletedAt: null,
    });

    sim.env.unlink('stock.quant', quant);
    sim.env.unlink('product.pricelist.item', rule);
    expect((await post({ _model: 'stock.quant', _id: quant })).status).toBe(202);
    expect((await post({ _model: 'product.pricelist.item', _id: rule })).status).toBe(202);
    const after = await until(
      rows,
      (r) =>
        r.stocks.nodes.every((n) => n.deletedAt !== null) &&
        r.pricelistItems.nodes.some((n) => n.pricelistExternalId === listKey && n.deletedAt !== null),
      'the quant and the rule to take their rows with them',
      10_000,
    );
    expect(after.stocks.nodes.map((n) => [n.supplierExternalId, n.quantity]).sort()).toEqual([
      ['odoo', 0],
      ['odoo:WH', 0],
    ]);
    // The shop's lists no longer show them.
    const visible = (await hub.request(KeyedRowsOf, { sku, includeDeleted: false })).data!;
    expect(visible.stocks.nodes).toEqual([]);
    expect(visible.pricelistItems.nodes.filter((n) => n.pricelistExternalId === listKey)).toEqual([]);
  });

  it('finds a product, a partner, a rule and a quant deleted in Odoo within one incremental pull (the deletion census)', async () => {
    const doomed = await newProduct();
    const kept = await newProduct();
    const partner = sim.env.create('res.partner', { name: `Doomed partner ${seq}`, ref: `DELP-${seq}` });
    const [location] = sim.env.search('stock.location', [['usage', '=', 'internal']], { limit: 1 });
    const quant = sim.env.create('stock.quant', { product_id: kept.id, location_id: location, quantity: 4 });
    const pricelist = sim.env.create('product.pricelist', { name: `Census list ${seq}` });
    const rule = sim.env.create('product.pricelist.item', {
      pricelist_id: pricelist,
      applied_on: '0_product_variant',
      product_id: kept.id,
      compute_price: 'fixed',
      fixed_price: 3.25,
    });
    const types = [EntityType.PRODUCT, EntityType.PARTNER, EntityType.STOCK, EntityType.PRICELIST_ITEM];
    const pullAll = async () => {
      const tombstoned: Record<string, number> = {};
      for (const type of types) tombstoned[type] = (await pullFromOdoo(odoo(), em(), type)).tombstoned;
      return tombstoned;
    };
    await pullAll();
    const listKey = `odoo:product.pricelist:${pricelist}`;
    const rows = async () => (await hub.request(KeyedRowsOf, { sku: kept.sku })).data!;
    expect((await rows()).stocks.nodes.map((n) => [n.supplierExternalId, n.quantity, n.deletedAt])).toEqual(
      expect.arrayContaining([['odoo', 4, null]]),
    );
    // Nothing deleted: the census sees nothing and reconciles nothing.
    expect(await pullAll()).toEqual({ product: 0, partner: 0, stock: 0, pricelist_item: 0 });

    const sub = await liveProductEvents();
    try {
      sim.env.unlink('product.product', doomed.id);
      sim.env.unlink('res.partner', partner);
      sim.env.unlink('stock.quant', quant);
      sim.env.unlink('product.pricelist.item', rule);
      const tombstoned = await pullAll();
      expect(tombstoned).toMatchObject({ product: 1, partner: 1 });
      expect(tombstoned.stock).toBeGreaterThan(0);
      expect(tombstoned.pricelist_item).toBeGreaterThan(0);
      expect(await firstEventFor(sub, doomed.sku, 2000)).toEqual({
        externalId: doomed.sku,
        changedFields: ['deletedAt'],
      });
    } finally {
      await sub.close();
    }
    expect((await listed()).nodes.map((n) => n.externalId)).not.toContain(doomed.sku);
    expect((await listed(true)).nodes.find((n) => n.externalId === doomed.sku)?.deletedAt).toEqual(expect.any(String));
    const partners = (includeDeleted: boolean) =>
      hub.request(Partners, { filter: { includeDeleted } }).then((r) => r.data!.partners.nodes);
    expect((await partners(false)).map((n) => n.externalId)).not.toContain(`DELP-${seq}`);
    expect((await partners(true)).find((n) => n.externalId === `DELP-${seq}`)?.deletedAt).toEqual(expect.any(String));
    const after = await rows();
    expect(after.stocks.nodes.every((n) => n.quantity === 0 && n.deletedAt !== null)).toBe(true);
    expect(after.pricelistItems.nodes.find((n) => n.pricelistExternalId === listKey)?.deletedAt).toEqual(
      expect.any(String),
    );
  });

  it('schedules a reconciliation per type every ODOO_RECONCILE_INTERVAL_HOURS', () => {
    const items = cronItems(loadConfig({ ...odooEnv(sim), ODOO_RECONCILE_INTERVAL_HOURS: '6' }), true);
    // graphile-worker takes them (a bad pattern throws here).
    parseCronItems(items);
    const reconciles = items.filter((i) => i.task === 'odoo_reconcile');
    expect(reconciles.map((i) => [i.identifier, i.match]).sort()).toEqual(
      ['partner', 'pricelist_item', 'product', 'purchase_order', 'sale_order', 'stock'].map((t) => [
        `odoo_reconcile_${t}`,
        '23 */6 * * *',
      ]),
    );
    // In the type's pull queue: a pull and a reconciliation of one type never overlap.
    expect(reconciles.find((i) => i.identifier === 'odoo_reconcile_product')!.options).toMatchObject({
      queueName: 'odoo_pull:product',
      jobKey: 'odoo_reconcile:product',
    });
  });
});
