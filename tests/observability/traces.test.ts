import { Writable } from 'node:stream';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { graphql } from '../gql/index.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { startTracing } from '../../src/observability/tracing.js';
import { ingestProducts } from '../../src/ingest/ingest.service.js';
import type { OdooSimulator } from '../../tools/odoo-simulator/index.js';
import type { TestHub } from '../support/hub.js';
import { startHubWithCatalog } from '../support/odoo.js';
import { until } from '../support/until.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const PlaceTracedOrder = graphql(`
  mutation PlaceTracedOrder($input: PlaceSaleOrderInput!) {
    placeSaleOrder(input: $input) {
      id
      externalId
    }
  }
`);
const CreateTracedWebhook = graphql(`
  mutation CreateTracedWebhook($input: WebhookConfigInput!) {
    createWebhookConfig(input: $input) {
      webhookConfig {
        id
      }
    }
  }
`);
const TracedOrderState = graphql(`
  query TracedOrderState($externalId: String!) {
    saleOrder(externalId: $externalId) {
      odooId
    }
  }
`);

/** A logger at debug level whose JSON lines land in `lines` (the push's own line is a debug one). */
function capturingLogger(lines: Record<string, unknown>[]) {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return createLogger('debug', {}, sink);
}

/** A hub (role all) on a 2-product simulator, one order placed over HTTP, waited for until Odoo has it. */
async function placeOrderThrough(hub: TestHub, skus: string[], n: string): Promise<string> {
  const input = {
    externalId: `WEB-TRACE-${n}`,
    idempotencyKey: `trace-${n}`,
    customer: { externalId: `trace-cust-${n}`, data: { name: `Traced ${n}`, email: `t${n}@shop.example` } },
    lines: [{ productExternalId: skus[0]!, quantity: 1, priceUnit: '9.90' }],
  };
  const placed = await hub.request(PlaceTracedOrder, { input });
  expect(placed.errors).toBeUndefined();
  await until(
    async () => (await hub.request(TracedOrderState, { externalId: input.externalId })).data?.saleOrder?.odooId,
    (odooId) => typeof odooId === 'number',
    `order ${input.externalId} in Odoo`,
    20_000,
  );
  return input.externalId;
}

const skusOf = (sim: OdooSimulator) =>
  (
    sim.env.read('product.product', sim.env.search('product.product', []), ['default_code']) as {
      default_code: string;
    }[]
  ).map((r) => r.default_code);

describe('traces (issue 17, acceptance 5)', () => {
  describe('the OTEL_* variables', () => {
    const tracingOf = (env: Record<string, string>) => loadConfig({ NODE_ENV: 'test', ...env }).tracing;

    it('are off unless an exporter is named, and OTEL_SDK_DISABLED wins', () => {
      expect(tracingOf({}).exporter).toBe('none');
      expect(tracingOf({ OTEL_TRACES_EXPORTER: 'console' }).exporter).toBe('console');
      expect(tracingOf({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' }).exporter).toBe('none');
    });

    it('send OTLP to <endpoint>/v1/traces unless the traces endpoint is given, with the headers', () => {
      expect(
        tracingOf({
          OTEL_TRACES_EXPORTER: 'otlp',
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/',
          OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=a%3Db, tenant=shop',
        }),
      ).toEqual({
        exporter: 'otlp',
        serviceName: 'odoo-sync-hub',
        otlpUrl: 'http://collector:4318/v1/traces',
        otlpHeaders: { 'x-api-key': 'a=b', tenant: 'shop' },
      });
      expect(
        tracingOf({
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
          OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/in',
        }).otlpUrl,
      ).toBe('https://traces.example/in');
    });

    it('refuse an exporter the hub does not have, naming the variable', () => {
      expect(() => tracingOf({ OTEL_TRACES_EXPORTER: 'jaeger' })).toThrow(ConfigError);
      expect(() => tracingOf({ OTEL_TRACES_EXPORTER: 'jaeger' })).toThrow(/OTEL_TRACES_EXPORTER/);
    });
  });

  describe('with OTEL off (the default)', () => {
    const lines: Record<string, unknown>[] = [];
    let sim: OdooSimulator;
    let hub: TestHub;
    beforeAll(async () => {
      ({ sim, hub } = await startHubWithCatalog('traces-off', 2, {
        role: 'all',
        hub: { logger: capturingLogger(lines) },
      }));
    }, 60_000);
    afterAll(async () => {
      await hub.close();
      await sim.close();
    });

    it('starts no SDK: the API is the no-op one and no log line carries a trace id', async () => {
      expect(hub.app.config.tracing.exporter).toBe('none');
      expect(await startTracing(hub.app.config.tracing)).toBeNull();
      const externalId = await placeOrderThrough(hub, skusOf(sim), 'off');
      // No provider was registered: a span made through the global API records nothing.
      expect(trace.getTracer('probe').startSpan('probe').isRecording()).toBe(false);
      expect(lines.some((l) => String(l.msg).includes(`push of sale_order ${externalId}`))).toBe(true);
      expect(lines.filter((l) => 'trace_id' in l || 'span_id' in l)).toEqual([]);
    });
  });

  describe('with an exporter', () => {
    const lines: Record<string, unknown>[] = [];
    const exporter = new InMemorySpanExporter();
    let sim: OdooSimulator;
    let hub: TestHub;
    beforeAll(async () => {
      ({ sim, hub } = await startHubWithCatalog('traces-on', 2, {
        role: 'all',
        // Retries in tens of milliseconds; the webhook receiver is on 127.0.0.1.
        env: { OUTBOUND_RETRY_BASE_MS: '20', WEBHOOK_ALLOW_PRIVATE: 'true' },
        hub: { logger: capturingLogger(lines), spanExporter: exporter },
      }));
    }, 60_000);
    afterAll(async () => {
      await hub.close();
      await sim.close();
    });

    it('has a span for a webhook send inside its delivery job, naming the endpoint by host only', async () => {
      const receiver = await WebhookReceiver.start();
      try {
        const created = await hub.request(CreateTracedWebhook, {
          input: { url: `${receiver.url}/secret-path`, entityType: 'PRODUCT', direction: 'TO_WEBSHOP' },
        });
        expect(created.errors).toBeUndefined();
        exporter.reset();
        await ingestProducts(hub.app.orm.em.fork(), [{ externalId: 'TRACED-WH', data: { name: 'Traced' } }]);
        const spans = await until(
          () => exporter.getFinishedSpans(),
          (all) => all.some((s) => s.name === 'job deliver_webhook'),
          'the delivery job span',
        );
        const job = spans.find((s) => s.name === 'job deliver_webhook')!;
        const send = spans.find((s) => s.name === 'webhook send')!;
        expect(send.parentSpanContext?.spanId).toBe(job.spanContext().spanId);
        expect(send.attributes).toMatchObject({
          'http.request.method': 'POST',
          'http.response.status_code': 200,
          'server.address': new URL(receiver.url).host,
          'webhook.config_id': created.data!.createWebhookConfig.webhookConfig.id,
        });
        expect(JSON.stringify(send.attributes)).not.toContain('secret-path');
      } finally {
        await receiver.close();
      }
    });

    it('follows one placeSaleOrder in one trace: the mutation, the push job, the Odoo create', async () => {
      exporter.reset();
      const externalId = await placeOrderThrough(hub, skusOf(sim), 'on');
      const spans = await until(
        () => exporter.getFinishedSpans(),
        (all) => all.some((s) => s.name === 'job push_sale_order' && s.attributes['job.task'] === 'push_sale_order'),
        'the push job span',
      );

      const operation = spans.find((s) => s.name === 'mutation PlaceTracedOrder')!;
      expect(operation).toBeDefined();
      expect(operation.attributes).toMatchObject({
        'graphql.operation.type': 'mutation',
        'graphql.operation.name': 'PlaceTracedOrder',
        'http.request.method': 'POST',
        'http.response.status_code': 200,
      });
      const traceId = operation.spanContext().traceId;
      const inTrace = spans.filter((s) => s.spanContext().traceId === traceId);
      const byId = new Map(inTrace.map((s) => [s.spanContext().spanId, s]));
      const ancestors = (span: ReadableSpan): string[] => {
        const names: string[] = [];
        for (let at = byId.get(span.parentSpanContext?.spanId ?? ''); at;) {
          names.push(at.name);
          at = byId.get(at.parentSpanContext?.spanId ?? '');
        }
        return names;
      };

      // The job is a child of the mutation's span (the traceparent the enqueue stored in its payload).
      const job = inTrace.find((s) => s.name === 'job push_sale_order')!;
      expect(job).toBeDefined();
      expect(job.parentSpanContext?.spanId).toBe(operation.spanContext().spanId);

      // The Odoo call inside the job, with its model and method.
      const create = inTrace.find((s) => s.name === 'odoo sale.order create')!;
      expect(create).toBeDefined();
      expect(create.attributes).toMatchObject({ 'odoo.model': 'sale.order', 'odoo.method': 'create' });
      expect(ancestors(create)).toEqual(['job push_sale_order', 'mutation PlaceTracedOrder']);

      // SQL: the mutation's own statements are in its trace, under it.
      const sql = inTrace.filter((s) => s.name.startsWith('pg ') && ancestors(s)[0] === 'mutation PlaceTracedOrder');
      expect(sql.length).toBeGreaterThan(0);
      expect(sql[0]!.attributes['db.system.name']).toBe('postgresql');

      // The push's log line carries the trace id (and the job's span id).
      const pushLine = lines.find((l) => String(l.msg).includes(`push of sale_order ${externalId}`));
      expect(pushLine).toMatchObject({ trace_id: traceId, span_id: job.spanContext().spanId });
    });

    it('marks a failed Odoo call on its span, and the retry job continues the same trace', async () => {
      exporter.reset();
      // A transient answer (Odoo's serialization failure): the push schedules its own retry as a new job.
      sim.faults.failNext(1, 'psycopg2.errors.SerializationFailure', 'could not serialize access', {
        model: 'sale.order',
        method: 'create',
      });
      await placeOrderThrough(hub, skusOf(sim), 'retry');
      const spans = await until(
        () => exporter.getFinishedSpans(),
        (all) => all.filter((s) => s.name === 'job push_sale_order').length >= 2,
        'two push jobs',
      );
      const failed = spans.find((s) => s.name === 'odoo sale.order create' && s.status.code === SpanStatusCode.ERROR)!;
      expect(failed).toBeDefined();
      expect(failed.status.message).toContain('could not serialize');
      const traceId = failed.spanContext().traceId;
      // In the order they started (the retry may start before the first try's span has ended).
      const jobs = spans
        .filter((s) => s.name === 'job push_sale_order')
        .sort((a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1]);
      expect(jobs.map((s) => s.spanContext().traceId)).toEqual([traceId, traceId]);
      // The retry's job is a child of the first one (which enqueued it), not a new trace.
      expect(jobs[1]!.parentSpanContext?.spanId).toBe(jobs[0]!.spanContext().spanId);
    });
  });
});
