import type { Faults } from './faults.js';
import type { OdooVersion } from './orm/model-spec.js';
import type { SimEnv } from './orm/sim-env.js';
import { pyJsonDumps } from './python-values.js';
import type { IncomingHttpHeaders } from 'node:http';

/** One call that reached the simulated Odoo (transport faults stop requests before they do). */
export interface CallRecord {
  protocol: 'jsonrpc' | 'json2';
  /** `common`, `object` or `db`; JSON-2 model calls count as `object`; `web` for /web/webclient/version_info. */
  service: string;
  model?: string;
  method: string;
  /** JSON-RPC: the method's positional args (execute_kw's 6th argument); JSON-2: `[ids]` when ids were sent. */
  args: unknown[];
  /** JSON-RPC: execute_kw's 7th argument; JSON-2: the body without `ids`. */
  kwargs: Record<string, unknown>;
  at: Date;
  /** `at` to a fraction of a millisecond (epoch ms, performance.timeOrigin + now()), for latency measurements. */
  atMs: number;
  /** The authenticated user, for model calls that passed authentication. */
  uid?: number;
}

/** What a protocol handler needs of the running simulator. */
export interface SimulatorState {
  env: SimEnv;
  faults: Faults;
  calls: CallRecord[];
  version: OdooVersion;
  db: string;
  login: string;
  apiKey: string;
  password: string | null;
  uid: number;
}

export interface HttpRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** odoo.http.Request.make_json_response: Python's json.dumps, this content type. */
export function jsonAnswer(value: unknown, status = 200, headers: Record<string, string> = {}): HttpAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: pyJsonDumps(value),
  };
}

const TITLES: Record<number, [string, string]> = {
  400: ['Bad Request', 'The browser (or proxy) sent a request that this server could not understand.'],
  404: [
    'Not Found',
    'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
  ],
};

/** werkzeug's HTML error page, what Odoo sends for errors outside a JSON route. */
export function werkzeugPage(status: 400 | 404, description?: string): HttpAnswer {
  const [title, standard] = TITLES[status];
  const body = `<!doctype html>\n<html lang=en>\n<title>${status} ${title}</title>\n<h1>${title}</h1>\n<p>${description ?? standard}</p>\n`;
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}

/** Odoo's `Response("…", status=400)` (its default mimetype is text/html). */
export function plainOdooResponse(status: number, text: string): HttpAnswer {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body: text };
}

/** The page nginx answers when Odoo behind it is down or restarting. */
export function nginx502(): HttpAnswer {
  const body =
    '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
    '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
  return { status: 502, headers: { 'content-type': 'text/html', server: 'nginx' }, body };
}

/** The request's mimetype, without parameters (werkzeug's `request.mimetype`). */
export function mimetype(headers: IncomingHttpHeaders): string {
  return (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

/** The BadRequest Odoo raises when a route's type does not fit the request's content type. */
export function wrongContentType(routeType: string): HttpAnswer {
  return werkzeugPage(
    400,
    `Request inferred type is compatible with ['http'] but '${routeType}' was forced by the route.`,
  );
}

/** Now, as a call record's `at` and `atMs`. */
export function callTime(): { at: Date; atMs: number } {
  const atMs = performance.timeOrigin + performance.now();
  return { at: new Date(atMs), atMs };
}
