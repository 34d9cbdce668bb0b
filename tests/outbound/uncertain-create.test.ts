import { graphql } from '../gql/index.js';
import type { OdooSimulator } from '../../tools/odoo-simulator/index.js';
import type { TestHub } from '../support/hub.js';
import { until } from '../support/until.js';
import { startHubWithCatalog } from '../support/odoo.js';

const PlaceUncertain = graphql(`
  mutation PlaceUncertain($input: PlaceSaleOrderInput!) {
    placeSaleOrder(input: $input) {
      id
    }
  }
`);
const UncertainState = graphql(`
  query UncertainState($externalId: String!) {
    saleOrder(externalId: $externalId) {
      id
      odooId
    }
    outboundQueue(filter: { entityType: SALE_ORDER }) {
      nodes {
        entityId
        status
        attempts
        lastError
        nextAttemptAt
      }
    }
  }
`);

/**
 * A create whose answer is lost (here: it times out while Odoo is still at it)
 * may have happened. The retry must not search at once (Odoo's transaction may
 * not have committed: the search would find nothing and create a second order);
 * it waits OUTBOUND_UNCERTAIN_RETRY_SECONDS, then finds and adopts the order.
 */
describe('a create that timed out', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  beforeAll(async () => {
    ({ sim, hub } = await startHubWithCatalog('uncertain_create', 2, {
      role: 'all',
      env: { ODOO_TIMEOUT_MS: '500', OUTBOUND_RETRY_BASE_MS: '20', OUTBOUND_UNCERTAIN_RETRY_SECONDS: '3' },
    }));
  }, 60_000);
  afterAll(async () => {
    await hub.close();
    await sim.close();
  });

  it('is retried only after Odoo would have finished, and the order is adopted, not made twice', async () => {
    const [product] = sim.env.read('product.product', sim.env.search('product.product', [], { limit: 1 }), [
      'default_code',
    ]) as { default_code: string }[];
    const held = sim.faults.holdAnswerOfNext({ model: 'sale.order', method: 'create' });
    const input = {
      externalId: 'WEB-UNCERTAIN-1',
      customer: { externalId: 'cust-uncertain-1', data: { name: 'Slow Odoo AG' } },
      lines: [{ productExternalId: product!.default_code, quantity: 1, priceUnit: '5.00' }],
    };
    expect((await hub.request(PlaceUncertain, { input })).errors).toBeUndefined();
    await held;
    const state = async () => (await hub.request(UncertainState, { externalId: input.externalId })).data!;
    const waiting = await until(
      state,
      (s) =>
        s.outboundQueue.nodes.some((n) => n.entityId === s.saleOrder!.id && n.status === 'PENDING' && n.attempts === 1),
      'the timed-out push to wait for its retry',
    );
    const row = waiting.outboundQueue.nodes.find((n) => n.entityId === waiting.saleOrder!.id)!;
    expect(row.lastError).toMatch(/^timeout: /);
    const createdAt = sim.calls.find((c) => c.model === 'sale.order' && c.method === 'create')!.at.getTime();
    expect(new Date(row.nextAttemptAt!).getTime() - createdAt).toBeGreaterThanOrEqual(2_500);
    // Odoo did create it (the answer was what got lost).
    const created = sim.env.search('sale.order', [['client_order_ref', '=', input.externalId]]);
    expect(created).toHaveLength(1);

    await until(
      state,
      (s) => s.outboundQueue.nodes.some((n) => n.entityId === s.saleOrder!.id && n.status === 'COMPLETED'),
      'the retry to adopt the order',
      20_000,
    );
    // Read again: one request reads the order and the queue in two statements.
    const done = await state();
    expect(done.saleOrder!.odooId).toBe(created[0]);
    expect(sim.env.search('sale.order', [['client_order_ref', '=', input.externalId]])).toEqual(created);
    const searches = sim.calls.filter(
      (c) => c.model === 'sale.order' && c.method === 'search' && c.at.getTime() > createdAt,
    );
    expect(searches.length).toBeGreaterThan(0);
    expect(searches[0]!.at.getTime() - createdAt).toBeGreaterThanOrEqual(2_500);
  }, 40_000);
});
