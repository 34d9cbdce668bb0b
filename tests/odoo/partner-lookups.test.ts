import { OdooClient } from '../../src/odoo/odoo-client.js';
import { customerByEmail, lookUp } from '../../src/odoo/push/joined-calls.js';
import { createLoggedRequest } from '../../src/observability/outbound-http.js';
import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';

/**
 * A push's partner references and its customer's e-mail, asked for in one turn,
 * go to Odoo as one res.partner search_read (joined-calls.ts), and each answer is
 * what its own search gives when asked alone.
 */
describe('partner lookups joined into one search', () => {
  let sim: OdooSimulator;
  const client = () =>
    new OdooClient(
      { url: sim.url, db: sim.db, username: sim.login, apiKey: sim.apiKey, protocol: 'jsonrpc', timeoutMs: 5000 },
      createLoggedRequest(null),
    );
  const partnerCalls = () => sim.calls.filter((c) => c.model === 'res.partner').map((c) => c.method);

  beforeAll(async () => {
    sim = await startOdooSimulator({ version: 17 });
    const env = sim.env;
    // An archived customer with the e-mail (lowest id), then the active ones, and an address that has it too.
    env.create('res.partner', { name: 'Old Ada', email: 'ada@shop.example', active: false });
    const ada = env.create('res.partner', { name: 'Ada', email: 'ADA@shop.example' });
    env.create('res.partner', { name: 'Ada again', email: 'ada@shop.example' });
    env.create('res.partner', { name: 'Ada delivery', email: 'ada@shop.example', parent_id: ada, type: 'delivery' });
    // A reference held by an archived partner (found: archived records count for references) and by an address.
    env.create('res.partner', { name: 'Archived ref', ref: 'WEB-ARCH', active: false });
    env.create('res.partner', { name: 'Address ref', ref: 'WEB-ADDR', parent_id: ada, type: 'delivery' });
    // A customer whose e-mail is beyond ASCII and also carries a reference asked for.
    env.create('res.partner', { name: 'Jürgen', email: 'jürgen@shop.example', ref: 'WEB-JU' });
  });
  afterAll(() => sim.close());

  const ask = (odoo: OdooClient) =>
    Promise.all([
      lookUp(odoo, { model: 'res.partner', field: 'ref', reference: 'WEB-ARCH' }),
      lookUp(odoo, { model: 'res.partner', field: 'ref', reference: 'WEB-ADDR' }),
      lookUp(odoo, { model: 'res.partner', field: 'ref', reference: 'WEB-NONE' }),
      customerByEmail(odoo, 'ada@shop.example'),
      customerByEmail(odoo, 'nobody@shop.example'),
    ]);

  it('answers each reference and e-mail as its own search does', async () => {
    const odoo = client();
    const alone = [];
    for (const reference of ['WEB-ARCH', 'WEB-ADDR', 'WEB-NONE']) {
      alone.push(await lookUp(odoo, { model: 'res.partner', field: 'ref', reference }));
    }
    alone.push(await customerByEmail(odoo, 'ada@shop.example'), await customerByEmail(odoo, 'nobody@shop.example'));
    expect(alone[0]).toEqual(expect.any(Number));
    expect(alone[1]).toEqual(expect.any(Number));
    expect(alone[2]).toBeUndefined();
    // The oldest active customer, whatever the case of its e-mail; not the archived one, not the address.
    const [activeAda] = sim.env.search('res.partner', [['name', '=', 'Ada']]);
    expect(alone[3]).toBe(activeAda);
    expect(alone[4]).toBeNull();

    sim.clearCalls();
    expect(await ask(odoo)).toEqual(alone);
    expect(partnerCalls()).toEqual(['search_read']);
  });

  it('asks the e-mails alone when a possible match holds an e-mail beyond ASCII', async () => {
    const odoo = client();
    sim.clearCalls();
    const [ju, ada] = await Promise.all([
      lookUp(odoo, { model: 'res.partner', field: 'ref', reference: 'WEB-JU' }),
      customerByEmail(odoo, 'ada@shop.example'),
    ]);
    expect(ju).toBe(sim.env.search('res.partner', [['ref', '=', 'WEB-JU']])[0]);
    expect(ada).toBe(sim.env.search('res.partner', [['name', '=', 'Ada']])[0]);
    expect(partnerCalls()).toEqual(['search_read', 'search']);
  });
});
