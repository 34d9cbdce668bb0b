import { graphql } from '../gql/index.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { subscribe } from '../support/ws.js';

const OnProduct = graphql(`
  subscription OnOdooProduct {
    entityChanged(entityType: PRODUCT) {
      externalId
      changedFields
    }
  }
`);
const ReceivedProduct = graphql(`
  query ReceivedProduct($externalId: String!) {
    product(externalId: $externalId) {
      currentData
    }
  }
`);

describe('Odoo webhook receiver', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let token: string;
  beforeAll(async () => {
    sim = await startOdooSimulator({
      version: 17,
      seed: { products: 20, partners: 5, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
    });
    hub = await startTestHub('odoo_webhook', {
      role: 'all',
      env: { ODOO_URL: sim.url, ODOO_DB: sim.db, ODOO_USERNAME: sim.login, ODOO_API_KEY: sim.apiKey },
    });
    token = (await issueToken(hub.app.orm.em.fork(), { name: 'odoo', scopes: ['odoo:webhook'] })).token;
  }, 30_000);
  afterAll(async () => {
    await hub.close();
    await sim.close();
  });

  const post = (body: unknown, query = `?token=${token}`) =>
    fetch(`${hub.url}/webhooks/odoo${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('reads a notified record back from Odoo and makes the change visible and live within 2 s', async () => {
    const [id] = sim.env.search('product.product', [], { limit: 1 });
    const [{ default_code: sku }] = sim.env.read('product.product', [id!], ['default_code']) as {
      default_code: string;
    }[];
    const sub = subscribe(hub.url, hub.adminToken, OnProduct, {});
    try {
      await new Promise<void>((resolve) => sub.client.on('connected', () => resolve()));
      sim.env.write('product.product', [id!], { name: 'Renamed in Odoo' });
      const started = Date.now();
      // The body is only a hint: what the hub stores is what it reads back.
      const res = await post({ _model: 'product.product', _id: id, _action: 'write', name: 'not trusted' });
      expect(res.status).toBe(202);
      const { data } = await sub.next(2000);
      expect(data!.entityChanged).toMatchObject({ externalId: sku, changedFields: expect.arrayContaining(['name']) });
      expect(Date.now() - started).toBeLessThan(2000);
      const product = (await hub.request(ReceivedProduct, { externalId: sku })).data!.product!;
      expect(product.currentData.name).toBe('Renamed in Odoo');
    } finally {
      await sub.close();
    }
  });

  it('queues one read-back at a time for a burst of notifications about one record', async () => {
    const [id] = sim.env.search('product.product', [], { limit: 1, offset: 1 });
    const responses = await Promise.all(Array.from({ length: 20 }, () => post({ _model: 'product.product', _id: id })));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(202));
    const jobs = await hub.app.orm.em
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from graphile_worker.jobs where key = ?`, [
        `odoo_read_back:product.product:${id}`,
      ]);
    expect(jobs[0]!.n).toBeLessThanOrEqual(1);
  });

  it('refuses a bad token with 401 and an unknown model with 422', async () => {
    expect((await post({ _model: 'product.product', _id: 1 }, '')).status).toBe(401);
    expect((await post({ _model: 'product.product', _id: 1 }, '?token=osh_wrong')).status).toBe(401);
    const weak = (await issueToken(hub.app.orm.em.fork(), { name: 'weak', scopes: ['catalog:read'] })).token;
    expect((await post({ _model: 'product.product', _id: 1 }, `?token=${weak}`)).status).toBe(403);
    const unknown = await post({ _model: 'account.move', _id: 1 });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({
      error: { message: expect.stringMatching(/Unknown _model "account.move"/) },
    });
  });
});
