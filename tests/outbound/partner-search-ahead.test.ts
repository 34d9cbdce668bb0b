import pg from 'pg';
import { graphql } from '../gql/index.js';
import { sqlQuery } from '../../src/db/sql.js';
import type { OdooSimulator } from '../../tools/odoo-simulator/index.js';
import type { TestHub } from '../support/hub.js';
import { until } from '../support/until.js';
import { startHubWithCatalog } from '../support/odoo.js';

/**
 * An order for a customer Odoo does not know names its partners in its queue
 * row's payload; the push takes their locks with its own and searches for them
 * from there, beside its read (partnersByPayload, src/odoo/push/partner.ts).
 * These tests hold the guarantees that makes worth keeping: the searches wait
 * for the partners' locks, each partner is searched once, and a payload that
 * no longer says what the hub holds is not trusted.
 */
const PlaceOrder = graphql(`
  mutation PlaceOrderSearchedAhead($input: PlaceSaleOrderInput!) {
    placeSaleOrder(input: $input) {
      id
    }
  }
`);
const OrderState = graphql(`
  query OrderSearchedAheadState($externalId: String!) {
    saleOrder(externalId: $externalId) {
      odooId
      processingState
      errorMessage
      customer {
        odooId
      }
    }
  }
`);

describe('partner searches started from the order push payload', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let sku: string;
  let holder: pg.Client;
  beforeAll(async () => {
    ({ sim, hub } = await startHubWithCatalog('search-ahead', 2, {
      role: 'all',
      env: { OUTBOUND_RETRY_BASE_MS: '20', WORKER_CONCURRENCY: '4' },
    }));
    const [product] = sim.env.read('product.product', sim.env.search('product.product', []), ['default_code']);
    sku = String(product!.default_code);
    holder = new pg.Client({ connectionString: hub.dbUrl });
    await holder.connect();
  }, 60_000);
  afterAll(async () => {
    await holder.end();
    await hub.close();
    await sim.close();
  });

  let seq = 0;
  const orderInput = () => {
    const n = ++seq;
    return {
      externalId: `AHEAD-${n}`,
      customer: {
        externalId: `ahead-cust-${n}`,
        data: { name: `Ahead ${n}`, email: `ahead${n}@shop.example` },
        addresses: [{ externalId: `ahead-cust-${n}-del`, type: 'DELIVERY' as const, data: { name: 'Dock' } }],
      },
      shippingAddressExternalId: `ahead-cust-${n}-del`,
      lines: [{ productExternalId: sku, quantity: 1 }],
    };
  };
  const completed = (externalId: string) =>
    until(
      async () => (await hub.request(OrderState, { externalId })).data!.saleOrder,
      (o) => o?.processingState === 'COMPLETED',
      `order ${externalId} completed`,
      15_000,
    );
  /** The res.partner searches Odoo was asked that name `ref` (the joined search_read, or a search alone). */
  const partnerSearchesFor = (ref: string) =>
    sim.calls.filter(
      (c) =>
        c.model === 'res.partner' &&
        (c.method === 'search_read' || c.method === 'search') &&
        JSON.stringify(c.args).includes(JSON.stringify(ref)),
    );
  /**
   * Waits until a backend of the hub waits for an advisory lock (the push, blocked by `holder`); asked on a
   * connection of its own, since a transaction keeps its first look at pg_stat_activity.
   */
  const pushWaitsForLock = () =>
    until(
      async () =>
        (
          await sqlQuery<{ n: number }>(
            hub.app.orm.em.fork(),
            `select count(*)::int as n from pg_stat_activity
              where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'`,
          )
        )[0]!.n,
      (n) => n > 0,
      'the push to wait for a partner lock',
    );

  it('searches a new customer once, and only once it holds the partner’s lock', async () => {
    const input = orderInput();
    const ref = input.customer.externalId;
    // Another push's lock on the customer as a partner (lockPartners' key): the order's push must wait for it.
    await holder.query('begin');
    await holder.query(`select pg_advisory_xact_lock(hashtext('odoo_push:partner:' || $1))`, [ref]);
    try {
      const placed = await hub.request(PlaceOrder, { input });
      expect(placed.errors).toBeUndefined();
      await pushWaitsForLock();
      expect(partnerSearchesFor(ref)).toEqual([]);
    } finally {
      await holder.query('commit');
    }
    const order = await completed(input.externalId);
    // One search for the customer's reference (and e-mail, joined), none again after the read.
    expect(partnerSearchesFor(ref)).toHaveLength(1);
    expect(sim.env.search('res.partner', [['ref', '=', ref]])).toEqual([order!.customer!.odooId]);
    expect(sim.env.search('sale.order', [['client_order_ref', '=', input.externalId]])).toEqual([order!.odooId]);
  });

  it('searches again for an e-mail that changed after the order was placed, and links to Odoo’s customer', async () => {
    const input = orderInput();
    const ref = input.customer.externalId;
    const known = sim.env.create('res.partner', { name: 'Known in Odoo', email: `known-${seq}@odoo.example` });
    // The push's own lock (the customer's), held while the order is placed and its e-mail changes in the hub.
    await holder.query('begin');
    await holder.query(`select pg_advisory_xact_lock(hashtext('odoo_push:PARTNER:' || $1))`, [ref]);
    try {
      expect((await hub.request(PlaceOrder, { input })).errors).toBeUndefined();
      await pushWaitsForLock();
      await sqlQuery(
        hub.app.orm.em.fork(),
        `update "partner" set "current_data" = jsonb_set("current_data", '{email}', to_jsonb($2::text))
          where "external_id" = $1`,
        [ref, ` KNOWN-${seq}@odoo.example `],
      );
    } finally {
      await holder.query('commit');
    }
    const order = await completed(input.externalId);
    // The payload's e-mail found nothing; the one read under the lock finds Odoo's customer, which is linked.
    expect(order!.customer!.odooId).toBe(known);
    expect(sim.env.search('res.partner', [['ref', '=', ref]])).toEqual([]);
    const [odooOrder] = sim.env.read('sale.order', [order!.odooId!], ['partner_id']);
    expect((odooOrder!.partner_id as [number, string])[0]).toBe(known);
  });
});
