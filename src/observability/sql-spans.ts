import { context, SpanKind, trace, type Span, type Tracer } from '@opentelemetry/api';
import pg from 'pg';
import { failSpan } from './span-status.js';

/** The longest SQL text a span keeps (the statements are parameterised: values are not in it). */
const MAX_QUERY_TEXT = 2000;

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

function queryText(config: unknown): string {
  if (typeof config === 'string') return config;
  const text = (config as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '';
}

function endSpan(span: Span, err: unknown): void {
  if (err) failSpan(span, err);
  span.end();
}

/**
 * A span for each PostgreSQL query made while a span is active: the one pg
 * module serves MikroORM, Kysely and graphile-worker alike, so wrapping
 * `Client.prototype.query` covers them all. A query outside any span (the job
 * runner's polling, LISTEN) gets none, and a cursor or other submittable goes
 * through untouched. This is what @opentelemetry/instrumentation-pg does, in a
 * few lines and without its module-loading hooks (which an ESM app would need
 * a loader for). Returns the function that puts the original back.
 */
export function traceSqlQueries(currentTracer: () => Tracer | null): () => void {
  const proto = pg.Client.prototype as unknown as { query: Query };
  const original = proto.query;
  proto.query = function tracedQuery(this: pg.Client, ...args: unknown[]): unknown {
    const tracer = currentTracer();
    const [config] = args;
    if (
      !tracer ||
      !trace.getSpan(context.active()) ||
      typeof (config as { submit?: unknown } | null)?.submit === 'function'
    ) {
      return original.apply(this, args);
    }
    const text = queryText(config);
    const verb = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? 'QUERY';
    const span = tracer.startSpan(`pg ${verb}`, {
      kind: SpanKind.CLIENT,
      attributes: {
        'db.system.name': 'postgresql',
        'db.operation.name': verb,
        'db.query.text': text.slice(0, MAX_QUERY_TEXT),
      },
    });
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last] as (err: unknown, result: unknown) => void;
      args[last] = (err: unknown, result: unknown) => {
        endSpan(span, err);
        callback(err, result);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args) as Promise<unknown> | undefined;
    if (typeof result?.then !== 'function') {
      span.end();
      return result;
    }
    result.then(
      () => endSpan(span, null),
      (err: unknown) => endSpan(span, err),
    );
    return result;
  };
  return () => {
    proto.query = original;
  };
}
