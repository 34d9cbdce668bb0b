import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { json2 } from './wire.js';

describe('Odoo simulator, JSON-2', () => {
  let sim: OdooSimulator;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version: 19 });
  });
  afterAll(() => sim.close());
  beforeEach(() => sim.faults.reset());

  it('calls model methods with named arguments and answers the raw result', async () => {
    const created = await json2(sim, 'res.partner', 'create', {
      vals_list: [{ name: 'Json Two SA', ref: 'J2', is_company: true }],
    });
    expect([created.status, created.contentType]).toEqual([200, 'application/json; charset=utf-8']);
    const [id] = created.json as number[];
    // A recordset result is sent as its ids, even for one dict.
    expect((await json2(sim, 'res.partner', 'create', { vals_list: { name: 'Single' } })).json).toEqual([id + 1]);
    const found = await json2(sim, 'res.partner', 'search_read', {
      domain: [['ref', '=', 'J2']],
      fields: ['name', 'is_company', 'country_id'],
      limit: 10,
      order: 'id asc',
    });
    expect(found.json).toEqual([{ id, name: 'Json Two SA', is_company: true, country_id: false }]);
    expect((await json2(sim, 'res.partner', 'write', { ids: [id], vals: { email: 'a@j2.example' } })).json).toBe(true);
    expect((await json2(sim, 'res.partner', 'read', { ids: [id], fields: ['email'] })).json).toEqual([
      { id, email: 'a@j2.example' },
    ]);
    expect((await json2(sim, 'res.partner', 'search_count', { domain: [['ref', '=', 'J2']] })).json).toBe(1);
    expect(
      (await json2(sim, 'res.partner', 'search', { domain: [['ref', '=', 'J2']], context: { active_test: false } }))
        .json,
    ).toEqual([id]);
    const fields = (await json2(sim, 'res.partner', 'fields_get', { allfields: ['name'], attributes: ['type'] })).json;
    expect(fields).toEqual({ name: { type: 'char' } });
    expect((await json2(sim, 'res.partner', 'unlink', { ids: [id + 1] })).json).toBe(true);
    // "Bearer" works as well as "bearer"; X-Odoo-Database is optional.
    const bearer = await json2(
      sim,
      'res.partner',
      'search_count',
      { domain: [] },
      { authorization: `Bearer ${sim.apiKey}`, 'x-odoo-database': sim.db },
    );
    expect(bearer.status).toBe(200);
  });

  it('answers Odoo 19’s statuses with a serialized exception', async () => {
    const error = async (
      status: number,
      name: string,
      message: string | RegExp,
      wire: Promise<Awaited<ReturnType<typeof json2>>>,
    ) => {
      const response = await wire;
      expect(response.status).toBe(status);
      expect(response.json).toEqual({
        name,
        message: typeof message === 'string' ? message : expect.stringMatching(message),
        arguments: expect.any(Array),
        context: {},
        debug: expect.any(String),
      });
      return response;
    };
    const unauthorized = await error(
      401,
      'werkzeug.exceptions.Unauthorized',
      'Invalid apikey',
      json2(sim, 'res.partner', 'search', { domain: [] }, { authorization: 'bearer nope' }),
    );
    expect((unauthorized.json as { arguments: unknown[] }).arguments).toEqual(['Invalid apikey', 401]);
    expect(unauthorized.headers.get('www-authenticate')).toBe('Bearer');
    await error(
      401,
      'werkzeug.exceptions.Unauthorized',
      /^User not authenticated/,
      json2(sim, 'res.partner', 'search', { domain: [] }, { authorization: '' }),
    );
    await error(
      403,
      'odoo.exceptions.AccessError',
      "Private methods (such as 'res.partner._read') cannot be called remotely.",
      json2(sim, 'res.partner', '_read', {}),
    );
    await error(
      404,
      'werkzeug.exceptions.NotFound',
      "the model 'no.such' does not exist",
      json2(sim, 'no.such', 'search', { domain: [] }),
    );
    await error(
      404,
      'werkzeug.exceptions.NotFound',
      "The method 'res.partner.frobnicate' does not exist",
      json2(sim, 'res.partner', 'frobnicate', {}),
    );
    await error(
      404,
      'odoo.exceptions.MissingError',
      /has been deleted/,
      json2(sim, 'res.partner', 'write', { ids: [999_999], vals: { name: 'x' } }),
    );
    await error(
      422,
      'odoo.exceptions.ValidationError',
      /Contacts require a name/,
      json2(sim, 'res.partner', 'create', { vals_list: [{ email: 'x@y.example' }] }),
    );
    const so = sim.env.create('sale.order', { partner_id: 1 });
    sim.env.write('sale.order', so, { state: 'cancel' });
    await error(
      422,
      'odoo.exceptions.UserError',
      /not in a state requiring confirmation/,
      json2(sim, 'sale.order', 'action_confirm', { ids: [so] }),
    );
    await error(
      422,
      'werkzeug.exceptions.UnprocessableEntity',
      'cannot call res.partner.search with ids',
      json2(sim, 'res.partner', 'search', { ids: [1], domain: [] }),
    );
    await error(
      422,
      'werkzeug.exceptions.UnprocessableEntity',
      "got an unexpected keyword argument 'limt'",
      json2(sim, 'res.partner', 'search', { domain: [], limt: 1 }),
    );
    await error(
      422,
      'werkzeug.exceptions.UnprocessableEntity',
      "missing a required argument: 'domain'",
      json2(sim, 'res.partner', 'search', {}),
    );
    await error(
      500,
      'builtins.ValueError',
      /^Invalid field res.partner.nope/,
      json2(sim, 'res.partner', 'search', { domain: [['nope', '=', 1]] }),
    );
    await error(
      400,
      'werkzeug.exceptions.BadRequest',
      /^could not parse the body as json/,
      json2(sim, 'res.partner', 'search', '{nope'),
    );
    await error(
      404,
      'werkzeug.exceptions.NotFound',
      'Did you mean POST /json/2/<model>/<method>?',
      json2(sim, 'res.partner', 'search/more', {}),
    );
    // Injected failures take the status of their class: LockError 409, ConcurrencyError and psycopg2's 500.
    sim.faults.failNext(1, 'odoo.exceptions.LockError', 'Could not lock');
    await error(
      409,
      'odoo.exceptions.LockError',
      'Could not lock',
      json2(sim, 'res.partner', 'search', { domain: [] }),
    );
    sim.faults.failNext(1, 'odoo.exceptions.ConcurrencyError');
    await error(
      500,
      'odoo.exceptions.ConcurrencyError',
      /ConcurrencyError/,
      json2(sim, 'res.partner', 'search', { domain: [] }),
    );
    sim.faults.failNext(1, 'psycopg2.errors.SerializationFailure');
    await error(
      500,
      'psycopg2.errors.SerializationFailure',
      /could not serialize access/,
      json2(sim, 'res.partner', 'search', { domain: [] }),
    );
  });

  it('has no JSON-2 before 19, and no database behind an unknown X-Odoo-Database: plain 404 pages', async () => {
    const v16 = await startOdooSimulator({ version: 16 });
    try {
      const wire = await json2(v16, 'res.partner', 'search', { domain: [] });
      expect([wire.status, wire.contentType]).toEqual([404, 'text/html; charset=utf-8']);
      expect(wire.text).toContain('<title>404 Not Found</title>');
    } finally {
      await v16.close();
    }
    const wrongDb = await json2(sim, 'res.partner', 'search', { domain: [] }, { 'x-odoo-database': 'other' });
    expect([wrongDb.status, wrongDb.contentType]).toEqual([404, 'text/html; charset=utf-8']);
    const notJson = await json2(sim, 'res.partner', 'search', '{}', { 'content-type': 'text/plain' });
    expect(notJson.status).toBe(400);
  });
});
