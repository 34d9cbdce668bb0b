import { EntityType } from '../../src/domain/enums.js';
import { pullFromOdoo, type PullReport } from '../../src/odoo/pull/pull.service.js';
import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { graphql } from '../gql/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';
import { subscribe, untilLive } from '../support/ws.js';

/**
 * Issue 16, languages: with ODOO_LANGS, a product's translated fields (name,
 * sales description) are pulled per language, `Product.localized(lang)` answers
 * them with the source text where Odoo has none, and a translation's change is
 * an event named `name@de_DE`, within one pull, on every Odoo version.
 */

const Localized = graphql(`
  query Localized($sku: String!, $lang: String!) {
    product(externalId: $sku) {
      changedFields
      localized(lang: $lang) {
        lang
        name
        descriptionSale
        values
      }
    }
  }
`);
const LocalizedList = graphql(`
  query LocalizedList($lang: String!) {
    products(first: 10) {
      nodes {
        externalId
        localized(lang: $lang) {
          name
        }
      }
    }
  }
`);
const OnTranslation = graphql(`
  subscription OnTranslation($fields: [String!]) {
    entityChanged(entityType: PRODUCT, fields: $fields) {
      externalId
      changedFields
    }
  }
`);
const Poke = graphql(`
  mutation PokeTranslation($input: [ProductInput!]!) {
    ingestProducts(input: $input) {
      created
    }
  }
`);
const Claim = graphql(`
  mutation ClaimTranslated {
    claimChanges(entityType: PRODUCT, limit: 100) {
      id
      externalId
      changedFields
      ... on Product {
        localized(lang: "de_DE") {
          name
        }
      }
    }
  }
`);
const Ack = graphql(`
  mutation AckTranslated($results: [AcknowledgeInput!]!) {
    acknowledgeChanges(entityType: PRODUCT, results: $results) {
      completed
    }
  }
`);

const VERSIONS = [
  { name: 'Odoo 16 over JSON-RPC', version: 16 as const, protocol: 'jsonrpc' },
  { name: 'Odoo 17 over JSON-RPC', version: 17 as const, protocol: 'jsonrpc' },
  { name: 'Odoo 19 over JSON-2', version: 19 as const, protocol: 'json2' },
];

describe.each(VERSIONS)('translations: $name', ({ version, protocol }) => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let table: number;
  let chair: number;
  let lastClaim: Array<{ externalId: string; localized?: { name?: string | null } }> = [];
  const pull = (): Promise<PullReport> => pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
  const localized = async (sku: string, lang: string) => {
    const result = await hub.request(Localized, { sku, lang });
    expect(result.errors).toBeUndefined();
    return result.data!.product!;
  };
  /** The changes the feed hands out now, acknowledged as a shop would once it applied them. */
  const claim = async () => {
    const result = await hub.request(Claim, {});
    expect(result.errors).toBeUndefined();
    const claimed = result.data!.claimChanges;
    lastClaim = claimed;
    if (claimed.length) {
      const ack = await hub.request(Ack, { results: claimed.map((c) => ({ id: c.id, state: 'COMPLETED' as const })) });
      expect(ack.errors).toBeUndefined();
    }
    return Object.fromEntries(claimed.map((c) => [c.externalId, c.changedFields]));
  };

  beforeAll(async () => {
    sim = await startOdooSimulator({ version });
    const env = sim.env;
    table = env.create('product.product', { name: 'Table', default_code: 'TBL', description_sale: 'A solid table' });
    chair = env.create('product.product', { name: 'Chair', default_code: 'CHR' });
    env.write('product.product', table, { name: 'Tisch' }, { lang: 'de_DE' });
    hub = await startTestHub(`translations-${version}`, {
      role: 'all',
      env: { ...odooEnv(sim), ODOO_PROTOCOL: protocol, ODOO_LANGS: 'en_US,de_DE' },
    });
    await pull();
    await claim();
  });
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  it('answers the translation in a language, and the source text where Odoo has none', async () => {
    expect((await localized('TBL', 'de_DE')).localized).toEqual({
      lang: 'de_DE',
      name: 'Tisch',
      descriptionSale: 'A solid table',
      values: { name: 'Tisch', description_sale: 'A solid table' },
    });
    expect((await localized('TBL', 'en_US')).localized).toMatchObject({ name: 'Table' });
    expect((await localized('CHR', 'de_DE')).localized).toMatchObject({ name: 'Chair', descriptionSale: null });
    const list = await hub.request(LocalizedList, { lang: 'de_DE' });
    expect(list.errors).toBeUndefined();
    expect(list.data!.products.nodes.map((n) => [n.externalId, n.localized.name]).sort()).toEqual([
      ['CHR', 'Chair'],
      ['TBL', 'Tisch'],
    ]);
  });

  it('refuses a language that is not in ODOO_LANGS', async () => {
    const result = await hub.request(Localized, { sku: 'TBL', lang: 'fr_FR' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/fr_FR.*ODOO_LANGS is en_US,de_DE/);
  });

  it('reads each language once per chunk of records, never once per record', async () => {
    for (let i = 0; i < 5; i++) sim.env.create('product.product', { name: `Stool ${i}`, default_code: `STL-${i}` });
    sim.clearCalls();
    await pull();
    const reads = sim.calls.filter((c) => c.model === 'product.product' && c.method === 'read');
    // Two languages, each read once for the page of variants and once for the variants of the changed templates.
    expect(reads.map((c) => (c.kwargs.context as { lang?: string } | undefined)?.lang).sort()).toEqual([
      'de_DE',
      'de_DE',
      'en_US',
      'en_US',
    ]);
    for (const read of reads) expect((read.args[0] as number[] | undefined)?.length ?? 0).toBeGreaterThanOrEqual(5);
    await claim();
  });

  it('a German name change in Odoo reaches localized and an event within one pull', async () => {
    const sub = subscribe(hub.url, hub.adminToken, OnTranslation, { fields: ['name@de_DE'] });
    let probe = 0;
    // A record the hub alone holds, whose German name changes: until the subscription has started.
    const poke = () =>
      hub.request(Poke, {
        input: [{ externalId: 'PROBE', data: { translations: { de_DE: { name: `${++probe}` } } } }],
      });
    try {
      await untilLive(sub, poke);
      sim.env.write('product.product', table, { name: 'Esstisch' }, { lang: 'de_DE' });
      const report = await pull();
      expect(report.changes.map((c) => [c.externalId, c.changedFields])).toEqual([['TBL', ['name@de_DE']]]);
      expect((await localized('TBL', 'de_DE')).localized.name).toBe('Esstisch');
      expect((await localized('TBL', 'en_US')).localized.name).toBe('Table');
      expect((await claim()).TBL).toEqual(['name@de_DE']);
      // The feed hands the German text out with the change.
      expect(lastClaim.find((c) => c.externalId === 'TBL')?.localized?.name).toBe('Esstisch');
      let event = await sub.next(10_000);
      while (event.data!.entityChanged.externalId === 'PROBE') event = await sub.next(10_000);
      expect(event.data!.entityChanged).toEqual({ externalId: 'TBL', changedFields: ['name@de_DE'] });
    } finally {
      await sub.close();
    }
  });

  it('a translation written on the template (the product form) arrives the same way', async () => {
    const [template] = sim.env.read('product.product', table, ['product_tmpl_id'])[0]!.product_tmpl_id as [number];
    sim.env.write('product.template', template, { description_sale: 'Ein massiver Tisch' }, { lang: 'de_DE' });
    const report = await pull();
    expect(report.changes.map((c) => [c.externalId, c.changedFields])).toEqual([['TBL', ['description_sale@de_DE']]]);
    expect((await localized('TBL', 'de_DE')).localized.descriptionSale).toBe('Ein massiver Tisch');
    expect(await claim()).toEqual({ TBL: ['description_sale@de_DE'] });
  });

  it("a translation set in Odoo's translation dialog (update_field_translations) arrives the same way", async () => {
    const [template] = sim.env.read('product.product', table, ['product_tmpl_id'])[0]!.product_tmpl_id as [number];
    sim.env.call('product.template', 'update_field_translations', [template], {
      field_name: 'name',
      translations: { de_DE: 'Küchentisch' },
    });
    const report = await pull();
    expect(report.changes.map((c) => [c.externalId, c.changedFields])).toEqual([['TBL', ['name@de_DE']]]);
    expect((await localized('TBL', 'de_DE')).localized.name).toBe('Küchentisch');
    expect(await claim()).toEqual({ TBL: ['name@de_DE'] });
  });

  it('a change of the source text alone is no change of a language without its own translation', async () => {
    sim.env.write('product.product', chair, { name: 'Armchair' });
    const report = await pull();
    expect(report.changes.map((c) => [c.externalId, c.changedFields])).toEqual([['CHR', ['name']]]);
    expect((await localized('CHR', 'de_DE')).localized.name).toBe('Armchair');
    await claim();
  });

  it('writes nothing and sends no event when nothing changed', async () => {
    sim.env.touch('product.product', [table, chair]); // re-read by the incremental pull, with the same texts
    const report = await pull();
    expect(report.read).toBeGreaterThan(0);
    expect(report.updated).toBe(0);
    expect(report.changes).toEqual([]);
    expect(await claim()).toEqual({});
  });
});

describe('translations: ODOO_LANGS unset', () => {
  it('pulls as before and refuses localized with a message naming ODOO_LANGS', async () => {
    const sim = await startOdooSimulator({ version: 17 });
    const id = sim.env.create('product.product', { name: 'Lamp', default_code: 'LMP' });
    sim.env.write('product.product', id, { name: 'Lampe' }, { lang: 'de_DE' });
    const hub = await startTestHub('translations-unset', { role: 'all', env: odooEnv(sim) });
    try {
      await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
      const result = await hub.request(Localized, { sku: 'LMP', lang: 'de_DE' });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/ODOO_LANGS is not set/);
      expect(sim.calls.some((c) => c.method === 'read' && (c.kwargs.context as { lang?: string })?.lang)).toBe(false);
    } finally {
      await hub.close();
      await sim.close();
    }
  });
});
