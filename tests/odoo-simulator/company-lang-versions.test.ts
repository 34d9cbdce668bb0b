import { startOdooSimulator, type OdooSimulator, type OdooVersion } from '../../tools/odoo-simulator/index.js';
import { call, callError } from './wire.js';

type Rec = Record<string, unknown>;

/** A second company the integration user may (or may not) work in, with a partner and a product of its own. */
function addSecondCompany(sim: OdooSimulator, grantUser: boolean) {
  const partner = sim.env.create('res.partner', { name: 'Second Co', is_company: true });
  const company = sim.env.create('res.company', { name: 'Second Co', partner_id: partner });
  if (grantUser) sim.env.write('res.users', sim.uid, { company_ids: [[4, company]] });
  const theirs = sim.env.create('res.partner', { name: 'Their Customer', ref: 'THEIRS', company_id: company });
  const shared = sim.env.create('res.partner', { name: 'Shared Customer', ref: 'SHARED' });
  const product = sim.env.create('product.template', { name: 'Their Widget', company_id: company });
  return { company, theirs, shared, product };
}

describe('Odoo simulator: companies', () => {
  let sim: OdooSimulator;
  let second: ReturnType<typeof addSecondCompany>;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version: 17 });
    second = addSecondCompany(sim, true);
  });
  afterAll(() => sim.close());

  const refs = async (context?: Rec) =>
    (
      await call<Rec[]>(sim, 'res.partner', 'search_read', [[['ref', 'in', ['THEIRS', 'SHARED']]]], {
        fields: ['ref'],
        order: 'ref',
        context,
      })
    ).map((r) => r.ref);

  it('without allowed_company_ids a user sees the records of all its companies', async () => {
    expect(await refs()).toEqual(['SHARED', 'THEIRS']);
  });

  it("with allowed_company_ids searches and reads leave another company's records out", async () => {
    expect(await refs({ allowed_company_ids: [1] })).toEqual(['SHARED']);
    expect(await refs({ allowed_company_ids: [second.company] })).toEqual(['SHARED', 'THEIRS']);
    const count = await call<number>(sim, 'product.template', 'search_count', [[['name', '=', 'Their Widget']]], {
      context: { allowed_company_ids: [1] },
    });
    expect(count).toBe(0);
    const denied = await callError(sim, 'res.partner', 'read', [[second.theirs], ['name']], {
      context: { allowed_company_ids: [1] },
    });
    expect(denied.name).toBe('odoo.exceptions.AccessError');
    expect(denied.message).toContain("doesn't have 'read' access to:\n- Contact (res.partner)");
  });

  it('refuses a company the user does not belong to with AccessError', async () => {
    const stranger = sim.env.create('res.company', {
      name: 'Stranger',
      partner_id: sim.env.create('res.partner', { name: 'Stranger' }),
    });
    const error = await callError(sim, 'res.partner', 'search', [[]], { context: { allowed_company_ids: [stranger] } });
    expect(error).toMatchObject({
      name: 'odoo.exceptions.AccessError',
      message: 'Access to unauthorized or invalid companies.',
    });
  });

  it('creates take the current company (the first allowed one) as default company_id', async () => {
    const vendor = sim.env.create('res.partner', { name: 'Vendor', is_company: true });
    const first = await call<number>(sim, 'purchase.order', 'create', [{ partner_id: vendor }], {
      context: { allowed_company_ids: [second.company, 1] },
    });
    const plain = await call<number>(sim, 'purchase.order', 'create', [{ partner_id: vendor }]);
    expect(
      sim.env.read('purchase.order', [first, plain], ['company_id']).map((r) => (r.company_id as unknown[])[0]),
    ).toEqual([second.company, 1]);
    // A record created in a company outside the allowed ones breaks the rule: refused, nothing made.
    const before = sim.env.lastId('purchase.order');
    const refused = await callError(
      sim,
      'purchase.order',
      'create',
      [{ partner_id: vendor, company_id: second.company }],
      {
        context: { allowed_company_ids: [1] },
      },
    );
    expect(refused.name).toBe('odoo.exceptions.AccessError');
    expect(sim.env.search('purchase.order', [['id', '>', before]])).toEqual([]);
  });
});

describe('Odoo simulator: translated fields', () => {
  let sim: OdooSimulator;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version: 17 });
  });
  afterAll(() => sim.close());

  const nameIn = async (id: number, lang?: string) =>
    (await call<Rec[]>(sim, 'product.template', 'read', [[id], ['name']], { context: lang ? { lang } : {} }))[0].name;

  it('a create in a language sets that language and en_US; a write in a language sets that language only', async () => {
    const id = await call<number>(sim, 'product.template', 'create', [{ name: 'Stuhl' }], {
      context: { lang: 'de_DE' },
    });
    expect([await nameIn(id), await nameIn(id, 'de_DE')]).toEqual(['Stuhl', 'Stuhl']);
    await call(sim, 'product.template', 'write', [[id], { name: 'Chair' }]);
    await call(sim, 'product.template', 'write', [[id], { name: 'Chaise' }], { context: { lang: 'fr_FR' } });
    expect([await nameIn(id), await nameIn(id, 'de_DE'), await nameIn(id, 'fr_FR')]).toEqual([
      'Chair',
      'Stuhl',
      'Chaise',
    ]);
    // The variant reads its template's name in the same language (product.product _inherits it).
    const [variant] = await call<Rec[]>(sim, 'product.product', 'search_read', [[['product_tmpl_id', '=', id]]], {
      fields: ['name'],
      context: { lang: 'fr_FR' },
    });
    expect(variant.name).toBe('Chaise');
  });

  it('a language that is not installed reads and writes en_US', async () => {
    const id = sim.env.create('product.template', { name: 'Table' });
    await call(sim, 'product.template', 'write', [[id], { name: 'Tafel' }], { context: { lang: 'nl_NL' } });
    expect(await nameIn(id)).toBe('Tafel');
    sim.env.write('res.lang', sim.env.search('res.lang', [['code', '=', 'nl_NL']], { activeTest: false }), {
      active: true,
    });
    await call(sim, 'product.template', 'write', [[id], { name: 'Tafel NL' }], { context: { lang: 'nl_NL' } });
    expect([await nameIn(id), await nameIn(id, 'nl_NL')]).toEqual(['Tafel', 'Tafel NL']);
  });

  it('writing False empties every language', async () => {
    const id = await call<number>(sim, 'product.template', 'create', [{ name: 'Lamp', description_sale: 'Hell' }], {
      context: { lang: 'de_DE' },
    });
    await call(sim, 'product.template', 'write', [[id], { description_sale: false }]);
    const [record] = await call<Rec[]>(sim, 'product.template', 'read', [[id], ['description_sale']], {
      context: { lang: 'de_DE' },
    });
    expect(record.description_sale).toBe(false);
  });
});

describe.each<OdooVersion>([16, 17, 18, 19])('Odoo simulator %i: per-version fields', (version) => {
  let sim: OdooSimulator;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version });
  });
  afterAll(() => sim.close());

  const fields = (model: string) =>
    call<Record<string, Rec>>(sim, model, 'fields_get', [], { attributes: ['type', 'selection'] });

  it('res.partner.mobile exists until 18; 19 refuses it as an invalid field', async () => {
    const partner = await fields('res.partner');
    expect('mobile' in partner).toBe(version <= 18);
    if (version === 19) {
      const error = await callError(sim, 'res.partner', 'create', [{ name: 'X', mobile: '+32 470' }]);
      expect(error).toMatchObject({
        name: 'builtins.ValueError',
        message: "Invalid field 'mobile' on model 'res.partner'",
      });
    }
  });

  it("partner type 'private' exists in 16 only", async () => {
    const types = ((await fields('res.partner')).type.selection as string[][]).map(([key]) => key);
    expect(types.includes('private')).toBe(version === 16);
  });

  it('16–17 have detailed_type (type follows it); 18+ have is_storable instead', async () => {
    const template = await fields('product.template');
    expect('detailed_type' in template).toBe(version < 18);
    expect('is_storable' in template).toBe(version >= 18);
    if (version < 18) {
      const id = await call<number>(sim, 'product.template', 'create', [{ name: 'Box', detailed_type: 'product' }]);
      expect((await call<Rec[]>(sim, 'product.template', 'read', [[id], ['type']]))[0].type).toBe('product');
      await call(sim, 'product.template', 'write', [[id], { detailed_type: 'service' }]);
      expect((await call<Rec[]>(sim, 'product.template', 'read', [[id], ['type']]))[0].type).toBe('service');
    }
  });

  it('addresses carry state_id; the states of a country are found by code', async () => {
    const [de] = sim.env.search('res.country', [['code', '=', 'DE']]);
    const [bavaria] = await call<number[]>(sim, 'res.country.state', 'search', [
      [
        ['country_id', '=', de],
        ['code', '=', 'DE-BY'],
      ],
    ]);
    expect(bavaria).toBeGreaterThan(0);
    const id = await call<number>(sim, 'res.partner', 'create', [
      { name: 'Munich', country_id: de, state_id: bavaria },
    ]);
    const [partner] = await call<Rec[]>(sim, 'res.partner', 'read', [[id], ['state_id']]);
    expect(partner.state_id).toEqual([bavaria, 'Bayern']);
    const [be] = sim.env.search('res.country', [['code', '=', 'BE']]);
    expect(await call(sim, 'res.country.state', 'search_count', [[['country_id', '=', be]]])).toBe(0);
  });
});
