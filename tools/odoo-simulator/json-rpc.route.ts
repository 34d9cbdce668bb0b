/**
 * POST /jsonrpc, the external RPC API of Odoo 16–19: JsonRPCDispatcher around
 * odoo.http.dispatch_rpc and the common / db / object services.
 */
import {
  callTime,
  jsonAnswer,
  mimetype,
  plainOdooResponse,
  wrongContentType,
  type CallRecord,
  type HttpAnswer,
  type HttpRequest,
  type SimulatorState,
} from './http-answers.js';
import { callKw } from './method-call.js';
import {
  OdooException,
  accessDenied,
  keyError,
  serializeException,
  typeError,
  userError,
  valueError,
} from './odoo-exception.js';
import { pyRepr } from './python-values.js';

/** Binds a service function's positional parameters as Python would, or raises its TypeError. */
function positional(fn: string, names: string[], required: number, args: unknown[]): unknown[] {
  if (args.length > names.length) {
    const takes = required === names.length ? `${required}` : `from ${required} to ${names.length}`;
    throw typeError(`${fn}() takes ${takes} positional arguments but ${args.length} were given`);
  }
  if (args.length < required) {
    const missing = names.slice(args.length, required).map((n) => `'${n}'`);
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
    throw typeError(
      `${fn}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`,
    );
  }
  return args;
}

/** What `odoo.registry(db)` raises for a database that does not exist: psycopg2 fails to connect. */
function checkDatabase(state: SimulatorState, db: unknown): void {
  if (db === state.db) return;
  throw new OdooException('psycopg2.OperationalError', [
    `connection to server at "localhost" (127.0.0.1), port 5432 failed: FATAL:  database ${JSON.stringify(String(db))} does not exist\n`,
  ]);
}

function keyMatches(state: SimulatorState, secret: unknown): boolean {
  return (
    typeof secret === 'string' && (secret === state.apiKey || (state.password !== null && secret === state.password))
  );
}

/** res.users.authenticate: the uid, or False (an AccessDenied caught by the common service). */
function authenticate(state: SimulatorState, db: unknown, login: unknown, secret: unknown): number | false {
  checkDatabase(state, db);
  return login === state.login && keyMatches(state, secret) ? state.uid : false;
}

/** odoo/service/common.py `exp_version` (RPC_VERSION_1): the release's version, the same in 16–19. */
function expVersion(state: SimulatorState): Record<string, unknown> {
  return {
    server_version: `${state.version}.0`,
    server_version_info: [state.version, 0, 0, 'final', 0, ''],
    server_serie: `${state.version}.0`,
    protocol_version: 1,
  };
}

function common(state: SimulatorState, method: string, args: unknown[]): unknown {
  switch (method) {
    case 'version':
      positional('exp_version', [], 0, args);
      return expVersion(state);
    case 'login': {
      const [db, login, password] = positional('exp_login', ['db', 'login', 'password'], 3, args);
      return authenticate(state, db, login, password);
    }
    case 'authenticate': {
      const [db, login, password] = positional(
        'exp_authenticate',
        ['db', 'login', 'password', 'user_agent_env'],
        4,
        args,
      );
      return authenticate(state, db, login, password);
    }
    case 'about': {
      const [extended] = positional('exp_about', ['extended'], 0, args);
      return extended ? ['See http://openerp.com', `${state.version}.0`] : 'See http://openerp.com';
    }
    default:
      throw new OdooException('builtins.Exception', [`Method not found: ${method}`]);
  }
}

const DB_ADMIN_METHODS = new Set([
  'create_database',
  'duplicate_database',
  'drop',
  'dump',
  'restore',
  'rename',
  'change_admin_password',
  'migrate_databases',
]);

function database(state: SimulatorState, method: string, args: unknown[]): unknown {
  switch (method) {
    case 'list':
      return [state.db];
    case 'server_version':
      return `${state.version}.0`;
    case 'db_exist': {
      const [name] = positional('exp_db_exist', ['db_name'], 1, args);
      return name === state.db;
    }
    case 'list_lang':
      return [['en_US', 'English (US)']];
    default:
      // The admin methods want the master password, which nobody has here.
      if (DB_ADMIN_METHODS.has(method)) throw accessDenied();
      throw keyError(`Method not found: ${method}`);
  }
}

/**
 * The object service: authentication against the API key (or password), then
 * execute_kw(db, uid, key, model, method, args, kwargs) or
 * execute(db, uid, key, model, method, *args).
 */
function object(state: SimulatorState, method: string, params: unknown[], record: CallRecord): unknown {
  if (method !== 'execute_kw' && method !== 'execute') {
    throw new OdooException('builtins.NameError', [`Method not available ${method}`]);
  }
  if (params.length < (state.version >= 18 ? 5 : 3)) {
    throw state.version >= 18
      ? valueError(`not enough values to unpack (expected at least 5, got ${params.length})`)
      : new OdooException('builtins.IndexError', ['list index out of range']);
  }
  const [db, uidValue, secret, model, name] = params;
  const uid = Number(uidValue === false ? 0 : uidValue === true ? 1 : uidValue);
  if (!Number.isInteger(uid)) throw valueError(`invalid literal for int() with base 10: ${pyRepr(uidValue)}`);
  // Odoo 18 refuses an empty key before it opens the database.
  if (state.version >= 18 && !secret) throw accessDenied();
  checkDatabase(state, db);
  if (uid !== state.uid || !keyMatches(state, secret)) throw accessDenied();
  record.uid = uid;
  record.model = typeof model === 'string' ? model : undefined;
  record.method = String(name);

  let args: unknown = params.slice(5);
  let kwargs: unknown = {};
  if (method === 'execute_kw') {
    if (params.length < 6) throw typeError("execute_kw() missing 1 required positional argument: 'args'");
    if (params.length > 7)
      throw typeError(`execute_kw() takes from 6 to 7 positional arguments but ${params.length} were given`);
    args = params[5];
    kwargs = params[6] ?? {};
  }
  record.args = Array.isArray(args) ? args : [args];
  record.kwargs = kwargs && typeof kwargs === 'object' ? (kwargs as Record<string, unknown>) : {};

  const failure = state.faults.takeFailure(record);
  if (failure) throw new OdooException(failure.name, [failure.message]);
  if (typeof model !== 'string' || !state.env.hasModel(model)) throw userError(`Object ${String(model)} doesn't exist`);
  if (typeof name !== 'string') throw typeError('attribute name must be string');
  return callKw(state.env, model, name, args, kwargs);
}

/**
 * What odoo.http's JsonRPCDispatcher does before a route runs: the request must
 * be JSON (the route's type is `json` up to 18, `jsonrpc` from 19) and an object.
 */
function readEnvelope(
  state: SimulatorState,
  request: HttpRequest,
): { envelope: Record<string, unknown> } | { refused: HttpAnswer } {
  const routeType = state.version >= 19 ? 'jsonrpc' : 'json';
  if (!['application/json', 'application/json-rpc'].includes(mimetype(request.headers))) {
    return { refused: wrongContentType(routeType) };
  }
  let payload: unknown;
  try {
    payload = JSON.parse(request.body);
  } catch {
    return { refused: plainOdooResponse(400, 'Invalid JSON data') };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { refused: plainOdooResponse(400, 'Invalid JSON-RPC data') };
  }
  return { envelope: payload as Record<string, unknown> };
}

/**
 * POST /web/webclient/version_info (addons/web/controllers/webclient.py): a
 * JSON-RPC route with `auth="none"` (`type='json'` in 16–18, `'jsonrpc'` in 19,
 * whichever protocol the client's model calls use) returning `exp_version()`:
 * no database, no login. Unknown params are dropped, as Odoo's route wrapper
 * drops them.
 */
export function handleVersionInfo(state: SimulatorState, request: HttpRequest): HttpAnswer {
  const read = readEnvelope(state, request);
  if ('refused' in read) return read.refused;
  state.calls.push({
    protocol: 'jsonrpc',
    service: 'web',
    method: 'version_info',
    args: [],
    kwargs: {},
    ...callTime(),
  });
  return jsonAnswer({ jsonrpc: '2.0', id: read.envelope.id ?? null, result: expVersion(state) });
}

export function handleJsonRpc(state: SimulatorState, request: HttpRequest): HttpAnswer {
  const read = readEnvelope(state, request);
  if ('refused' in read) return read.refused;
  const envelope = read.envelope;
  const id = envelope.id ?? null;

  const record: CallRecord = { protocol: 'jsonrpc', service: '', method: '', args: [], kwargs: {}, ...callTime() };
  try {
    const params = envelope.params ?? {};
    if (typeof params !== 'object' || params === null || Array.isArray(params)) {
      throw typeError('cannot convert dictionary update sequence element #0 to a sequence');
    }
    const { service, method, args } = params as Record<string, unknown>;
    const missing = ['service', 'method', 'args'].filter((k) => !(k in params));
    if (missing.length) {
      const list = missing.map((m) => `'${m}'`).join(' and ');
      throw typeError(
        `RPC.jsonrpc() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`,
      );
    }
    record.service = String(service);
    record.method = String(method);
    // The log keeps no secrets: the password / API key argument is masked.
    const secretAt =
      service === 'object' || (service === 'common' && ['login', 'authenticate'].includes(String(method))) ? 2 : -1;
    record.args = (Array.isArray(args) ? args : [args]).map((a, i) => (i === secretAt ? '********' : a));
    if (service === 'object') record.args = record.args.slice(0, 5);
    state.calls.push(record);
    const list = Array.isArray(args) ? args : [];
    let result: unknown;
    if (service === 'common') result = common(state, String(method), list);
    else if (service === 'db') result = database(state, String(method), list);
    else if (service === 'object') result = object(state, String(method), list, record);
    else throw keyError(service);
    // JsonRPCDispatcher._response leaves `result` out when it is None, in every version.
    return jsonAnswer(
      result === null || result === undefined ? { jsonrpc: '2.0', id } : { jsonrpc: '2.0', id, result },
    );
  } catch (err) {
    if (!(err instanceof OdooException)) throw err;
    const error = {
      // 16–18 send 200 ("totally arbitrary", says the source); 19 sends 0 ("we don't care of this code").
      code: state.version >= 19 ? 0 : 200,
      message: 'Odoo Server Error',
      data: serializeException(err, 'jsonrpc'),
    };
    return jsonAnswer({ jsonrpc: '2.0', id, error });
  }
}
