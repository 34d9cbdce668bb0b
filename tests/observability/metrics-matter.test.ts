import { readFile } from 'node:fs/promises';
import type { Runner } from 'graphile-worker';
import { parse as parseYaml } from 'yaml';
import { graphql } from '../gql/index.js';
import { EntityType } from '../../src/domain/enums.js';
import { ingestProducts } from '../../src/ingest/ingest.service.js';
import { startWorker } from '../../src/jobs/worker.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import { OdooError } from '../../src/odoo/odoo-error.js';
import { Metrics } from '../../src/observability/metrics.js';
import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';
import { until } from '../support/until.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';
import { subscribe, untilLive } from '../support/ws.js';

const PlaceOrder = graphql(`
  mutation MetricsPlaceOrder($input: PlaceSaleOrderInput!) {
    placeSaleOrder(input: $input) {
      id
    }
  }
`);
const CreateWebhook = graphql(`
  mutation MetricsCreateWebhook($input: WebhookConfigInput!) {
    createWebhookConfig(input: $input) {
      secret
      webhookConfig {
        id
      }
    }
  }
`);
const OdooFailures = graphql(`
  query MetricsOdooFailures {
    syncFailures(filter: { source: ODOO, status: OPEN }, first: 10) {
      nodes {
        id
      }
    }
  }
`);
const Resolve = graphql(`
  mutation MetricsResolve($id: ID!) {
    resolveSyncFailure(id: $id, note: "seen in the metrics test") {
      id
    }
  }
`);
const OnProduct = graphql(`
  subscription MetricsOnProduct {
    entityChanged(entityType: PRODUCT) {
      externalId
    }
  }
`);

/** One line of Prometheus' text format. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus' text format, as far as prom-client writes it (no escaped quotes in the hub's label values). */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="([^"]*)"/g))
      labels[key!] = value!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The metric names a PromQL expression reads: identifiers left once labels, ranges, strings, functions and `by (…)` lists are gone. */
function metricNamesIn(expr: string): string[] {
  const KEYWORDS = new Set([
    'by',
    'without',
    'on',
    'ignoring',
    'group_left',
    'group_right',
    'bool',
    'offset',
    'and',
    'or',
    'unless',
  ]);
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names = new Set<string>();
  for (const m of stripped.matchAll(/\b([a-zA-Z_:][a-zA-Z0-9_:]*)\b(\s*\()?/g)) {
    if (m[2] || KEYWORDS.has(m[1]!) || /^\d/.test(m[1]!)) continue;
    names.add(m[1]!);
  }
  return [...names];
}

describe('metrics that matter, each after the action that moves it', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let receiver: WebhookReceiver;
  let runner: Runner | null = null;

  beforeAll(async () => {
    sim = await startOdooSimulator({
      version: 17,
      seed: { products: 4, partners: 0, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
    });
    receiver = await WebhookReceiver.start();
    // No worker in the hub itself: the test starts one once the queue has been seen waiting.
    hub = await startTestHub('metrics_matter', {
      role: 'api',
      env: {
        ...odooEnv(sim),
        METRICS_PUBLIC: 'true',
        WEBHOOK_ALLOW_PRIVATE: 'true',
        OUTBOUND_RETRY_BASE_MS: '20',
        OUTBOUND_MAX_ATTEMPTS: '2',
        WORKER_CONCURRENCY: '4',
      },
    });
  }, 60_000);
  afterAll(async () => {
    await runner?.stop();
    await hub.close();
    await receiver.close();
    await sim.close();
  });

  const scrape = async (): Promise<Sample[]> => {
    const res = await fetch(`${hub.url}/metrics`);
    expect(res.status).toBe(200);
    return parseExposition(await res.text());
  };
  const value = (samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined =>
    samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
  /** Scrapes until `name{labels}` meets `pred` (the database gauges are cached for a second or two). */
  const untilMetric = (name: string, labels: Record<string, string>, pred: (v: number | undefined) => boolean) =>
    until(async () => value(await scrape(), name, labels), pred, `${name}${JSON.stringify(labels)}`);

  it('a pull: Odoo call latency by model and method, pull lag and age per entity type', async () => {
    expect(
      value(await scrape(), 'odoo_sync_hub_pull_lag_seconds', { entity_type: EntityType.PRODUCT }),
    ).toBeUndefined();
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
    const samples = await scrape();
    const productCalls = samples.filter(
      (s) => s.name === 'odoo_sync_hub_odoo_call_duration_seconds_count' && s.labels.model === 'product.product',
    );
    expect(productCalls.length).toBeGreaterThan(0);
    expect(productCalls.every((s) => s.value >= 1 && s.labels.method)).toBe(true);
    // Now − the newest write_date of the products and their templates (a companion counts for its type).
    const newest = Math.max(
      ...['product.product', 'product.template'].flatMap((model) =>
        (sim.env.read(model, sim.env.search(model, []), ['write_date']) as { write_date: string }[]).map((r) =>
          Date.parse(`${r.write_date.replace(' ', 'T')}Z`),
        ),
      ),
    );
    const lag = await untilMetric(
      'odoo_sync_hub_pull_lag_seconds',
      { entity_type: EntityType.PRODUCT },
      (v) => v !== undefined,
    );
    expect(Math.abs(lag! - (Date.now() - newest) / 1000)).toBeLessThan(30);
    // Companion cursors (PRODUCT:product.template) count for their entity type, not as one of their own.
    expect(samples.concat(await scrape()).some((s) => s.labels.entity_type?.includes(':'))).toBe(false);
    const age = await untilMetric(
      'odoo_sync_hub_pull_age_seconds',
      { entity_type: EntityType.PRODUCT },
      (v) => v !== undefined,
    );
    expect(age).toBeLessThan(60);
  });

  it('an Odoo call that fails: counted by model, method and kind', async () => {
    const labels = { model: 'res.partner', method: 'search_read', kind: 'permanent' };
    const before = value(await scrape(), 'odoo_sync_hub_odoo_call_errors_total', labels) ?? 0;
    sim.faults.failNext(1, 'odoo.exceptions.AccessError', 'No access.', {
      model: 'res.partner',
      method: 'search_read',
    });
    await expect(hub.app.odoo!.searchRead('res.partner', [])).rejects.toBeInstanceOf(OdooError);
    const samples = await scrape();
    expect(value(samples, 'odoo_sync_hub_odoo_call_errors_total', labels)).toBe(before + 1);
    expect(
      value(samples, 'odoo_sync_hub_odoo_call_duration_seconds_count', { model: 'res.partner', method: 'search_read' }),
    ).toBeGreaterThanOrEqual(1);
  });

  it('a push: queue depth and age while it waits; push latency, outcomes and worker heartbeats once a worker runs', async () => {
    const skus = (
      sim.env.read('product.product', sim.env.search('product.product', []), ['default_code']) as {
        default_code: string;
      }[]
    ).map((r) => r.default_code);
    const order = (n: number) => ({
      externalId: `MET-${n}`,
      idempotencyKey: `met-${n}`,
      customer: { externalId: `met-cust-${n}`, data: { name: `Metrics Customer ${n}`, email: `m${n}@shop.example` } },
      lines: [{ productExternalId: skus[0]!, quantity: 1, priceUnit: '9.90' }],
    });
    for (const n of [1, 2]) expect((await hub.request(PlaceOrder, { input: order(n) })).errors).toBeUndefined();
    // No worker yet: the pushes wait, and the gauges say how many and since when.
    const pending = await untilMetric(
      'odoo_sync_hub_outbound_queue_items',
      { status: 'pending' },
      (v) => (v ?? 0) >= 2,
    );
    expect(pending).toBeGreaterThanOrEqual(2);
    expect(
      value(await scrape(), 'odoo_sync_hub_outbound_queue_oldest_age_seconds', { status: 'pending' }),
    ).toBeGreaterThanOrEqual(0);
    expect(value(await scrape(), 'odoo_sync_hub_worker_heartbeat_age_seconds')).toBeUndefined();

    // The second order's create is refused for good: a failed row and an open failure.
    sim.faults.failNext(1, 'odoo.exceptions.ValidationError', 'Refused.', { model: 'sale.order', method: 'create' });
    const { config, orm, odoo, logger, fetch, metrics } = hub.app;
    runner = await startWorker(
      hub.dbUrl,
      config,
      logger,
      { orm, odoo, logger, fetch, config, metrics, circuit: null, maxAttempts: config.odoo.maxPushAttempts },
      2,
    );
    await untilMetric(
      'odoo_sync_hub_pushes_total',
      { entity_type: EntityType.SALE_ORDER, outcome: 'completed' },
      (v) => v === 1,
    );
    await untilMetric(
      'odoo_sync_hub_pushes_total',
      { entity_type: EntityType.SALE_ORDER, outcome: 'failed' },
      (v) => v === 1,
    );
    const samples = await scrape();
    expect(value(samples, 'odoo_sync_hub_push_latency_seconds_count', { entity_type: EntityType.SALE_ORDER })).toBe(1);
    expect(
      value(samples, 'odoo_sync_hub_push_latency_seconds_sum', { entity_type: EntityType.SALE_ORDER }),
    ).toBeGreaterThan(0);
    expect(
      value(samples, 'odoo_sync_hub_odoo_call_errors_total', {
        model: 'sale.order',
        method: 'create',
        kind: 'permanent',
      }),
    ).toBe(1);
    // The queue drains to the one failed row, which waits for an operator with its SyncFailure.
    await untilMetric('odoo_sync_hub_outbound_queue_items', { status: 'pending' }, (v) => v === undefined);
    await untilMetric('odoo_sync_hub_outbound_queue_items', { status: 'failed' }, (v) => v === 1);
    await untilMetric('odoo_sync_hub_sync_failures_open', { source: 'odoo' }, (v) => v === 1);
    // Resolved: no longer waiting for anyone, though its row stays failed.
    const [failure] = (await hub.request(OdooFailures)).data!.syncFailures.nodes;
    expect((await hub.request(Resolve, { id: failure!.id })).errors).toBeUndefined();
    await untilMetric('odoo_sync_hub_outbound_queue_items', { status: 'failed' }, (v) => v === undefined);
    await untilMetric('odoo_sync_hub_sync_failures_open', { source: 'odoo' }, (v) => v === undefined);
    // Every worker of the runner beats.
    const beats = (await until(
      async () => (await scrape()).filter((s) => s.name === 'odoo_sync_hub_worker_heartbeat_age_seconds'),
      (s) => s.length > 0,
      'worker heartbeats',
    )) as Sample[];
    for (const beat of beats) {
      expect(beat.labels.worker).toEqual(expect.any(String));
      expect(beat.value).toBeGreaterThanOrEqual(0);
      expect(beat.value).toBeLessThan(60);
    }
  });

  it('a webhook delivery: outcomes and lag by endpoint; an endpoint the hub turns off is counted as disabled', async () => {
    expect(runner).not.toBeNull();
    const create = async (path: string) => {
      const res = await hub.request(CreateWebhook, {
        input: { url: `${receiver.url}${path}`, entityType: 'PRODUCT', direction: 'TO_WEBSHOP' },
      });
      expect(res.errors).toBeUndefined();
      receiver.expect(path, { secret: res.data!.createWebhookConfig.secret });
      return res.data!.createWebhookConfig.webhookConfig.id;
    };
    const ok = await create('/ok');
    receiver.script('/gone', [410]);
    const gone = await create('/gone');
    await ingestProducts(hub.app.orm.em.fork(), [{ externalId: 'MET-HOOK-1', data: { name: 'Hooked' } }]);
    await receiver.next('/ok');
    const delivered = await untilMetric(
      'odoo_sync_hub_webhook_deliveries_total',
      { endpoint: ok, outcome: 'delivered' },
      (v) => (v ?? 0) >= 1,
    );
    // A lag for each delivery (the product's creation and its stock/price events may be several).
    const samples = await scrape();
    expect(value(samples, 'odoo_sync_hub_webhook_delivery_lag_seconds_count', { endpoint: ok })).toBe(
      value(samples, 'odoo_sync_hub_webhook_deliveries_total', { endpoint: ok, outcome: 'delivered' }),
    );
    expect(delivered).toBeGreaterThanOrEqual(1);
    await untilMetric(
      'odoo_sync_hub_webhook_deliveries_total',
      { endpoint: gone, outcome: 'disabled' },
      (v) => v === 1,
    );
    expect(
      value(await scrape(), 'odoo_sync_hub_webhook_delivery_lag_seconds_count', { endpoint: gone }),
    ).toBeUndefined();
    await untilMetric('odoo_sync_hub_webhook_endpoints_disabled', {}, (v) => v === 1);
  });

  it('a subscription: the live subscriptions gauge, and the fan-out latency of the events it is given', async () => {
    const live = () => scrape().then((s) => value(s, 'odoo_sync_hub_live_subscriptions', { topic: 'entity.changed' }));
    expect(await live()).toBe(0);
    const fanOuts = async () => value(await scrape(), 'odoo_sync_hub_event_fanout_latency_seconds_count') ?? 0;
    const before = await fanOuts();
    const sub = subscribe(hub.url, hub.adminToken, OnProduct);
    let n = 0;
    try {
      await untilLive(sub, () =>
        ingestProducts(hub.app.orm.em.fork(), [{ externalId: `MET-LIVE-${++n}`, data: { name: `Live ${n}` } }]),
      );
      expect(await live()).toBe(1);
      const after = await fanOuts();
      expect(after).toBeGreaterThan(before);
      const sum = value(await scrape(), 'odoo_sync_hub_event_fanout_latency_seconds_sum')!;
      expect(sum).toBeGreaterThanOrEqual(0);
    } finally {
      await sub.close();
    }
    await until(live, (v) => v === 0, 'the subscription to end');
  });

  it('the Grafana dashboard and the alert rules name only metrics that /metrics exposes', async () => {
    const exposed = new Set<string>();
    for (const s of await scrape()) {
      exposed.add(s.name);
      // A histogram's series stand for its base name.
      exposed.add(s.name.replace(/_(bucket|sum|count)$/, ''));
    }
    // A counter that has not moved yet has no sample (it has labels): its # TYPE line still names it.
    const text = await (await fetch(`${hub.url}/metrics`)).text();
    for (const m of text.matchAll(/^# TYPE (\S+) /gm)) exposed.add(m[1]!);

    const dashboard = JSON.parse(await readFile('deploy/grafana/odoo-sync-hub.json', 'utf8')) as {
      panels: { title: string; type: string; targets?: { expr: string }[] }[];
    };
    const dashboardExprs = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
    expect(dashboard.panels.filter((p) => p.type !== 'row').every((p) => (p.targets ?? []).length > 0)).toBe(true);

    const rules = parseYaml(await readFile('deploy/prometheus/alerts.yml', 'utf8')) as {
      groups: { rules: { alert: string; expr: string }[] }[];
    };
    const alertExprs = rules.groups.flatMap((g) => g.rules.map((r) => r.expr));
    const alerts = rules.groups.flatMap((g) => g.rules.map((r) => r.alert));
    // The four the issue names: push lag, open failures, pull lag, disabled endpoints.
    expect(alerts).toEqual(
      expect.arrayContaining([
        'OdooSyncHubPushLag',
        'OdooSyncHubOpenFailures',
        'OdooSyncHubPullLag',
        'OdooSyncHubWebhookEndpointDisabled',
      ]),
    );

    const used = new Set([...dashboardExprs, ...alertExprs].flatMap(metricNamesIn));
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter(
      (name) => !exposed.has(name) && !exposed.has(name.replace(/_(bucket|sum|count)$/, '')),
    );
    expect(missing).toEqual([]);
    // The check itself would see a wrong name.
    expect(metricNamesIn('sum by (le) (rate(odoo_sync_hub_nope_seconds_bucket{a="b"}[5m])) > 1')).toEqual([
      'odoo_sync_hub_nope_seconds_bucket',
    ]);
  });
});

describe('the shared-state gauges when the database does not answer', () => {
  it('leave their gauges out of the scrape and count the failure, and the next scrape asks again', async () => {
    const metrics = new Metrics();
    let reads = 0;
    metrics.watchHubState(() => {
      reads++;
      return Promise.reject(new Error('the database is away'));
    });
    const first = parseExposition(await metrics.registry.metrics());
    expect(first.find((s) => s.name === 'odoo_sync_hub_state_read_failures_total')?.value).toBe(1);
    expect(first.some((s) => s.name === 'odoo_sync_hub_outbound_queue_items')).toBe(false);
    // One read for every gauge of a scrape; a failed one is not kept.
    expect(reads).toBe(1);
    const second = parseExposition(await metrics.registry.metrics());
    expect(reads).toBe(2);
    expect(second.find((s) => s.name === 'odoo_sync_hub_state_read_failures_total')?.value).toBe(2);
    expect(second.find((s) => s.name === 'process_cpu_user_seconds_total')).toBeDefined();
  });
});
