import { graphql } from '../gql/index.js';
import { requeueOrphanedPushes } from '../../src/jobs/requeue-outbound.task.js';
import type { OdooSimulator } from '../../tools/odoo-simulator/index.js';
import type { TestHub } from '../support/hub.js';
import { until } from '../support/until.js';
import { startHubWithCatalog } from '../support/odoo.js';

const PlaceCircuitOrder = graphql(`
  mutation PlaceCircuitOrder($input: PlaceSaleOrderInput!) {
    placeSaleOrder(input: $input) {
      id
    }
  }
`);
const CircuitView = graphql(`
  query CircuitView {
    syncStatus {
      openFailures
      odooCircuits {
        connection
        state
        openedAt
        lastProbeAt
        lastError
        pausedItems
      }
    }
    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {
      nodes {
        id
        entityId
        status
        attempts
        lastError
        nextAttemptAt
        pausedAt
      }
    }
    saleOrders(first: 500) {
      nodes {
        id
        externalId
        odooId
      }
    }
  }
`);

type View = Awaited<ReturnType<typeof view>>;
let hub: TestHub;
const view = async () => (await hub.request(CircuitView)).data!;
/** The queue row of each order placed in this test, by the order's externalId. */
const rowsOf = (v: View, refs: string[]) =>
  refs.map((ref) => {
    const order = v.saleOrders.nodes.find((o) => o.externalId === ref)!;
    return v.outboundQueue.nodes.find((n) => n.entityId === order.id)!;
  });

/**
 * The circuit of the Odoo connection (src/odoo/odoo-circuit.ts): connection
 * failures pause pushes without burning attempts, a probe of version_info
 * closes it, and every paused push resumes at once; Odoo's own errors never
 * open it.
 */
describe('the Odoo circuit', () => {
  let sim: OdooSimulator;
  let sku: string;
  let n = 0;
  beforeAll(async () => {
    ({ sim, hub } = await startHubWithCatalog('odoo_circuit', 2, {
      role: 'all',
      env: {
        ODOO_CIRCUIT_PROBE_SECONDS: '0.5',
        ODOO_TIMEOUT_MS: '1000',
        OUTBOUND_RETRY_BASE_MS: '20',
        OUTBOUND_MAX_ATTEMPTS: '3',
        OUTBOUND_UNCERTAIN_RETRY_SECONDS: '2',
        ODOO_PULL_INTERVAL_MINUTES: '59',
        WORKER_CONCURRENCY: '4',
        METRICS_PUBLIC: 'true',
      },
    }));
    sku = String(
      sim.env.read('product.product', sim.env.search('product.product', [], { limit: 1 }), ['default_code'])[0]!
        .default_code,
    );
  }, 60_000);
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });
  // A failed test leaves Odoo up for the next.
  afterEach(async () => {
    sim.faults.reset();
    await sim.goOnline();
  });

  const place = async (count: number): Promise<string[]> => {
    const refs: string[] = [];
    for (let i = 0; i < count; i++) {
      const ref = `WEB-CIRCUIT-${++n}`;
      const input = {
        externalId: ref,
        customer: { externalId: `cust-circuit-${n}`, data: { name: `Circuit Customer ${n}` } },
        lines: [{ productExternalId: sku, quantity: 1, priceUnit: '5.00' }],
      };
      expect((await hub.request(PlaceCircuitOrder, { input })).errors).toBeUndefined();
      refs.push(ref);
    }
    return refs;
  };
  const inOdoo = (ref: string) => sim.env.search('sale.order', [['client_order_ref', '=', ref]]);
  const probes = () => sim.calls.filter((c) => c.service === 'web' && c.method === 'version_info').length;
  /** Read again once the rows are COMPLETED: one request reads orders and queue in two statements. */
  const completed = async (refs: string[], what: string, timeoutMs = 15_000) => {
    await until(view, (v) => rowsOf(v, refs).every((r) => r?.status === 'COMPLETED'), what, timeoutMs);
    return view();
  };

  it('opens when Odoo refuses connections, pauses pushes without counting attempts, and resumes all when a probe gets an answer', async () => {
    await sim.goOffline();
    const refs = await place(3);
    const open = await until(
      view,
      // The count and the rows are two statements: wait until both have seen the third pause.
      (v) =>
        v.syncStatus.odooCircuits[0]?.state === 'OPEN' &&
        rowsOf(v, refs).every((r) => r?.pausedAt) &&
        v.syncStatus.odooCircuits[0]?.pausedItems === refs.length,
      'the circuit to open and the three pushes to pause',
    );
    expect(open.syncStatus.odooCircuits).toEqual([
      {
        connection: `${sim.url} ${sim.db}`,
        state: 'OPEN',
        openedAt: expect.any(String),
        // The first probe may already have run (and failed) on a slow machine.
        lastProbeAt: open.syncStatus.odooCircuits[0]!.lastProbeAt === null ? null : expect.any(String),
        lastError: expect.stringMatching(/^network: Odoo is unreachable/),
        pausedItems: 3,
      },
    ]);
    // Odoo never got the calls: no attempt counted, no backoff, no SyncFailure.
    for (const row of rowsOf(open, refs)) {
      expect(row).toMatchObject({ status: 'PENDING', attempts: 0, nextAttemptAt: null });
    }
    expect(open.syncStatus.openFailures).toBe(0);
    const metrics = await (await fetch(`${hub.url}/metrics`)).text();
    expect(metrics).toContain(`odoo_circuit_open{connection="${sim.url} ${sim.db}"} 1`);
    expect(metrics).toContain(`outbound_queue_paused_items{connection="${sim.url} ${sim.db}"} 3`);

    // Probes keep failing while Odoo is away; the sweep leaves the paused pushes to them.
    await until(view, (v) => v.syncStatus.odooCircuits[0]!.lastProbeAt !== null, 'a probe to fail');
    expect(await requeueOrphanedPushes(hub.app.orm.em.fork(), 0)).toBe(0);

    sim.clearCalls();
    await sim.goOnline();
    const back = Date.now();
    const done = await completed(refs, 'the paused pushes to complete once Odoo answers');
    // A probe interval plus the pushes themselves: seconds, not the backoff of each.
    expect(Date.now() - back).toBeLessThan(5_000);
    expect(probes()).toBeGreaterThanOrEqual(1);
    for (const row of rowsOf(done, refs)) expect(row).toMatchObject({ attempts: 1, pausedAt: null, lastError: null });
    for (const ref of refs) expect(inOdoo(ref)).toHaveLength(1);
    expect(done.syncStatus.odooCircuits[0]).toMatchObject({ state: 'CLOSED', pausedItems: 0 });
    expect(done.syncStatus.openFailures).toBe(0);
    expect(await (await fetch(`${hub.url}/metrics`)).text()).toContain(
      `odoo_circuit_open{connection="${sim.url} ${sim.db}"} 0`,
    );
  }, 60_000);

  it('stays closed for Odoo’s own errors: a UserError fails the push and opens a SyncFailure', async () => {
    const before = (await view()).syncStatus;
    sim.faults.failNext(1, 'odoo.exceptions.UserError', 'The customer is blocked.', {
      model: 'sale.order',
      method: 'create',
    });
    const [ref] = await place(1);
    const failed = await until(view, (v) => rowsOf(v, [ref!])[0]?.status === 'FAILED', 'the push to fail');
    expect(rowsOf(failed, [ref!])[0]).toMatchObject({ attempts: 1, pausedAt: null });
    expect(failed.syncStatus.openFailures).toBe(before.openFailures + 1);
    expect(failed.syncStatus.odooCircuits[0]).toMatchObject({
      state: 'CLOSED',
      openedAt: before.odooCircuits[0]!.openedAt,
    });
  });

  it('opens on a proxy’s 502 pages: the push that met one keeps its attempt, the others wait uncounted', async () => {
    sim.faults.startOutage('html502');
    const refs = await place(3);
    const open = await until(
      view,
      (v) => v.syncStatus.odooCircuits[0]?.state === 'OPEN' && rowsOf(v, refs).every((r) => r?.pausedAt),
      'the circuit to open on 502 pages',
    );
    expect(open.syncStatus.odooCircuits[0]!.lastError).toMatch(/^html: Odoo answered HTTP 502/);
    // Odoo may have run a call its proxy answered 502: those attempts count. Once open, none more.
    const attempts = rowsOf(open, refs).map((r) => r.attempts);
    expect(attempts.every((a) => a <= 1)).toBe(true);
    await until(
      view,
      (v) => (v.syncStatus.odooCircuits[0]!.lastProbeAt ?? '') > open.syncStatus.odooCircuits[0]!.openedAt!,
      'a probe to meet the 502',
    );
    expect(rowsOf(await view(), refs).map((r) => r.attempts)).toEqual(attempts);
    sim.faults.endOutage();
    const done = await completed(refs, 'the pushes to complete after the outage');
    expect(rowsOf(done, refs).map((r) => r.attempts)).toEqual(attempts.map((a) => a + 1));
    for (const ref of refs) expect(inOdoo(ref)).toHaveLength(1);
    expect(done.syncStatus.openFailures).toBe(1);
  }, 30_000);

  it('keeps the attempt of a create that timed out, and searches again only once Odoo would have finished it', async () => {
    const held = sim.faults.holdAnswerOfNext({ model: 'sale.order', method: 'create' });
    const [ref] = await place(1);
    await held;
    const createdAt = sim.calls.findLast((c) => c.model === 'sale.order' && c.method === 'create')!.at.getTime();
    const paused = await until(view, (v) => Boolean(rowsOf(v, [ref!])[0]?.pausedAt), 'the timed-out push to pause');
    const row = rowsOf(paused, [ref!])[0]!;
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, lastError: expect.stringMatching(/^timeout: /) });
    expect(new Date(row.nextAttemptAt!).getTime() - createdAt).toBeGreaterThanOrEqual(1_500);
    // Odoo did create it; the probe closes the circuit at once (Odoo answers), the retry waits its time.
    expect(inOdoo(ref!)).toHaveLength(1);
    const done = await completed([ref!], 'the retry to adopt the order');
    const order = done.saleOrders.nodes.find((o) => o.externalId === ref)!;
    expect(order.odooId).toBe(inOdoo(ref!)[0]);
    expect(inOdoo(ref!)).toHaveLength(1);
    expect(rowsOf(done, [ref!])[0]!.attempts).toBe(2);
    const searches = sim.calls.filter(
      (c) => c.model === 'sale.order' && c.method === 'search' && c.at.getTime() > createdAt,
    );
    expect(searches[0]!.at.getTime() - createdAt).toBeGreaterThanOrEqual(1_500);
  }, 30_000);
});

describe('the Odoo circuit switched off (ODOO_CIRCUIT_PROBE_SECONDS=0)', () => {
  let sim: OdooSimulator;
  beforeAll(async () => {
    ({ sim, hub } = await startHubWithCatalog('odoo_circuit_off', 1, {
      role: 'all',
      env: {
        ODOO_CIRCUIT_PROBE_SECONDS: '0',
        OUTBOUND_RETRY_BASE_MS: '60000',
        ODOO_PULL_INTERVAL_MINUTES: '59',
      },
    }));
  }, 60_000);
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  it('lets each push wait out its own backoff, as before', async () => {
    const sku = String(
      sim.env.read('product.product', sim.env.search('product.product', [], { limit: 1 }), ['default_code'])[0]!
        .default_code,
    );
    await sim.goOffline();
    const input = {
      externalId: 'WEB-CIRCUIT-OFF',
      customer: { externalId: 'cust-circuit-off', data: { name: 'No Circuit SA' } },
      lines: [{ productExternalId: sku, quantity: 1, priceUnit: '5.00' }],
    };
    expect((await hub.request(PlaceCircuitOrder, { input })).errors).toBeUndefined();
    const waiting = await until(
      view,
      (v) => rowsOf(v, [input.externalId])[0]?.attempts === 1 && rowsOf(v, [input.externalId])[0]?.status === 'PENDING',
      'the push to wait for its retry',
    );
    expect(rowsOf(waiting, [input.externalId])[0]).toMatchObject({ pausedAt: null, nextAttemptAt: expect.any(String) });
    expect(waiting.syncStatus.odooCircuits).toEqual([]);
    await sim.goOnline();
  });
});
