import { OdooClient } from '../../src/odoo/odoo-client.js';
import { isUnknownModel, OdooError } from '../../src/odoo/odoo-error.js';
import type { OdooConnection } from '../../src/odoo/odoo-transport.js';
import { createLoggedRequest } from '../../src/observability/outbound-http.js';
import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';

const cases = [
  { name: 'JSON-RPC on Odoo 16', version: 16 as const, protocol: 'jsonrpc' as const },
  { name: 'JSON-RPC on Odoo 17', version: 17 as const, protocol: 'jsonrpc' as const },
  { name: 'JSON-RPC on Odoo 18', version: 18 as const, protocol: 'jsonrpc' as const },
  { name: 'JSON-RPC on Odoo 19', version: 19 as const, protocol: 'jsonrpc' as const },
  { name: 'JSON-2 on Odoo 19', version: 19 as const, protocol: 'json2' as const },
];

/** JSON-2 answers Odoo's UserError family with its `http_status`; JSON-RPC always with 200. */
const JSON2_STATUS: Record<string, number> = {
  'odoo.exceptions.ValidationError': 422,
  'odoo.exceptions.UserError': 422,
  'odoo.exceptions.AccessError': 403,
  'odoo.exceptions.AccessDenied': 403,
  'odoo.exceptions.MissingError': 404,
  'odoo.exceptions.LockError': 409,
};

describe.each(cases)('Odoo client, $name', ({ version, protocol }) => {
  let sim: OdooSimulator;
  let odoo: OdooClient;
  let connection: OdooConnection;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version });
    connection = { url: sim.url, db: sim.db, username: sim.login, apiKey: sim.apiKey, protocol, timeoutMs: 2000 };
    odoo = new OdooClient(connection, createLoggedRequest(null));
  });
  afterAll(() => sim.close());
  beforeEach(() => sim.faults.reset());

  const failure = async (promise: Promise<unknown>): Promise<OdooError> => {
    try {
      await promise;
    } catch (err) {
      expect(err).toBeInstanceOf(OdooError);
      return err as OdooError;
    }
    throw new Error('expected an OdooError');
  };

  it('creates, reads, searches and writes records', async () => {
    const id = await odoo.create('res.partner', {
      name: 'Acme GmbH',
      ref: `ACME-${protocol}-${version}`,
      is_company: true,
    });
    expect(id).toBeGreaterThan(0);
    const child = await odoo.create('res.partner', { name: 'Acme Delivery', type: 'delivery', parent_id: id });
    const [read] = await odoo.read('res.partner', [child], ['name', 'parent_id', 'email', 'type']);
    expect(read).toMatchObject({
      id: child,
      name: 'Acme Delivery',
      parent_id: [id, expect.stringContaining('Acme')],
      email: false,
      type: 'delivery',
    });
    await odoo.write('res.partner', [child], { email: 'ship@acme.example' });
    const found = await odoo.searchRead('res.partner', [['parent_id.ref', '=', `ACME-${protocol}-${version}`]], {
      fields: ['email'],
    });
    expect(found).toEqual([expect.objectContaining({ id: child, email: 'ship@acme.example' })]);
    expect(await odoo.search('res.partner', [['ref', '=', `ACME-${protocol}-${version}`]])).toEqual([id]);
  });

  it('classifies Odoo’s business and access errors as permanent, with Odoo’s message', async () => {
    for (const name of [
      'odoo.exceptions.ValidationError',
      'odoo.exceptions.UserError',
      'odoo.exceptions.AccessError',
      'odoo.exceptions.AccessDenied',
      'odoo.exceptions.MissingError',
    ]) {
      sim.faults.failNext(1, name, `no good (${name})`);
      const err = await failure(odoo.search('res.partner', []));
      expect({ name: err.odooName, kind: err.kind, message: err.message, status: err.httpStatus }).toEqual({
        name,
        kind: 'permanent',
        message: `no good (${name})`,
        status: protocol === 'json2' ? JSON2_STATUS[name] : 200,
      });
    }
    // The real thing, not injected: a write on a record that does not exist.
    const missing = await failure(odoo.write('res.partner', [999_999], { name: 'x' }));
    expect(missing).toMatchObject({ odooName: 'odoo.exceptions.MissingError', kind: 'permanent' });
    const unknownModel = await failure(odoo.search('no.such.model', []));
    expect(unknownModel.kind).toBe('permanent');
    const unknownField = await failure(odoo.searchRead('res.partner', [['no_such_field', '=', 1]]));
    expect(unknownField).toMatchObject({ kind: 'permanent', message: expect.stringMatching(/no_such_field/) });
    const unknownReadField = await failure(odoo.read('res.partner', [1], ['no_such_field']));
    expect(unknownReadField.kind).toBe('permanent');
  });

  it('tells a model Odoo does not have (a module not installed) from other errors', async () => {
    const missing = await odoo.fields('stock.picking.nowhere').catch((err: unknown) => err);
    expect(missing).toBeInstanceOf(OdooError);
    expect(isUnknownModel(missing)).toBe(true);
    const refused = await odoo.create('res.partner', { name: false, type: 'contact' }).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(OdooError);
    expect(isUnknownModel(refused)).toBe(false);
  });

  it('classifies a 4xx page (a wrong URL, a refused request) as permanent', async () => {
    const wrongPath = new OdooClient({ ...connection, url: `${sim.url}/not-odoo` }, createLoggedRequest(null));
    expect(await failure(wrongPath.search('res.partner', []))).toMatchObject({ kind: 'permanent', httpStatus: 404 });
    sim.faults.statusPageNext(1, 413, { contentType: 'text/html', body: '<h1>413 Request Entity Too Large</h1>' });
    expect(await failure(odoo.search('res.partner', []))).toMatchObject({ kind: 'permanent', httpStatus: 413 });
  });

  it('classifies lock, serialization and concurrency errors as transient (LockError: HTTP 409 over JSON-2)', async () => {
    for (const name of [
      'odoo.exceptions.LockError',
      'odoo.exceptions.ConcurrencyError',
      'psycopg2.errors.SerializationFailure',
      'psycopg2.errors.DeadlockDetected',
      'psycopg2.errors.LockNotAvailable',
      'psycopg2.extensions.TransactionRollbackError',
    ]) {
      sim.faults.failNext(1, name);
      const err = await failure(odoo.search('res.partner', []));
      expect({ name: err.odooName, kind: err.kind }).toEqual({ name, kind: 'transient' });
      if (protocol === 'json2') expect(err.httpStatus).toBe(JSON2_STATUS[name] ?? 500);
    }
    // Known by its message whatever the exception's name (an OperationalError wrapping it, say).
    sim.faults.failNext(
      1,
      'psycopg2.errors.InFailedSqlTransaction',
      'could not serialize access due to concurrent update',
    );
    expect(await failure(odoo.search('res.partner', []))).toMatchObject({ kind: 'transient' });
  });

  it('classifies 5xx and HTML error pages, 409 and 429, dropped connections, refusals and timeouts as transient', async () => {
    sim.faults.html502Next(1);
    expect(await failure(odoo.search('res.partner', []))).toMatchObject({
      kind: 'transient',
      odooName: 'html',
      httpStatus: 502,
      message: expect.stringMatching(/HTML/),
    });
    sim.faults.statusPageNext(1, 503, { body: 'Service Unavailable' });
    expect(await failure(odoo.search('res.partner', []))).toMatchObject({ kind: 'transient', httpStatus: 503 });
    sim.faults.statusPageNext(1, 504, { contentType: 'text/html', body: '<h1>504 Gateway Time-out</h1>' });
    expect(await failure(odoo.search('res.partner', []))).toMatchObject({ kind: 'transient', httpStatus: 504 });
    sim.faults.statusPageNext(1, 500, { body: '' });
    expect(await failure(odoo.search('res.partner', []))).toMatchObject({ kind: 'transient', httpStatus: 500 });
    sim.faults.statusPageNext(1, 429, { body: 'Too Many Requests' });
    expect(await failure(odoo.search('res.partner', []))).toMatchObject({ kind: 'transient', httpStatus: 429 });
    sim.faults.statusPageNext(1, 409, { body: 'Conflict' });
    expect(await failure(odoo.search('res.partner', []))).toMatchObject({ kind: 'transient', httpStatus: 409 });
    sim.faults.dropNext(1);
    expect(await failure(odoo.search('res.partner', []))).toMatchObject({ kind: 'transient', odooName: 'network' });
    sim.faults.hangNext(1);
    const slow = new OdooClient({ ...connection, timeoutMs: 200 }, createLoggedRequest(null));
    expect(await failure(slow.search('res.partner', []))).toMatchObject({ kind: 'transient', odooName: 'timeout' });
    await sim.goOffline();
    try {
      expect(await failure(odoo.search('res.partner', []))).toMatchObject({
        kind: 'transient',
        odooName: 'network',
        message: expect.stringMatching(/unreachable/),
      });
    } finally {
      await sim.goOnline();
    }
    // and the next call goes through
    expect(Array.isArray(await odoo.search('res.partner', [], { limit: 1 }))).toBe(true);
  });

  it('refuses a wrong API key as a permanent error', async () => {
    const wrong = new OdooClient({ ...connection, apiKey: 'not-the-key' }, createLoggedRequest(null));
    const err = await failure(wrong.search('res.partner', []));
    // JSON-RPC: `common.authenticate` answers false; JSON-2: HTTP 401 from werkzeug.
    expect(err).toMatchObject(
      protocol === 'json2'
        ? { kind: 'permanent', httpStatus: 401, odooName: 'werkzeug.exceptions.Unauthorized' }
        : { kind: 'permanent', odooName: 'odoo.exceptions.AccessDenied' },
    );
  });
});

describe('Odoo client on Odoo 16 over JSON-2', () => {
  it('fails permanently: JSON-2 exists from Odoo 19 on', async () => {
    const sim = await startOdooSimulator({ version: 16 });
    try {
      const odoo = new OdooClient(
        { url: sim.url, db: sim.db, username: sim.login, apiKey: sim.apiKey, protocol: 'json2', timeoutMs: 2000 },
        createLoggedRequest(null),
      );
      await expect(odoo.search('res.partner', [])).rejects.toMatchObject({ kind: 'permanent', httpStatus: 404 });
    } finally {
      await sim.close();
    }
  });
});
