import { graphql } from '../gql/index.js';
import { OdooError } from '../../src/odoo/odoo-error.js';
import { pullFromOdoo } from '../../src/odoo/odoo-pull.service.js';
import { EntityType } from '../../src/modules/common/enums.js';
import { odooPullTask } from '../../src/jobs/odoo.tasks.js';
import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const PulledCounts = graphql(`
  query PulledCounts {
    products(first: 1) {
      totalCount
    }
    partners(first: 1) {
      totalCount
    }
    stocks(first: 1) {
      totalCount
    }
    pricelistItems(first: 1) {
      totalCount
    }
    purchaseOrders(first: 1) {
      totalCount
    }
    syncStatus {
      lastOdooPullAt
    }
  }
`);
const PulledProduct = graphql(`
  query PulledProduct($externalId: String!) {
    product(externalId: $externalId) {
      odooId
      currentData
      changedFields
      prices {
        pricelistExternalId
        price
      }
      stock {
        supplierExternalId
        quantity
      }
    }
  }
`);
const PulledFailures = graphql(`
  query PulledFailures {
    syncFailures(filter: { source: ODOO }) {
      nodes {
        entityType
        externalId
        errorMessage
      }
    }
  }
`);

const ORDER = [
  EntityType.PARTNER,
  EntityType.PRODUCT,
  EntityType.PRICELIST_ITEM,
  EntityType.STOCK,
  EntityType.PURCHASE_ORDER,
  EntityType.SALE_ORDER,
];

describe('incremental pull from Odoo', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  beforeAll(async () => {
    sim = await startOdooSimulator({
      version: 17,
      seed: { products: 5000, partners: 1000, quants: 5000, pricelistItems: 2000, purchaseOrders: 200, saleOrders: 0 },
    });
    hub = await startTestHub('odoo_pull', {
      env: { ODOO_URL: sim.url, ODOO_DB: sim.db, ODOO_USERNAME: sim.login, ODOO_API_KEY: sim.apiKey },
    });
  }, 60_000);
  afterAll(async () => {
    await hub.close();
    await sim.close();
  });

  const pullAll = async () => {
    const reports = [];
    for (const type of ORDER) reports.push(await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), type));
    return reports;
  };

  it('lands everything, complete, then writes nothing on a second pull', async () => {
    const first = await pullAll();
    const counts = (await hub.request(PulledCounts)).data!;
    const variants = sim.env.search('product.product', [], { activeTest: false }).length;
    expect(counts.products.totalCount).toBe(variants);
    expect(counts.partners.totalCount).toBe(sim.env.search('res.partner', [], { activeTest: false }).length);
    expect(counts.purchaseOrders.totalCount).toBe(200);
    expect(counts.stocks.totalCount).toBeGreaterThan(0);
    expect(counts.pricelistItems.totalCount).toBeGreaterThan(variants); // list prices + pricelist rules
    expect(counts.syncStatus.lastOdooPullAt).not.toBeNull();
    expect(first.find((r) => r.entityType === EntityType.PRODUCT)!.created).toBe(variants);

    const second = await pullAll();
    expect(second.map((r) => [r.entityType, r.created, r.updated])).toEqual(ORDER.map((t) => [t, 0, 0]));
  }, 120_000);

  it('reports exactly the records edited in Odoo, with their changed fields, and marks an archived one', async () => {
    const ids = sim.env.search('product.product', [], { activeTest: false }).slice(0, 10);
    const before = sim.env.read('product.product', ids, ['default_code']) as { default_code: string }[];
    for (const id of ids) sim.env.write('product.product', [id], { barcode: `NEW-${id}` });
    sim.env.write('product.product', [ids[0]!], { active: false });
    const report = await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
    // `write_date >= cursor` re-reads the records at the cursor's second (Odoo
    // keeps write_date to the second), which the diff then finds unchanged.
    expect(report).toMatchObject({ updated: 10, created: 0 });
    const archived = (await hub.request(PulledProduct, { externalId: before[0]!.default_code })).data!.product!;
    expect(archived.currentData).toMatchObject({ active: false, barcode: `NEW-${ids[0]}` });
    expect(archived.changedFields).toEqual(['active', 'barcode']);
    const other = (await hub.request(PulledProduct, { externalId: before[1]!.default_code })).data!.product!;
    expect(other.changedFields).toEqual(['barcode']);
    expect(other.prices.map((p) => p.pricelistExternalId)).toContain('list_price');
  });

  it('keeps the cursor and commits nothing of a failing page; gives up into a SyncFailure', async () => {
    const [id] = sim.env.search('product.product', [], { limit: 1 });
    sim.env.write('product.product', [id!], { barcode: 'AFTER-OUTAGE' });
    sim.faults.html502Next(1000);
    const task = odooPullTask({ orm: hub.app.orm, odoo: hub.app.odoo, logger: hub.app.logger });
    const helpers = (attempts: number) =>
      ({
        job: { attempts, max_attempts: 10 },
        logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
      }) as never;
    await expect(task({ entityType: EntityType.PRODUCT }, helpers(1))).rejects.toBeInstanceOf(OdooError);
    expect((await hub.request(PulledFailures)).data!.syncFailures.nodes).toEqual([]);
    await task({ entityType: EntityType.PRODUCT }, helpers(10)); // the last attempt
    expect((await hub.request(PulledFailures)).data!.syncFailures.nodes).toEqual([
      { entityType: 'PRODUCT', externalId: 'odoo:pull:product', errorMessage: expect.stringMatching(/HTML/) },
    ]);
    sim.faults.reset();
    const report = await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
    expect(report.updated).toBe(1); // the cursor had not moved past the change
  });
});
