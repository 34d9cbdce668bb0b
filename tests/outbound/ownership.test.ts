import { graphql } from '../gql/index.js';
import { ROLE_SCOPES } from '../../src/domain/scopes.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { EntityType, Role } from '../../src/domain/enums.js';
import { User } from '../../src/modules/user/user.entity.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import type { OdooSimulator } from '../../tools/odoo-simulator/index.js';
import type { TestHub } from '../support/hub.js';
import { startHubWithCatalog } from '../support/odoo.js';
import { until } from '../support/until.js';

const SaveCustomer = graphql(`
  mutation OwnershipSaveCustomer($input: CustomerInput!) {
    saveCustomer(input: $input) {
      externalId
      origin
      odooId
    }
  }
`);
const PlaceOrder = graphql(`
  mutation OwnershipPlaceOrder($input: PlaceSaleOrderInput!) {
    placeSaleOrder(input: $input) {
      externalId
      origin
    }
  }
`);
const CreatePurchase = graphql(`
  mutation OwnershipCreatePurchase($input: PurchaseOrderInput!) {
    createPurchaseOrder(input: $input) {
      externalId
      origin
    }
  }
`);
const IngestPartners = graphql(`
  mutation OwnershipIngestPartners($input: [PartnerInput!]!) {
    ingestPartners(input: $input) {
      updated
    }
  }
`);
const Records = graphql(`
  query OwnershipRecords($partner: String!, $order: String!, $purchase: String!) {
    partner(externalId: $partner) {
      id
      externalId
      origin
      odooId
      currentData
      children {
        externalId
        origin
      }
    }
    saleOrder(externalId: $order) {
      externalId
      origin
      odooId
      processingState
    }
    purchaseOrder(externalId: $purchase) {
      externalId
      origin
      odooId
      lines {
        productExternalId
        quantity
      }
    }
    products(first: 1) {
      nodes {
        origin
      }
    }
    outboundQueue(first: 500) {
      nodes {
        entityType
        entityId
        status
        lastError
      }
    }
    syncFailures(first: 500) {
      nodes {
        externalId
        errorMessage
        status
      }
    }
  }
`);

const PUSH_ENV = { OUTBOUND_RETRY_BASE_MS: '20', OUTBOUND_MAX_ATTEMPTS: '3' };

/**
 * Who may change what: a webshop token never changes a record Odoo made, in the
 * hub or (through a push) in Odoo, whichever door it tries; a customer Odoo
 * already has is linked, not overwritten; a record another user's token made is
 * that user's.
 */
describe('record ownership', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let sku: string;
  let shop: string;
  /** Odoo partners: one with a `ref`, one without (its key is odoo:res.partner:<id>). */
  let known: number;
  let anonymous: number;
  let odooPo: { id: number; name: string };

  beforeAll(async () => {
    ({ sim, hub } = await startHubWithCatalog('ownership', 2, { role: 'all', env: PUSH_ENV }));
    sku = String(
      sim.env.read('product.product', sim.env.search('product.product', [], { limit: 1 }), ['default_code'])[0]!
        .default_code,
    );
    known = sim.env.create('res.partner', {
      name: 'Known Customer',
      email: 'known@odoo.example',
      ref: 'CUST-7',
      street: 'Odoo Street 1',
    });
    anonymous = sim.env.create('res.partner', { name: 'No Ref Ltd', email: 'noref@odoo.example' });
    const vendor = sim.env.create('res.partner', { name: 'Vendor AG', is_company: true });
    const product = sim.env.search('product.product', [['default_code', '=', sku]])[0]!;
    const poId = sim.env.create('purchase.order', {
      partner_id: vendor,
      order_line: [[0, 0, { product_id: product, product_qty: 5, price_unit: 3 }]],
    });
    odooPo = { id: poId, name: String(sim.env.read('purchase.order', poId, ['name'])[0]!.name) };
    for (const type of [EntityType.PARTNER, EntityType.PURCHASE_ORDER])
      await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), type);
    shop = (await issueToken(hub.app.orm.em.fork(), { name: 'shop', scopes: ROLE_SCOPES[Role.WEBSHOP] })).token;
  }, 60_000);
  afterAll(async () => {
    await hub.close();
    await sim.close();
  });

  const records = async (partner = 'none', order = 'none', purchase = 'none') =>
    (await hub.request(Records, { partner, order, purchase })).data!;
  /** Model calls that change `ids` of `model` in Odoo. */
  const writesTo = (model: string, ids: number[]) =>
    sim.calls.filter(
      (c) =>
        c.service === 'object' &&
        c.model === model &&
        ['write', 'unlink'].includes(c.method) &&
        ((c.args[0] as number[] | undefined) ?? (c.kwargs.ids as number[] | undefined) ?? []).some((id) =>
          ids.includes(id),
        ),
    );
  /** Waits until every push of the partner is done. */
  const pushed = (externalId: string) =>
    until(
      async () => {
        const r = await records(externalId);
        return r.outboundQueue.nodes.filter((i) => i.entityId === r.partner?.id);
      },
      (items) => items.length > 0 && items.every((i) => i.status === 'COMPLETED'),
      `push of partner ${externalId}`,
      15_000,
    );
  const partnerRow = async (externalId: string) => (await records(externalId)).partner;

  it('shows where every record came from: pulled records are ODOO', async () => {
    const r = await records('CUST-7', 'none', odooPo.name);
    expect(r.partner).toMatchObject({ externalId: 'CUST-7', origin: 'ODOO', odooId: known });
    expect(r.purchaseOrder).toMatchObject({ origin: 'ODOO', odooId: odooPo.id });
    expect(r.products.nodes[0]!.origin).toBe('ODOO');
  });

  it.each([
    ['its ref', () => 'CUST-7'],
    ['odoo:res.partner:<id>', () => `odoo:res.partner:${anonymous}`],
  ])('refuses saveCustomer on an Odoo partner named by %s: FORBIDDEN, nothing written or pushed', async (_, key) => {
    const externalId = key();
    const before = await partnerRow(externalId);
    const calls = sim.calls.length;
    const res = await hub.request(
      SaveCustomer,
      { input: { externalId, data: { name: 'Mallory', email: 'mallory@evil.example', vat: 'XX1' } } },
      { token: shop },
    );
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN', externalIds: [externalId] },
      message: expect.stringContaining(`Partner ${JSON.stringify(externalId)} comes from Odoo`),
    });
    const after = await records(externalId);
    expect(after.partner).toEqual(before);
    expect(after.outboundQueue.nodes.filter((i) => i.entityType === 'PARTNER')).toEqual([]);
    expect(sim.calls.slice(calls)).toEqual([]);
  });

  it('refuses an address that names an Odoo partner, and then writes none of the customer', async () => {
    const res = await hub.request(
      SaveCustomer,
      {
        input: {
          externalId: 'web-new-1',
          data: { name: 'New' },
          addresses: [{ externalId: 'CUST-7', type: 'DELIVERY', data: { name: 'Hijack', street: 'Elsewhere 9' } }],
        },
      },
      { token: shop },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await partnerRow('web-new-1')).toBeNull();
    expect((await partnerRow('CUST-7'))!.currentData).toMatchObject({ street: 'Odoo Street 1' });
  });

  it("refuses placeSaleOrder for an Odoo partner's key: no order, no push", async () => {
    const res = await hub.request(
      PlaceOrder,
      {
        input: {
          externalId: 'WEB-OWN-1',
          customer: { externalId: 'CUST-7', data: { name: 'Known Customer', email: 'other@evil.example' } },
          lines: [{ productExternalId: sku, quantity: 1 }],
        },
      },
      { token: shop },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const r = await records('CUST-7', 'WEB-OWN-1');
    expect(r.saleOrder).toBeNull();
    expect(r.partner!.currentData).toMatchObject({ email: 'known@odoo.example' });
  });

  it("refuses createPurchaseOrder with a pulled PO's name: its lines stay, Odoo's order is not written", async () => {
    const res = await hub.request(
      CreatePurchase,
      {
        input: {
          externalId: odooPo.name,
          name: odooPo.name,
          vendor: 'Vendor AG',
          lines: [{ productExternalId: sku, quantity: 999, priceUnit: '0.01' }],
        },
      },
      { token: shop },
    );
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining(`Purchase order ${JSON.stringify(odooPo.name)} comes from Odoo`),
    });
    const r = await records('none', 'none', odooPo.name);
    expect(r.purchaseOrder!.lines).toEqual([{ productExternalId: sku, quantity: 5 }]);
    expect(r.outboundQueue.nodes.filter((i) => i.entityType === 'PURCHASE_ORDER')).toEqual([]);
    expect(writesTo('purchase.order', [odooPo.id])).toEqual([]);
  });

  it('still lets Odoo’s side (ingest with sync:write) update an Odoo partner', async () => {
    const integrator = (
      await issueToken(hub.app.orm.em.fork(), { name: 'integrator', scopes: ROLE_SCOPES[Role.INTEGRATOR] })
    ).token;
    const res = await hub.request(
      IngestPartners,
      { input: [{ externalId: 'CUST-7', data: { name: 'Known Customer', email: 'known@odoo.example', vip: true } }] },
      { token: integrator },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestPartners.updated).toBe(1);
    expect((await partnerRow('CUST-7'))!.origin).toBe('ODOO');
  });

  it('links a webshop customer with the e-mail of an Odoo customer: the order goes to that partner, which is never written', async () => {
    const saved = await hub.request(
      SaveCustomer,
      {
        input: {
          externalId: 'web-ada',
          data: { name: 'Ada (shop)', email: 'KNOWN@odoo.example', phone: '+49 30 1234', street: 'Shop Street 5' },
        },
      },
      { token: shop },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveCustomer).toMatchObject({ externalId: 'web-ada', origin: 'WEBSHOP' });
    await pushed('web-ada');
    expect((await partnerRow('web-ada'))!.odooId).toBe(known);

    const placed = await hub.request(
      PlaceOrder,
      {
        input: {
          externalId: 'WEB-ADA-1',
          customer: {
            externalId: 'web-ada',
            data: { name: 'Ada (shop)', email: 'KNOWN@odoo.example', phone: '+49 30 1234', street: 'Shop Street 5' },
            addresses: [{ externalId: 'web-ada-del', type: 'DELIVERY', data: { name: 'Ada', street: 'Parcel 1' } }],
          },
          shippingAddressExternalId: 'web-ada-del',
          lines: [{ productExternalId: sku, quantity: 1 }],
        },
      },
      { token: shop },
    );
    expect(placed.errors).toBeUndefined();
    expect(placed.data!.placeSaleOrder.origin).toBe('WEBSHOP');
    await until(
      () => records('web-ada', 'WEB-ADA-1'),
      (r) => r.saleOrder?.processingState === 'COMPLETED',
      'order WEB-ADA-1 pushed',
      15_000,
    );
    const [orderId] = sim.env.search('sale.order', [['client_order_ref', '=', 'WEB-ADA-1']]);
    const [order] = sim.env.read('sale.order', orderId!, ['partner_id', 'partner_shipping_id']);
    expect((order!.partner_id as [number, string])[0]).toBe(known);
    const [delivery] = sim.env.read('res.partner', (order!.partner_shipping_id as [number, string])[0], [
      'ref',
      'parent_id',
    ]);
    expect(delivery).toMatchObject({ ref: 'web-ada-del', parent_id: [known, expect.any(String)] });
    // Odoo's partner is as Odoo made it: no write reached it, no second partner was made for the e-mail.
    expect(writesTo('res.partner', [known])).toEqual([]);
    expect(sim.env.read('res.partner', known, ['name', 'phone', 'street'])[0]).toMatchObject({
      name: 'Known Customer',
      phone: false,
      street: 'Odoo Street 1',
    });
    expect(sim.env.search('res.partner', [['ref', '=', 'web-ada']])).toEqual([]);
  });

  it('links, never overwrites, an Odoo partner that carries the webshop key as its ref but was made in Odoo', async () => {
    // Made in Odoo after the hub's pull: the hub has never seen it.
    const made = sim.env.create('res.partner', { name: 'Bob (Odoo)', ref: 'web-bob', email: 'bob@odoo.example' });
    const saved = await hub.request(
      SaveCustomer,
      { input: { externalId: 'web-bob', data: { name: 'Mallory', email: 'mallory@evil.example', vat: 'XX1' } } },
      { token: shop },
    );
    expect(saved.errors).toBeUndefined();
    await pushed('web-bob');
    expect((await partnerRow('web-bob'))!.odooId).toBe(made);
    expect(writesTo('res.partner', [made])).toEqual([]);
    expect(sim.env.read('res.partner', made, ['name', 'email', 'vat'])[0]).toMatchObject({
      name: 'Bob (Odoo)',
      email: 'bob@odoo.example',
      vat: false,
    });
  });

  it('does not adopt an order Odoo made with the webshop order’s number as client_order_ref: a SyncFailure says why', async () => {
    const customer = sim.env.create('res.partner', { name: 'Walk-in' });
    const theirs = sim.env.create('sale.order', { partner_id: customer, client_order_ref: 'WEB-TAKEN' });
    const placed = await hub.request(
      PlaceOrder,
      {
        input: {
          externalId: 'WEB-TAKEN',
          customer: { externalId: 'web-carl', data: { name: 'Carl', email: 'carl@shop.example' } },
          lines: [{ productExternalId: sku, quantity: 1 }],
        },
      },
      { token: shop },
    );
    expect(placed.errors).toBeUndefined();
    const r = await until(
      () => records('none', 'WEB-TAKEN'),
      (x) => x.saleOrder?.processingState === 'FAILED',
      'order WEB-TAKEN failed',
      15_000,
    );
    expect(r.saleOrder!.odooId).toBeNull();
    expect(r.syncFailures.nodes.find((f) => f.externalId === 'WEB-TAKEN')).toMatchObject({
      status: 'OPEN',
      errorMessage: expect.stringContaining(
        `sale.order ${theirs} already has client_order_ref "WEB-TAKEN" and was made in Odoo`,
      ),
    });
    expect(writesTo('sale.order', [theirs])).toEqual([]);
  });

  it('does not adopt or rewrite a purchase order Odoo made with the webshop key as partner_ref', async () => {
    const theirs = sim.env.create('purchase.order', {
      partner_id: sim.env.search('res.partner', [['name', '=', 'Vendor AG']])[0]!,
      partner_ref: 'WPO-TAKEN',
    });
    const created = await hub.request(
      CreatePurchase,
      {
        input: {
          externalId: 'WPO-TAKEN',
          name: 'WPO-TAKEN',
          vendor: 'Vendor AG',
          lines: [{ productExternalId: sku, quantity: 2, priceUnit: '1.00' }],
        },
      },
      { token: shop },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPurchaseOrder.origin).toBe('WEBSHOP');
    const r = await until(
      () => records('none', 'none', 'WPO-TAKEN'),
      (x) => x.syncFailures.nodes.some((f) => f.externalId === 'WPO-TAKEN'),
      'purchase order WPO-TAKEN failed',
      15_000,
    );
    expect(r.purchaseOrder!.odooId).toBeNull();
    expect(r.syncFailures.nodes.find((f) => f.externalId === 'WPO-TAKEN')!.errorMessage).toContain(
      `purchase.order ${theirs} already has partner_ref "WPO-TAKEN" and was made in Odoo`,
    );
    expect(writesTo('purchase.order', [theirs])).toEqual([]);
  });

  it("keeps a webshop user's customers and orders theirs: another user's token is refused, an admin is not", async () => {
    const em = hub.app.orm.em.fork();
    const userToken = async (email: string) => {
      const user = em.create(User, { email, roles: [Role.WEBSHOP], isVerified: true } as unknown as User);
      await em.flush();
      return (await issueToken(em, { name: email, scopes: ROLE_SCOPES[Role.WEBSHOP], user })).token;
    };
    const alice = await userToken('alice@shop.example');
    const bob = await userToken('bob@shop.example');
    const save = (token: string, name: string) =>
      hub.request(SaveCustomer, { input: { externalId: 'web-dora', data: { name } } }, { token });
    expect((await save(alice, 'Dora')).errors).toBeUndefined();
    const refused = await save(bob, 'Dora (Bob)');
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining(`Partner "web-dora" was made by another user's token`),
    });
    expect(await save(shop, 'Dora (no user)').then((r) => r.errors?.[0]?.extensions?.code)).toBe('FORBIDDEN');
    expect((await save(alice, 'Dora B.')).errors).toBeUndefined();
    expect((await save(hub.adminToken, 'Dora C.')).errors).toBeUndefined();
    expect((await partnerRow('web-dora'))!.currentData).toEqual({ name: 'Dora C.' });

    const order = (token: string) =>
      hub.request(
        PlaceOrder,
        {
          input: {
            externalId: 'WEB-DORA-1',
            customer: { externalId: 'web-dora-2', data: { name: 'Dora 2' } },
            lines: [{ productExternalId: sku, quantity: 1 }],
          },
        },
        { token },
      );
    expect((await order(alice)).errors).toBeUndefined();
    expect((await order(bob)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await order(alice)).errors).toBeUndefined(); // the same order again: the stored one
  });
});
