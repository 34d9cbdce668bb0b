import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { executeKw, json2, jsonRpc } from './wire.js';

describe('Odoo simulator, fault injection and call log', () => {
  let sim: OdooSimulator;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version: 19 });
  });
  afterAll(() => sim.close());
  beforeEach(() => {
    sim.faults.reset();
    sim.clearCalls();
  });

  it('fails the next n model calls with any exception, in each protocol’s envelope', async () => {
    sim.faults.failNext(2, 'odoo.exceptions.ValidationError', 'Nope.');
    // common.version is not a model call: it goes through.
    expect((await jsonRpc(sim, 'common', 'version', [])).json).toMatchObject({ result: { server_serie: '19.0' } });
    expect(await executeKw(sim, 'res.partner', 'search', [[]])).toMatchObject({
      error: {
        code: 0,
        message: 'Odoo Server Error',
        data: { name: 'odoo.exceptions.ValidationError', message: 'Nope.', arguments: ['Nope.'] },
      },
    });
    const second = await json2(sim, 'res.partner', 'search', { domain: [] });
    expect([second.status, second.json]).toEqual([
      422,
      expect.objectContaining({ name: 'odoo.exceptions.ValidationError', message: 'Nope.' }),
    ]);
    expect(await executeKw(sim, 'res.partner', 'search', [[]])).toMatchObject({ result: expect.any(Array) });
    sim.faults.failNext(1, 'psycopg2.errors.SerializationFailure');
    expect(await executeKw(sim, 'res.partner', 'search', [[]])).toMatchObject({
      error: {
        data: {
          name: 'psycopg2.errors.SerializationFailure',
          message: 'could not serialize access due to concurrent update\n',
        },
      },
    });
  });

  it('answers nginx’s 502 page, drops connections, hangs requests, delays answers', async () => {
    sim.faults.html502Next(1);
    const page = await jsonRpc(sim, 'common', 'version', []);
    expect([page.status, page.contentType, page.headers.get('server')]).toEqual([502, 'text/html', 'nginx']);
    expect(page.text).toContain('<center><h1>502 Bad Gateway</h1></center>');

    sim.faults.dropNext(1);
    await expect(jsonRpc(sim, 'common', 'version', [])).rejects.toThrow();

    sim.faults.hangNext(1);
    const hung = fetch(`${sim.url}/jsonrpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"jsonrpc":"2.0","method":"call","params":{"service":"common","method":"version","args":[]},"id":1}',
      signal: AbortSignal.timeout(300),
    });
    await expect(hung).rejects.toMatchObject({ name: 'TimeoutError' });
    // The next request is served again.
    expect((await jsonRpc(sim, 'common', 'version', [])).status).toBe(200);

    sim.faults.latency(250);
    const started = Date.now();
    expect((await jsonRpc(sim, 'common', 'version', [])).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    sim.faults.reset();
    const quick = Date.now();
    await jsonRpc(sim, 'common', 'version', []);
    expect(Date.now() - quick).toBeLessThan(200);
  });

  it('answers other error pages, and lets some requests through before a fault', async () => {
    sim.faults.statusPageNext(1, 503, { body: 'Service Unavailable' });
    const page = await jsonRpc(sim, 'common', 'version', []);
    expect([page.status, page.contentType, page.text]).toEqual([
      503,
      'text/plain; charset=utf-8',
      'Service Unavailable',
    ]);
    // Two requests pass, the next two get the 502 page, then all is well again.
    sim.faults.html502Next(2, { after: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await jsonRpc(sim, 'common', 'version', [])).status);
    expect(statuses).toEqual([200, 200, 502, 502, 200]);
    sim.faults.dropNext(1, { after: 1 });
    expect((await jsonRpc(sim, 'common', 'version', [])).status).toBe(200);
    await expect(jsonRpc(sim, 'common', 'version', [])).rejects.toThrow();
  });

  it('goes offline (connections refused) and comes back on the same address with its data', async () => {
    const other = await startOdooSimulator();
    try {
      const [id] = other.env.search('res.partner', [], { limit: 1 });
      await other.goOffline();
      await expect(jsonRpc(other, 'common', 'version', [])).rejects.toMatchObject({
        cause: expect.objectContaining({ code: 'ECONNREFUSED' }),
      });
      await other.goOnline();
      expect((await jsonRpc(other, 'common', 'version', [])).status).toBe(200);
      expect(other.env.search('res.partner', [], { limit: 1 })).toEqual([id]);
    } finally {
      await other.close();
    }
  });

  it('closes with requests still hanging', async () => {
    const other = await startOdooSimulator();
    other.faults.hangNext(1);
    const hung = fetch(`${other.url}/jsonrpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await other.close();
    await expect(hung).rejects.toThrow();
  });

  it('logs every call that reached Odoo, without the secret', async () => {
    await jsonRpc(sim, 'common', 'authenticate', [sim.db, sim.login, sim.apiKey, {}]);
    await executeKw(sim, 'res.partner', 'search_read', [[['is_company', '=', true]]], { fields: ['name'], limit: 1 });
    await json2(sim, 'res.partner', 'read', { ids: [1], fields: ['name'] });
    expect(sim.calls).toEqual([
      {
        protocol: 'jsonrpc',
        service: 'common',
        method: 'authenticate',
        args: [sim.db, sim.login, '********', {}],
        kwargs: {},
        at: expect.any(Date),
        atMs: expect.any(Number),
      },
      {
        protocol: 'jsonrpc',
        service: 'object',
        model: 'res.partner',
        method: 'search_read',
        args: [[['is_company', '=', true]]],
        kwargs: { fields: ['name'], limit: 1 },
        at: expect.any(Date),
        atMs: expect.any(Number),
        uid: 2,
      },
      {
        protocol: 'json2',
        service: 'object',
        model: 'res.partner',
        method: 'read',
        args: [[1]],
        kwargs: { fields: ['name'] },
        at: expect.any(Date),
        atMs: expect.any(Number),
        uid: 2,
      },
    ]);
    sim.clearCalls();
    expect(sim.calls).toEqual([]);
  });
});
