import { ApiLogDirection } from '../modules/common/enums.js';
import type { ApiLogWriter } from './api-log-writer.js';

/** fetch, for the hub's own calls out (the Odoo client, webhook deliveries). */
export type LoggedFetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

/**
 * The one hook every outbound HTTP call goes through: fetch, plus an outbound
 * ApiLog row per call (method, origin + pathname, status, duration until the
 * response headers arrived). Status 0 records a call that got no response
 * (refused, DNS, timeout, abort); its error still reaches the caller.
 * With no writer (ApiLog disabled) it is plain fetch.
 */
export function createLoggedFetch(writer: ApiLogWriter | null, fetchImpl: typeof fetch = fetch): LoggedFetch {
  if (!writer) return (url, init) => fetchImpl(url, init);
  return async (url, init) => {
    const target = new URL(url);
    const started = performance.now();
    let statusCode = 0;
    try {
      const response = await fetchImpl(url, init);
      statusCode = response.status;
      return response;
    } finally {
      writer.record({
        method: (init?.method ?? 'GET').toUpperCase(),
        // origin leaves out user:password@, and the query string is dropped: either may carry a credential.
        path: target.origin + target.pathname,
        direction: ApiLogDirection.OUTBOUND,
        statusCode,
        duration: performance.now() - started,
      });
    }
  };
}
