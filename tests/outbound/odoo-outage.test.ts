import { graphql } from '../gql/index.js';
import { EntityType } from '../../src/domain/enums.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import { startSimulatorThread, type SimulatorThread } from '../../tools/odoo-simulator/thread.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { until } from '../support/until.js';
import { odooEnv } from '../support/odoo.js';

const PlaceOutageOrder = graphql(`
  mutation PlaceOutageOrder($input: PlaceSaleOrderInput!) {
    placeSaleOrder(input: $input) {
      id
    }
  }
`);
const OutageQueue = graphql(`
  query OutageQueue {
    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {
      nodes {
        entityId
        status
        attempts
        pausedAt
      }
    }
    syncStatus {
      openFailures
      odooCircuits {
        state
        pausedItems
      }
    }
  }
`);
const OutageDone = graphql(`
  query OutageDone {
    outboundQueue(filter: { entityType: SALE_ORDER, status: COMPLETED }, first: 1) {
      totalCount
    }
  }
`);

const ORDERS = 300;
const OUTAGE_MS = 60_000;

/**
 * Issue 15, acceptance 4: Odoo is away for 60 s with 300 orders waiting; all
 * of them are in Odoo, exactly once, within 30 s of its return, no attempt is
 * counted against an order while the circuit is open, and no SyncFailure is
 * left open. The probe runs at its default interval (5 s). The drain is timed
 * from Odoo's return to the simulator running the last sale.order create.
 * Odoo runs in a thread of its own (as it is another process), so the time is
 * the hub's, not the simulator's sharing its thread.
 */
describe('a 60 s Odoo outage with 300 orders waiting', () => {
  let sim: SimulatorThread;
  let hub: TestHub;
  beforeAll(async () => {
    sim = await startSimulatorThread({
      version: 17,
      seed: { products: 5, partners: 0, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
    });
    hub = await startTestHub('odoo_outage', {
      role: 'all',
      env: { ...odooEnv(sim), WORKER_CONCURRENCY: '8', ODOO_PULL_INTERVAL_MINUTES: '59' },
    });
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
  }, 60_000);
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  it('drains every order into Odoo within 30 s of its return, exactly once, with no attempt burned', async () => {
    const skus = (await sim.read('product.product', await sim.search('product.product', []), ['default_code'])).map(
      (p) => String(p.default_code),
    );
    await sim.goOffline();
    const down = Date.now();

    // 300 orders from 10 clients while Odoo is away.
    let next = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        for (let i = next++; i < ORDERS; i = next++) {
          const input = {
            externalId: `WEB-OUTAGE-${i}`,
            customer: { externalId: `cust-outage-${i}`, data: { name: `Outage Customer ${i}` } },
            lines: [{ productExternalId: skus[i % skus.length]!, quantity: 1 + (i % 3), priceUnit: '9.90' }],
          };
          const res = await hub.request(PlaceOutageOrder, { input });
          expect(res.errors).toBeUndefined();
        }
      }),
    );
    const queue = async () => (await hub.request(OutageQueue)).data!;
    const waiting = await until(
      queue,
      (q) => q.outboundQueue.nodes.length === ORDERS && q.outboundQueue.nodes.every((n) => n.pausedAt),
      'every push to be paused by the open circuit',
      OUTAGE_MS,
    );
    expect(waiting.syncStatus.odooCircuits).toEqual([{ state: 'OPEN', pausedItems: ORDERS }]);
    // Odoo never got a call (connections refused): no order has an attempt counted.
    expect(waiting.outboundQueue.nodes.every((n) => n.status === 'PENDING' && n.attempts === 0)).toBe(true);
    expect(waiting.syncStatus.openFailures).toBe(0);

    // Odoo stays away for the rest of its 60 s (the outage is the scenario: nothing to await but time).
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, down + OUTAGE_MS - Date.now())));
    const before = await queue();
    expect(before.outboundQueue.nodes.map((n) => n.attempts)).toEqual(
      waiting.outboundQueue.nodes.map((n) => n.attempts),
    );
    expect(before.syncStatus.openFailures).toBe(0);

    await sim.clearCalls();
    await sim.goOnline();
    const back = Date.now();
    await until(
      async () => (await hub.request(OutageDone)).data!.outboundQueue.totalCount,
      (done) => done === ORDERS,
      'all 300 pushes to complete after Odoo is back',
      90_000,
    );
    const creates = await sim.calls({ model: 'sale.order', method: 'create' });
    const lastCreate = Math.max(...creates.map((c) => c.at));
    expect(lastCreate - back).toBeLessThanOrEqual(30_000);

    // Exactly once each.
    const ids = await sim.search('sale.order', [['client_order_ref', 'like', 'WEB-OUTAGE-']]);
    const refs = (await sim.read('sale.order', ids, ['client_order_ref'])).map((r) => String(r.client_order_ref));
    expect(refs).toHaveLength(ORDERS);
    expect(new Set(refs).size).toBe(ORDERS);

    const after = await queue();
    // One attempt each: the one that reached Odoo after its return.
    expect(after.outboundQueue.nodes.every((n) => n.status === 'COMPLETED' && n.attempts === 1 && !n.pausedAt)).toBe(
      true,
    );
    expect(after.syncStatus).toEqual({ openFailures: 0, odooCircuits: [{ state: 'CLOSED', pausedItems: 0 }] });
  }, 300_000);
});
