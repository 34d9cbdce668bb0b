import { graphql } from '../gql/index.js';
import { EntityType } from '../../src/domain/enums.js';
import { ingestProducts } from '../../src/ingest/ingest.service.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { generatePng } from '../../tools/odoo-simulator/png.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';
import { subscribe, untilLive } from '../support/ws.js';

const ProductImages = graphql(`
  query ProductImages($externalId: String!, $size: Int) {
    product(externalId: $externalId) {
      changedFields
      currentData
      imageUrl(size: $size)
    }
  }
`);
const ProductListImages = graphql(`
  query ProductListImages {
    products(first: 100) {
      nodes {
        externalId
        small: imageUrl(size: 128)
        large: imageUrl
      }
    }
  }
`);
const OnProductImage = graphql(`
  subscription OnProductImage {
    entityChanged(entityType: PRODUCT) {
      externalId
      changedFields
    }
  }
`);

/** Width and height from a PNG's IHDR chunk (bytes 16–23), as any image reader finds them. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const b64png = (width: number, height: number, seed: number) => generatePng(width, height, seed).toString('base64');

describe('product pictures', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  /** SKU → product.product id and its template's id. */
  const skus = new Map<string, { id: number; template: number }>();
  let pokes = 0;

  const pull = () => pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
  const imageUrl = async (sku: string, size?: number) => {
    const res = await hub.request(ProductImages, { externalId: sku, size });
    expect(res.errors).toBeUndefined();
    return res.data!.product!.imageUrl ?? null;
  };
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${hub.url}${path}`, { headers });
  /** The Odoo calls served since `clearCalls`, as `model.method`. */
  const odooCalls = () => sim.calls.filter((c) => c.service === 'object').map((c) => `${c.model}.${c.method}`);

  beforeAll(async () => {
    sim = await startOdooSimulator({
      version: 17,
      seed: { products: 3, partners: 0, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
    });
    for (const row of sim.env.records('product.product', ['default_code', 'product_tmpl_id'])) {
      skus.set(row.default_code as string, { id: row.id as number, template: (row.product_tmpl_id as [number])[0] });
    }
    const [withImage] = [...skus.values()];
    // A 600×400 picture: image_1920 and image_1024 keep it as it is (never enlarged), the others shrink it.
    sim.env.write('product.template', withImage!.template, { image_1920: b64png(600, 400, 1) });
    hub = await startTestHub('media_images', { env: odooEnv(sim) });
    await pull();
  }, 60_000);
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  const [first, second, third] = [0, 1, 2].map((i) => () => [...skus.keys()][i]!);

  it('gives a product with a picture a URL per size, and a product without one null, from the product row alone', async () => {
    const url = await imageUrl(first(), 256);
    expect(url).toMatch(/^\/media\/[0-9a-f]{40}\/256$/);
    expect(await imageUrl(first())).toBe(url!.replace(/256$/, '1920'));
    expect(await imageUrl(second(), 256)).toBeNull();
    const list = await hub.request(ProductListImages, {});
    expect(list.errors).toBeUndefined();
    const bySku = new Map(list.data!.products.nodes.map((n) => [n.externalId, n]));
    expect(bySku.get(first())!.small).toBe(url!.replace(/256$/, '128'));
    expect(bySku.get(second())).toMatchObject({ small: null, large: null });
    // The product's data names the picture by its checksum, never by its bytes.
    const product = await hub.request(ProductImages, { externalId: first() });
    expect(product.data!.product!.currentData.image).toBe(url!.split('/')[2]);
    expect(JSON.stringify(product.data!.product!.currentData).length).toBeLessThan(2000);
  });

  it('serves the PNG at the size asked (never enlarged) with immutable caching, from Odoo once', async () => {
    const url = (await imageUrl(first(), 256))!;
    sim.clearCalls();
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = res.headers.get('etag');
    expect(etag).toBe(`"${url.split('/')[2]}-256"`);
    expect(pngSize(Buffer.from(await res.arrayBuffer()))).toEqual({ width: 256, height: 171 });
    expect(odooCalls()).toEqual(['ir.attachment.search_read', 'ir.attachment.search_read']);

    sim.clearCalls();
    const again = await get(url);
    expect(again.status).toBe(200);
    expect(pngSize(Buffer.from(await again.arrayBuffer()))).toEqual({ width: 256, height: 171 });
    const revalidated = await get(url, { 'if-none-match': etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(etag);
    expect(odooCalls()).toEqual([]);
    // /metrics counts them under one route label, whatever the checksum.
    const metrics = await get('/metrics', { authorization: `Bearer ${hub.adminToken}` }).then((r) => r.text());
    const served = metrics
      .split('\n')
      .filter((l) => l.startsWith('http_requests_total') && l.includes('route="/media"'));
    expect(served.some((l) => l.includes('status="200"'))).toBe(true);
    expect(served.some((l) => l.includes('status="304"'))).toBe(true);

    // Odoo's sizes of a 600×400 picture: 1920 and 1024 keep it, 512 and 128 shrink it.
    for (const [size, expected] of [
      [1920, { width: 600, height: 400 }],
      [1024, { width: 600, height: 400 }],
      [512, { width: 512, height: 341 }],
      [128, { width: 128, height: 85 }],
    ] as const) {
      const sized = await get((await imageUrl(first(), size))!);
      expect(pngSize(Buffer.from(await sized.arrayBuffer()))).toEqual(expected);
    }
  });

  it('reads a picture from Odoo once for concurrent first requests', async () => {
    const url = (await imageUrl(first(), 1024))!;
    // Drop the stored copy (if an earlier test stored it), so the next requests are all first requests.
    const checksum = url.split('/')[2]!;
    await hub.app.orm.em.fork().getConnection().execute(`delete from "media_image" where "checksum" = ?`, [checksum]);
    sim.clearCalls();
    const answers = await Promise.all(Array.from({ length: 6 }, () => get(url)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const bodies = await Promise.all(answers.map(async (a) => Buffer.from(await a.arrayBuffer()).toString('base64')));
    expect(new Set(bodies).size).toBe(1);
    expect(odooCalls()).toEqual(['ir.attachment.search_read', 'ir.attachment.search_read']);
  });

  it('gives a changed picture a new URL and the product an event naming `image`, within one pull', async () => {
    const sub = subscribe(hub.url, hub.adminToken, OnProductImage, {});
    try {
      await untilLive(sub, () =>
        ingestProducts(hub.app.orm.em.fork(), [{ externalId: 'POKE-MEDIA', data: { poke: ++pokes } }]),
      );
      const before = (await imageUrl(first(), 256))!;
      expect((await get(before)).status).toBe(200);
      sim.env.write('product.template', skus.get(first())!.template, { image_1920: b64png(800, 800, 2) });
      sim.env.write('product.template', skus.get(second())!.template, { image_1920: b64png(64, 48, 3) });
      const report = await pull();
      expect(
        report.changes
          .filter((c) => c.changedFields.includes('image'))
          .map((c) => c.externalId)
          .sort(),
      ).toEqual([first(), second()].sort());
      const events = new Map<string, string[]>();
      while (events.size < 2) {
        const { data, errors } = await sub.next(5000);
        if (errors) throw new Error(JSON.stringify(errors));
        const change = data!.entityChanged;
        if (change.externalId !== 'POKE-MEDIA') events.set(change.externalId, change.changedFields);
      }
      expect(events.get(first())).toEqual(['image']);
      expect(events.get(second())).toEqual(['image']);

      const after = (await imageUrl(first(), 256))!;
      expect(after).not.toBe(before);
      expect(pngSize(Buffer.from(await (await get(after)).arrayBuffer()))).toEqual({ width: 256, height: 256 });
      // A picture smaller than every size is every size.
      expect(pngSize(Buffer.from(await (await get((await imageUrl(second(), 256))!)).arrayBuffer()))).toEqual({
        width: 64,
        height: 48,
      });
      // What a URL answered never changes: the old one still gives the old picture (it is stored).
      expect(pngSize(Buffer.from(await (await get(before)).arrayBuffer()))).toEqual({ width: 256, height: 171 });
    } finally {
      await sub.close();
    }
  });

  it('shows a variant its own picture, and its template’s when it has none (product_product.py)', async () => {
    const env = sim.env;
    const template = env.create('product.template', { name: 'Shirt' });
    const red = env.search('product.product', [['product_tmpl_id', '=', template]])[0]!;
    env.write('product.product', red, { default_code: 'SHIRT-RED' });
    const blue = env.create('product.product', { product_tmpl_id: template, default_code: 'SHIRT-BLUE' });
    // The template has no picture: written through a variant, it lands on the template.
    env.write('product.product', blue, { image_1920: b64png(300, 300, 4) });
    expect(env.read('product.product', blue, ['image_variant_1920'])[0]!.image_variant_1920).toBe(false);
    // Now the template has one and two variants are active: the variant gets its own.
    env.write('product.product', blue, { image_1920: b64png(300, 150, 5) });
    await pull();
    const redUrl = (await imageUrl('SHIRT-RED', 256))!;
    const blueUrl = (await imageUrl('SHIRT-BLUE', 256))!;
    expect(redUrl).not.toBe(blueUrl);
    expect(pngSize(Buffer.from(await (await get(redUrl)).arrayBuffer()))).toEqual({ width: 256, height: 256 });
    expect(pngSize(Buffer.from(await (await get(blueUrl)).arrayBuffer()))).toEqual({ width: 256, height: 128 });
  });

  it('refuses sizes Odoo does not have, and URLs no product shows, without asking Odoo', async () => {
    const bad = await hub.request(ProductImages, { externalId: first(), size: 300 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/128, 256, 512, 1024, 1920/);
    const checksum = (await imageUrl(first(), 256))!.split('/')[2]!;
    sim.clearCalls();
    for (const path of [
      `/media/${'0'.repeat(40)}/256`,
      `/media/${checksum}/300`,
      `/media/${checksum}/abc`,
      '/media/x/256',
    ]) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    }
    expect(odooCalls()).toEqual([]);
  });

  it('gives a product whose picture Odoo removed a null imageUrl and an event naming `image`', async () => {
    const sku = [...skus.keys()][1]!;
    expect(await imageUrl(sku)).not.toBeNull();
    sim.env.write('product.template', skus.get(sku)!.template, { image_1920: false });
    const report = await pull();
    expect(report.changes.find((c) => c.externalId === sku)?.changedFields).toEqual(['image']);
    expect(await imageUrl(sku)).toBeNull();
    const product = await hub.request(ProductImages, { externalId: sku });
    expect(product.data!.product!.currentData).not.toHaveProperty('image');
  });

  it('answers 503 with Retry-After while Odoo is unreachable on a first fetch, and the picture once it is back', async () => {
    sim.env.write('product.template', skus.get(third())!.template, { image_1920: b64png(200, 100, 6) });
    await pull();
    const url = (await imageUrl(third(), 128))!;
    await sim.goOffline();
    try {
      const res = await get(url);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('30');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/try again later/);
    } finally {
      await sim.goOnline();
    }
    const back = await get(url);
    expect(back.status).toBe(200);
    expect(pngSize(Buffer.from(await back.arrayBuffer()))).toEqual({ width: 128, height: 64 });
  });

  it('answers 404 for a picture Odoo replaced after the pull, once asked (the next pull gives the new URL)', async () => {
    const url = (await imageUrl(third(), 512))!;
    sim.env.write('product.template', skus.get(third())!.template, { image_1920: b64png(100, 100, 7) });
    const res = await get(url);
    expect(res.status).toBe(404);
    await pull();
    const fresh = (await imageUrl(third(), 512))!;
    expect(fresh).not.toBe(url);
    expect((await get(fresh)).status).toBe(200);
  });
});

describe.each([
  [16, 'jsonrpc'],
  [19, 'json2'],
] as const)('product pictures from Odoo %i over %s', (version, protocol) => {
  let sim: OdooSimulator;
  let hub: TestHub;
  beforeAll(async () => {
    sim = await startOdooSimulator({
      version,
      seed: { products: 2, partners: 0, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
    });
    const [row] = sim.env.records('product.product', ['product_tmpl_id']);
    sim.env.write('product.template', (row!.product_tmpl_id as [number])[0], { image_1920: b64png(320, 240, 8) });
    hub = await startTestHub(`media_images_${version}`, { env: { ...odooEnv(sim), ODOO_PROTOCOL: protocol } });
    await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
  }, 60_000);
  afterAll(async () => {
    await hub?.close();
    await sim?.close();
  });

  it('pulls the checksum and serves the picture at its size', async () => {
    const res = await hub.request(ProductListImages, {});
    const urls = res.data!.products.nodes.map((n) => n.small);
    expect(urls.filter((u) => u === null)).toHaveLength(1);
    const url = urls.find((u) => u !== null)!;
    const image = await fetch(`${hub.url}${url}`);
    expect(image.status).toBe(200);
    expect(pngSize(Buffer.from(await image.arrayBuffer()))).toEqual({ width: 128, height: 96 });
  });
});
