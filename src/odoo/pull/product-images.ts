import type { OdooClient, RawRecord } from '../odoo-client.js';
import { inChunks } from '../odoo-client.js';
import { many2oneId } from '../odoo-values.js';

/**
 * Which picture a product shows, without downloading it. Odoo keeps each
 * image field as an ir.attachment (`res_model`, `res_id`, `res_field`) whose
 * `checksum` is the SHA-1 of the bytes (odoo/addons/base/models/ir_attachment.py
 * `_compute_checksum`). A variant shows its own `image_variant_1920`, else its
 * template's `image_1920` (product/models/product_product.py `_compute_image_1920`).
 * Reading `image_1920` itself would move megabytes per page; under `bin_size`
 * it reads as a size ("12.34 Kb"), which two pictures can share. The checksum
 * is exact and costs one search_read per chunk of a page.
 *
 * A search on ir.attachment that names `res_field` sees field attachments
 * (`_search` hides them otherwise); the API user needs read access to the
 * products, as for the products themselves.
 */
export const IMAGE_DATA_KEY = 'image';

/**
 * What the hub reads of ir.attachment, here and in product-image-source.ts:
 * read access to it (base.group_user has it) is a right the pull needs.
 */
export const ATTACHMENT_READS = {
  model: 'ir.attachment',
  fields: ['res_model', 'res_id', 'res_field', 'checksum', 'datas'],
};

/** Where a product's 1920 image lives in Odoo, by model. */
export const IMAGE_SOURCE_FIELDS = {
  'product.product': 'image_variant_1920',
  'product.template': 'image_1920',
} as const;

/** The SHA-1 checksum of each variant's picture (variants without one are absent). */
export async function productImageChecksums(odoo: OdooClient, variants: RawRecord[]): Promise<Map<number, string>> {
  const own = new Map<number, string>();
  const ofTemplate = new Map<number, string>();
  for (const chunk of inChunks(variants, odoo.readChunk)) {
    const variantIds = chunk.map((v) => v.id);
    const templateIds = [...new Set(chunk.map((v) => many2oneId(v.product_tmpl_id)).filter((id) => id !== null))];
    const domain = [
      '|',
      '&',
      '&',
      ['res_model', '=', 'product.product'],
      ['res_field', '=', IMAGE_SOURCE_FIELDS['product.product']],
      ['res_id', 'in', variantIds],
      '&',
      '&',
      ['res_model', '=', 'product.template'],
      ['res_field', '=', IMAGE_SOURCE_FIELDS['product.template']],
      ['res_id', 'in', templateIds],
    ];
    const attachments = await odoo.searchRead('ir.attachment', domain, { fields: ['res_model', 'res_id', 'checksum'] });
    for (const a of attachments) {
      if (typeof a.checksum !== 'string' || typeof a.res_id !== 'number') continue;
      (a.res_model === 'product.product' ? own : ofTemplate).set(a.res_id, a.checksum);
    }
  }
  const result = new Map<number, string>();
  for (const v of variants) {
    const checksum = own.get(v.id) ?? ofTemplate.get(many2oneId(v.product_tmpl_id) ?? 0);
    if (checksum) result.set(v.id, checksum);
  }
  return result;
}
