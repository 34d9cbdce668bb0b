import { OdooClient } from '../../src/odoo/odoo-client.js';
import { isConnectionFailure, neverReachedOdoo } from '../../src/odoo/odoo-error.js';
import { createLoggedRequest } from '../../src/observability/outbound-http.js';
import { startOdooSimulator, type OdooSimulator, type OdooVersion } from '../../tools/odoo-simulator/index.js';
import { executeKw } from './wire.js';

/** POST /web/webclient/version_info as Odoo's web client sends it (a JSON-RPC envelope, no session, no database). */
const versionInfo = (sim: OdooSimulator, contentType = 'application/json') =>
  fetch(`${sim.url}/web/webclient/version_info`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params: { unexpected: 1 }, id: 7 }),
  });

const clientFor = (sim: OdooSimulator, protocol: 'jsonrpc' | 'json2') =>
  new OdooClient(
    { url: sim.url, db: sim.db, username: sim.login, apiKey: sim.apiKey, protocol, timeoutMs: 2_000 },
    createLoggedRequest(null),
  );

/**
 * The web client's version_info (addons/web/controllers/webclient.py): a
 * JSON-RPC route with auth none, `type='json'` in 16–18 and `'jsonrpc'` in 19,
 * answering odoo/service/common.py's exp_version(). The circuit's probe asks it.
 */
describe('Odoo simulator, /web/webclient/version_info', () => {
  const sims: OdooSimulator[] = [];
  const start = async (version: OdooVersion) => {
    const sim = await startOdooSimulator({ version });
    sims.push(sim);
    return sim;
  };
  afterAll(async () => {
    for (const sim of sims) await sim.close();
  });

  it.each([16, 17, 18, 19] as const)('answers exp_version() without a database or a login in %i', async (version) => {
    const sim = await start(version);
    const response = await versionInfo(sim);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      jsonrpc: '2.0',
      id: 7,
      result: {
        server_version: `${version}.0`,
        server_version_info: [version, 0, 0, 'final', 0, ''],
        server_serie: `${version}.0`,
        protocol_version: 1,
      },
    });
    // The same as common.version over /jsonrpc.
    const viaRpc = await fetch(`${sim.url}/jsonrpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        jsonrpc: '2.0',
        method: 'call',
        params: { service: 'common', method: 'version', args: [] },
      }),
    });
    expect(((await viaRpc.json()) as { result: unknown }).result).toEqual(
      ((await (await versionInfo(sim)).json()) as { result: unknown }).result,
    );
    expect(sim.calls.filter((c) => c.service === 'web')).toEqual([
      expect.objectContaining({ service: 'web', method: 'version_info' }),
      expect.objectContaining({ service: 'web', method: 'version_info' }),
    ]);
  });

  it.each([
    [17, 'json'],
    [19, 'jsonrpc'],
  ] as const)('refuses a request that is not JSON as a %i `%s` route does', async (version, type) => {
    const sim = await start(version);
    const response = await versionInfo(sim, 'text/plain');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(`but '${type}' was forced by the route`);
  });

  it('is what the client probes, over JSON-RPC and over JSON-2 on 19', async () => {
    const v17 = await start(17);
    await expect(clientFor(v17, 'jsonrpc').versionInfo()).resolves.toEqual({
      serverVersion: '17.0',
      serverSerie: '17.0',
    });
    const v19 = await start(19);
    await expect(clientFor(v19, 'json2').versionInfo()).resolves.toEqual({
      serverVersion: '19.0',
      serverSerie: '19.0',
    });
    // No authentication on the way: the probe works before any login and costs Odoo no session.
    expect(v19.calls.map((c) => `${c.service}.${c.method}`)).toEqual(['web.version_info']);
  });

  it('goes down behind its proxy and comes back: 502 pages meanwhile, a connection failure for the client', async () => {
    const sim = await start(17);
    const client = clientFor(sim, 'jsonrpc');
    sim.faults.startOutage();
    const page = await versionInfo(sim);
    expect([page.status, page.headers.get('server')]).toEqual([502, 'nginx']);
    const failure = await client.versionInfo().catch((err: unknown) => err);
    expect(isConnectionFailure(failure)).toBe(true);
    expect(neverReachedOdoo(failure)).toBe(false);
    sim.faults.startOutage({ status: 503, contentType: 'text/html', body: '<h1>503 Service Unavailable</h1>' });
    expect(isConnectionFailure(await client.versionInfo().catch((err: unknown) => err))).toBe(true);
    sim.faults.endOutage();
    await expect(client.versionInfo()).resolves.toMatchObject({ serverVersion: '17.0' });

    await sim.goOffline();
    // The first call may still go out on the kept-alive socket the host just closed ("other side closed"):
    // a connection failure that may have reached Odoo. Every new connection is refused: never reached.
    expect(isConnectionFailure(await client.versionInfo().catch((err: unknown) => err))).toBe(true);
    const refused = await client.versionInfo().catch((err: unknown) => err);
    expect([isConnectionFailure(refused), neverReachedOdoo(refused)]).toEqual([true, true]);
    await sim.goOnline();
    await expect(client.versionInfo()).resolves.toMatchObject({ serverVersion: '17.0' });
  });

  it('runs a call and resets its connection instead of answering (dropAnswerOfNext)', async () => {
    const sim = await start(17);
    const dropped = sim.faults.dropAnswerOfNext({ model: 'res.partner', method: 'create' });
    const call = executeKw(sim, 'res.partner', 'create', [[{ name: 'Answer Lost GmbH' }]]);
    await expect(call).rejects.toThrow();
    await dropped;
    // It ran and committed: the record is there.
    expect(sim.env.search('res.partner', [['name', '=', 'Answer Lost GmbH']])).toHaveLength(1);
    // A reset after sending may come after Odoo ran the call: a connection failure whose attempt counts.
    const client = clientFor(sim, 'jsonrpc');
    sim.faults.dropAnswerOfNext({ model: 'res.partner', method: 'search' });
    const failure = await client.search('res.partner', []).catch((err: unknown) => err);
    expect([isConnectionFailure(failure), neverReachedOdoo(failure)]).toEqual([true, false]);
  });
});
