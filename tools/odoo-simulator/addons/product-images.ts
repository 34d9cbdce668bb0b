/**
 * Product pictures, as Odoo keeps them (same in 16–19):
 *  - product.template inherits `image.mixin` (odoo/addons/base/models/image_mixin.py):
 *    `image_1920 = fields.Image(max_width=1920, max_height=1920)` and
 *    `image_1024/512/256/128 = fields.Image(related='image_1920', max_width=N,
 *    max_height=N, store=True)`: resized copies, never enlarged (image-process.ts);
 *  - product.product (product/models/product_product.py) has its own
 *    `image_variant_1920` and resized copies, and `image_1920…image_128`
 *    computed as the variant's image or else the template's (`_compute_image_*`),
 *    written through `_set_template_field`: on the template when the variant
 *    has none and the template has none either, or the template has a single
 *    active variant; on the variant otherwise.
 * Every stored image is an ir.attachment (res_field = the field's name; see
 * ir-attachment.ts), read in base64, or as its size under `bin_size`.
 */
import { binary } from '../orm/fields.js';
import type { ModelExtension } from '../orm/inherit.js';
import type { CacheValue, Context, FieldSpec, Row } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';
import { decodeImage, imageProcess } from '../image-process.js';

export const IMAGE_SIZES = [1920, 1024, 512, 256, 128] as const;

function attachmentOf(env: SimEnv, resModel: string, resField: string, resId: number): Row | undefined {
  for (const row of env.rows('ir.attachment')) {
    if (row.res_id === resId && row.res_field === resField && row.res_model === resModel) return row;
  }
  return undefined;
}

function setAttachment(env: SimEnv, resModel: string, resField: string, resId: number, datas: string | null): void {
  const existing = attachmentOf(env, resModel, resField, resId);
  if (!datas) {
    if (existing) env.unlinkRecords('ir.attachment', [existing.id], {});
  } else if (existing) {
    env.writeRecords('ir.attachment', [existing.id], { datas, mimetype: false }, {});
  } else {
    env.createRecords(
      'ir.attachment',
      [{ name: resField, res_model: resModel, res_field: resField, res_id: resId, type: 'binary', datas }],
      {},
    );
  }
}

/** Writes `<prefix>_1920` and its resized copies (the stored related fields Odoo recomputes). */
function writeImage(env: SimEnv, model: string, ids: number[], prefix: string, value: unknown): void {
  const raw = typeof value === 'string' && value ? Buffer.from(value, 'base64') : null;
  const full = raw?.length ? imageProcess(raw, 1920, 1920) : null;
  // The related fields resize image_1920's stored value (fields.Image `_process_related`).
  const pixels = full && decodeImage(full);
  for (const size of IMAGE_SIZES) {
    const bytes = full && (size === 1920 ? full : imageProcess(full, size, size, pixels!));
    const datas = bytes ? bytes.toString('base64') : null;
    for (const id of ids) setAttachment(env, model, `${prefix}_${size}`, id, datas);
  }
}

const stored = (model: string, field: string) => (env: SimEnv, row: Row) =>
  (attachmentOf(env, model, field, row.id)?.datas ?? null) as CacheValue;

/** The `<prefix>_<size>` fields of one model, `_1920` writable. */
function imageFields(model: string, prefix: string, label: string): Record<string, FieldSpec> {
  const fields: Record<string, FieldSpec> = {};
  for (const size of IMAGE_SIZES) {
    fields[`${prefix}_${size}`] = binary(size === 1920 ? label : `${label} ${size}`, {
      compute: stored(model, `${prefix}_${size}`),
      store: true,
      ...(size === 1920
        ? { inverse: (env: SimEnv, ids: number[], value: unknown) => writeImage(env, model, ids, prefix, value) }
        : { readonly: true }),
    });
  }
  return fields;
}

/** product_product.py `_set_template_field('image_1920', 'image_variant_1920')`. */
function setTemplateImage(env: SimEnv, ids: number[], value: unknown, ctx: Context): void {
  for (const id of ids) {
    const templateId = env.get('product.product', id, 'product_tmpl_id') as number;
    const activeVariants = env.searchIds('product.product', [
      ['product_tmpl_id', '=', templateId],
      ['active', '=', true],
    ]);
    const onTemplate =
      (!value && !env.get('product.product', id, 'image_variant_1920')) ||
      (!!value && !env.get('product.template', templateId, 'image_1920')) ||
      activeVariants.length <= 1;
    if (onTemplate) {
      writeImage(env, 'product.product', [id], 'image_variant', false);
      env.writeRecords('product.template', [templateId], { image_1920: value ?? false }, ctx);
    } else {
      env.writeRecords('product.product', [id], { image_variant_1920: value ?? false }, ctx);
    }
  }
}

/** product.product's `image_<size>`: the variant's own, else its template's (`_compute_image_<size>`). */
function variantImageFields(): Record<string, FieldSpec> {
  const fields: Record<string, FieldSpec> = {};
  for (const size of IMAGE_SIZES) {
    fields[`image_${size}`] = binary(size === 1920 ? 'Image' : `Image ${size}`, {
      compute: (env, row) =>
        (attachmentOf(env, 'product.product', `image_variant_${size}`, row.id)?.datas ??
          env.get('product.template', row.product_tmpl_id as number, `image_${size}`)) as CacheValue,
      ...(size === 1920 ? { inverse: setTemplateImage } : {}),
    });
  }
  return fields;
}

/** Unlinking a record deletes its field attachments (BaseModel.unlink). */
function dropAttachments(model: string) {
  return (env: SimEnv, ids: number[]): void => {
    const gone = new Set(ids);
    const attachments = [...env.rows('ir.attachment')]
      .filter((row) => row.res_model === model && gone.has(row.res_id as number))
      .map((row) => row.id);
    if (attachments.length) env.unlinkRecords('ir.attachment', attachments, {});
  };
}

export const productImageExtensions = (): ModelExtension[] => [
  {
    inherit: 'product.template',
    fields: imageFields('product.template', 'image', 'Image'),
    hooks: { afterUnlink: dropAttachments('product.template') },
  },
  {
    inherit: 'product.product',
    fields: { ...imageFields('product.product', 'image_variant', 'Variant Image'), ...variantImageFields() },
    hooks: { afterUnlink: dropAttachments('product.product') },
  },
];
