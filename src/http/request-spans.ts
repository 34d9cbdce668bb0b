import { context, SpanStatusCode } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import { contextWith, extractContext, SpanKind, startSpan } from '../observability/tracing.js';

/**
 * One server span per HTTP request (a child of the caller's `traceparent`
 * header, if any), active for everything the request runs; GraphQL renames it
 * after the operation (src/graphql/plugins.ts). The request and response
 * emitters are bound to it, so that body parsing and `close` keep the span's
 * context. With tracing off it is `next()`.
 */
export function requestSpans(): RequestHandler {
  return (req, res, next) => {
    const parent = extractContext(req.headers);
    const span =
      parent &&
      startSpan(`HTTP ${req.method}`, {
        kind: SpanKind.SERVER,
        parent,
        attributes: { 'http.request.method': req.method, 'url.path': req.path },
      });
    if (!span) return next();
    res.locals.requestSpan = span;
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    const active = contextWith(span, parent);
    context.bind(active, req);
    context.bind(active, res);
    context.with(active, next);
  };
}
