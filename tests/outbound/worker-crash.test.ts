import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { graphql } from '../gql/index.js';
import type { OdooSimulator } from '../../tools/odoo-simulator/index.js';
import type { TestHub } from '../support/hub.js';
import { until } from '../support/until.js';
import { startWorkerProcess } from '../support/worker-process.js';
import { odooEnv, startHubWithCatalog } from '../support/odoo.js';

const PlaceCrashOrder = graphql(`
  mutation PlaceCrashOrder($input: PlaceSaleOrderInput!) {
    placeSaleOrder(input: $input) {
      id
    }
  }
`);
const CancelCrashOrder = graphql(`
  mutation CancelCrashOrder($externalId: String!) {
    cancelSaleOrder(externalId: $externalId, reason: "changed my mind") {
      id
    }
  }
`);
const CrashOrderState = graphql(`
  query CrashOrderState($externalId: String!) {
    saleOrder(externalId: $externalId) {
      id
      odooId
      processingState
    }
    outboundQueue(filter: { entityType: SALE_ORDER }) {
      nodes {
        entityId
        status
        attempts
      }
    }
  }
`);

/**
 * A worker killed with SIGKILL after Odoo created the order and before the hub
 * recorded it: graphile-worker alone would keep the job locked for four hours;
 * the heartbeat sweep hands it to the next worker within seconds, and the push,
 * searching Odoo by client_order_ref first, adopts the order instead of
 * creating a second one.
 */
describe('a worker killed in the middle of a push', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let env: Record<string, string>;
  const children = new Set<ChildProcess>();
  beforeAll(async () => {
    // API only: the pushes run in the worker processes this test starts and kills.
    const stale = { WORKER_STALE_AFTER_SECONDS: '2' };
    ({ sim, hub } = await startHubWithCatalog('worker_crash', 3, { role: 'api', env: stale }));
    env = { ...odooEnv(sim), ...stale };
  }, 60_000);
  // A test that fails leaves no worker behind to take the next test's jobs.
  afterEach(async () => {
    const left = [...children];
    for (const child of left) child.kill('SIGKILL');
    await Promise.all(left.map((child) => (child.exitCode === null ? once(child, 'exit') : null)));
  });
  afterAll(async () => {
    await hub.close();
    await sim.close();
  });

  const startWorker = () => startWorkerProcess(hub.dbUrl, env, children);
  const readState = async (externalId: string) => (await hub.request(CrashOrderState, { externalId })).data!;
  /**
   * The state once the order's push has completed, read again after that: one
   * request reads the order and the queue in two statements, so the first read
   * to see the queue row COMPLETED may have read the order just before the push
   * committed.
   */
  const stateOf = async (externalId: string) => {
    await until(
      () => readState(externalId),
      (s) => s.outboundQueue.nodes.some((n) => n.entityId === s.saleOrder!.id && n.status === 'COMPLETED'),
      `the push of ${externalId} to complete`,
      30_000,
    );
    return readState(externalId);
  };

  it('lets the next worker finish the push within seconds, with exactly one sale.order in Odoo', async () => {
    const [sku] = sim.env.read('product.product', sim.env.search('product.product', [], { limit: 1 }), [
      'default_code',
    ]) as { default_code: string }[];
    const held = sim.faults.holdAnswerOfNext({ model: 'sale.order', method: 'create' });
    const first = startWorker();
    const input = {
      externalId: 'WEB-CRASH-1',
      idempotencyKey: 'crash-1',
      customer: { externalId: 'cust-crash-1', data: { name: 'Crash Test Ltd' } },
      lines: [{ productExternalId: sku!.default_code, quantity: 3, priceUnit: '10.00' }],
    };
    expect((await hub.request(PlaceCrashOrder, { input })).errors).toBeUndefined();

    // Odoo has created (and committed) the order; its answer never reaches the worker.
    await held;
    first.kill('SIGKILL');
    await once(first, 'exit');
    const created = sim.env.search('sale.order', [['client_order_ref', '=', input.externalId]]);
    expect(created).toHaveLength(1);
    const before = (await hub.request(CrashOrderState, { externalId: input.externalId })).data!;
    expect(before.saleOrder).toMatchObject({ odooId: null });

    const started = Date.now();
    const second = startWorker();
    const done = await stateOf(input.externalId);
    // Stale after 2 s, a sweep every 0.5 s, then the job poll: seconds, not four hours.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(sim.env.search('sale.order', [['client_order_ref', '=', input.externalId]])).toEqual(created);
    expect(done.saleOrder).toMatchObject({ odooId: created[0], processingState: 'COMPLETED' });
    second.kill('SIGTERM');
    expect((await once(second, 'exit'))[0]).toBe(0);
  }, 60_000);
  const firstSku = () =>
    (
      sim.env.read('product.product', sim.env.search('product.product', [], { limit: 1 }), ['default_code']) as {
        default_code: string;
      }[]
    )[0]!.default_code;
  const confirmCalls = (id: number) =>
    sim.calls.filter(
      (c) =>
        c.model === 'sale.order' && c.method === 'action_confirm' && JSON.stringify(c.args[0]) === JSON.stringify([id]),
    ).length;

  it('confirms an order once when the worker dies between Odoo’s confirmation and the hub’s commit', async () => {
    const held = sim.faults.holdAnswerOfNext({ model: 'sale.order', method: 'action_confirm' });
    const first = startWorker();
    const input = {
      externalId: 'WEB-CRASH-CONFIRM',
      customer: { externalId: 'cust-crash-confirm', data: { name: 'Confirm Crash AG' } },
      lines: [{ productExternalId: firstSku(), quantity: 1 }],
    };
    expect((await hub.request(PlaceCrashOrder, { input })).errors).toBeUndefined();
    // Odoo has confirmed (and committed); the answer never reaches the worker, which is killed.
    await held;
    first.kill('SIGKILL');
    await once(first, 'exit');
    const [id] = sim.env.search('sale.order', [['client_order_ref', '=', input.externalId]]);
    expect(sim.env.read('sale.order', id!, ['state'])[0]!.state).toBe('sale');

    const second = startWorker();
    const done = await stateOf(input.externalId);
    // The retry read the state first: one action_confirm in all, the one that confirmed.
    expect(confirmCalls(id!)).toBe(1);
    expect(sim.env.search('sale.order', [['client_order_ref', '=', input.externalId]])).toEqual([id]);
    expect(done.saleOrder).toMatchObject({ odooId: id, processingState: 'COMPLETED' });
    second.kill('SIGTERM');
    await once(second, 'exit');
  }, 60_000);

  it('cancels in Odoo an order cancelled while the answer to its create was lost, once', async () => {
    const held = sim.faults.holdAnswerOfNext({ model: 'sale.order', method: 'create' });
    const first = startWorker();
    const input = {
      externalId: 'WEB-CANCEL-LOST',
      customer: { externalId: 'cust-cancel-lost', data: { name: 'Lost Answer KG' } },
      lines: [{ productExternalId: firstSku(), quantity: 1 }],
    };
    expect((await hub.request(PlaceCrashOrder, { input })).errors).toBeUndefined();
    await held;
    first.kill('SIGKILL');
    await once(first, 'exit');
    // Odoo has the order; the hub does not know its id. The shop cancels now.
    expect((await hub.request(CancelCrashOrder, { externalId: input.externalId })).errors).toBeUndefined();
    const [id] = sim.env.search('sale.order', [['client_order_ref', '=', input.externalId]]);
    const second = startWorker();
    await until(
      async () => (await hub.request(CrashOrderState, { externalId: input.externalId })).data!,
      (s) =>
        s.outboundQueue.nodes.filter((n) => n.entityId === s.saleOrder!.id && n.status === 'COMPLETED').length === 2,
      'both pushes (the order and its cancellation) to complete',
      30_000,
    );
    expect(sim.env.search('sale.order', [['client_order_ref', '=', input.externalId]])).toEqual([id]);
    expect(sim.env.read('sale.order', id!, ['state'])[0]!.state).toBe('cancel');
    expect(confirmCalls(id!)).toBe(0);
    second.kill('SIGTERM');
    await once(second, 'exit');
  }, 60_000);

  it('never creates in Odoo an order cancelled before its push ran', async () => {
    const input = {
      externalId: 'WEB-CANCEL-EARLY',
      customer: { externalId: 'cust-cancel-early', data: { name: 'Early Cancel GmbH' } },
      lines: [{ productExternalId: firstSku(), quantity: 1 }],
    };
    // No worker runs: the order and its cancellation are both queued before any push.
    expect((await hub.request(PlaceCrashOrder, { input })).errors).toBeUndefined();
    expect((await hub.request(CancelCrashOrder, { externalId: input.externalId })).errors).toBeUndefined();
    sim.clearCalls();
    const worker = startWorker();
    await until(
      async () => (await hub.request(CrashOrderState, { externalId: input.externalId })).data!,
      (s) =>
        s.outboundQueue.nodes.filter((n) => n.entityId === s.saleOrder!.id && n.status === 'COMPLETED').length === 2,
      'both pushes (the order and its cancellation) to complete',
      30_000,
    );
    expect(sim.env.search('sale.order', [['client_order_ref', '=', input.externalId]])).toEqual([]);
    expect(sim.calls.filter((c) => c.method === 'create' || c.method === 'action_cancel')).toEqual([]);
    worker.kill('SIGTERM');
    await once(worker, 'exit');
  }, 60_000);
});
