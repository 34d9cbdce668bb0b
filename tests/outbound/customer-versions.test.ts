import { sqlQuery } from '../../src/db/sql.js';
import { EntityType, PartnerType } from '../../src/domain/enums.js';
import { webshopWriter } from '../../src/domain/record-origin.js';
import { Partner } from '../../src/modules/partner/partner.entity.js';
import { saveCustomer, type CustomerValues } from '../../src/modules/partner/partner.service.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import { startOdooSimulator, type OdooSimulator, type OdooVersion } from '../../tools/odoo-simulator/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';
import { until } from '../support/until.js';

const PUSH_ENV = { OUTBOUND_RETRY_BASE_MS: '20', OUTBOUND_MAX_ATTEMPTS: '3' };
const WRITER = webshopWriter({ user: null, scopes: ['orders:write'] });

async function start(label: string, version: OdooVersion, env: Record<string, string> = {}) {
  const sim = await startOdooSimulator({ version });
  const hub = await startTestHub(label, { role: 'all', env: { ...odooEnv(sim), ...PUSH_ENV, ...env } });
  return { sim, hub };
}

/** Saves a customer as `saveCustomer` does and waits until its push settled; the queue row's outcome. */
async function pushCustomer(hub: TestHub, customer: CustomerValues) {
  const partner = await saveCustomer(hub.app.orm.em.fork(), customer, WRITER);
  const [row] = await until(
    () =>
      sqlQuery<{ status: string; last_error: string | null }>(
        hub.app.orm.em.fork(),
        `select "status", "last_error" from "outbound_queue" where "entity_id" = $1 order by "created_at" desc limit 1`,
        [partner.id],
      ),
    (rows) => rows[0]?.status === 'completed' || rows[0]?.status === 'failed',
    `the push of ${customer.externalId}`,
    15_000,
  );
  return row!;
}

const odooPartner = (sim: OdooSimulator, ref: string, fields: string[]) =>
  sim.env.read('res.partner', sim.env.search('res.partner', [['ref', '=', ref]]), fields)[0]!;

describe('customers into Odoo 19 (no mobile field)', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  beforeAll(async () => ({ sim, hub } = await start('cust-v19', 19)), 60_000);
  afterAll(async () => {
    await hub.close();
    await sim.close();
  });

  it('a customer with a phone and a mobile number pushes without error; the mobile stays in the hub', async () => {
    const row = await pushCustomer(hub, {
      externalId: 'c19-both',
      data: { name: 'Both Numbers', phone: '+49 30 1234', mobile: '+49 170 5555' },
    });
    expect(row).toEqual({ status: 'completed', last_error: null });
    expect(odooPartner(sim, 'c19-both', ['phone'])).toMatchObject({ phone: '+49 30 1234' });
    const saved = await hub.app.orm.em.fork().findOneOrFail(Partner, { externalId: 'c19-both' });
    expect(saved.currentData.mobile).toBe('+49 170 5555');
  });

  it('a mobile number without a phone becomes the phone', async () => {
    expect(
      await pushCustomer(hub, { externalId: 'c19-mobile', data: { name: 'Mobile Only', mobile: '+49 170 6666' } }),
    ).toMatchObject({ status: 'completed' });
    expect(odooPartner(sim, 'c19-mobile', ['phone'])).toMatchObject({ phone: '+49 170 6666' });
  });

  it('state_code (with country_code) becomes state_id; an unknown state fails naming it', async () => {
    expect(
      await pushCustomer(hub, {
        externalId: 'c19-state',
        data: { name: 'Bayern GmbH', country_code: 'DE', state_code: 'BY' },
        addresses: [
          {
            externalId: 'c19-state-us',
            type: PartnerType.DELIVERY,
            data: { name: 'US Warehouse', country_code: 'US', state_code: 'TX' },
          },
        ],
      }),
    ).toMatchObject({ status: 'completed' });
    expect(odooPartner(sim, 'c19-state', ['state_id']).state_id).toEqual([expect.any(Number), 'Bayern']);
    expect(odooPartner(sim, 'c19-state-us', ['state_id']).state_id).toEqual([expect.any(Number), 'Texas']);
    const failed = await pushCustomer(hub, {
      externalId: 'c19-nostate',
      data: { name: 'Nowhere', country_code: 'DE', state_code: 'XX' },
    });
    expect(failed.status).toBe('failed');
    expect(failed.last_error).toContain('State "XX" of country DE is not in Odoo');
  });
});

describe("customers into Odoo 16: the 'private' address type", () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  beforeAll(async () => ({ sim, hub } = await start('cust-v16', 16)), 60_000);
  afterAll(async () => {
    await hub.close();
    await sim.close();
  });

  it("an address saved with data.type 'private' reaches Odoo as private and comes back so from the pull", async () => {
    const row = await pushCustomer(hub, {
      externalId: 'c16',
      data: { name: 'Privat GmbH', phone: '+49 1', mobile: '+49 2' },
      addresses: [{ externalId: 'c16-home', type: PartnerType.OTHER, data: { name: 'Home', type: 'private' } }],
    });
    expect(row.status).toBe('completed');
    // Odoo 16 still has `mobile`: it is sent.
    expect(odooPartner(sim, 'c16', ['mobile'])).toMatchObject({ mobile: '+49 2' });
    expect(odooPartner(sim, 'c16-home', ['type'])).toMatchObject({ type: 'private' });
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PARTNER);
    const home = await hub.app.orm.em.fork().findOneOrFail(Partner, { externalId: 'c16-home' });
    expect(home.type).toBe(PartnerType.OTHER);
    expect(home.currentData.type).toBe('private');
  });
});

describe("customers into Odoo 17: a type Odoo lacks falls back to the hub's", () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  beforeAll(async () => ({ sim, hub } = await start('cust-v17', 17)), 60_000);
  afterAll(async () => {
    await hub.close();
    await sim.close();
  });

  it("data.type 'private' on 17 sends the hub's type", async () => {
    const row = await pushCustomer(hub, {
      externalId: 'c17',
      data: { name: 'Siebzehn' },
      addresses: [{ externalId: 'c17-home', type: PartnerType.DELIVERY, data: { name: 'Home', type: 'private' } }],
    });
    expect(row.status).toBe('completed');
    expect(odooPartner(sim, 'c17-home', ['type'])).toMatchObject({ type: 'delivery' });
  });
});

describe('ODOO_COMPANY_ID with a second company in Odoo', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let second: number;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version: 17 });
    second = sim.env.create('res.company', {
      name: 'Second Co',
      partner_id: sim.env.create('res.partner', { name: 'Second Co', is_company: true }),
    });
    sim.env.write('res.users', sim.uid, { company_ids: [[4, second]] });
    sim.env.create('res.partner', { name: 'Ours', ref: 'OURS', company_id: 1 });
    sim.env.create('res.partner', { name: 'Shared', ref: 'SHARED' });
    sim.env.create('res.partner', { name: 'Theirs', ref: 'THEIRS', company_id: second });
    hub = await startTestHub('cust-company', {
      role: 'all',
      env: { ...odooEnv(sim), ...PUSH_ENV, ODOO_COMPANY_ID: '1', ODOO_LANG: 'de_DE' },
    });
  }, 60_000);
  afterAll(async () => {
    await hub.close();
    await sim.close();
  });

  it("pulls leave the other company's records out, in the context and in the domain", async () => {
    sim.clearCalls();
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PARTNER);
    const refs = (await hub.app.orm.em.fork().find(Partner, {})).map((p) => p.externalId);
    expect(refs).toEqual(expect.arrayContaining(['OURS', 'SHARED']));
    expect(refs).not.toContain('THEIRS');
    const read = sim.calls.find((c) => c.model === 'res.partner' && c.method === 'search_read')!;
    expect(read.kwargs.context).toMatchObject({ allowed_company_ids: [1], lang: 'de_DE' });
    expect(read.args[0]).toContainEqual(['company_id', 'in', [1, false]]);
  });

  it('creates carry company_id', async () => {
    sim.clearCalls();
    expect(await pushCustomer(hub, { externalId: 'c-company', data: { name: 'Company One Customer' } })).toMatchObject({
      status: 'completed',
    });
    const create = sim.calls.find((c) => c.model === 'res.partner' && c.method === 'create')!;
    expect((create.args[0] as Record<string, unknown>[])[0]).toMatchObject({ company_id: 1, ref: 'c-company' });
    expect(odooPartner(sim, 'c-company', ['company_id']).company_id).toEqual([1, 'My Company']);
  });
});
