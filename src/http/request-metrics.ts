import type { RequestHandler } from 'express';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';

const KNOWN_ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics', '/webhooks/odoo']);

/** Counts and times every request once its response is sent, and logs it at debug. */
export function requestMetrics(metrics: Metrics, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      // A fixed set of labels: unknown paths must not grow the metric's cardinality.
      const path = req.originalUrl.split('?')[0]!;
      const route = KNOWN_ROUTES.has(path) ? path : path.startsWith('/media/') ? '/media' : 'other';
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      metrics.httpDuration.observe({ method: req.method, route }, seconds);
      // The query string is left out: it may carry a token (the Odoo webhook receiver's).
      logger.debug(
        { requestId: req.id, method: req.method, path, status: res.statusCode, ms: Math.round(seconds * 1e4) / 10 },
        'request completed',
      );
    });
    next();
  };
}
