import type { LoggedRequest, OutboundAnswer } from '../observability/outbound-http.js';
import { OdooError } from './odoo-error.js';

/** The two ways the hub talks to Odoo. */
export type OdooProtocol = 'jsonrpc' | 'json2';
/** ODOO_PROTOCOL. */
export type OdooProtocolSetting = OdooProtocol | 'auto';

/** Where and as whom the hub talks to Odoo. */
export interface OdooConnection {
  url: string;
  db: string;
  username: string;
  apiKey: string;
  /** ODOO_PROTOCOL: `auto` lets Odoo's version choose (`protocolForVersion`). */
  protocol: OdooProtocolSetting;
  /** Per call, in ms. */
  timeoutMs: number;
  /** ODOO_COMPANY_ID: the company every call works in (`allowed_company_ids`); unset: the user's defaults. */
  companyId?: number;
  /** ODOO_LANG: the context `lang` of every call; unset: the user's language. */
  lang?: string;
  /** ODOO_LANGS: the languages whose translated fields are pulled beside `lang`'s (src/odoo/pull/translations.ts). */
  langs?: string[];
  /** ODOO_WAREHOUSES: the codes of the warehouses whose stock is pulled; unset: every warehouse of the company. */
  warehouses?: string[];
  /** ODOO_READ_CHUNK: the most ids one read or `in` leaf names (OdooClient.readChunk); unset: 200. */
  readChunk?: number;
}

/**
 * One method call on one model. `ids` is the recordset for record methods
 * (write, read, unlink, action_confirm); `params` are the method's named
 * parameters (domain, fields, vals_list, vals, context, …).
 */
export interface OdooTransport {
  call(model: string, method: string, ids: number[] | null, params: Record<string, unknown>): Promise<unknown>;
}

interface OdooErrorBody {
  name?: string;
  message?: string;
  arguments?: unknown[];
  debug?: string;
}

/**
 * Who calls, in Odoo's and its proxy's logs. fetch sent `node`; undici.request
 * sends none, and proxies with bot rules may refuse a request without one.
 */
const USER_AGENT = 'odoo-sync-hub/1';

/** POSTs JSON and turns every way it can fail into an OdooError. */
async function postJson(
  request: LoggedRequest,
  url: string,
  body: unknown,
  timeoutMs: number,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown }> {
  let answer: OutboundAnswer;
  try {
    answer = await request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'user-agent': USER_AGENT,
          ...headers,
        },
        body: JSON.stringify(body),
        timeoutMs,
      },
      { kind: 'odoo' },
    );
  } catch (err) {
    // The answer's body is read inside the timeout too: a timeout or a dropped
    // connection while it streams is one as much as before the headers.
    const timedOut = (err as Error).name === 'TimeoutError' || (err as Error).name === 'AbortError';
    throw new OdooError(
      timedOut ? `Odoo did not answer within ${timeoutMs} ms` : `Odoo is unreachable: ${(err as Error).message}`,
      {
        odooName: timedOut ? 'timeout' : 'network',
        cause: err,
      },
    );
  }
  const { status, contentType: type, text } = answer;
  if (!type.includes('json') || !text) {
    // Proxies in front of Odoo answer outages with HTML (502/503/504 pages):
    // those pass. A 4xx page (404 for a route this Odoo lacks, 401, 413) will
    // answer the same next time, so it is classified by its status.
    throw new OdooError(`Odoo answered HTTP ${status} with ${type.includes('html') ? 'an HTML page' : 'no JSON'}`, {
      // Only 5xx pages pass; a 2xx/3xx page (a login page, a redirect: a wrong URL) is no better next time.
      odooName: status >= 500 ? 'html' : 'http',
      httpStatus: status,
    });
  }
  try {
    return { status, json: JSON.parse(text) };
  } catch (err) {
    throw new OdooError(`Odoo answered HTTP ${status} with malformed JSON`, {
      odooName: 'http',
      httpStatus: status,
      cause: err,
    });
  }
}

function fromOdooBody(body: OdooErrorBody, httpStatus: number | null): OdooError {
  const name = body.name ?? 'odoo.exceptions.UserError';
  const message =
    body.message ?? (typeof body.arguments?.[0] === 'string' ? (body.arguments[0] as string) : 'Odoo Server Error');
  return new OdooError(message, { odooName: name, httpStatus });
}

/**
 * execute_kw's positional arguments and keywords for a call. `create` takes its
 * list positionally (Odoo's model_create_multi wrapper reads args[0]); the
 * search methods take the domain positionally, as its name differs by version
 * (`args` in 16, `domain` from 17); everything else goes by name.
 */
function positional(
  method: string,
  ids: number[] | null,
  params: Record<string, unknown>,
): { args: unknown[]; kwargs: Record<string, unknown> } {
  const first = method === 'create' ? 'vals_list' : SEARCHES.has(method) ? 'domain' : null;
  if (!first) return { args: ids ? [ids] : [], kwargs: params };
  const { [first]: value, ...kwargs } = params;
  return { args: [value ?? []], kwargs };
}

const SEARCHES = new Set(['search', 'search_count', 'search_read']);

/**
 * JSON-RPC (`/jsonrpc`, Odoo 16–19): `common.authenticate` once for the uid,
 * then `object.execute_kw(db, uid, key, model, method, args, kwargs)`.
 */
export class JsonRpcTransport implements OdooTransport {
  private uid: Promise<number> | null = null;
  private nextId = 1;

  constructor(
    private readonly conn: OdooConnection,
    private readonly request: LoggedRequest,
  ) {}

  async call(model: string, method: string, ids: number[] | null, params: Record<string, unknown>): Promise<unknown> {
    const uid = await this.authenticate();
    const { args, kwargs } = positional(method, ids, params);
    return this.rpc('object', 'execute_kw', [this.conn.db, uid, this.conn.apiKey, model, method, args, kwargs]);
  }

  private authenticate(): Promise<number> {
    this.uid ??= this.rpc('common', 'authenticate', [this.conn.db, this.conn.username, this.conn.apiKey, {}]).then(
      (uid) => {
        if (typeof uid !== 'number' || !uid) {
          throw new OdooError(`Odoo refused the login of ${this.conn.username} on database ${this.conn.db}`, {
            odooName: 'odoo.exceptions.AccessDenied',
          });
        }
        return uid;
      },
    );
    // A failed login is tried again on the next call (the key may be fixed meanwhile).
    this.uid.catch(() => (this.uid = null));
    return this.uid;
  }

  private async rpc(service: string, method: string, args: unknown[]): Promise<unknown> {
    const id = this.nextId++;
    const { status, json } = await postJson(
      this.request,
      `${this.conn.url.replace(/\/+$/, '')}/jsonrpc`,
      { jsonrpc: '2.0', method: 'call', params: { service, method, args }, id },
      this.conn.timeoutMs,
    );
    const envelope = json as { result?: unknown; error?: { message?: string; data?: OdooErrorBody } };
    if (envelope.error) {
      throw fromOdooBody({ message: envelope.error.message, ...envelope.error.data }, status);
    }
    if (status >= 400) throw new OdooError(`Odoo answered HTTP ${status}`, { odooName: 'http', httpStatus: status });
    // Odoo 16–18 leave `result` out when it is None.
    return envelope.result ?? null;
  }
}

/** JSON-2 (`/json/2/<model>/<method>`, Odoo 19+): named arguments, bearer API key, HTTP statuses for errors. */
export class Json2Transport implements OdooTransport {
  constructor(
    private readonly conn: OdooConnection,
    private readonly request: LoggedRequest,
  ) {}

  async call(model: string, method: string, ids: number[] | null, params: Record<string, unknown>): Promise<unknown> {
    const { status, json } = await postJson(
      this.request,
      `${this.conn.url.replace(/\/+$/, '')}/json/2/${encodeURIComponent(model)}/${encodeURIComponent(method)}`,
      ids ? { ids, ...params } : params,
      this.conn.timeoutMs,
      { authorization: `bearer ${this.conn.apiKey}`, 'x-odoo-database': this.conn.db },
    );
    if (status >= 200 && status < 300) return json;
    const body = (json ?? {}) as OdooErrorBody;
    if (status === 401 && !body.name) body.name = 'odoo.exceptions.AccessDenied';
    if (status === 404 && !body.name) body.name = 'werkzeug.exceptions.NotFound';
    if (!body.name)
      throw new OdooError(body.message ?? `Odoo answered HTTP ${status}`, { odooName: 'http', httpStatus: status });
    throw fromOdooBody(body, status);
  }
}

/** What `/web/webclient/version_info` answers (odoo/service/common.py, `exp_version`). */
export interface OdooVersionInfo {
  /** e.g. `17.0`, `saas~18.2`, `19.0+e`. */
  serverVersion: string;
  /** e.g. `17.0`. */
  serverSerie: string | null;
}

/**
 * Odoo's cheapest call, for the circuit's probe: `/web/webclient/version_info`
 * (addons/web/controllers/webclient.py), a JSON-RPC route with `auth="none"`
 * in 16–19 (`type='json'` up to 18, `type='jsonrpc'` in 19), whatever the
 * protocol the hub's calls use: it answers `exp_version()` without a
 * database, a login or the ORM. Fails with an OdooError, as every call does.
 */
export async function fetchVersionInfo(
  conn: OdooConnection,
  request: LoggedRequest,
  timeoutMs: number,
): Promise<OdooVersionInfo> {
  const { status, json } = await postJson(
    request,
    `${conn.url.replace(/\/+$/, '')}/web/webclient/version_info`,
    { jsonrpc: '2.0', method: 'call', params: {}, id: null },
    timeoutMs,
  );
  const envelope = json as {
    result?: { server_version?: unknown; server_serie?: unknown };
    error?: { message?: string; data?: OdooErrorBody };
  };
  if (envelope.error) throw fromOdooBody({ message: envelope.error.message, ...envelope.error.data }, status);
  if (status >= 400 || typeof envelope.result?.server_version !== 'string') {
    throw new OdooError(`Odoo answered HTTP ${status} without a version`, { odooName: 'http', httpStatus: status });
  }
  const serie = envelope.result.server_serie;
  return { serverVersion: envelope.result.server_version, serverSerie: typeof serie === 'string' ? serie : null };
}

/**
 * Odoo's major version from version_info: `17.0` → 17, `saas~18.2` → 18,
 * `19.0+e` → 19 (odoo/release.py builds `serie` as `major.minor`, SaaS
 * releases as `saas~major.minor`). Null when neither names one.
 */
export function odooMajorVersion(info: OdooVersionInfo): number | null {
  for (const text of [info.serverSerie, info.serverVersion]) {
    const match = /^(?:saas~)?(\d+)\./.exec(text ?? '');
    if (match) return Number(match[1]);
  }
  return null;
}

/**
 * The protocol `ODOO_PROTOCOL=auto` picks: JSON-2 from Odoo 19, where it
 * appeared (addons/rpc/controllers/json2.py) and `/jsonrpc` became deprecated,
 * to be removed in Odoo 22; JSON-RPC before, the only one there.
 */
export function protocolForVersion(major: number | null): OdooProtocol {
  return major !== null && major >= 19 ? 'json2' : 'jsonrpc';
}
