import { graphql } from '../gql/index.js';
import type { PartnerType } from '../../src/domain/enums.js';
import { placeSaleOrder } from '../../src/modules/sale-order/sale-order.service.js';
import { webshopWriter } from '../../src/domain/record-origin.js';
import { sqlQuery } from '../../src/db/sql.js';
import { ingestProducts } from '../../src/ingest/ingest.service.js';
import { requeueOrphanedPushes } from '../../src/jobs/requeue-outbound.task.js';
import type { OdooSimulator } from '../../tools/odoo-simulator/index.js';
import type { TestHub } from '../support/hub.js';
import { until } from '../support/until.js';
import { startHubWithCatalog } from '../support/odoo.js';

const PlaceOrder = graphql(`
  mutation PlaceOrder($input: PlaceSaleOrderInput!) {
    placeSaleOrder(input: $input) {
      id
      externalId
      odooId
      direction
      processingState
      customer {
        externalId
      }
    }
  }
`);
const SaveCustomer = graphql(`
  mutation SaveCustomerToOdoo($input: CustomerInput!) {
    saveCustomer(input: $input) {
      id
      externalId
      type
      children {
        externalId
        type
      }
    }
  }
`);
const CreatePurchase = graphql(`
  mutation CreatePurchaseToOdoo($input: PurchaseOrderInput!) {
    createPurchaseOrder(input: $input) {
      id
      externalId
    }
  }
`);
const OutboundState = graphql(`
  query OutboundState($externalId: String!) {
    saleOrder(externalId: $externalId) {
      id
      odooId
      processingState
      errorMessage
      customer {
        odooId
        children {
          externalId
          type
          odooId
        }
      }
    }
    outboundQueue(first: 500) {
      nodes {
        id
        entityType
        entityId
        status
        attempts
        lastError
        nextAttemptAt
      }
    }
    syncFailures(filter: { source: ODOO }, first: 500) {
      nodes {
        id
        entityType
        externalId
        status
        errorMessage
        resolutionNote
      }
    }
  }
`);
const RetryFailure = graphql(`
  mutation RetryOdooFailure($id: ID!) {
    retrySyncFailure(id: $id) {
      id
      status
    }
  }
`);
const ResolveFailure = graphql(`
  mutation ResolveOdooFailure($id: ID!, $note: String) {
    resolveSyncFailure(id: $id, note: $note) {
      id
      status
      resolutionNote
      resolvedAt
    }
  }
`);
const RetryItem = graphql(`
  mutation RetryOutbound($id: ID!) {
    retryOutboundItem(id: $id) {
      id
      status
      attempts
    }
  }
`);

// Retries in tens of milliseconds, so the fault tests run in seconds.
const PUSH_ENV = {
  OUTBOUND_RETRY_BASE_MS: '20',
  OUTBOUND_MAX_ATTEMPTS: '5',
  WORKER_CONCURRENCY: '8',
};

describe('orders and customers into Odoo', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let skus: string[];
  beforeAll(async () => {
    ({ sim, hub } = await startHubWithCatalog('outbound', 6, { role: 'all', env: PUSH_ENV }));
    const rows = sim.env.read('product.product', sim.env.search('product.product', []), ['default_code']) as {
      default_code: string;
    }[];
    skus = rows.map((r) => r.default_code);
  }, 60_000);
  afterAll(async () => {
    await hub.close();
    await sim.close();
  });
  beforeEach(() => sim.faults.reset());

  let seq = 0;
  const orderInput = (overrides: Record<string, unknown> = {}) => {
    const n = ++seq;
    return {
      externalId: `WEB-${n}`,
      idempotencyKey: `key-${n}`,
      customer: {
        externalId: `cust-${n}`,
        data: { name: `Customer ${n} GmbH`, email: `c${n}@shop.example`, city: 'Berlin', country_code: 'DE' },
        addresses: [
          {
            externalId: `cust-${n}-inv`,
            type: 'INVOICE' as const,
            data: { name: 'Accounts', street: 'Rechnungsweg 1' },
          },
          {
            externalId: `cust-${n}-del`,
            type: 'DELIVERY' as const,
            data: { name: 'Warehouse', street: 'Lagerstr. 9' },
          },
        ],
      },
      invoiceAddressExternalId: `cust-${n}-inv`,
      shippingAddressExternalId: `cust-${n}-del`,
      lines: [
        { productExternalId: skus[0]!, quantity: 2, priceUnit: '19.90' },
        { productExternalId: skus[1]!, quantity: 1, priceUnit: '5.05' },
      ],
      ...overrides,
    };
  };
  const state = async (externalId: string) => (await hub.request(OutboundState, { externalId })).data!;
  const itemsOf = (s: Awaited<ReturnType<typeof state>>, entityId: string) =>
    s.outboundQueue.nodes.filter((i) => i.entityId === entityId);
  const settled = (externalId: string, status: 'COMPLETED' | 'FAILED', timeoutMs = 15_000) =>
    until(
      () => state(externalId),
      (s) => s.saleOrder !== null && itemsOf(s, s.saleOrder.id).some((i) => i.status === status),
      `order ${externalId} ${status}`,
      timeoutMs,
    );
  const odooOrders = (ref: string) => sim.env.search('sale.order', [['client_order_ref', '=', ref]]);
  const creates = (model: string) =>
    sim.calls.filter((c) => c.service === 'object' && c.model === model && c.method === 'create').length;

  it('places an order for a new customer: partner with its addresses, the order with its lines, odooIds back', async () => {
    const input = orderInput();
    const placed = await hub.request(PlaceOrder, { input });
    expect(placed.errors).toBeUndefined();
    expect(placed.data!.placeSaleOrder).toMatchObject({
      externalId: input.externalId,
      odooId: null,
      direction: 'INBOUND',
      processingState: 'PENDING',
      customer: { externalId: input.customer.externalId },
    });
    const done = await settled(input.externalId, 'COMPLETED');

    const [customerId, ...others] = sim.env.search('res.partner', [['ref', '=', input.customer.externalId]]);
    expect(others).toEqual([]);
    const [customer] = sim.env.read('res.partner', [customerId!], ['name', 'email', 'city', 'country_id', 'type']);
    expect(customer).toMatchObject({
      name: input.customer.data.name,
      email: input.customer.data.email,
      city: 'Berlin',
      country_id: [expect.any(Number), 'Germany'],
      type: 'contact',
    });
    const children = sim.env.read('res.partner', sim.env.search('res.partner', [['parent_id', '=', customerId!]]), [
      'ref',
      'type',
      'street',
      'parent_id',
    ]);
    expect(children.map((c) => [c.ref, c.type, c.street, (c.parent_id as [number, string])[0]]).sort()).toEqual([
      [`${input.customer.externalId}-del`, 'delivery', 'Lagerstr. 9', customerId],
      [`${input.customer.externalId}-inv`, 'invoice', 'Rechnungsweg 1', customerId],
    ]);

    const [orderId, ...moreOrders] = odooOrders(input.externalId);
    expect(moreOrders).toEqual([]);
    const [order] = sim.env.read(
      'sale.order',
      [orderId!],
      [
        'partner_id',
        'partner_invoice_id',
        'partner_shipping_id',
        'client_order_ref',
        'order_line',
        'amount_total',
        'state',
      ],
    );
    const childId = (ref: string) => children.find((c) => c.ref === ref)!.id;
    expect(order).toMatchObject({
      partner_id: [customerId, expect.any(String)],
      partner_invoice_id: [childId(`${input.customer.externalId}-inv`), expect.any(String)],
      partner_shipping_id: [childId(`${input.customer.externalId}-del`), expect.any(String)],
      client_order_ref: input.externalId,
      // ODOO_CONFIRM_ORDERS is on by default: the order arrives ready to fulfil.
      state: 'sale',
    });
    const lines = sim.env.read('sale.order.line', order!.order_line as number[], [
      'product_id',
      'product_uom_qty',
      'price_unit',
    ]);
    const productOdooId = (sku: string) => sim.env.search('product.product', [['default_code', '=', sku]])[0]!;
    const listPrice = (sku: string) => sim.env.read('product.product', productOdooId(sku), ['lst_price'])[0]!.lst_price;
    // ODOO_ORDER_PRICES=odoo (the default): Odoo prices the lines (here the products' sales prices), not the shop.
    expect(lines.map((l) => [(l.product_id as [number, string])[0], l.product_uom_qty, l.price_unit])).toEqual([
      [productOdooId(skus[0]!), 2, listPrice(skus[0]!)],
      [productOdooId(skus[1]!), 1, listPrice(skus[1]!)],
    ]);
    expect(order!.amount_total).toBeCloseTo(2 * Number(listPrice(skus[0]!)) + Number(listPrice(skus[1]!)), 2);

    // The hub knows Odoo's ids and shows the queue row done.
    expect(done.saleOrder).toMatchObject({ odooId: orderId, processingState: 'COMPLETED', errorMessage: null });
    expect(done.saleOrder!.customer!.odooId).toBe(customerId);
    expect(
      done.saleOrder!.customer!.children.map((c) => [c.externalId, c.odooId]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    ).toEqual([
      [`${input.customer.externalId}-del`, childId(`${input.customer.externalId}-del`)],
      [`${input.customer.externalId}-inv`, childId(`${input.customer.externalId}-inv`)],
    ]);
    expect(itemsOf(done, done.saleOrder!.id)).toEqual([
      expect.objectContaining({ entityType: 'SALE_ORDER', status: 'COMPLETED', attempts: 1, lastError: null }),
    ]);
  });

  it('repeats nothing for a retried call, refuses the same key with other content, names unknown products', async () => {
    const input = orderInput();
    const first = (await hub.request(PlaceOrder, { input })).data!.placeSaleOrder;
    const again = await hub.request(PlaceOrder, { input });
    expect(again.data!.placeSaleOrder.id).toBe(first.id);

    const other = await hub.request(PlaceOrder, {
      input: { ...input, lines: [{ productExternalId: skus[2]!, quantity: 9 }] },
    });
    expect(other.errors![0]!.extensions!.code).toBe('CONFLICT');
    const sameKeyNewNumber = await hub.request(PlaceOrder, { input: { ...input, externalId: 'WEB-other' } });
    expect(sameKeyNewNumber.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringContaining(input.externalId),
    });

    await settled(input.externalId, 'COMPLETED');
    const jobsBefore = await jobCount();
    const unknown = await hub.request(PlaceOrder, {
      input: orderInput({
        lines: [
          { productExternalId: 'NO-SUCH-SKU', quantity: 1 },
          { productExternalId: skus[0]!, quantity: 1 },
          { productExternalId: 'NOR-THIS', quantity: 1 },
        ],
      }),
    });
    expect(unknown.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(unknown.errors![0]!.message).toMatch(/NO-SUCH-SKU.*NOR-THIS/);
    // The refused call wrote nothing: no order, no customer, no queue row, no job.
    const refused = `WEB-${seq}`;
    expect((await state(refused)).saleOrder).toBeNull();
    expect(await jobCount()).toBe(jobsBefore);
    expect(odooOrders(input.externalId)).toHaveLength(1);
  });

  async function jobCount(): Promise<number> {
    const [row] = await sqlQuery<{ n: number }>(
      hub.app.orm.em.fork(),
      `select count(*)::int as n from graphile_worker.jobs where task_identifier like 'push_%'`,
    );
    return row!.n;
  }

  it('50 concurrent calls with one idempotencyKey make one order, one queue row, one Odoo record', async () => {
    const input = orderInput();
    const results = await Promise.all(Array.from({ length: 50 }, () => hub.request(PlaceOrder, { input })));
    expect(results.map((r) => r.errors)).toEqual(Array(50).fill(undefined));
    expect(new Set(results.map((r) => r.data!.placeSaleOrder.id)).size).toBe(1);
    const done = await settled(input.externalId, 'COMPLETED');
    expect(itemsOf(done, done.saleOrder!.id)).toHaveLength(1);
    expect(odooOrders(input.externalId)).toHaveLength(1);
    expect(sim.env.search('res.partner', [['ref', '=', input.customer.externalId]])).toHaveLength(1);
  });

  it('lands an order once when Odoo’s first three creates hit a serialization failure', async () => {
    sim.faults.failNext(3, 'psycopg2.errors.SerializationFailure', undefined, {
      model: 'sale.order',
      method: 'create',
    });
    const before = creates('sale.order');
    const input = orderInput();
    await hub.request(PlaceOrder, { input });
    const done = await settled(input.externalId, 'COMPLETED');
    expect(odooOrders(input.externalId)).toHaveLength(1);
    expect(creates('sale.order') - before).toBe(4);
    expect(itemsOf(done, done.saleOrder!.id)).toEqual([
      expect.objectContaining({ status: 'COMPLETED', attempts: 4, lastError: null, nextAttemptAt: null }),
    ]);
    expect(done.syncFailures.nodes.filter((f) => f.externalId === input.externalId)).toEqual([]);
  });

  it('fails at once on Odoo’s ValidationError with Odoo’s message; a retry then lands it and closes the failure', async () => {
    const message = 'You cannot confirm an order for a blocked customer.';
    sim.faults.failNext(1, 'odoo.exceptions.ValidationError', message, { model: 'sale.order', method: 'create' });
    const input = orderInput();
    await hub.request(PlaceOrder, { input });
    const failed = await settled(input.externalId, 'FAILED');
    expect(itemsOf(failed, failed.saleOrder!.id)).toEqual([
      expect.objectContaining({
        status: 'FAILED',
        attempts: 1,
        lastError: `odoo.exceptions.ValidationError: ${message}`,
      }),
    ]);
    expect(failed.saleOrder).toMatchObject({ processingState: 'FAILED', errorMessage: message, odooId: null });
    const failure = failed.syncFailures.nodes.find((f) => f.externalId === input.externalId)!;
    expect(failure).toMatchObject({ entityType: 'SALE_ORDER', status: 'OPEN', errorMessage: message });
    expect(odooOrders(input.externalId)).toEqual([]);
    // The graphile-worker job completed: no failed job is left behind.
    expect(await jobCount()).toBe(0);

    expect((await hub.request(RetryFailure, { id: failure.id })).data!.retrySyncFailure.status).toBe('OPEN');
    const done = await settled(input.externalId, 'COMPLETED');
    expect(odooOrders(input.externalId)).toHaveLength(1);
    expect(done.syncFailures.nodes.find((f) => f.id === failure.id)).toMatchObject({
      status: 'RESOLVED',
      resolutionNote: expect.stringContaining('pushed to Odoo'),
    });
  });

  it('fails for a product Odoo does not have; fixing the mapping and retrying the item lands it', async () => {
    // A product the hub has but Odoo does not (yet): the push can't resolve it.
    await ingestProducts(hub.app.orm.em.fork(), [{ externalId: 'GHOST-1', data: { name: 'Ghost' } }]);
    const input = orderInput({ lines: [{ productExternalId: 'GHOST-1', quantity: 1, priceUnit: '3.00' }] });
    await hub.request(PlaceOrder, { input });
    const failed = await settled(input.externalId, 'FAILED');
    const item = itemsOf(failed, failed.saleOrder!.id)[0]!;
    expect(item.lastError).toMatch(/Product GHOST-1 is not in Odoo/);

    const templateId = sim.env.create('product.template', { name: 'Ghost', default_code: 'GHOST-1' });
    expect(templateId).toBeGreaterThan(0);
    expect((await hub.request(RetryItem, { id: item.id })).data!.retryOutboundItem).toMatchObject({
      status: 'PENDING',
      attempts: 0,
    });
    const done = await settled(input.externalId, 'COMPLETED');
    const [order] = sim.env.read('sale.order', odooOrders(input.externalId), ['order_line']);
    const [line] = sim.env.read('sale.order.line', order!.order_line as number[], ['product_id']);
    expect((line!.product_id as [number, string])[0]).toBe(
      sim.env.search('product.product', [['default_code', '=', 'GHOST-1']])[0],
    );
    expect(done.syncFailures.nodes.find((f) => f.externalId === input.externalId)).toMatchObject({
      status: 'RESOLVED',
    });
  });

  it('closes a failure by hand with a note; a closed failure is not retried', async () => {
    sim.faults.failNext(1, 'odoo.exceptions.UserError', 'The customer is blocked.', {
      model: 'sale.order',
      method: 'create',
    });
    const input = orderInput();
    await hub.request(PlaceOrder, { input });
    const failed = await settled(input.externalId, 'FAILED');
    const failure = failed.syncFailures.nodes.find((f) => f.externalId === input.externalId)!;
    const resolved = await hub.request(ResolveFailure, { id: failure.id, note: 'entered by hand in Odoo' });
    expect(resolved.data!.resolveSyncFailure).toMatchObject({
      status: 'RESOLVED',
      resolutionNote: 'entered by hand in Odoo',
      resolvedAt: expect.any(String),
    });
    const again = await hub.request(RetryFailure, { id: failure.id });
    expect(again.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(again.errors![0]!.message).toMatch(/already resolved/);
    const missing = await hub.request(ResolveFailure, { id: '01a2276a-3c0b-71fa-a6e0-111abb77a4c1', note: null });
    expect(missing.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(itemsOf(await state(input.externalId), failed.saleOrder!.id)[0]).toMatchObject({ status: 'FAILED' });
  });

  it('writes the order, its queue row and its job in one transaction: rolled back, none of them exists', async () => {
    const jobsBefore = await jobCount();
    const input = orderInput();
    await expect(
      hub.app.orm.em.fork().transactional(async (tx) => {
        await placeSaleOrder(
          tx,
          {
            ...input,
            customer: {
              ...input.customer,
              addresses: input.customer.addresses.map((a) => ({ ...a, type: a.type.toLowerCase() as PartnerType })),
            },
          },
          webshopWriter({ user: null, scopes: ['orders:write'] }),
        );
        // Everything is written by now, inside the caller's transaction.
        const [row] = await sqlQuery<{ n: number }>(
          tx,
          `select count(*)::int as n from graphile_worker.jobs where task_identifier like 'push_%'`,
        );
        expect(row!.n).toBe(jobsBefore + 1);
        throw new Error('the caller rolls back');
      }),
    ).rejects.toThrow('the caller rolls back');
    expect((await state(input.externalId)).saleOrder).toBeNull();
    expect(await jobCount()).toBe(jobsBefore);
    const [rows] = await sqlQuery<{ n: number }>(
      hub.app.orm.em.fork(),
      `select count(*)::int as n from "partner" where "external_id" like $1`,
      [`${input.customer.externalId}%`],
    );
    expect(rows!.n).toBe(0);
  });

  it('gives a waiting push whose job was lost its job again (the five-minute sweep)', async () => {
    sim.faults.failNext(1, 'odoo.exceptions.UserError', 'Try later.', { model: 'sale.order', method: 'create' });
    const input = orderInput();
    await hub.request(PlaceOrder, { input });
    const failed = await settled(input.externalId, 'FAILED');
    const item = itemsOf(failed, failed.saleOrder!.id)[0]!;
    // As if the database went away between a retry's row update and its job.
    await sqlQuery(
      hub.app.orm.em.fork(),
      `update "outbound_queue" set "status" = 'pending', "updated_at" = now() - interval '1 hour' where "id" = $1`,
      [item.id],
    );
    expect(await requeueOrphanedPushes(hub.app.orm.em.fork(), 300)).toBe(1);
    await settled(input.externalId, 'COMPLETED');
    expect(odooOrders(input.externalId)).toHaveLength(1);
    expect(await requeueOrphanedPushes(hub.app.orm.em.fork(), 300)).toBe(0);
  });

  it('saves a customer with its addresses into Odoo, then writes only what changed', async () => {
    const customer = {
      externalId: 'cust-save-1',
      data: { name: 'Saved AG', email: 'old@saved.example', phone: '+49 30 1' },
      addresses: [{ externalId: 'cust-save-1-del', type: 'DELIVERY' as const, data: { name: 'Dock', city: 'Köln' } }],
    };
    const saved = await hub.request(SaveCustomer, { input: customer });
    expect(saved.errors).toBeUndefined();
    const pushed = () =>
      until(
        () => sim.env.search('res.partner', [['ref', 'in', ['cust-save-1', 'cust-save-1-del']]]),
        (ids) => ids.length === 2,
        'customer and address in Odoo',
      );
    const ids = await pushed();
    const [parentId] = sim.env.search('res.partner', [['ref', '=', 'cust-save-1']]);
    const [address] = sim.env.read('res.partner', sim.env.search('res.partner', [['ref', '=', 'cust-save-1-del']]), [
      'parent_id',
      'type',
      'city',
    ]);
    expect(address).toMatchObject({ parent_id: [parentId, expect.any(String)], type: 'delivery', city: 'Köln' });

    sim.clearCalls();
    await hub.request(SaveCustomer, { input: { ...customer, data: { ...customer.data, email: 'new@saved.example' } } });
    await until(
      () => sim.env.read('res.partner', [parentId!], ['email'])[0]!.email,
      (email) => email === 'new@saved.example',
      'the new e-mail in Odoo',
    );
    const writes = sim.calls.filter((c) => c.model === 'res.partner' && c.method === 'write');
    expect(writes).toHaveLength(1);
    expect(writes[0]!.kwargs.vals ?? writes[0]!.args[1]).toEqual({ email: 'new@saved.example' });
    expect(sim.calls.filter((c) => c.method === 'create')).toEqual([]);
    expect(sim.env.search('res.partner', [['ref', 'in', ['cust-save-1', 'cust-save-1-del']]])).toEqual(ids);
  });

  it('loses no customer edit when a second one comes while the first push waits for a retry', async () => {
    const customer = { externalId: 'cust-edits-1', data: { name: 'Edits GmbH', email: 'a@edits.example' } };
    await hub.request(SaveCustomer, { input: customer });
    const [id] = await until(
      () => sim.env.search('res.partner', [['ref', '=', 'cust-edits-1']]),
      (ids) => ids.length === 1,
      'the customer in Odoo',
    );
    // The first edit's push meets a conflict in Odoo and waits; the second edit comes meanwhile.
    sim.faults.failNext(1, 'psycopg2.errors.SerializationFailure', undefined, { model: 'res.partner', method: 'read' });
    await hub.request(SaveCustomer, { input: { ...customer, data: { ...customer.data, email: 'b@edits.example' } } });
    await hub.request(SaveCustomer, {
      input: { ...customer, data: { ...customer.data, email: 'b@edits.example', phone: '+49 1' } },
    });
    await until(
      () => sim.env.read('res.partner', [id!], ['email', 'phone'])[0]!,
      (p) => p.email === 'b@edits.example' && p.phone === '+49 1',
      'both edits in Odoo',
    );
  });

  it('creates a purchase order in Odoo for a known vendor, once', async () => {
    const vendorId = sim.env.create('res.partner', { name: 'Supplier KG', is_company: true });
    const input = {
      externalId: 'PO-WEB-1',
      name: 'PO-WEB-1',
      vendor: 'Supplier KG',
      lines: [{ productExternalId: skus[3]!, quantity: 12, priceUnit: '2.50' }],
    };
    expect((await hub.request(CreatePurchase, { input })).errors).toBeUndefined();
    expect((await hub.request(CreatePurchase, { input })).errors).toBeUndefined();
    const [poId] = await until(
      () => sim.env.search('purchase.order', [['partner_ref', '=', 'PO-WEB-1']]),
      (ids) => ids.length === 1,
      'the purchase order in Odoo',
    );
    const [po] = sim.env.read('purchase.order', [poId!], ['partner_id', 'order_line']);
    expect((po!.partner_id as [number, string])[0]).toBe(vendorId);
    const [line] = sim.env.read('purchase.order.line', po!.order_line as number[], ['product_qty', 'price_unit']);
    expect(line).toMatchObject({ product_qty: 12, price_unit: 2.5 });
    const [row] = await sqlQuery<{ n: number }>(
      hub.app.orm.em.fork(),
      `select count(*)::int as n from "outbound_queue" q join "purchase_order" p on p.id = q.entity_id where p.external_id = 'PO-WEB-1'`,
    );
    expect(row!.n).toBe(1);

    // Changed in the webshop afterwards: the order's lines in Odoo are replaced, not a second order made.
    const changed = { ...input, lines: [{ productExternalId: skus[4]!, quantity: 3, priceUnit: '7.00' }] };
    expect((await hub.request(CreatePurchase, { input: changed })).errors).toBeUndefined();
    await until(
      () =>
        sim.env.read(
          'purchase.order.line',
          sim.env.read('purchase.order', [poId!], ['order_line'])[0]!.order_line as number[],
          ['product_qty', 'price_unit'],
        ),
      (lines) => lines.length === 1 && lines[0]!.product_qty === 3 && lines[0]!.price_unit === 7,
      'the changed lines in Odoo',
    );
    expect(sim.env.search('purchase.order', [['partner_ref', '=', 'PO-WEB-1']])).toEqual([poId]);
  });
});
