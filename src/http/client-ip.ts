import type { IncomingMessage } from 'node:http';
import type { Express } from 'express';

/**
 * A request's client address as express's `req.ip` gives it, TRUST_PROXY
 * (express's `trust proxy`) deciding whether X-Forwarded-For is believed, for
 * HTTP requests and for the upgrade request of a graphql-ws socket alike (which
 * express never routes, so it is given express's request prototype here).
 */
export function clientIpOf(app: Express, request: IncomingMessage): string | null {
  const req = Object.create(app.request, {
    app: { value: app },
    headers: { value: request.headers },
    socket: { value: request.socket },
  }) as { ip?: string };
  return req.ip ?? null;
}
