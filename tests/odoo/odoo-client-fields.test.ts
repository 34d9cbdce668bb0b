import { OdooClient } from '../../src/odoo/odoo-client.js';
import { odooConnectionFrom } from '../../src/odoo/odoo-client.js';
import { OdooError } from '../../src/odoo/odoo-error.js';
import { createLoggedRequest } from '../../src/observability/outbound-http.js';
import { startOdooSimulator, type OdooSimulator, type OdooVersion } from '../../tools/odoo-simulator/index.js';

function clientFor(sim: OdooSimulator, settings: { companyId?: number; lang?: string } = {}): OdooClient {
  const connection = odooConnectionFrom({
    odoo: {
      url: sim.url,
      db: sim.db,
      username: sim.login,
      apiKey: sim.apiKey,
      protocol: sim.version >= 19 ? 'json2' : 'jsonrpc',
      timeoutMs: 5_000,
      ...settings,
    },
  })!;
  return new OdooClient(connection, createLoggedRequest(null));
}

const modelCalls = (sim: OdooSimulator, method: string, model?: string) =>
  sim.calls.filter((c) => c.service === 'object' && c.method === method && (!model || c.model === model));

describe.each<OdooVersion>([17, 19])('Odoo client on %i: context, fields and unknown fields', (version) => {
  let sim: OdooSimulator;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version });
  });
  afterAll(() => sim.close());
  beforeEach(() => sim.clearCalls());

  it("sends ODOO_LANG and ODOO_COMPANY_ID as every call's context; the call's own keys win", async () => {
    const odoo = clientFor(sim, { companyId: 1, lang: 'de_DE' });
    await odoo.search('res.partner', [], { limit: 1, context: { active_test: false } });
    await odoo.read('res.partner', [1], ['name'], { lang: 'fr_FR' });
    await odoo.create('res.partner', { name: 'Kontext' });
    const contexts = sim.calls.filter((c) => c.service === 'object').map((c) => c.kwargs.context);
    expect(contexts).toEqual([
      { lang: 'de_DE', allowed_company_ids: [1], active_test: false },
      { lang: 'fr_FR', allowed_company_ids: [1] },
      { lang: 'de_DE', allowed_company_ids: [1] },
    ]);
    expect(odoo.companyId).toBe(1);
  });

  it('without them sends no context of its own', async () => {
    const odoo = clientFor(sim);
    await odoo.search('res.partner', [], { limit: 1 });
    expect(modelCalls(sim, 'search')[0]!.kwargs.context).toBeUndefined();
    expect(odoo.companyId).toBeUndefined();
  });

  it("reads a model's fields once, however many ask at the same time", async () => {
    const odoo = clientFor(sim);
    const [fields, hasPhone, hasNope] = await Promise.all([
      odoo.fields('res.partner'),
      odoo.hasField('res.partner', 'phone'),
      odoo.hasField('res.partner', 'nope'),
    ]);
    expect(fields.name).toMatchObject({ type: 'char', string: 'Name' });
    expect(fields.type!.selection!.map(([key]) => key)).toContain('delivery');
    expect([hasPhone, hasNope]).toEqual([true, false]);
    expect(await odoo.hasField('res.partner', 'mobile')).toBe(version <= 18);
    expect(await odoo.onlyKnownFields('res.partner', { name: 'A', mobile: '1', nope: 2 })).toEqual(
      version <= 18 ? { name: 'A', mobile: '1' } : { name: 'A' },
    );
    expect(modelCalls(sim, 'fields_get', 'res.partner')).toHaveLength(1);
  });

  it('reads the fields again after Odoo says a field does not exist', async () => {
    const odoo = clientFor(sim);
    await odoo.fields('res.partner');
    const error = await odoo.search('res.partner', [['nope', '=', 1]]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OdooError);
    expect((error as OdooError).message).toMatch(/Invalid field res\.partner\.nope/);
    await odoo.fields('res.partner');
    expect(modelCalls(sim, 'fields_get', 'res.partner')).toHaveLength(2);
  });

  it('a create or write naming a field Odoo lacks is tried once more without it', async () => {
    const odoo = clientFor(sim);
    const id = await odoo.create('res.partner', { name: 'Retried', nope: 'x' });
    expect(sim.env.read('res.partner', id, ['name'])[0]!.name).toBe('Retried');
    await odoo.write('res.partner', [id], { name: 'Written', nope: 'y' });
    expect(sim.env.read('res.partner', id, ['name'])[0]!.name).toBe('Written');
    expect(modelCalls(sim, 'create', 'res.partner')).toHaveLength(2);
    expect(modelCalls(sim, 'write', 'res.partner')).toHaveLength(2);
    // Nothing to drop: Odoo's error stands.
    const error = await odoo.create('res.partner', { type: 'contact' }).catch((e: unknown) => e);
    expect((error as OdooError).odooName).toBe('odoo.exceptions.ValidationError');
  });
});
