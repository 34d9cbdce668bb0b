/**
 * What a product's data holds beyond its own fields (issue 16): its attribute
 * values, its shop categories, its sales unit. Each is read for a whole page
 * of variants at once (one call per related model, `readChunk` ids a call),
 * before anything is written. A variant's values are listed in its attributes'
 * order (`sequence`, then id), as Odoo's configurator shows them.
 *
 * Odoo's shapes, read from its source:
 *  - A variant's attribute values are its `product_template_attribute_value_ids`
 *    (product.template.attribute.value, "ptav": a value on one template, with
 *    its own `price_extra`; product/models/product_template_attribute_value.py,
 *    in product_attribute.py in 16). Its price is the template's list_price plus
 *    the sum of those price_extra (product_product.py `_compute_product_price_extra`,
 *    `_compute_product_lst_price`): the pull reads `lst_price`, which Odoo computes so.
 *  - With website_sale, `public_categ_ids` (product.public.category), whose
 *    display_name is the category's path, "Clothing / Shirts"
 *    (website_sale/models/product_public_category.py); without it, the
 *    internal category `categ_id` (its display_name is `complete_name`, a path too).
 *  - `uom_id` (uom.uom): the unit it is sold in, and its `factor` to the
 *    reference unit of its category.
 */
import type { OdooClient, RawRecord } from '../odoo-client.js';
import { many2oneId } from '../odoo-values.js';
import { ids, keyOf, WITH_ARCHIVED } from './pull-source.js';

const PTAV = 'product.template.attribute.value';
const PUBLIC_CATEGORY = 'product.public.category';

/** product.product fields the details below are made of. */
export const VARIANT_DETAIL_FIELDS = ['sale_ok', 'uom_id', 'product_template_attribute_value_ids'];
/** Fields of website_sale (read when this Odoo has them). */
export const WEBSITE_SALE_FIELDS = ['public_categ_ids', 'is_published'];

/** One attribute value of a variant, as product data holds it. */
export interface VariantAttribute {
  /** The attribute's name (product.attribute `name`): "Size". */
  attribute: string;
  /** The value's name: "XL". */
  value: string;
  /** The ptav's `price_extra`: what this value adds to the template's list price. */
  priceExtra: number;
  /** product.attribute `display_type` (radio, pills, select, color; multi 17+; image 18+). */
  displayType: string | null;
  /** The colour of a `color` value (`html_color`), when it has one. */
  htmlColor?: string;
}

/** A variant's template business key: templates have none in Odoo, so `odoo:product.template:<id>`. */
export const templateKeyOf = (template: unknown): string | null => {
  const id = many2oneId(template);
  return id === null ? null : keyOf(null, 'product.template', id);
};

/** The name of a many2one pair `[id, name]`. */
const many2oneName = (value: unknown): string | null =>
  Array.isArray(value) && typeof value[1] === 'string' ? value[1] : null;

const idList = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];

/** The data keys a variant gets besides its own fields, for a page of raw variants. */
export type VariantDetails = (variant: RawRecord) => Record<string, unknown>;

export async function readVariantDetails(odoo: OdooClient, page: RawRecord[]): Promise<VariantDetails> {
  const ptavIds = [...new Set(page.flatMap((r) => idList(r.product_template_attribute_value_ids)))];
  const categoryIds = [...new Set(page.flatMap((r) => idList(r.public_categ_ids)))];
  const uomIds = ids(page.map((r) => r.uom_id));
  const [ptavs, categories, uoms] = await Promise.all([
    ptavIds.length
      ? odoo.read(PTAV, ptavIds, ['name', 'attribute_id', 'price_extra', 'display_type', 'html_color'], WITH_ARCHIVED)
      : [],
    categoryIds.length ? odoo.read(PUBLIC_CATEGORY, categoryIds, ['display_name']) : [],
    uomIds.length ? odoo.read('uom.uom', uomIds, ['name', 'factor'], WITH_ARCHIVED) : [],
  ]);
  // Odoo lists a variant's values by attribute line, whose order is the attribute's (`sequence, id`).
  const attributeIds = ids(ptavs.map((p) => p.attribute_id));
  const attributes = attributeIds.length ? await odoo.read('product.attribute', attributeIds, ['sequence']) : [];
  const rank = new Map(
    attributes
      .sort((a, b) => Number(a.sequence ?? 0) - Number(b.sequence ?? 0) || a.id - b.id)
      .map((a, i) => [a.id, i]),
  );
  const ptavOf = new Map(ptavs.map((p) => [p.id, p]));
  const rankOf = (ptavId: number) => rank.get(many2oneId(ptavOf.get(ptavId)?.attribute_id) ?? 0) ?? 0;
  const attributeOf = new Map(ptavs.map((p) => [p.id, toAttribute(p)]));
  const pathOf = new Map(categories.map((c) => [c.id, String(c.display_name)]));
  const uomOf = new Map(uoms.map((u) => [u.id, u]));
  return (variant) => {
    const details: Record<string, unknown> = {
      attributes: idList(variant.product_template_attribute_value_ids)
        .sort((a, b) => rankOf(a) - rankOf(b))
        .flatMap((id) => attributeOf.get(id) ?? []),
      uom_id: uomData(variant.uom_id, uomOf),
    };
    if ('public_categ_ids' in variant) {
      details.public_categ_ids = idList(variant.public_categ_ids)
        .flatMap((id) => pathOf.get(id) ?? [])
        .sort();
    }
    return details;
  };
}

function toAttribute(ptav: RawRecord): VariantAttribute {
  const displayType = typeof ptav.display_type === 'string' ? ptav.display_type : null;
  return {
    attribute: many2oneName(ptav.attribute_id) ?? '',
    value: typeof ptav.name === 'string' ? ptav.name : '',
    priceExtra: typeof ptav.price_extra === 'number' ? ptav.price_extra : 0,
    displayType,
    ...(displayType === 'color' && typeof ptav.html_color === 'string' ? { htmlColor: ptav.html_color } : {}),
  };
}

function uomData(value: unknown, uomOf: Map<number, RawRecord>): Record<string, unknown> | null {
  const id = many2oneId(value);
  if (id === null) return null;
  const uom = uomOf.get(id);
  return {
    id,
    name: typeof uom?.name === 'string' ? uom.name : many2oneName(value),
    factor: typeof uom?.factor === 'number' ? uom.factor : null,
  };
}
