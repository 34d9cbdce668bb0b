import express, { type Request, type Response, type Router } from 'express';
import { authorize } from '../modules/common/authorize.js';
import type { Authenticator } from '../modules/api-token/authenticator.js';
import type { DomainError } from '../domain/errors.js';
import type { Metrics } from '../observability/metrics.js';

/** The access rule of `/metrics`, like a root field's (see domain/access-rules.ts). */
export const METRICS_RULE = ['metrics:read'] as const;

/**
 * `GET /metrics`, Prometheus text. It tells what the hub does and how much (the
 * operations it serves, its failures), so it takes a bearer token with
 * `metrics:read` (Prometheus: `authorization: { credentials: <token> }`), unless
 * `METRICS_PUBLIC=true` opens it for a scraper on a private network.
 */
export function metricsRouter(deps: { authenticator: Authenticator; metrics: Metrics; open: boolean }): Router {
  const router = express.Router();
  router.get('/metrics', async (req: Request, res: Response) => {
    if (!deps.open) {
      const auth = await deps.authenticator.authenticate(req.headers.authorization);
      try {
        authorize(auth, 'GET /metrics', METRICS_RULE);
      } catch (err) {
        const e = err as DomainError;
        if (e.code !== 'FORBIDDEN') res.setHeader('www-authenticate', 'Bearer realm="metrics"');
        res.status(e.code === 'FORBIDDEN' ? 403 : 401).json({ error: { code: e.code, message: e.message } });
        return;
      }
    }
    res.setHeader('content-type', deps.metrics.registry.contentType);
    res.send(await deps.metrics.registry.metrics());
  });
  return router;
}
