import { graphql } from '../gql/index.js';
import { sqlQuery } from '../../src/db/sql.js';
import { EntityType } from '../../src/domain/enums.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';
import { until } from '../support/until.js';

const LateProduct = graphql(`
  query LateProduct($externalId: String!) {
    product(externalId: $externalId) {
      externalId
      currentData
    }
  }
`);
const RequestLatePull = graphql(`
  mutation RequestLatePull($entityType: EntityType!) {
    requestOdooPull(entityType: $entityType)
  }
`);

const TEN_MINUTES = 10 * 60_000;

/**
 * Odoo dates a write with its transaction's start, so a long import commits
 * rows dated behind the cursor of pulls that ran meanwhile
 * (ODOO_PULL_LOOKBACK_SECONDS; the simulator's `transactionStartedAt`).
 */
describe('late commits: each pull reads again behind its cursor', () => {
  let sim: OdooSimulator;
  let hub: TestHub;

  beforeAll(async () => {
    sim = await startOdooSimulator({
      version: 17,
      seed: { products: 6, partners: 0, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
    });
    hub = await startTestHub('odoo_late_commits', {
      role: 'all',
      env: { ...odooEnv(sim), ODOO_PULL_INTERVAL_MINUTES: '59' },
    });
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
  }, 30_000);
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  const lookbackSeconds = () => hub.app.config.odoo.pullLookbackSeconds;
  const pull = (lookback: number) =>
    pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT, { lookbackSeconds: lookback });
  const products = () => sim.env.search('product.product', [], { order: 'id' });
  const skuOf = (id: number) => String(sim.env.read('product.product', id, ['default_code'])[0]!.default_code);
  const nameOf = async (id: number) =>
    ((await hub.request(LateProduct, { externalId: skuOf(id) })).data!.product!.currentData as { name: string }).name;
  /** A write committed now, so the cursor stands at now. */
  const writeNow = async (id: number, name: string) => {
    sim.env.write('product.product', id, { name });
    expect(await pull(lookbackSeconds())).toMatchObject({ updated: 1 });
  };
  /** The product rows' versions: any write to one changes the sum. */
  const rowVersions = async () =>
    (
      await sqlQuery<{ v: string }>(hub.app.orm.em.fork(), `select sum(xmin::text::bigint)::text as "v" from "product"`)
    )[0]!.v;

  it('defaults ODOO_PULL_LOOKBACK_SECONDS to 900', () => {
    expect(lookbackSeconds()).toBe(900);
  });

  it('pulls a product written in a transaction that began 10 minutes behind the cursor; a second pull writes 0 rows', async () => {
    const [late, fresh] = products();
    await writeNow(fresh!, 'Fresh');
    sim.env.transactionStartedAt(Date.now() - TEN_MINUTES, () =>
      sim.env.write('product.product', late!, { name: 'Committed late' }),
    );
    const stamped = String(sim.env.read('product.product', late!, ['write_date'])[0]!.write_date);
    expect(Date.parse(`${stamped.replace(' ', 'T')}Z`)).toBeLessThan(Date.now() - TEN_MINUTES + 5_000);

    const report = await pull(lookbackSeconds());
    expect(report.changes).toEqual([{ externalId: skuOf(late!), changedFields: ['name'], isNew: false }]);
    expect(await nameOf(late!)).toBe('Committed late');

    const versions = await rowVersions();
    const again = await pull(lookbackSeconds());
    expect(again).toMatchObject({ created: 0, updated: 0, relatedWrites: 0, changes: [] });
    expect(again.unchanged).toBeGreaterThan(0);
    expect(await rowVersions()).toBe(versions);
  });

  it('would miss it without the look-back, and the scheduled pull (the job) finds it', async () => {
    const [, , late, fresh] = products();
    await writeNow(fresh!, 'Fresh again');
    sim.env.transactionStartedAt(Date.now() - TEN_MINUTES, () =>
      sim.env.write('product.product', late!, { name: 'Also late' }),
    );
    // Read from the cursor alone, the row dated in the past is passed over.
    expect(await pull(0)).toMatchObject({ updated: 0 });
    expect(await nameOf(late!)).not.toBe('Also late');
    // The pull the hub runs (requestOdooPull → odoo_pull job) looks back by ODOO_PULL_LOOKBACK_SECONDS.
    expect((await hub.request(RequestLatePull, { entityType: 'PRODUCT' as never })).data!.requestOdooPull).toBe(true);
    await until(
      () => nameOf(late!),
      (name) => name === 'Also late',
      'the odoo_pull job to find the late commit',
      15_000,
    );
  });
});
