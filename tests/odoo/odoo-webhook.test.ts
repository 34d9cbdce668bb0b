import { graphql } from '../gql/index.js';
import { sqlQuery } from '../../src/db/sql.js';
import { EntityType } from '../../src/domain/enums.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import { ingestProducts } from '../../src/ingest/ingest.service.js';
import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { subscribe, untilLive, type LiveSubscription } from '../support/ws.js';
import { odooEnv } from '../support/odoo.js';

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
      prices(pricelistExternalId: "list_price") {
        price
      }
    }
  }
`);
const ReceiverLog = graphql(`
  query ReceiverLog {
    apiLogs(first: 100, filter: { pathPrefix: "/webhooks/odoo" }) {
      nodes {
        method
        path
        direction
        statusCode
      }
    }
    odooCalls: apiLogs(first: 5, filter: { direction: OUTBOUND }) {
      totalCount
      nodes {
        path
      }
    }
  }
`);

type ProductEvent = { entityChanged: { externalId: string; changedFields: string[] } };

describe('Odoo webhook receiver', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let token: string;
  let pokes = 0;
  beforeAll(async () => {
    sim = await startOdooSimulator({
      version: 17,
      seed: { products: 20, partners: 5, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
    });
    hub = await startTestHub('odoo_webhook', {
      role: 'all',
      env: {
        ...odooEnv(sim),
        // The schedule stays out of the way (every 59 minutes); ApiLog rows are written at once.
        ODOO_PULL_INTERVAL_MINUTES: '59',
        API_LOG_FLUSH_MS: '50',
      },
    });
    token = (await issueToken(hub.app.orm.em.fork(), { name: 'odoo', scopes: ['odoo:webhook'] })).token;
    // The hub knows the catalogue already: a notification is about a change.
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
  }, 30_000);
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });
  beforeEach(() => sim.faults.reset());

  const post = (body: unknown, query = `?token=${token}`) =>
    fetch(`${hub.url}/webhooks/odoo${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const variant = (offset: number) => {
    const [id] = sim.env.search('product.product', [], { limit: 1, offset, order: 'id' });
    const [row] = sim.env.read('product.product', id!, ['default_code', 'product_tmpl_id']);
    return { id: id!, sku: row!.default_code as string, template: (row!.product_tmpl_id as [number, string])[0] };
  };
  /** A live subscription to product changes (live: it has seen a change made after it subscribed). */
  const liveProductEvents = async (): Promise<LiveSubscription<ProductEvent>> => {
    const sub = subscribe(hub.url, hub.adminToken, OnProduct, {});
    await untilLive(sub, () =>
      ingestProducts(hub.app.orm.em.fork(), [{ externalId: 'POKE', data: { poke: ++pokes } }]),
    );
    return sub;
  };
  /** The first event for one product, within `ms`. */
  const firstEventFor = async (sub: LiveSubscription<ProductEvent>, sku: string, ms: number) => {
    const end = Date.now() + ms;
    for (;;) {
      const { data } = await sub.next(Math.max(1, end - Date.now()));
      if (data?.entityChanged.externalId === sku) return data.entityChanged;
    }
  };
  /** The events for one product that arrive within `ms`. */
  const eventsFor = async (sub: LiveSubscription<ProductEvent>, sku: string, ms: number) => {
    const events: ProductEvent['entityChanged'][] = [];
    const end = Date.now() + ms;
    for (;;) {
      const left = end - Date.now();
      if (left <= 0) return events;
      const next = await sub.next(left).catch(() => null);
      if (next?.data?.entityChanged.externalId === sku) events.push(next.data.entityChanged);
    }
  };
  const jobsOf = (model: string, id: number) =>
    sqlQuery<{ locked: boolean }>(
      hub.app.orm.em.fork(),
      // The public jobs view leaves the payload out: a running job whose key a newer notification took has only that.
      `select j."locked_at" is not null as "locked"
         from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t."id" = j."task_id"
        where t."identifier" = 'odoo_read_back' and j."payload"->>'model' = $1 and (j."payload"->>'id')::int = $2`,
      [model, id],
    );

  it('reads a notified record back from Odoo: visible through product(externalId) and entityChanged within 2 s', async () => {
    const { id, sku } = variant(0);
    const sub = await liveProductEvents();
    try {
      sim.env.write('product.product', id, { name: 'Renamed in Odoo' });
      const started = Date.now();
      // The body is only a hint: what the hub stores is what it reads back.
      const res = await post({ _model: 'product.product', _id: id, _action: 'write', name: 'not trusted' });
      expect(res.status).toBe(202);
      expect(await firstEventFor(sub, sku, 2000 - (Date.now() - started))).toEqual({
        externalId: sku,
        changedFields: ['name'],
      });
      const product = (await hub.request(ReceivedProduct, { externalId: sku })).data!.product!;
      expect(product.currentData.name).toBe('Renamed in Odoo');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await sub.close();
    }
  });

  it('reads a notified template back as its variants (a template’s name and sales price)', async () => {
    const { sku, template } = variant(1);
    const sub = await liveProductEvents();
    try {
      sim.env.write('product.template', template, { name: 'Template renamed', list_price: 77.7 });
      expect((await post({ _model: 'product.template', _id: template })).status).toBe(202);
      expect(await firstEventFor(sub, sku, 2000)).toEqual({ externalId: sku, changedFields: ['name'] });
      const product = (await hub.request(ReceivedProduct, { externalId: sku })).data!.product!;
      expect([product.currentData.name, product.prices]).toEqual(['Template renamed', [{ price: '77.7' }]]);
    } finally {
      await sub.close();
    }
  });

  it('reads a record back one job at a time for 20 notifications about it, and announces its change once', async () => {
    const { id, sku } = variant(2);
    const sub = await liveProductEvents();
    try {
      sim.env.write('product.product', id, { barcode: 'BURST-1' });
      // Each read-back takes 300 ms, so notifications keep arriving while one runs.
      sim.faults.latency(300);
      sim.clearCalls();
      let mostAtOnce = 0;
      let watching = true;
      const watch = (async () => {
        while (watching) {
          const jobs = await jobsOf('product.product', id);
          mostAtOnce = Math.max(mostAtOnce, jobs.filter((j) => j.locked).length);
          await new Promise((r) => setTimeout(r, 10));
        }
      })();
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) {
        statuses.push((await post({ _model: 'product.product', _id: id, _action: 'write' })).status);
        await new Promise((r) => setTimeout(r, 40));
      }
      expect(statuses).toEqual(Array(20).fill(202));
      const deadline = Date.now() + 10_000;
      while ((await jobsOf('product.product', id)).length && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      watching = false;
      await watch;
      expect(await jobsOf('product.product', id)).toEqual([]);
      expect(mostAtOnce).toBe(1);
      // What reached Odoo: a few read-backs, one after the other (each began after the previous answer).
      const readBacks = sim.calls
        .filter((c) => c.model === 'product.product' && c.method === 'search_read')
        .map((c) => c.at.getTime());
      expect(readBacks.length).toBeGreaterThanOrEqual(1);
      expect(readBacks.length).toBeLessThan(20);
      for (let i = 1; i < readBacks.length; i++) expect(readBacks[i]! - readBacks[i - 1]!).toBeGreaterThanOrEqual(290);
      // One change, one event: the later read-backs found nothing new.
      expect(await eventsFor(sub, sku, 500)).toEqual([{ externalId: sku, changedFields: ['barcode'] }]);
    } finally {
      sim.faults.latency(0);
      await sub.close();
    }
  }, 30_000);

  it('refuses a bad token with 401, a token without the scope with 403, an unknown model with 422; logs every call', async () => {
    const [partner] = sim.env.search('res.partner', [], { limit: 1 });
    expect((await post({ _model: 'res.partner', _id: partner })).status).toBe(202);
    expect((await post({ _model: 'product.product', _id: 1 }, '')).status).toBe(401);
    expect((await post({ _model: 'product.product', _id: 1 }, '?token=osh_wrong')).status).toBe(401);
    const weak = (await issueToken(hub.app.orm.em.fork(), { name: 'weak', scopes: ['catalog:read'] })).token;
    expect((await post({ _model: 'product.product', _id: 1 }, `?token=${weak}`)).status).toBe(403);
    const unknown = await post({ _model: 'mail.message', _id: 1 });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({
      error: { code: 'UNPROCESSABLE_ENTITY', message: expect.stringMatching(/Unknown _model "mail.message"/) },
    });
    const noId = await post({ _model: 'res.partner', _id: 'seven' });
    expect([noId.status, ((await noId.json()) as { error: { message: string } }).error.message]).toEqual([
      422,
      expect.stringMatching(/_id/),
    ]);

    // ApiLog: every call to the receiver, by its path alone (the token stays out of it), and the hub's calls to Odoo.
    const want = [202, 401, 403, 422];
    let log = (await hub.request(ReceiverLog)).data!;
    for (let i = 0; i < 100 && !want.every((s) => log.apiLogs.nodes.some((n) => n.statusCode === s)); i++) {
      await new Promise((r) => setTimeout(r, 50));
      log = (await hub.request(ReceiverLog)).data!;
    }
    expect(new Set(log.apiLogs.nodes.map((n) => n.statusCode))).toEqual(new Set(want));
    expect(new Set(log.apiLogs.nodes.map((n) => `${n.method} ${n.path} ${n.direction}`))).toEqual(
      new Set(['POST /webhooks/odoo INBOUND']),
    );
    expect(log.odooCalls.totalCount).toBeGreaterThan(0);
    // ODOO_PROTOCOL=auto asks Odoo's version first (version_info), then calls /jsonrpc.
    expect(log.odooCalls.nodes.map((n) => n.path)).toContain(`${sim.url}/jsonrpc`);
  });
});
