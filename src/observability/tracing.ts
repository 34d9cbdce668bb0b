import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  trace,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-node';
import type { TracingConfig } from '../config.js';
import { failSpan } from './span-status.js';
import { traceSqlQueries } from './sql-spans.js';

export { SpanKind, type Span };

/**
 * The hub's tracer while tracing runs; null otherwise. Every helper below
 * checks it first and does nothing else when it is null, so with tracing off
 * (the default) no SDK exists and a traced call costs one comparison.
 */
let tracer: Tracer | null = null;

export interface Tracing {
  /** Flushes the spans still buffered and stops tracing in this process. */
  shutdown(): Promise<void>;
}

/** The exporter OTEL_TRACES_EXPORTER names (null: `none`); the OTLP one is loaded only when named. */
async function configuredExporter(config: TracingConfig): Promise<{ exporter: SpanExporter; batch: boolean } | null> {
  if (config.exporter === 'console') {
    const { ConsoleSpanExporter } = await import('@opentelemetry/sdk-trace-node');
    return { exporter: new ConsoleSpanExporter(), batch: false };
  }
  if (config.exporter === 'otlp') {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    return { exporter: new OTLPTraceExporter({ url: config.otlpUrl, headers: config.otlpHeaders }), batch: true };
  }
  return null;
}

/**
 * Starts OpenTelemetry tracing for this process when the config names an
 * exporter (or a test hands one in, e.g. an InMemorySpanExporter): the global
 * tracer provider, AsyncLocalStorage context and the W3C traceparent
 * propagator, plus spans for every PostgreSQL query made inside a span.
 * Returns null, and starts nothing, when tracing is off or already running
 * (one provider per process: the first hub started owns it). The SDK is
 * imported here, so a hub without tracing never loads it (~100 ms at start).
 */
export async function startTracing(config: TracingConfig, testExporter?: SpanExporter): Promise<Tracing | null> {
  if (tracer) return null;
  const chosen = testExporter ? { exporter: testExporter, batch: false } : await configuredExporter(config);
  if (!chosen || tracer) return null;
  const [{ BatchSpanProcessor, NodeTracerProvider, SimpleSpanProcessor }, { defaultResource, resourceFromAttributes }] =
    await Promise.all([import('@opentelemetry/sdk-trace-node'), import('@opentelemetry/resources')]);
  if (tracer) return null;
  const provider = new NodeTracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ 'service.name': config.serviceName })),
    // OTLP exports in batches off the request path; console and a test's exporter see each span as it ends.
    spanProcessors: [chosen.batch ? new BatchSpanProcessor(chosen.exporter) : new SimpleSpanProcessor(chosen.exporter)],
  });
  provider.register();
  const ownTracer = provider.getTracer('odoo-sync-hub');
  tracer = ownTracer;
  const stopSql = traceSqlQueries(() => tracer);
  return {
    async shutdown() {
      if (tracer !== ownTracer) return;
      tracer = null;
      stopSql();
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

export interface SpanOptions {
  kind?: SpanKind;
  attributes?: Attributes;
  /** The span's parent; the active span when left out. */
  parent?: Context;
}

/**
 * Runs `fn` inside a new active span (a child of the active one, or of
 * `options.parent`), ending it when `fn` settles; an error marks the span and
 * is thrown on. With tracing off it is `fn()`.
 */
export function inSpan<T>(name: string, options: SpanOptions, fn: (span: Span | null) => Promise<T>): Promise<T> {
  if (!tracer) return fn(null);
  const { kind = SpanKind.INTERNAL, attributes, parent = context.active() } = options;
  return tracer.startActiveSpan(name, { kind, attributes }, parent, async (span) => {
    try {
      return await fn(span);
    } catch (err) {
      failSpan(span, err);
      throw err;
    } finally {
      span.end();
    }
  });
}

/**
 * A span that is not made active (the caller runs its work in `contextWith(span)`):
 * an HTTP request's, whose work runs in the middleware chain after it. Null
 * with tracing off.
 */
export function startSpan(name: string, options: SpanOptions): Span | null {
  if (!tracer) return null;
  const { kind = SpanKind.INTERNAL, attributes, parent = context.active() } = options;
  return tracer.startSpan(name, { kind, attributes }, parent);
}

/** The context in which `span` is the active span (under `parent`). */
export function contextWith(span: Span, parent: Context = context.active()): Context {
  return trace.setSpan(parent, span);
}

/** The W3C `traceparent` of the active span, to carry it through a job payload; undefined with no span. */
export function currentTraceparent(): string | undefined {
  if (!tracer) return undefined;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** The context a carried `traceparent` (or an HTTP request's headers) names as the parent; undefined with tracing off. */
export function extractContext(carrier: Record<string, unknown> | undefined): Context | undefined {
  if (!tracer || !carrier) return undefined;
  return propagation.extract(ROOT_CONTEXT, carrier, {
    get: (c, key) => {
      const value = c[key];
      return typeof value === 'string' || Array.isArray(value) ? (value as string | string[]) : undefined;
    },
    keys: (c) => Object.keys(c),
  });
}

/** trace_id and span_id of the active span, for each log line (pino's mixin); {} without one. */
export function traceLogFields(): Record<string, string> {
  if (!tracer) return {};
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}
