import { EntityType } from '../../src/domain/enums.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import { startOdooSimulator, type OdooSimulator, type OdooVersion } from '../../tools/odoo-simulator/index.js';
import { graphql } from '../gql/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';

const Shop = graphql(`
  query ShopCatalogue($forSale: Boolean) {
    products(forSale: $forSale, first: 100) {
      nodes {
        externalId
        currentData
      }
    }
    categories(forSale: $forSale) {
      path
      name
      parentPath
      depth
      productCount
    }
  }
`);

const DefaultCategories = graphql(`
  query ShopDefaultCategories {
    categories {
      path
      productCount
    }
  }
`);

const skus = (nodes: readonly { externalId: string }[]) => nodes.map((n) => n.externalId).sort();
const dataOf = (nodes: readonly { externalId: string; currentData: Record<string, unknown> }[], sku: string) =>
  nodes.find((n) => n.externalId === sku)!.currentData;

// Issue 16, shop categories, for sale and units. With website_sale, a product's data holds its public
// categories as paths (website_sale/models/product_public_category.py: the display name joins the names from
// the root with " / ") and `is_published`; `categories` is the tree of the paths products carry.
describe.each([16, 17, 19] as OdooVersion[])('a shop on Odoo %i with website_sale', (version) => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let clothing: number;
  const pull = () => pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);

  beforeAll(async () => {
    sim = await startOdooSimulator({ version, websiteSale: true });
    const env = sim.env;
    clothing = env.create('product.public.category', { name: 'Clothing' });
    const shirts = env.create('product.public.category', { name: 'Shirts', parent_id: clothing });
    const trousers = env.create('product.public.category', { name: 'Trousers', parent_id: clothing });
    const home = env.create('product.public.category', { name: 'Home' });
    const dozens = env.search('uom.uom', [['name', '=', 'Dozens']])[0]!;
    const product = (code: string, vals: Record<string, unknown>) =>
      env.create('product.template', { name: code, default_code: code, is_published: true, ...vals });
    product('TEE', { public_categ_ids: [[6, 0, [shirts]]] });
    product('CHINO', { public_categ_ids: [[6, 0, [trousers]]], sale_ok: false });
    product('DRAFT-TEE', { public_categ_ids: [[6, 0, [shirts]]], is_published: false });
    product('NAPKINS', { public_categ_ids: [[6, 0, [home, shirts]]], uom_id: dozens });
    hub = await startTestHub(`shop_categories_${version}`, { env: odooEnv(sim) });
    await pull();
  });
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  it('holds category paths, sale_ok, is_published and the sales unit in data', async () => {
    const all = (await hub.request(Shop, {})).data!.products.nodes;
    expect(skus(all)).toEqual(['CHINO', 'DRAFT-TEE', 'NAPKINS', 'TEE']);
    expect(dataOf(all, 'NAPKINS')).toMatchObject({
      public_categ_ids: ['Clothing / Shirts', 'Home'],
      is_published: true,
      sale_ok: true,
      uom_id: { name: 'Dozens', factor: 1 / 12 },
    });
    expect(dataOf(all, 'CHINO')).toMatchObject({ public_categ_ids: ['Clothing / Trousers'], sale_ok: false });
    expect(dataOf(all, 'DRAFT-TEE')).toMatchObject({ is_published: false });
  });

  it('forSale: true leaves out what is not for sale or not published, in products and categories', async () => {
    const forSale = (await hub.request(Shop, { forSale: true })).data!;
    expect(skus(forSale.products.nodes)).toEqual(['NAPKINS', 'TEE']);
    expect(forSale.categories).toEqual([
      { path: 'Clothing', name: 'Clothing', parentPath: null, depth: 0, productCount: 0 },
      { path: 'Clothing / Shirts', name: 'Shirts', parentPath: 'Clothing', depth: 1, productCount: 2 },
      { path: 'Home', name: 'Home', parentPath: null, depth: 0, productCount: 1 },
    ]);
    const notForSale = (await hub.request(Shop, { forSale: false })).data!;
    expect(skus(notForSale.products.nodes)).toEqual(['CHINO', 'DRAFT-TEE']);
    // categories lists what is for sale unless told otherwise.
    expect((await hub.request(DefaultCategories, {})).data!.categories).toEqual(
      forSale.categories.map(({ path, productCount }) => ({ path, productCount })),
    );
  });

  it('a category renamed in Odoo changes the paths of the products in and under it, within one pull', async () => {
    sim.env.write('product.public.category', clothing, { name: 'Apparel' });
    const report = await pull();
    expect(report.changes.map((c) => [c.externalId, c.changedFields]).sort()).toEqual([
      ['CHINO', ['public_categ_ids']],
      ['DRAFT-TEE', ['public_categ_ids']],
      ['NAPKINS', ['public_categ_ids']],
      ['TEE', ['public_categ_ids']],
    ]);
    const all = (await hub.request(Shop, {})).data!.products.nodes;
    expect(dataOf(all, 'TEE').public_categ_ids).toEqual(['Apparel / Shirts']);
  });
});

describe('a unit changed in Odoo', () => {
  it('reaches the products sold in it within one pull (uom.uom moves no product write_date)', async () => {
    const sim = await startOdooSimulator({ version: 18 });
    const hub = await startTestHub('shop_categories_uom', { env: odooEnv(sim) });
    try {
      const dozens = sim.env.search('uom.uom', [['name', '=', 'Dozens']])[0]!;
      sim.env.create('product.template', { name: 'Eggs', default_code: 'EGGS', uom_id: dozens });
      sim.env.create('product.template', { name: 'Hen', default_code: 'HEN' });
      await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
      sim.env.write('uom.uom', dozens, { name: 'Dozen (12)' });
      const report = await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
      expect(report.changes.map((c) => [c.externalId, c.changedFields])).toEqual([['EGGS', ['uom_id']]]);
      const all = (await hub.request(Shop, {})).data!.products.nodes;
      expect(dataOf(all, 'EGGS').uom_id).toMatchObject({ name: 'Dozen (12)', factor: 1 / 12 });
    } finally {
      await hub.close();
      await sim.close();
    }
  });
});

describe('a shop on Odoo 17 without website_sale', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version: 17 });
    const env = sim.env;
    const saleable = env.search('product.category', [['name', '=', 'Saleable']])[0];
    const goods = env.create('product.category', { name: 'Goods', ...(saleable ? { parent_id: saleable } : {}) });
    env.create('product.template', { name: 'Lamp', default_code: 'LAMP', categ_id: goods });
    env.create('product.template', { name: 'Fee', default_code: 'FEE', categ_id: goods, sale_ok: false });
    hub = await startTestHub('shop_categories_internal', { env: odooEnv(sim) });
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
  });
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  it('uses the internal category as the tree, and forSale reads sale_ok alone', async () => {
    const shop = (await hub.request(Shop, { forSale: true })).data!;
    expect(skus(shop.products.nodes)).toEqual(['LAMP']);
    const lamp = dataOf(shop.products.nodes, 'LAMP');
    expect(lamp).not.toHaveProperty('public_categ_ids');
    expect(lamp).not.toHaveProperty('is_published');
    const path = (lamp.categ_id as { name: string }).name;
    expect(path.endsWith('Goods')).toBe(true);
    const leaf = shop.categories.find((c) => c.path === path)!;
    expect(leaf).toMatchObject({ name: 'Goods', productCount: 1, depth: path.split(' / ').length - 1 });
    // Its parents are in the tree too, each naming its own parent.
    for (const category of shop.categories) {
      if (category.parentPath !== null) expect(shop.categories.map((c) => c.path)).toContain(category.parentPath);
    }
  });
});
