import { EntityType } from '../../src/domain/enums.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import { startOdooSimulator, type OdooSimulator, type OdooVersion } from '../../tools/odoo-simulator/index.js';
import { graphql } from '../gql/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';
import { createShirtTemplate, type ShirtTemplate } from '../support/shirt-template.js';

const Templates = graphql(`
  query VariantTemplates($externalIds: [String!], $first: Int, $after: String) {
    productTemplates(externalIds: $externalIds, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        externalId
        variants {
          externalId
          templateExternalId
          currentData
          prices(pricelistExternalId: "list_price") {
            price
            previousPrice
            priceChanged
          }
        }
      }
    }
  }
`);

const ProductWithTemplate = graphql(`
  query VariantProductTemplate($externalId: String!) {
    product(externalId: $externalId) {
      template {
        externalId
        variants {
          externalId
        }
      }
    }
  }
`);

const ChangedPrices = graphql(`
  query VariantChangedPrices {
    pricelistItems(filter: { pricelistExternalId: "list_price", changedOnly: true }) {
      nodes {
        productExternalId
        price
        previousPrice
      }
    }
  }
`);

const IngestVariants = graphql(`
  mutation IngestVariants($input: [ProductInput!]!) {
    ingestProducts(input: $input) {
      created
      updated
    }
  }
`);

const SKUS = ['TEE-M-blue', 'TEE-M-red', 'TEE-S-blue', 'TEE-S-red', 'TEE-XL-blue', 'TEE-XL-red'];

type Variant = {
  externalId: string;
  templateExternalId?: string | null;
  currentData: Record<string, unknown>;
  prices: { price: string }[];
};
const bySku = (variants: readonly Variant[]) => [...variants].sort((a, b) => (a.externalId < b.externalId ? -1 : 1));

// Issue 16, acceptance 1: a template with sizes S/M/XL (XL +2.00) and colours red/blue gives six variants with
// their attributes and prices; changing XL's price_extra (which moves no variant's write_date) changes exactly
// the two XL variants' prices. Odoo computes a variant's lst_price as the template's list_price plus the sum of
// its values' price_extra (product_product.py `_compute_product_lst_price`).
describe.each([16, 18] as OdooVersion[])('variants and attributes from Odoo %i', (version) => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let shirt: ShirtTemplate;
  const templateKey = () => `odoo:product.template:${shirt.template}`;
  const pull = () => pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);

  beforeAll(async () => {
    sim = await startOdooSimulator({ version });
    shirt = createShirtTemplate(sim);
    sim.env.create('product.template', { name: 'Mug', default_code: 'MUG', list_price: 7 });
    hub = await startTestHub(`variants_${version}`, { env: odooEnv(sim) });
    await pull();
  });
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  it('lists the template with its six variants, their attribute values and prices, in one request', async () => {
    // One template with its variants and their prices (the cost model counts up to MAX_NESTED_LIST of each).
    const res = await hub.request(Templates, { externalIds: [templateKey()], first: 1 });
    expect(res.errors).toBeUndefined();
    const [template] = res.data!.productTemplates.nodes;
    expect(template!.externalId).toBe(templateKey());
    const variants = bySku(template!.variants);
    expect(variants.map((v) => v.externalId)).toEqual(SKUS);
    expect(variants.map((v) => v.prices.map((p) => Number(p.price)))).toEqual([[20], [20], [20], [20], [22], [22]]);
    expect(variants.every((v) => v.templateExternalId === templateKey())).toBe(true);
    expect(variants[5]!.currentData.attributes).toEqual([
      { attribute: 'Size', value: 'XL', priceExtra: 2, displayType: 'pills' },
      { attribute: 'Colour', value: 'red', priceExtra: 0, displayType: 'color', htmlColor: '#ff0000' },
    ]);
    expect(variants[5]!.currentData).toMatchObject({
      name: 'T-shirt',
      sale_ok: true,
      uom_id: { name: 'Units', factor: 1 },
    });
    // A product tells its template, which lists its siblings.
    const one = await hub.request(ProductWithTemplate, { externalId: 'TEE-S-red' });
    expect(one.data!.product!.template!.externalId).toBe(templateKey());
    expect(one.data!.product!.template!.variants.map((v) => v.externalId).sort()).toEqual(SKUS);
  });

  it('pages templates like the other connections: a product without variants is a template of one', async () => {
    const first = await hub.request(Templates, { first: 1 });
    expect(first.data!.productTemplates).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await hub.request(Templates, { first: 1, after: first.data!.productTemplates.pageInfo.endCursor });
    expect(second.data!.productTemplates.pageInfo.hasNextPage).toBe(false);
    const keys = [...first.data!.productTemplates.nodes, ...second.data!.productTemplates.nodes].map(
      (t) => t.externalId,
    );
    expect(new Set(keys).size).toBe(2);
    const mug = [...first.data!.productTemplates.nodes, ...second.data!.productTemplates.nodes].find(
      (t) => t.externalId !== templateKey(),
    )!;
    expect(mug.variants.map((v) => [v.externalId, v.currentData.attributes])).toEqual([['MUG', []]]);
  });

  it('a new price_extra of XL changes exactly the two XL variants’ prices, within one pull', async () => {
    const before = sim.env.read('product.product', shirt.variants, ['write_date']);
    sim.env.write('product.template.attribute.value', shirt.ptavs.XL, { price_extra: 4.5 });
    // Odoo moved no variant's write_date: only the companion (product.template.attribute.value) shows the change.
    expect(sim.env.read('product.product', shirt.variants, ['write_date'])).toEqual(before);
    const report = await pull();
    expect(report.changes.map((c) => [c.externalId, c.changedFields]).sort()).toEqual([
      ['TEE-XL-blue', ['attributes']],
      ['TEE-XL-red', ['attributes']],
    ]);
    // Every list price is flagged since it was made; only the XL ones have a previous price.
    const changed = (await hub.request(ChangedPrices, {})).data!.pricelistItems.nodes.filter(
      (p) => p.previousPrice !== null,
    );
    expect(changed.map((p) => [p.productExternalId, Number(p.price), Number(p.previousPrice)]).sort()).toEqual([
      ['TEE-XL-blue', 24.5, 22],
      ['TEE-XL-red', 24.5, 22],
    ]);
    // Nothing changed since: the next pull writes nothing.
    expect((await pull()).changes).toEqual([]);
  });

  it('a value renamed in Odoo (product.attribute.value) reaches the variants that carry it', async () => {
    sim.env.write('product.attribute.value', shirt.values.blue, { name: 'navy' });
    const report = await pull();
    expect(report.changes.map((c) => c.externalId).sort()).toEqual(['TEE-M-blue', 'TEE-S-blue', 'TEE-XL-blue']);
    const res = await hub.request(Templates, { externalIds: [templateKey()], first: 1 });
    const blue = res.data!.productTemplates.nodes[0]!.variants.find((v) => v.externalId === 'TEE-S-blue')!;
    expect((blue.currentData.attributes as { value: string }[])[1]!.value).toBe('navy');
  });

  it('an attribute renamed in Odoo (product.attribute) reaches every variant with one of its values', async () => {
    sim.env.write('product.attribute', shirt.colour, { name: 'Color' });
    const report = await pull();
    expect(report.changes.map((c) => c.externalId).sort()).toEqual(SKUS);
    const res = await hub.request(Templates, { externalIds: [templateKey()], first: 1 });
    const red = res.data!.productTemplates.nodes[0]!.variants.find((v) => v.externalId === 'TEE-M-red')!;
    expect((red.currentData.attributes as { attribute: string }[]).map((a) => a.attribute)).toEqual(['Size', 'Color']);
  });

  it('takes a template key from ingestProducts too, and refuses an empty one', async () => {
    const bad = await hub.request(IngestVariants, {
      input: [{ externalId: 'CAP-S', data: { name: 'Cap' }, templateExternalId: ' ' }],
    });
    expect(bad.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'input[0].templateExternalId must be a non-empty string of at most 255 characters.'],
    ]);
    const good = await hub.request(IngestVariants, {
      input: [
        { externalId: 'CAP-S', data: { name: 'Cap', attributes: [] }, templateExternalId: 'shop:cap' },
        { externalId: 'CAP-L', data: { name: 'Cap', attributes: [] }, templateExternalId: 'shop:cap' },
      ],
    });
    expect(good.data!.ingestProducts.created).toBe(2);
    const one = await hub.request(ProductWithTemplate, { externalId: 'CAP-L' });
    expect(one.data!.product!.template!.externalId).toBe('shop:cap');
    expect(one.data!.product!.template!.variants.map((v) => v.externalId).sort()).toEqual(['CAP-L', 'CAP-S']);
  });

  it('refuses a token without catalog:read', async () => {
    const { token } = await issueToken(hub.app.orm.em.fork(), { name: 'orders only', scopes: ['orders:read'] });
    const res = await hub.request(Templates, { externalIds: [templateKey()], first: 1 }, { token });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('the Odoo calls of a product pull', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let category: number;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version: 17, websiteSale: true });
    // A shirt in a shop category, so that the pulls below are incremental ones for every companion (a first pull
    // also reads where each companion stands).
    category = sim.env.create('product.public.category', { name: 'Shirts' });
    createShirtTemplate(sim, { name: 'First shirt' });
    hub = await startTestHub('variants_calls', { env: odooEnv(sim) });
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
  });
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  const callsOfPull = async () => {
    sim.clearCalls();
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
    return sim.calls.length;
  };

  it('do not grow with the number of variants and attribute values in a page', async () => {
    const shirts = (n: number) => {
      for (let i = 0; i < n; i++) {
        const { template } = createShirtTemplate(sim, { name: `Shirt ${i}` });
        sim.env.write('product.template', template, { public_categ_ids: [[6, 0, [category]]], is_published: true });
      }
    };
    // Each batch dated in a second of its own, so that both pulls find the same shape of cursors.
    sim.env.atTime(Date.now() + 10_000, () => shirts(1));
    const one = await callsOfPull();
    sim.env.atTime(Date.now() + 20_000, () => shirts(10));
    const ten = await callsOfPull();
    // Per pass a page, then one read each of its template values, categories, units and attributes.
    expect(ten).toBe(one);
  });

  it('read no product again through a unit, an attribute, a value or a shop category that did not change', async () => {
    sim.clearCalls();
    expect((await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT)).changes).toEqual([]);
    const through = sim.calls.filter(
      (c) =>
        // The domain (execute_kw's positional arguments), not the fields read.
        c.model === 'product.product' &&
        /uom_id|public_categ_ids|attribute_id|product_attribute_value_id/.test(JSON.stringify(c.args)),
    );
    expect(through).toEqual([]);
  });
});
