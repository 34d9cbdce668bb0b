import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { graphql } from '../gql/index.js';
import type { OdooSimulator } from '../../tools/odoo-simulator/index.js';
import type { TestHub } from '../support/hub.js';
import { until } from '../support/until.js';
import { odooEnv, startHubWithCatalog } from '../support/odoo.js';
import { startWorkerProcess } from '../support/worker-process.js';

const PlaceListOrder = graphql(`
  mutation PlaceListOrder($input: PlaceSaleOrderInput!) {
    placeSaleOrder(input: $input) {
      id
    }
  }
`);
const ListOrderStates = graphql(`
  query ListOrderStates {
    saleOrders(first: 100) {
      nodes {
        id
        externalId
        odooId
        processingState
      }
    }
    outboundQueue(filter: { entityType: SALE_ORDER }, first: 100) {
      nodes {
        entityId
        status
      }
    }
  }
`);

const ORDERS = 8;

/**
 * Pushes running together send their creates as one list (one Odoo
 * transaction). A worker killed with SIGKILL after Odoo created such a list and
 * before the hub heard of it: every push of the list had noted its create
 * first, so the next worker finds each order (and each customer) by its
 * reference and adopts it; nothing is created twice.
 */
describe('a worker killed after a list create', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let env: Record<string, string>;
  const children = new Set<ChildProcess>();
  beforeAll(async () => {
    // API only: the pushes run in the worker processes this test starts and kills.
    const stale = { WORKER_STALE_AFTER_SECONDS: '2' };
    ({ sim, hub } = await startHubWithCatalog('list_create_crash', 3, { role: 'api', env: stale }));
    env = { ...odooEnv(sim), ...stale };
  }, 60_000);
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await hub.close();
    await sim.close();
  });

  const refsOf = (model: string, field: string, prefix: string) =>
    (sim.env.read(model, sim.env.search(model, [[field, '=like', `${prefix}%`]]), [field]) as Record<string, unknown>[])
      .map((r) => String(r[field]))
      .sort();

  it('adopts every order and customer of the list, each in Odoo once', async () => {
    const [sku] = sim.env.read('product.product', sim.env.search('product.product', [], { limit: 1 }), [
      'default_code',
    ]) as { default_code: string }[];
    const refs = Array.from({ length: ORDERS }, (_, i) => `WEB-LIST-${i}`);
    // Queued while no worker runs, so the first worker takes them all at once.
    for (const [i, ref] of refs.entries()) {
      const input = {
        externalId: ref,
        customer: { externalId: `cust-list-${i}`, data: { name: `List Customer ${i}` } },
        lines: [{ productExternalId: sku!.default_code, quantity: 1 + i, priceUnit: '10.00' }],
      };
      expect((await hub.request(PlaceListOrder, { input })).errors).toBeUndefined();
    }
    // Slow answers keep creates waiting behind one another, so some go out together.
    sim.faults.latency(300);
    const held = sim.faults.holdAnswerOfNext({ model: 'sale.order', method: 'create', minRecords: 2 });
    const first = startWorkerProcess(hub.dbUrl, env, children);
    // Odoo has created (and committed) the list; its answer never reaches the worker.
    await held;
    first.kill('SIGKILL');
    await once(first, 'exit');
    sim.faults.reset();
    const lists = sim.calls.filter(
      (c) => c.model === 'sale.order' && c.method === 'create' && (c.args[0] as unknown[]).length >= 2,
    );
    // The held list, and any that left in the moment before the kill.
    expect(lists.length).toBeGreaterThanOrEqual(1);
    const inList = lists.flatMap((c) => (c.args[0] as { client_order_ref: string }[]).map((v) => v.client_order_ref));
    const createdBefore = new Map(
      inList.map((ref) => [ref, sim.env.search('sale.order', [['client_order_ref', '=', ref]])] as const),
    );
    for (const ids of createdBefore.values()) expect(ids).toHaveLength(1);

    const second = startWorkerProcess(hub.dbUrl, env, children);
    const states = async () => (await hub.request(ListOrderStates, {})).data!;
    await until(
      states,
      (s) => s.outboundQueue.nodes.length === ORDERS && s.outboundQueue.nodes.every((n) => n.status === 'COMPLETED'),
      'every push to complete on the second worker',
      40_000,
    );
    // Read again: one request reads the orders and the queue in two statements.
    const done = await states();
    // Each order and each customer once in Odoo; the list's orders are the ones it created, adopted.
    expect(refsOf('sale.order', 'client_order_ref', 'WEB-LIST-')).toEqual([...refs].sort());
    expect(refsOf('res.partner', 'ref', 'cust-list-')).toEqual(refs.map((_, i) => `cust-list-${i}`).sort());
    for (const order of done.saleOrders.nodes.filter((o) => o.externalId.startsWith('WEB-LIST-'))) {
      const [id] = sim.env.search('sale.order', [['client_order_ref', '=', order.externalId]]);
      expect(order).toMatchObject({ odooId: id, processingState: 'COMPLETED' });
      if (createdBefore.has(order.externalId)) expect([id]).toEqual(createdBefore.get(order.externalId));
    }
    const creates = sim.calls.filter((c) => c.model === 'sale.order' && c.method === 'create');
    for (const ref of inList) {
      expect(
        creates.filter((c) => (c.args[0] as { client_order_ref: string }[]).some((v) => v.client_order_ref === ref)),
      ).toHaveLength(1);
    }
    second.kill('SIGTERM');
    expect((await once(second, 'exit'))[0]).toBe(0);
  }, 90_000);
});
