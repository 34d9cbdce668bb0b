import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { graphql } from '../gql/index.js';
import type { OdooSimulator } from '../../tools/odoo-simulator/index.js';
import type { TestHub } from '../support/hub.js';
import { until } from '../support/until.js';
import { odooEnv, startHubWithCatalog } from '../support/odoo.js';
import { startWorkerProcess } from '../support/worker-process.js';

const PlaceConfirmedOrder = graphql(`
  mutation PlaceConfirmedOrder($input: PlaceSaleOrderInput!) {
    placeSaleOrder(input: $input) {
      id
    }
  }
`);
const ConfirmedOrderStates = graphql(`
  query ConfirmedOrderStates {
    outboundQueue(filter: { entityType: SALE_ORDER }, first: 100) {
      nodes {
        status
      }
    }
    syncFailures(filter: { source: ODOO, entityType: SALE_ORDER }, first: 100) {
      nodes {
        status
      }
    }
  }
`);

const ORDERS = 6;

/**
 * Pushes running together confirm their orders with one `action_confirm` on the
 * list (joined-calls.ts). Odoo refusing the list rolls it back as a whole: each
 * order is then confirmed alone, so the refusal costs no order its confirmation,
 * none is confirmed twice and no SyncFailure is left.
 */
describe('confirmations joined across pushes', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let env: Record<string, string>;
  const children = new Set<ChildProcess>();
  beforeAll(async () => {
    // API only: the pushes run in the worker process this test starts.
    ({ sim, hub } = await startHubWithCatalog('joined_confirm', 3, { role: 'api' }));
    env = odooEnv(sim);
  }, 60_000);
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await hub.close();
    await sim.close();
  });

  it('confirms each order of a refused list alone, each once, with no failure left', async () => {
    const [sku] = sim.env.read('product.product', sim.env.search('product.product', [], { limit: 1 }), [
      'default_code',
    ]) as { default_code: string }[];
    const refs = Array.from({ length: ORDERS }, (_, i) => `WEB-CONFIRM-${i}`);
    // Queued while no worker runs, so the worker takes them all at once.
    for (const [i, ref] of refs.entries()) {
      const input = {
        externalId: ref,
        customer: { externalId: `cust-confirm-${i}`, data: { name: `Confirm Customer ${i}` } },
        lines: [{ productExternalId: sku!.default_code, quantity: 1 + i, priceUnit: '10.00' }],
      };
      expect((await hub.request(PlaceConfirmedOrder, { input })).errors).toBeUndefined();
    }
    // Slow answers keep confirmations waiting behind one another, so some go out together; the first list is refused.
    sim.faults.latency(300);
    sim.faults.failNext(1, 'odoo.exceptions.UserError', 'Refused for the list', {
      model: 'sale.order',
      method: 'action_confirm',
      minRecords: 2,
    });
    const worker = startWorkerProcess(hub.dbUrl, env, children);
    const states = async () => (await hub.request(ConfirmedOrderStates, {})).data!;
    await until(
      states,
      (s) => s.outboundQueue.nodes.length === ORDERS && s.outboundQueue.nodes.every((n) => n.status === 'COMPLETED'),
      'every push to complete',
      60_000,
    );
    sim.faults.reset();
    const confirms = sim.calls.filter((c) => c.model === 'sale.order' && c.method === 'action_confirm');
    const lists = confirms.filter((c) => (c.args[0] as unknown[]).length >= 2);
    // The refused list went out (the fault was used), and maybe others that Odoo accepted.
    expect(lists.length).toBeGreaterThanOrEqual(1);
    const refused = new Set(lists[0]!.args[0] as number[]);
    for (const ref of refs) {
      const ids = sim.env.search('sale.order', [['client_order_ref', '=', ref]]);
      expect(ids).toHaveLength(1);
      expect(sim.env.get('sale.order', ids[0]!, 'state')).toBe('sale');
      // Calls that carried the order: the refused list (rolled back) and its own, or one list or call that confirmed it.
      const carried = confirms.filter((c) => (c.args[0] as number[]).includes(ids[0]!)).length;
      expect(carried).toBe(refused.has(ids[0]!) ? 2 : 1);
    }
    expect((await states()).syncFailures.nodes.filter((f) => f.status === 'OPEN')).toHaveLength(0);
    worker.kill('SIGTERM');
    expect((await once(worker, 'exit'))[0]).toBe(0);
  }, 90_000);
});
