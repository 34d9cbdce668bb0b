/**
 * A loopback Odoo for tests and local runs: JSON-RPC (`/jsonrpc`, Odoo 16–19),
 * JSON-2 (`/json/2/<model>/<method>`, Odoo 19) and the web client's
 * `/web/webclient/version_info` over node:http, an
 * in-memory database with Odoo's models and ORM semantics, fault injection
 * and a log of the calls it served.
 */
import { Faults } from './faults.js';
import {
  nginx502,
  werkzeugPage,
  type CallRecord,
  type HttpAnswer,
  type HttpRequest,
  type SimulatorState,
} from './http-answers.js';
import { handleJson2 } from './json-2.route.js';
import { handleJsonRpc, handleVersionInfo } from './json-rpc.route.js';
import type { OdooVersion } from './orm/model-spec.js';
import { SimEnv } from './orm/sim-env.js';
import { buildRegistry } from './registry.js';
import { createTax, invoiceOrder, payInvoice, postInvoice, shipOrder, type TaxOptions } from './sale-flow.js';
import { installModuleList } from './addons/base-module.js';
import { installBaseData } from './seed/install.js';
import { DEFAULT_SEED, seedDatabase, type SeedSizes } from './seed/seed-database.js';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export { Faults } from './faults.js';
export type { CallRecord } from './http-answers.js';
export type { OdooVersion, Vals, Context } from './orm/model-spec.js';
export { SimEnv, type ReadRecord, type SearchOptions } from './orm/sim-env.js';
export { ALL_GROUPS, GROUPS } from './orm/access-rights.js';
export { prng } from './seed/prng.js';
export type { SeedSizes } from './seed/seed-database.js';
export { createTax, invoiceOrder, payInvoice, postInvoice, shipOrder, type TaxOptions } from './sale-flow.js';

export interface SimulatorOptions {
  /** Odoo major version to behave as (default 17). JSON-2 exists from 19 on. */
  version?: OdooVersion;
  /** Database name (default `odoo`). */
  db?: string;
  /** Login of the integration user (default `admin`). */
  login?: string;
  /** That user's API key (default: a fixed 40-hex-digit key). */
  apiKey?: string;
  /** That user's password, accepted by JSON-RPC like the key (default: none). */
  password?: string;
  /** Port (default 0: any free port). */
  port?: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /**
   * The integration user's groups (xml ids such as `stock.group_stock_user`;
   * implied groups follow). Default: every group, as the admin has.
   * orm/access-rights.ts says what each opens.
   */
  groups?: readonly string[];
  /** Addons ir.module.module shows as not installed (e.g. `['stock']`); website_sale is unless `websiteSale`. */
  uninstalledModules?: readonly string[];
  /** `true`: the default data set; an object: those sizes. Default: base data only. */
  seed?: boolean | SeedSizes;
  /** Install website_sale (public categories, `is_published`). Default: not installed. */
  websiteSale?: boolean;
}

export interface OdooSimulator {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  db: string;
  login: string;
  apiKey: string;
  uid: number;
  version: number;
  /** The database, for tests to arrange and inspect data directly (writes date records as RPC writes do). */
  env: SimEnv;
  faults: Faults;
  /** The calls served so far, oldest first. */
  calls: CallRecord[];
  clearCalls(): void;
  /**
   * Odoo's host goes away: the port stops listening and open connections end,
   * so clients get "connection refused". The data stays.
   */
  goOffline(): Promise<void>;
  /** Listens again on the same port. */
  goOnline(): Promise<void>;
  /** Stops listening and ends every open connection (hanging ones included). */
  close(): Promise<void>;
  /** "Create Invoice" on a sales order (the quantities to invoice): the draft invoice's id. */
  invoiceOrder(orderId: number): number;
  /** "Confirm" on an invoice (action_post). */
  postInvoice(invoiceId: number): void;
  /** "Register Payment": the amount due by default; sets payment_state as the version does. */
  payInvoice(invoiceId: number, amount?: number): void;
  /** Delivers and validates the order's open outgoing pickings, then writes the tracking reference if given. */
  shipOrder(orderId: number, options?: { trackingRef?: string }): void;
  /** A tax with "included in price" spelled as the version does; its id. */
  createTax(options: TaxOptions): number;
  /** Gives the integration user exactly these groups (and the ones they imply). */
  setUserGroups(groups: readonly string[]): void;
  /**
   * Declares `groups=` on a field, as a custom addon that redefines it does
   * (`_inherit` with `field = fields.Char(groups="…")`); null takes it off.
   */
  setFieldGroups(model: string, field: string, groups: string | null): void;
}

/** The uid of the integration user: 2, as the admin user is in every Odoo database (1 is OdooBot). */
const USER_ID = 2;
const DEFAULT_API_KEY = '6578616d706c65206a736f6e20617069206b6579';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function route(state: SimulatorState, request: HttpRequest): HttpAnswer {
  if (request.path === '/jsonrpc') {
    return request.method === 'POST' ? handleJsonRpc(state, request) : werkzeugPage(404);
  }
  if (request.path === '/web/webclient/version_info') return handleVersionInfo(state, request);
  if (request.path === '/json/2' || request.path.startsWith('/json/2/')) return handleJson2(state, request);
  return werkzeugPage(404);
}

export async function startOdooSimulator(options: SimulatorOptions = {}): Promise<OdooSimulator> {
  const version = options.version ?? 17;
  const login = options.login ?? 'admin';
  const env = new SimEnv(version, buildRegistry(version, { websiteSale: options.websiteSale }), USER_ID);
  const base = installBaseData(env, login);
  installModuleList(env, options.uninstalledModules ?? [], options.websiteSale ? ['website_sale'] : []);
  if (env.read('res.users', USER_ID, ['login'])[0]?.login !== login) {
    throw new Error('the simulator expects the integration user to be res.users 2');
  }
  if (options.seed) seedDatabase(env, base, options.seed === true ? DEFAULT_SEED : options.seed, version);
  if (options.groups) env.setUserGroups(options.groups);

  const state: SimulatorState = {
    env,
    faults: new Faults(),
    calls: [],
    version,
    db: options.db ?? 'odoo',
    login,
    apiKey: options.apiKey ?? DEFAULT_API_KEY,
    password: options.password ?? null,
    uid: USER_ID,
  };
  const timers = new Set<NodeJS.Timeout>();
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const fault = state.faults.takeTransportFault();
    if (fault === 'drop') {
      req.socket.destroy();
      return;
    }
    // A hung request stays open until close() ends the connection.
    if (fault === 'hang') return;
    const body = await readBody(req);
    let answer: HttpAnswer;
    if (fault === 'html502') {
      answer = nginx502();
    } else if (typeof fault === 'object' && fault !== null) {
      answer = { status: fault.status, headers: { 'content-type': fault.contentType }, body: fault.body };
    } else {
      const path = new URL(req.url ?? '/', 'http://odoo').pathname;
      const logged = state.calls.length;
      try {
        answer = route(state, { method: req.method ?? 'GET', path, headers: req.headers, body });
        const call = state.calls[logged];
        // The call has run and committed; its answer never leaves (held until close(), or the connection reset).
        const hold = call?.service === 'object' ? state.faults.takeHold(call) : null;
        if (hold === 'drop') req.socket.destroy();
        if (hold) return;
      } catch (err) {
        // A bug in the simulator, not a simulated Odoo error: say so plainly.
        console.error('odoo-simulator: unexpected error', err);
        answer = { status: 500, headers: { 'content-type': 'text/plain' }, body: `odoo-simulator bug: ${String(err)}` };
      }
    }
    // The call has run; only its answer is late (as when Odoo is slow, not unreachable).
    if (state.faults.latencyMs) await wait(state.faults.latencyMs);
    if (res.destroyed) return;
    res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
    res.end(answer.body);
  };

  const server = createServer((req, res) => void handle(req, res));
  const host = options.host ?? '127.0.0.1';
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  await listen(options.port ?? 0);
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    db: state.db,
    login,
    apiKey: state.apiKey,
    uid: USER_ID,
    version,
    env,
    faults: state.faults,
    calls: state.calls,
    clearCalls: () => void state.calls.splice(0),
    goOffline: stopListening,
    goOnline: () => (server.listening ? Promise.resolve() : listen(port)),
    close: stopListening,
    invoiceOrder: (orderId) => invoiceOrder(env, orderId),
    postInvoice: (invoiceId) => postInvoice(env, invoiceId),
    payInvoice: (invoiceId, amount) => payInvoice(env, invoiceId, amount),
    shipOrder: (orderId, options) => shipOrder(env, orderId, options),
    createTax: (options) => createTax(env, options),
    setUserGroups: (groups) => env.setUserGroups(groups),
    setFieldGroups(model, field, groups) {
      const spec = env.model(model).fields[field];
      if (!spec) throw new Error(`${model} has no field ${field}`);
      if (groups) spec.groups = groups;
      else delete spec.groups;
    },
  };
}
