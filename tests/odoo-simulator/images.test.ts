import { createHash } from 'node:crypto';
import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { generatePng, pngSize } from '../../tools/odoo-simulator/png.js';
import { call, callError } from './wire.js';

type Rec = Record<string, unknown>;

const sizeOf = (b64: unknown) => pngSize(Buffer.from(b64 as string, 'base64'));

describe.each([16, 17, 18, 19] as const)('Odoo %i simulator, product images', (version) => {
  let sim: OdooSimulator;
  let template: number;
  let variant: number;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version });
    template = sim.env.create('product.template', { name: 'Poster' });
    variant = sim.env.search('product.product', [['product_tmpl_id', '=', template]])[0]!;
  });
  afterAll(() => sim.close());

  it('stores image_1920 at most 1920 px and image_1024…128 as shrunk copies, in base64, never enlarged', async () => {
    // Wide, so that rounding shows: Pillow's thumbnail picks the height whose ratio is nearest (26, not 25.6 → 25).
    const source = generatePng(3000, 300, 1);
    await call(sim, 'product.template', 'write', [[template], { image_1920: source.toString('base64') }]);
    const fields = ['image_1920', 'image_1024', 'image_512', 'image_256', 'image_128'];
    const [row] = await call<Rec[]>(sim, 'product.template', 'read', [[template], fields]);
    expect(fields.map((f) => sizeOf(row![f]))).toEqual([
      { width: 1920, height: 192 },
      { width: 1024, height: 102 },
      { width: 512, height: 51 },
      { width: 256, height: 26 },
      { width: 128, height: 13 },
    ]);
    // The variant shows its template's picture (product_product.py `_compute_image_*`).
    const [shown] = await call<Rec[]>(sim, 'product.product', 'read', [[variant], ['image_256', 'image_variant_256']]);
    expect(shown!.image_256).toBe(row!.image_256);
    expect(shown!.image_variant_256).toBe(false);

    const small = generatePng(100, 80, 2);
    await call(sim, 'product.template', 'write', [[template], { image_1920: small.toString('base64') }]);
    const [again] = await call<Rec[]>(sim, 'product.template', 'read', [[template], ['image_1920', 'image_128']]);
    // Nothing to shrink: Odoo keeps the bytes as they came (ImageProcess.image_quality returns the source).
    expect(again!.image_1920).toBe(small.toString('base64'));
    expect(again!.image_128).toBe(small.toString('base64'));
  });

  it('reads a binary field as its human size under bin_size, and keeps each image as an ir.attachment with a SHA-1 checksum', async () => {
    const bytes = generatePng(300, 200, 3);
    await call(sim, 'product.template', 'write', [[template], { image_1920: bytes.toString('base64') }]);
    const [sized] = await call<Rec[]>(sim, 'product.template', 'read', [[template], ['image_1920']], {
      context: { bin_size: true },
    });
    expect(sized!.image_1920).toMatch(/^\d+\.\d\d (bytes|Kb)$/);
    // A search naming no res_field finds no field attachment (ir_attachment.py `_search`).
    const hidden = await call<Rec[]>(sim, 'ir.attachment', 'search_read', [[['res_model', '=', 'product.template']]], {
      fields: ['id'],
    });
    expect(hidden).toEqual([]);
    const [attachment] = await call<Rec[]>(
      sim,
      'ir.attachment',
      'search_read',
      [
        [
          ['res_model', '=', 'product.template'],
          ['res_id', '=', template],
          ['res_field', '=', 'image_1920'],
        ],
      ],
      { fields: ['checksum', 'file_size', 'mimetype'] },
    );
    expect(attachment).toMatchObject({
      checksum: createHash('sha1').update(bytes).digest('hex'),
      file_size: bytes.length,
      mimetype: 'image/png',
    });
  });

  it('writes a variant picture on the template, or on the variant once the template has one and a sibling', async () => {
    const t = sim.env.create('product.template', { name: 'Mug' });
    const [a] = sim.env.search('product.product', [['product_tmpl_id', '=', t]]);
    const b = sim.env.create('product.product', { product_tmpl_id: t });
    const first = generatePng(40, 40, 4).toString('base64');
    const second = generatePng(50, 40, 5).toString('base64');
    await call(sim, 'product.product', 'write', [[b], { image_1920: first }]);
    const read = (id: number) =>
      call<Rec[]>(sim, 'product.product', 'read', [[id], ['image_1920', 'image_variant_1920']]).then((r) => r[0]!);
    expect(await read(b)).toMatchObject({ image_1920: first, image_variant_1920: false });
    await call(sim, 'product.product', 'write', [[b], { image_1920: second }]);
    expect(await read(b)).toMatchObject({ image_1920: second, image_variant_1920: second });
    expect(await read(a!)).toMatchObject({ image_1920: first, image_variant_1920: false });
  });

  it('refuses bytes that are not an image, as Odoo does', async () => {
    const error = await callError(sim, 'product.template', 'write', [
      [template],
      { image_1920: Buffer.from('not an image').toString('base64') },
    ]);
    expect(error.name).toBe('odoo.exceptions.UserError');
    expect(error.message).toMatch(/could not be decoded as an image/);
  });
});
