import { graphql } from '../gql/index.js';
import { EntityType } from '../../src/domain/enums.js';
import { ingestSaleOrders } from '../../src/ingest/ingest.service.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import type { OdooSimulator, OdooVersion } from '../../tools/odoo-simulator/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv, startHubWithCatalog } from '../support/odoo.js';
import { until } from '../support/until.js';
import { subscribe, untilLive, type LiveSubscription } from '../support/ws.js';

const PlaceTaxedOrder = graphql(`
  mutation PlaceTaxedOrder($input: PlaceSaleOrderInput!) {
    placeSaleOrder(input: $input) {
      id
      externalId
      odooStatus {
        state
      }
    }
  }
`);
const CancelOrder = graphql(`
  mutation CancelOrder($externalId: String!, $reason: String) {
    cancelSaleOrder(externalId: $externalId, reason: $reason) {
      externalId
      currentData
      changedFields
    }
  }
`);
const OrderFate = graphql(`
  query OrderFate($externalId: String!) {
    saleOrder(externalId: $externalId) {
      id
      odooId
      processingState
      errorMessage
      changedFields
      odooStatus {
        state
        invoiceStatus
        deliveryStatus
        paymentState
        amountUntaxed
        amountTax
        amountTotal
        currency
        trackingRefs
        confirmedAt
      }
    }
    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {
      nodes {
        entityId
        status
        lastError
      }
    }
    syncFailures(filter: { source: ODOO, entityType: SALE_ORDER }, first: 500) {
      nodes {
        id
        externalId
        status
        errorMessage
      }
    }
  }
`);
const RetryOrderFailure = graphql(`
  mutation RetryOrderFailure($id: ID!) {
    retrySyncFailure(id: $id) {
      id
    }
  }
`);
const OnOrder = graphql(`
  subscription OnOrder {
    entityChanged(entityType: SALE_ORDER) {
      externalId
      changedFields
    }
  }
`);
type OrderEvent = { entityChanged: { externalId: string; changedFields: string[] } };

const PUSH_ENV = { OUTBOUND_RETRY_BASE_MS: '20', OUTBOUND_MAX_ATTEMPTS: '5', ODOO_PULL_INTERVAL_MINUTES: '59' };

/** Two products: TAX-EX at 100 plus 19 %, TAX-IN at 119 with 19 % included (100 + 19 either way). */
async function taxedCatalog(sim: OdooSimulator, hubs: TestHub[]): Promise<void> {
  const excluded = sim.createTax({ name: '19% excl.', amount: 19, priceIncluded: false });
  const included = sim.createTax({ name: '19% incl.', amount: 19, priceIncluded: true });
  sim.env.create('product.product', {
    name: 'Taxed apart',
    default_code: 'TAX-EX',
    list_price: 100,
    taxes_id: [[6, 0, [excluded]]],
  });
  sim.env.create('product.product', {
    name: 'Tax included',
    default_code: 'TAX-IN',
    list_price: 119,
    taxes_id: [[6, 0, [included]]],
  });
  for (const hub of hubs) await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
}

function orderHelpers(simulator: () => OdooSimulator, hub: () => TestHub) {
  let seq = 0;
  const order = (prefix: string, overrides: Record<string, unknown> = {}) => {
    const n = ++seq;
    return {
      externalId: `${prefix}-${n}`,
      customer: { externalId: `${prefix}-cust-${n}`, data: { name: `Kunde ${n}`, country_code: 'DE' } },
      lines: [
        { productExternalId: 'TAX-EX', quantity: 1 },
        { productExternalId: 'TAX-IN', quantity: 2 },
      ],
      ...overrides,
    };
  };
  const fate = async (externalId: string) => (await hub().request(OrderFate, { externalId })).data!;
  const settled = (externalId: string, status: 'COMPLETED' | 'FAILED', count = 1) =>
    until(
      () => fate(externalId),
      (s) =>
        s.saleOrder !== null &&
        s.outboundQueue.nodes.filter((i) => i.entityId === s.saleOrder!.id && i.status === status).length >= count,
      `order ${externalId} ${status}`,
      20_000,
    );
  const odooOrder = (ref: string) => {
    const [id, ...more] = simulator().env.search('sale.order', [['client_order_ref', '=', ref]]);
    expect(more).toEqual([]);
    return id!;
  };
  /** Calls of a sale.order method on that one order (its ids are execute_kw's first argument). */
  const callsOf = (method: string, id: number) =>
    simulator().calls.filter(
      (c) =>
        c.service === 'object' &&
        c.model === 'sale.order' &&
        c.method === method &&
        JSON.stringify(c.args[0]) === JSON.stringify([id]),
    ).length;
  return { order, fate, settled, odooOrder, callsOf };
}

describe('orders Odoo can fulfil (Odoo 17)', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let shopIncl: TestHub;
  let shopExcl: TestHub;
  let receiverToken: string;
  const h = orderHelpers(
    () => sim,
    () => hub,
  );
  beforeAll(async () => {
    ({ sim, hub } = await startHubWithCatalog('order_fate', 1, { role: 'all', env: PUSH_ENV }));
    const webshop = (include: string) =>
      startTestHub(`order_fate_shop_${include}`, {
        role: 'all',
        env: { ...odooEnv(sim), ...PUSH_ENV, ODOO_ORDER_PRICES: 'webshop', ODOO_PRICES_INCLUDE_TAX: include },
      });
    shopIncl = await webshop('true');
    shopExcl = await webshop('false');
    await taxedCatalog(sim, [hub, shopIncl, shopExcl]);
    receiverToken = (await issueToken(hub.app.orm.em.fork(), { name: 'odoo', scopes: ['odoo:webhook'] })).token;
  }, 90_000);
  afterAll(async () => {
    await shopIncl?.close();
    await shopExcl?.close();
    await hub?.close();
    await sim?.close();
  });
  beforeEach(() => sim.faults.reset());

  const CONFIRMED_AMOUNTS = {
    state: 'sale',
    amountUntaxed: '300.00',
    amountTax: '57.00',
    amountTotal: '357.00',
    currency: 'EUR',
  };

  it("lands confirmed with Odoo's prices, taxes and amounts (ODOO_ORDER_PRICES=odoo), once", async () => {
    const input = h.order('ODOO', { expectedTotal: '357.00' });
    const placed = await hub.request(PlaceTaxedOrder, { input });
    expect(placed.errors).toBeUndefined();
    expect(placed.data!.placeSaleOrder.odooStatus).toBeNull();
    const done = await h.settled(input.externalId, 'COMPLETED');
    const id = h.odooOrder(input.externalId);
    const [odoo] = sim.env.read('sale.order', id, ['state', 'amount_untaxed', 'amount_tax', 'amount_total']);
    expect(odoo).toMatchObject({ state: 'sale', amount_untaxed: 300, amount_tax: 57, amount_total: 357 });
    expect(done.saleOrder).toMatchObject({ odooId: id, processingState: 'COMPLETED' });
    expect(done.saleOrder!.odooStatus).toMatchObject({ ...CONFIRMED_AMOUNTS, trackingRefs: [] });
    expect(Date.parse(done.saleOrder!.odooStatus!.confirmedAt as string)).toBeGreaterThan(Date.now() - 60_000);
    expect(h.callsOf('action_confirm', id)).toBe(1);
  });

  it.each([
    ['tax-included', () => shopIncl, '119.00'],
    ['tax-excluded', () => shopExcl, '100.00'],
  ])(
    'lands confirmed with the shop’s %s prices so that Odoo’s total is what the customer paid',
    async (_mode, shop, price) => {
      const input = h.order(`SHOP-${price}`, {
        expectedTotal: '357.00',
        lines: [
          { productExternalId: 'TAX-EX', quantity: 1, priceUnit: price },
          { productExternalId: 'TAX-IN', quantity: 2, priceUnit: price },
        ],
      });
      expect((await shop().request(PlaceTaxedOrder, { input })).errors).toBeUndefined();
      const done = await until(
        async () => (await shop().request(OrderFate, { externalId: input.externalId })).data!,
        (s) => s.saleOrder?.processingState === 'COMPLETED' || s.saleOrder?.processingState === 'FAILED',
        'the shop-priced order',
        20_000,
      );
      expect(done.saleOrder!.errorMessage).toBeNull();
      expect(done.saleOrder!.odooStatus).toMatchObject(CONFIRMED_AMOUNTS);
      const [odoo] = sim.env.read('sale.order', h.odooOrder(input.externalId), ['state', 'amount_total']);
      expect(odoo).toMatchObject({ state: 'sale', amount_total: 357 });
    },
  );

  it('leaves an order whose total is a cent off unconfirmed, says both totals, and confirms it on retry once the price is fixed', async () => {
    const input = h.order('CENT', { expectedTotal: '357.01' });
    expect((await hub.request(PlaceTaxedOrder, { input })).errors).toBeUndefined();
    const failed = await h.settled(input.externalId, 'FAILED');
    const id = h.odooOrder(input.externalId);
    expect(sim.env.read('sale.order', id, ['state'])[0]!.state).toBe('draft');
    expect(h.callsOf('action_confirm', id)).toBe(0);
    const failure = failed.syncFailures.nodes.find((f) => f.externalId === input.externalId && f.status === 'OPEN')!;
    expect(failure.errorMessage).toContain('357.00');
    expect(failure.errorMessage).toContain('357.01');
    expect(failed.saleOrder!.odooStatus).toMatchObject({ state: 'draft', amountTotal: '357.00' });

    // Odoo's price is fixed (100.01 + 19 % = 119.01): the retry re-prices the quotation and confirms it.
    const [template] = sim.env.read(
      'product.product',
      sim.env.search('product.product', [['default_code', '=', 'TAX-EX']]),
      ['product_tmpl_id'],
    );
    sim.env.write('product.template', (template!.product_tmpl_id as [number, string])[0], { list_price: 100.01 });
    try {
      expect((await hub.request(RetryOrderFailure, { id: failure.id })).errors).toBeUndefined();
      const done = await h.settled(input.externalId, 'COMPLETED');
      expect(done.saleOrder!.odooStatus).toMatchObject({ state: 'sale', amountTotal: '357.01' });
      expect(done.syncFailures.nodes.find((f) => f.id === failure.id)!.status).toBe('RESOLVED');
      expect(h.callsOf('action_confirm', id)).toBe(1);
    } finally {
      sim.env.write('product.template', (template!.product_tmpl_id as [number, string])[0], { list_price: 100 });
    }
  });

  it("keeps Odoo's refusal to confirm as a SyncFailure with Odoo's message; the order stays a quotation until retried", async () => {
    const refusal = 'The product "Taxed apart" is archived and cannot be sold.';
    sim.faults.failNext(1, 'odoo.exceptions.UserError', refusal, { model: 'sale.order', method: 'action_confirm' });
    const input = h.order('REFUSED');
    expect((await hub.request(PlaceTaxedOrder, { input })).errors).toBeUndefined();
    const failed = await h.settled(input.externalId, 'FAILED');
    const id = h.odooOrder(input.externalId);
    expect(sim.env.read('sale.order', id, ['state'])[0]!.state).toBe('draft');
    const failure = failed.syncFailures.nodes.find((f) => f.externalId === input.externalId && f.status === 'OPEN')!;
    expect(failure.errorMessage).toContain(refusal);
    expect(failed.saleOrder).toMatchObject({ processingState: 'FAILED', odooId: id });
    expect(failed.saleOrder!.odooStatus).toMatchObject({ state: 'draft', amountTotal: '357.00' });

    expect((await hub.request(RetryOrderFailure, { id: failure.id })).errors).toBeUndefined();
    const done = await h.settled(input.externalId, 'COMPLETED');
    expect(done.saleOrder!.odooStatus!.state).toBe('sale');
    // The refused call and the one that confirmed; the order itself was created once.
    expect(h.callsOf('action_confirm', id)).toBe(2);
  });

  let pokes = 0;
  const liveOrderEvents = async (): Promise<LiveSubscription<OrderEvent>> => {
    const sub = subscribe(hub.url, hub.adminToken, OnOrder, {});
    await untilLive(sub, () =>
      ingestSaleOrders(hub.app.orm.em.fork(), [{ externalId: 'POKE', data: { poke: ++pokes } }]),
    );
    return sub;
  };
  const nextEventFor = async (sub: LiveSubscription<OrderEvent>, externalId: string, ms = 5000) => {
    const end = Date.now() + ms;
    for (;;) {
      const { data } = await sub.next(Math.max(1, end - Date.now()));
      if (data?.entityChanged.externalId === externalId) return data.entityChanged;
    }
  };

  it('follows the order back: shipped, tracked, invoiced and paid reach odooStatus and entityChanged within one pull', async () => {
    const input = h.order('FATE', { expectedTotal: '357.00' });
    await hub.request(PlaceTaxedOrder, { input });
    await h.settled(input.externalId, 'COMPLETED');
    const id = h.odooOrder(input.externalId);
    const em = () => hub.app.orm.em.fork();
    await pullFromOdoo(hub.app.odoo!, em(), EntityType.SALE_ORDER);
    const sub = await liveOrderEvents();
    try {
      sim.shipOrder(id, { trackingRef: 'TRACK-1' });
      const invoice = sim.invoiceOrder(id);
      sim.postInvoice(invoice);
      await pullFromOdoo(hub.app.odoo!, em(), EntityType.SALE_ORDER);
      const shipped = await nextEventFor(sub, input.externalId);
      expect(shipped.changedFields).toEqual(
        expect.arrayContaining([
          'odooStatus.deliveryStatus',
          'odooStatus.invoiceStatus',
          'odooStatus.paymentState',
          'odooStatus.trackingRefs',
        ]),
      );
      expect((await h.fate(input.externalId)).saleOrder!.odooStatus).toMatchObject({
        ...CONFIRMED_AMOUNTS,
        deliveryStatus: 'full',
        invoiceStatus: 'invoiced',
        paymentState: 'not_paid',
        trackingRefs: ['TRACK-1'],
      });

      // Neither moves the order's write_date: the pull follows the invoice and the picking themselves.
      sim.payInvoice(invoice);
      const [picking] = sim.env.search('stock.picking', [['sale_id', '=', id]]);
      sim.env.write('stock.picking', picking!, { carrier_tracking_ref: 'TRACK-2' });
      await pullFromOdoo(hub.app.odoo!, em(), EntityType.SALE_ORDER);
      const paid = await nextEventFor(sub, input.externalId);
      expect(paid.changedFields).toEqual(['odooStatus.paymentState', 'odooStatus.trackingRefs']);
      const status = (await h.fate(input.externalId)).saleOrder!.odooStatus!;
      expect(['paid', 'in_payment']).toContain(status.paymentState);
      expect(status.trackingRefs).toEqual(['TRACK-2']);

      // A pull with nothing new writes nothing.
      const again = await pullFromOdoo(hub.app.odoo!, em(), EntityType.SALE_ORDER);
      expect(again.changes.filter((c) => c.externalId === input.externalId)).toEqual([]);

      // Odoo's automation calls the receiver: the change arrives at once, without a pull.
      sim.env.write('stock.picking', picking!, { carrier_tracking_ref: 'TRACK-3' });
      const started = Date.now();
      const res = await fetch(`${hub.url}/webhooks/odoo?token=${receiverToken}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ _model: 'stock.picking', _id: picking }),
      });
      expect(res.status).toBe(202);
      expect(await nextEventFor(sub, input.externalId, 5000)).toEqual({
        externalId: input.externalId,
        changedFields: ['odooStatus.trackingRefs'],
      });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await sub.close();
    }
  });

  it('cancels a confirmed order in Odoo through the outbox, with no wizard left behind, and only once', async () => {
    const input = h.order('CANCEL');
    await hub.request(PlaceTaxedOrder, { input });
    await h.settled(input.externalId, 'COMPLETED');
    const id = h.odooOrder(input.externalId);
    const cancelled = await hub.request(CancelOrder, { externalId: input.externalId, reason: 'customer withdrew' });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelSaleOrder.changedFields).toEqual(['cancellation']);
    expect(cancelled.data!.cancelSaleOrder.currentData.cancellation).toMatchObject({ reason: 'customer withdrew' });
    const done = await h.settled(input.externalId, 'COMPLETED', 2);
    expect(sim.env.read('sale.order', id, ['state'])[0]!.state).toBe('cancel');
    expect(done.saleOrder!.odooStatus!.state).toBe('cancel');
    expect(h.callsOf('action_cancel', id)).toBe(1);
    // The wizard is never opened: nothing of sale.order.cancel was created.
    expect(sim.calls.filter((c) => c.model === 'sale.order.cancel')).toEqual([]);

    const twice = await hub.request(CancelOrder, { externalId: input.externalId });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses to cancel an order with a posted invoice: a SyncFailure names the invoice, Odoo is unchanged', async () => {
    const input = h.order('INVOICED');
    await hub.request(PlaceTaxedOrder, { input });
    await h.settled(input.externalId, 'COMPLETED');
    const id = h.odooOrder(input.externalId);
    const invoice = sim.invoiceOrder(id);
    sim.postInvoice(invoice);
    const [{ name }] = sim.env.read('account.move', invoice, ['name']) as [{ name: string }];
    sim.clearCalls();
    expect((await hub.request(CancelOrder, { externalId: input.externalId })).errors).toBeUndefined();
    const failed = await h.settled(input.externalId, 'FAILED');
    const failure = failed.syncFailures.nodes.find((f) => f.externalId === input.externalId && f.status === 'OPEN')!;
    expect(failure.errorMessage).toContain(name);
    expect(failure.errorMessage).toMatch(/credit note/);
    expect(sim.env.read('sale.order', id, ['state'])[0]!.state).toBe('sale');
    expect(sim.env.read('account.move', invoice, ['state'])[0]!.state).toBe('posted');
    expect(h.callsOf('action_cancel', id)).toBe(0);
    expect(sim.calls.filter((c) => c.method === 'write' || c.method === 'action_cancel')).toEqual([]);
  });

  it('pulls Odoo’s own orders, a customer PO number shared by two orders included, without touching the webshop’s', async () => {
    const [partner] = sim.env.search('res.partner', [], { limit: 1 });
    const [product] = sim.env.search('product.product', [['default_code', '=', 'TAX-EX']]);
    const line = () => [[0, 0, { product_id: product, product_uom_qty: 1 }]];
    const first = sim.env.create('sale.order', {
      partner_id: partner,
      client_order_ref: 'PO-4711',
      order_line: line(),
    });
    const second = sim.env.create('sale.order', {
      partner_id: partner,
      client_order_ref: 'PO-4711',
      order_line: line(),
    });
    const input = h.order('PO');
    await hub.request(PlaceTaxedOrder, { input });
    const pushed = (await h.settled(input.externalId, 'COMPLETED')).saleOrder!.odooId;
    // An order made in Odoo that carries the webshop order's number as its customer reference.
    const impostor = sim.env.create('sale.order', {
      partner_id: partner,
      client_order_ref: input.externalId,
      order_line: line(),
    });
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.SALE_ORDER);
    const nameOf = (id: number) => sim.env.read('sale.order', id, ['name'])[0]!.name as string;
    const odooIdOf = async (externalId: string) => (await h.fate(externalId)).saleOrder?.odooId ?? null;
    expect(await odooIdOf('PO-4711')).toBe(first);
    expect(await odooIdOf(nameOf(second))).toBe(second);
    expect(await odooIdOf(nameOf(impostor))).toBe(impostor);
    const mine = (await h.fate(input.externalId)).saleOrder!;
    expect(mine.odooId).toBe(pushed);
    expect(mine.odooStatus!.state).toBe('sale');
  });

  it('keeps the hub’s own keys out of an order’s data', async () => {
    const refused = await hub.request(PlaceTaxedOrder, {
      input: h.order('RESERVED', { data: { cancellation: { reason: 'sneaky' } } }),
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/cancellation/);
  });

  it('is FORBIDDEN to cancel an order Odoo made, and NOT_FOUND for an unknown one', async () => {
    await ingestSaleOrders(hub.app.orm.em.fork(), [{ externalId: 'S-ODOO-1', data: { name: 'S-ODOO-1' } }]);
    const webshop = (await issueToken(hub.app.orm.em.fork(), { name: 'shop', scopes: ['orders:write', 'orders:read'] }))
      .token;
    const forbidden = await hub.request(CancelOrder, { externalId: 'S-ODOO-1' }, { token: webshop });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await hub.request(CancelOrder, { externalId: 'NO-SUCH-ORDER' }, { token: webshop });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const readOnly = (await issueToken(hub.app.orm.em.fork(), { name: 'viewer', scopes: ['orders:read'] })).token;
    const refused = await hub.request(CancelOrder, { externalId: 'S-ODOO-1' }, { token: readOnly });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe.each([
  [16, 'jsonrpc'],
  [19, 'json2'],
] as [OdooVersion, string][])('orders Odoo can fulfil (Odoo %i over %s)', (version, protocol) => {
  let sim: OdooSimulator;
  let hub: TestHub;
  beforeAll(async () => {
    ({ sim, hub } = await startHubWithCatalog(`order_fate_${version}`, 1, {
      role: 'all',
      env: { ...PUSH_ENV, ODOO_PROTOCOL: protocol },
      version,
    }));
    await taxedCatalog(sim, [hub]);
  }, 60_000);
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  it('confirms once with Odoo’s amounts, and follows the delivery (derived from the pickings on 16)', async () => {
    const h = orderHelpers(
      () => sim,
      () => hub,
    );
    const input = h.order(`V${version}`, { expectedTotal: '357.00' });
    await hub.request(PlaceTaxedOrder, { input });
    const done = await h.settled(input.externalId, 'COMPLETED');
    expect(done.saleOrder!.odooStatus).toMatchObject({ state: 'sale', amountTax: '57.00', amountTotal: '357.00' });
    const id = h.odooOrder(input.externalId);
    expect(h.callsOf('action_confirm', id)).toBe(1);
    sim.shipOrder(id, { trackingRef: `T-${version}` });
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.SALE_ORDER);
    expect((await h.fate(input.externalId)).saleOrder!.odooStatus).toMatchObject({
      deliveryStatus: 'full',
      trackingRefs: [`T-${version}`],
    });
  });

  it('cancels a confirmed order with disable_cancel_warning, once', async () => {
    const h = orderHelpers(
      () => sim,
      () => hub,
    );
    const input = h.order(`C${version}`);
    await hub.request(PlaceTaxedOrder, { input });
    await h.settled(input.externalId, 'COMPLETED');
    expect((await hub.request(CancelOrder, { externalId: input.externalId })).errors).toBeUndefined();
    const done = await h.settled(input.externalId, 'COMPLETED', 2);
    const id = h.odooOrder(input.externalId);
    expect(sim.env.read('sale.order', id, ['state'])[0]!.state).toBe('cancel');
    expect(done.saleOrder!.odooStatus!.state).toBe('cancel');
    expect(h.callsOf('action_cancel', id)).toBe(1);
  });
});
