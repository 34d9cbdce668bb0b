import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { call, callError, executeKw, jsonRpc } from './wire.js';

describe('Odoo simulator, JSON-RPC', () => {
  const sims: Record<number, OdooSimulator> = {};
  beforeAll(async () => {
    for (const version of [16, 17, 18, 19] as const) sims[version] = await startOdooSimulator({ version });
  });
  afterAll(async () => {
    for (const sim of Object.values(sims)) await sim.close();
  });
  const sim = () => sims[17];

  it('answers in a JSON-RPC 2.0 envelope that echoes any id', async () => {
    for (const id of [7, 'req-1', null]) {
      const wire = await jsonRpc(sim(), 'common', 'version', [], id);
      expect(wire.status).toBe(200);
      expect(wire.contentType).toBe('application/json; charset=utf-8');
      expect(wire.json).toEqual({
        jsonrpc: '2.0',
        id,
        result: {
          server_version: '17.0',
          server_version_info: [17, 0, 0, 'final', 0, ''],
          server_serie: '17.0',
          protocol_version: 1,
        },
      });
    }
    // Python's json.dumps spacing.
    expect((await jsonRpc(sim(), 'common', 'version', [], 3)).text).toMatch(
      /^\{"jsonrpc": "2.0", "id": 3, "result": \{/,
    );
  });

  it('leaves `result` out when the method returns None, in every version', async () => {
    // JsonRPCDispatcher._response: `if result is not None: response['result'] = result` (16 through 19).
    const orderOf = async (s: OdooSimulator) => {
      const partner = s.env.create('res.partner', { name: 'Vendor', is_company: true });
      return s.env.create('purchase.order', { partner_id: partner });
    };
    for (const version of [16, 19]) {
      const s = sims[version];
      const envelope = await executeKw(s, 'purchase.order', 'button_done', [[await orderOf(s)]]);
      expect(envelope).toEqual({ jsonrpc: '2.0', id: 1 });
    }
    const order = sims[19].env.create('sale.order', { partner_id: sims[19].env.create('res.partner', { name: 'C' }) });
    expect(await executeKw(sims[19], 'sale.order', 'action_lock', [[order]])).toEqual({ jsonrpc: '2.0', id: 1 });
    // False is a value, not None.
    expect(await jsonRpc(sim(), 'common', 'authenticate', [sim().db, 'nobody', 'x', {}])).toMatchObject({
      json: { jsonrpc: '2.0', id: 1, result: false },
    });
  });

  it('authenticates with the API key (or password) and answers False otherwise', async () => {
    const s = await startOdooSimulator({ password: 'secret', login: 'hub@example.com' });
    try {
      const auth = async (login: string, key: string) =>
        ((await jsonRpc(s, 'common', 'authenticate', [s.db, login, key, {}])).json as { result: unknown }).result;
      expect(await auth('hub@example.com', s.apiKey)).toBe(2);
      expect(await auth('hub@example.com', 'secret')).toBe(2);
      expect(await auth('hub@example.com', 'wrong')).toBe(false);
      expect(await auth('admin', s.apiKey)).toBe(false);
      expect((await jsonRpc(s, 'common', 'login', [s.db, 'hub@example.com', s.apiKey])).json).toMatchObject({
        result: 2,
      });
      // A database that does not exist fails where Odoo fails: opening its registry.
      const wrongDb = (await jsonRpc(s, 'common', 'authenticate', ['nope', 'hub@example.com', s.apiKey, {}])).json;
      expect(wrongDb).toMatchObject({
        error: {
          data: {
            name: 'psycopg2.OperationalError',
            message: expect.stringContaining('database "nope" does not exist'),
          },
        },
      });
    } finally {
      await s.close();
    }
  });

  it('refuses execute_kw with a wrong key, uid or database', async () => {
    const s = sim();
    const attempt = async (params: unknown[]) =>
      ((await jsonRpc(s, 'object', 'execute_kw', params)).json as { error: { data: { name: string } } }).error.data
        .name;
    expect(await attempt([s.db, s.uid, 'wrong', 'res.partner', 'search', [[]]])).toBe('odoo.exceptions.AccessDenied');
    expect(await attempt([s.db, 99, s.apiKey, 'res.partner', 'search', [[]]])).toBe('odoo.exceptions.AccessDenied');
    expect(await attempt(['other', s.uid, s.apiKey, 'res.partner', 'search', [[]]])).toBe('psycopg2.OperationalError');
    const denied = (await jsonRpc(sims[18], 'object', 'execute_kw', [s.db, s.uid, '', 'res.partner', 'search', [[]]]))
      .json;
    expect(denied).toMatchObject({
      error: { data: { name: 'odoo.exceptions.AccessDenied', message: 'Access Denied' } },
    });
  });

  it('renders errors as Odoo does: HTTP 200, code 200 (0 from 19 on), "Odoo Server Error", serialize_exception data', async () => {
    for (const [version, code] of [
      [16, 200],
      [18, 200],
      [19, 0],
    ]) {
      const wire = await jsonRpc(sims[version], 'object', 'execute_kw', [
        sims[version].db,
        2,
        sims[version].apiKey,
        'res.partner',
        'create',
        [{ type: 'bogus', name: 'X' }],
      ]);
      expect(wire.status).toBe(200);
      expect(wire.json).toEqual({
        jsonrpc: '2.0',
        id: 1,
        error: {
          code,
          message: 'Odoo Server Error',
          data: {
            name: 'builtins.ValueError',
            message: "Wrong value for res.partner.type: 'bogus'",
            arguments: ["Wrong value for res.partner.type: 'bogus'"],
            context: {},
            debug: expect.stringMatching(/^Traceback \(most recent call last\):\n[\s\S]*ValueError: Wrong value/),
          },
        },
      });
    }
  });

  it('names unknown models, methods and fields the way each version does', async () => {
    expect(await callError(sim(), 'x.y', 'search', [[]])).toMatchObject({
      name: 'odoo.exceptions.UserError',
      message: "Object x.y doesn't exist",
    });
    expect(await callError(sims[16], 'res.partner', 'frobnicate', [[]])).toMatchObject({
      name: 'builtins.AttributeError',
      message: "The method 'frobnicate' does not exist on the model 'res.partner'",
    });
    expect(await callError(sims[19], 'res.partner', 'frobnicate', [[]])).toMatchObject({
      name: 'builtins.AttributeError',
      message: "The method 'res.partner.frobnicate' does not exist",
    });
    expect(await callError(sim(), 'res.partner', '_compute_display_name', [[1]])).toMatchObject({
      name: 'odoo.exceptions.AccessError',
      message: 'Private methods (such as _compute_display_name) cannot be called remotely.',
    });
    expect(await callError(sim(), 'res.partner', 'search', [[['nope', '=', 1]]])).toEqual(
      expect.objectContaining({
        name: 'builtins.ValueError',
        message: "Invalid field res.partner.nope in leaf ('nope', '=', 1)",
      }),
    );
    expect(await callError(sim(), 'res.partner', 'read', [[1], ['nope']])).toMatchObject({
      name: 'builtins.ValueError',
      message: "Invalid field 'nope' on model 'res.partner'",
    });
    expect(await callError(sim(), 'res.partner', 'search', [[]], { order: 'nope desc' })).toMatchObject({
      name: 'builtins.ValueError',
    });
  });

  it('binds execute_kw arguments by position and by keyword, as Python does', async () => {
    const s = sims[17];
    const domain = [['is_company', '=', true]];
    const positional = await call(s, 'res.partner', 'search_read', [domain, ['name'], 0, 5, 'id desc']);
    const keyword = await call(s, 'res.partner', 'search_read', [], {
      domain,
      fields: ['name'],
      limit: 5,
      order: 'id desc',
    });
    const mixed = await call(s, 'res.partner', 'search_read', [domain], {
      fields: ['name'],
      limit: 5,
      order: 'id desc',
    });
    expect(keyword).toEqual(positional);
    expect(mixed).toEqual(positional);
    expect(await call(s, 'res.partner', 'read', [[1], ['name']])).toEqual([{ id: 1, name: 'My Company' }]);
    expect(await call(s, 'res.partner', 'read', [[1]], { fields: ['name'] })).toEqual([{ id: 1, name: 'My Company' }]);
    expect(await callError(s, 'res.partner', 'search', [[]], { limt: 1 })).toMatchObject({
      name: 'builtins.TypeError',
      message: "BaseModel.search() got an unexpected keyword argument 'limt'",
    });
    expect(await callError(s, 'res.partner', 'search', [[]], { domain: [] })).toMatchObject({
      message: "BaseModel.search() got multiple values for argument 'domain'",
    });
    expect(await callError(s, 'res.partner', 'search', [])).toMatchObject({
      message: "BaseModel.search() missing 1 required positional argument: 'domain'",
    });
    // A records method takes its ids first.
    expect(await callError(s, 'res.partner', 'read', [])).toMatchObject({ name: 'builtins.IndexError' });
    // 16 still had search(count=True) and name_get().
    expect(await call(sims[16], 'res.partner', 'search', [[]], { count: true })).toBe(
      sims[16].env.count('res.partner'),
    );
    expect(await call(sims[16], 'res.partner', 'name_get', [[1]])).toEqual([[1, 'My Company']]);
    // 16 named search's domain `args` (17 renamed it): by keyword, `domain=` fails there.
    expect(await callError(sims[16], 'res.partner', 'search', [], { domain: [] })).toMatchObject({
      name: 'builtins.TypeError',
      message: "BaseModel.search() got an unexpected keyword argument 'domain'",
    });
    expect(await call(sims[16], 'res.partner', 'search_count', [], { args: [] })).toBe(
      sims[16].env.count('res.partner'),
    );
    expect(await callError(s, 'res.partner', 'name_get', [[1]])).toMatchObject({ name: 'builtins.AttributeError' });
  });

  it('takes `context` from kwargs (active_test) and answers create() with an id for a dict, ids for a list', async () => {
    const s = sims[17];
    const archived = s.env.create('res.partner', { name: 'Archived Ltd', ref: 'ARCH-1', active: false });
    expect(await call(s, 'res.partner', 'search', [[['ref', '=', 'ARCH-1']]])).toEqual([]);
    expect(
      await call(s, 'res.partner', 'search', [[['ref', '=', 'ARCH-1']]], { context: { active_test: false } }),
    ).toEqual([archived]);
    const one = await call<number>(s, 'res.partner', 'create', [{ name: 'One' }]);
    const many = await call<number[]>(s, 'res.partner', 'create', [[{ name: 'Two' }, { name: 'Three' }]]);
    expect(typeof one).toBe('number');
    expect(many).toEqual([one + 1, one + 2]);
    // call_kw reads args[0] to choose: values passed by keyword make the call fail.
    expect(await callError(s, 'res.partner', 'create', [], { vals_list: { name: 'Four' } })).toMatchObject({
      name: 'builtins.IndexError',
    });
    expect(s.env.search('res.partner', [['name', '=', 'Four']])).toEqual([]);
  });

  it('serves the db service and refuses what needs the master password', async () => {
    expect((await jsonRpc(sim(), 'db', 'list', [])).json).toMatchObject({ result: ['odoo'] });
    expect((await jsonRpc(sim(), 'db', 'server_version', [])).json).toMatchObject({ result: '17.0' });
    expect((await jsonRpc(sim(), 'db', 'drop', ['admin', 'odoo'])).json).toMatchObject({
      error: { data: { name: 'odoo.exceptions.AccessDenied' } },
    });
    expect((await jsonRpc(sim(), 'nope', 'x', [])).json).toMatchObject({
      error: { data: { name: 'builtins.KeyError', message: 'nope', arguments: ['nope'] } },
    });
  });

  it('answers malformed requests as werkzeug does, outside the envelope', async () => {
    const post = (body: string, contentType = 'application/json') =>
      fetch(`${sim().url}/jsonrpc`, { method: 'POST', headers: { 'content-type': contentType }, body });
    const invalid = await post('{nope');
    expect([invalid.status, await invalid.text()]).toEqual([400, 'Invalid JSON data']);
    const notJson = await post('{}', 'text/plain');
    expect(notJson.status).toBe(400);
    expect(await notJson.text()).toContain("but 'json' was forced by the route");
    const missing = await fetch(`${sim().url}/web/nothing`);
    expect([missing.status, missing.headers.get('content-type')]).toEqual([404, 'text/html; charset=utf-8']);
  });
});
