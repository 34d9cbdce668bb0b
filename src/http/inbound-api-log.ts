import type { RequestHandler } from 'express';
import { ApiLogDirection } from '../domain/enums.js';
import type { ApiLogWriter } from '../observability/api-log-writer.js';

declare module 'express-serve-static-core' {
  interface Locals {
    /** The GraphQL operation the request ran, noted by the observability plugin for its ApiLog row. */
    operationName?: string;
  }
}

/** Polled by orchestrators and scrapers every few seconds: rows for them would drown the real traffic. */
const UNLOGGED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** Status of a request whose client went away before the response was complete (as nginx logs it). */
const CLIENT_CLOSED = 499;

/** Records an inbound ApiLog row for every request once its response is done (or abandoned). */
export function inboundApiLog(writer: ApiLogWriter): RequestHandler {
  return (req, res, next) => {
    // The path only: a query string may carry a token (the Odoo webhook receiver's).
    const path = req.originalUrl.split('?', 1)[0]!;
    // The console's page and assets are files, not API calls: its GraphQL requests are logged as any client's.
    if (UNLOGGED_PATHS.has(path) || path === '/admin' || path.startsWith('/admin/')) return next();
    const started = performance.now();
    // 'close' rather than 'finish': it also fires when the client disconnects mid-request.
    res.once('close', () => {
      writer.record({
        method: req.method,
        path,
        direction: ApiLogDirection.INBOUND,
        statusCode: res.writableFinished ? res.statusCode : CLIENT_CLOSED,
        duration: performance.now() - started,
        operationName: res.locals.operationName ?? null,
        requestId: req.id,
      });
    });
    next();
  };
}
