import { ApiLogDirection } from '../domain/enums.js';
import type { ApiLogWriter } from './api-log-writer.js';

/**
 * Whom an outbound call goes to, which decides what its ApiLog row may name.
 * Odoo: origin + path (/jsonrpc, /json/2/<model>/<method> are Odoo's public API,
 * not secrets). A webhook: the config's id and the URL's origin only, since an
 * endpoint's path may be its secret (Slack- or Zapier-style URLs).
 */
export type OutboundTarget = { kind: 'odoo' } | { kind: 'webhook'; webhookConfigId: string };

/** fetch, for the hub's own calls out (the Odoo client, webhook deliveries). */
export type LoggedFetch = (url: string | URL, init: RequestInit, target: OutboundTarget) => Promise<Response>;

/**
 * The one hook every outbound HTTP call goes through: fetch, plus an outbound
 * ApiLog row per call (method, what `target` allows of the URL, status,
 * duration until the response headers arrived). Status 0 records a call that
 * got no response (refused, DNS, timeout, abort); its error still reaches the
 * caller. With no writer (ApiLog disabled) it is plain fetch.
 */
export function createLoggedFetch(writer: ApiLogWriter | null, fetchImpl: typeof fetch = fetch): LoggedFetch {
  if (!writer) return (url, init) => fetchImpl(url, init);
  return async (url, init, target) => {
    const { origin, pathname } = new URL(url);
    const started = performance.now();
    let statusCode = 0;
    try {
      const response = await fetchImpl(url, init);
      statusCode = response.status;
      return response;
    } finally {
      writer.record({
        method: (init.method ?? 'GET').toUpperCase(),
        // origin leaves out user:password@, and the query string is never kept: either may carry a credential.
        path: target.kind === 'odoo' ? origin + pathname : origin,
        webhookConfigId: target.kind === 'webhook' ? target.webhookConfigId : null,
        direction: ApiLogDirection.OUTBOUND,
        statusCode,
        duration: performance.now() - started,
      });
    }
  };
}
