import { startOdooSimulator, type OdooSimulator, type OdooVersion } from '../../tools/odoo-simulator/index.js';
import { createShirtTemplate } from '../support/shirt-template.js';
import { call } from './wire.js';

type Rec = Record<string, unknown>;

describe.each([16, 17, 18, 19] as OdooVersion[])('Odoo %i simulator: attributes and variants', (version) => {
  let sim: OdooSimulator;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version });
  });
  afterAll(() => sim.close());

  it('makes one variant per combination, priced list_price + the sum of its price_extra', async () => {
    const shirt = createShirtTemplate(sim);
    const rows = await call<Rec[]>(
      sim,
      'product.product',
      'search_read',
      [[['product_tmpl_id', '=', shirt.template]]],
      {
        fields: ['default_code', 'lst_price', 'price_extra', 'product_template_attribute_value_ids', 'write_date'],
        order: 'default_code',
      },
    );
    expect(rows.map((r) => [r.default_code, r.lst_price])).toEqual([
      ['TEE-M-blue', 20],
      ['TEE-M-red', 20],
      ['TEE-S-blue', 20],
      ['TEE-S-red', 20],
      ['TEE-XL-blue', 22],
      ['TEE-XL-red', 22],
    ]);
    const ptav = await call<Rec[]>(sim, 'product.template.attribute.value', 'read', [[shirt.ptavs.XL]], {
      fields: ['name', 'attribute_id', 'price_extra', 'display_type', 'ptav_product_variant_ids', 'display_name'],
    });
    expect(ptav[0]).toMatchObject({
      name: 'XL',
      attribute_id: [shirt.size, 'Size'],
      price_extra: 2,
      display_type: 'pills',
    });
    expect(ptav[0]!.display_name).toBe('Size: XL');
    expect((ptav[0]!.ptav_product_variant_ids as number[]).length).toBe(2);

    // price_extra is the ptav's own: writing it moves no variant's write_date.
    sim.env.atTime(Date.now() + 60_000, () =>
      sim.env.write('product.template.attribute.value', shirt.ptavs.XL, { price_extra: 3.5 }),
    );
    const after = await call<Rec[]>(
      sim,
      'product.product',
      'search_read',
      [[['product_tmpl_id', '=', shirt.template]]],
      {
        fields: ['default_code', 'lst_price', 'write_date'],
        order: 'default_code',
      },
    );
    expect(after.map((r) => r.lst_price)).toEqual([20, 20, 20, 20, 23.5, 23.5]);
    expect(after.map((r) => r.write_date)).toEqual(rows.map((r) => r.write_date));
  });

  it('adding a value to a line adds its variants; removing one deletes them', async () => {
    const shirt = createShirtTemplate(sim, { name: 'Polo' });
    const line = sim.env.search('product.template.attribute.line', [
      ['product_tmpl_id', '=', shirt.template],
      ['attribute_id', '=', shirt.colour],
    ])[0]!;
    const green = sim.env.create('product.attribute.value', { attribute_id: shirt.colour, name: 'green' });
    await call(sim, 'product.template.attribute.line', 'write', [[line], { value_ids: [[4, green]] }]);
    expect(sim.env.count('product.product', [['product_tmpl_id', '=', shirt.template]])).toBe(9);
    await call(sim, 'product.template.attribute.line', 'write', [[line], { value_ids: [[3, green]] }]);
    expect(sim.env.count('product.product', [['product_tmpl_id', '=', shirt.template]])).toBe(6);
  });

  it('a template without attributes keeps its one variant; display types follow the version', async () => {
    const plain = sim.env.create('product.template', { name: 'Plain mug', list_price: 5 });
    expect(sim.env.count('product.product', [['product_tmpl_id', '=', plain]])).toBe(1);
    const fields = await call<Record<string, Rec>>(sim, 'product.attribute', 'fields_get', [], {
      attributes: ['selection'],
    });
    const types = (fields.display_type!.selection as [string, string][]).map(([key]) => key);
    expect(types.includes('multi')).toBe(version >= 17);
    expect(types.includes('image')).toBe(version >= 18);
  });
});

describe('Odoo simulator: website_sale', () => {
  it('is absent unless asked for; installed, categories read as paths and templates carry is_published', async () => {
    const without = await startOdooSimulator({ version: 17 });
    try {
      expect(without.env.hasModel('product.public.category')).toBe(false);
    } finally {
      await without.close();
    }
    const sim = await startOdooSimulator({ version: 16, websiteSale: true });
    try {
      const clothing = sim.env.create('product.public.category', { name: 'Clothing' });
      const shirts = sim.env.create('product.public.category', { name: 'Shirts', parent_id: clothing });
      const template = sim.env.create('product.template', { name: 'Tee', public_categ_ids: [[6, 0, [shirts]]] });
      const [variant] = await call<Rec[]>(
        sim,
        'product.product',
        'search_read',
        [[['product_tmpl_id', '=', template]]],
        {
          fields: ['public_categ_ids', 'is_published', 'sale_ok'],
        },
      );
      expect(variant).toMatchObject({ public_categ_ids: [shirts], is_published: false, sale_ok: true });
      const [category] = await call<Rec[]>(sim, 'product.public.category', 'read', [[shirts]], {
        fields: ['display_name'],
      });
      expect(category!.display_name).toBe('Clothing / Shirts');
      const [module] = await call<Rec[]>(sim, 'ir.module.module', 'search_read', [[['name', '=', 'website_sale']]], {
        fields: ['state'],
      });
      expect(module!.state).toBe('installed');
    } finally {
      await sim.close();
    }
  });
});
