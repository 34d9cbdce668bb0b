import { EntityType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { ingestPricelistItems, ingestProducts } from '../../ingest/ingest.service.js';
import type { PricelistItemIngest, ProductIngest } from '../../ingest/ingest.types.js';
import type { OdooClient, RawRecord } from '../odoo-client.js';
import { normalizeRecord } from '../odoo-values.js';
import { readVariantDetails, templateKeyOf, VARIANT_DETAIL_FIELDS, WEBSITE_SALE_FIELDS } from './product-variants.js';
import { readTranslations, withTranslations } from './translations.js';
import { IMAGE_DATA_KEY, productImageChecksums } from './product-images.js';
import {
  byExternalId,
  byPriceKey,
  inBatches,
  keyOf,
  WITH_ARCHIVED,
  type PageWriter,
  type PulledModel,
  type PullSource,
} from './pull-source.js';

const { model, companions } = SYNCABLE_TYPES[EntityType.PRODUCT].pull;

/** A product.product's SKU: its `default_code`, or `odoo:product.product:<id>` when it has none. */
export const skuOf = (defaultCode: unknown, id: number): string => keyOf(defaultCode, model, id);

/** SKUs of product.product ids (read `readChunk` ids a call). */
export async function productKeys(odoo: OdooClient, productIds: number[]): Promise<Map<number, string>> {
  const rows = await odoo.read(model, productIds, ['default_code'], WITH_ARCHIVED);
  return new Map(rows.map((r) => [r.id, skuOf(r.default_code, r.id)]));
}

const PRODUCT_FIELDS = [
  'name',
  'default_code',
  'barcode',
  'active',
  'type',
  'categ_id',
  'description_sale',
  'product_tmpl_id',
  'lst_price',
  'list_price',
  ...VARIANT_DETAIL_FIELDS,
];

/** product.product's fields in this Odoo: website_sale's when it is installed. */
async function productFields(odoo: OdooClient): Promise<string[]> {
  const fields = await odoo.fields(model);
  return [...PRODUCT_FIELDS, ...WEBSITE_SALE_FIELDS.filter((f) => Object.hasOwn(fields, f))];
}

/**
 * product.product records as products plus their `list_price` PricelistItems;
 * a product's picture is in data as its checksum (`image`, product-images.ts), never its bytes.
 */
async function loadProducts(odoo: OdooClient, page: RawRecord[]): Promise<PageWriter> {
  const [details, translations, images] = await Promise.all([
    readVariantDetails(odoo, page),
    readTranslations(odoo, 'product.product', page),
    productImageChecksums(odoo, page),
  ]);
  // The sales price goes to a PricelistItem, never into product data, so a price change does not rewrite the product.
  const products: ProductIngest[] = page.map((r) => ({
    externalId: skuOf(r.default_code, r.id),
    odooId: r.id,
    templateExternalId: templateKeyOf(r.product_tmpl_id),
    data: withTranslations(
      {
        ...normalizeRecord(r, {
          booleans: ['active', 'sale_ok', 'is_published'],
          omit: ['id', 'lst_price', 'list_price', 'qty_available', 'virtual_available', ...DETAIL_KEYS],
          // The template's display name follows its variants' codes (and their
          // archiving), so keeping it would report changes this product never had.
          idOnly: ['product_tmpl_id'],
        }),
        ...details(r),
      },
      translations.get(r.id),
    ),
  }));
  for (const [i, r] of page.entries()) if (images.has(r.id)) products[i]!.data[IMAGE_DATA_KEY] = images.get(r.id)!;
  const prices: PricelistItemIngest[] = page
    .filter((r) => typeof (r.lst_price ?? r.list_price) === 'number')
    .map((r) => ({
      pricelistExternalId: 'list_price',
      productExternalId: skuOf(r.default_code, r.id),
      price: String(r.lst_price ?? r.list_price),
    }));
  return async (tx) => [
    await inBatches(products, byExternalId, (b) => ingestProducts(tx, b)),
    await inBatches(prices, byPriceKey, (b) => ingestPricelistItems(tx, b)),
  ];
}

/** Raw fields that product data holds in another shape (product-variants.ts). */
const DETAIL_KEYS = ['product_template_attribute_value_ids', 'public_categ_ids', 'uom_id'];

/**
 * A companion whose changed records are found on the variants through `field`
 * (a many2one, a many2many, or a path through them): it reads their ids, and
 * the variants that hold them (archived ones too) again, in id order.
 */
function variantsThrough(
  field: string,
  options: {
    widen?: (odoo: OdooClient, ids: number[]) => Promise<number[]>;
    /** One of its records stands for many products: read after the cursor only (pull-source.ts). */
    broad?: boolean;
  } = {},
): Omit<PullSource, 'model'> {
  const widen = options.widen ?? (async (_odoo: OdooClient, ids: number[]) => ids);
  return {
    fields: ['id'],
    domain: [],
    ...(options.broad ? { afterCursorOnly: true } : {}),
    async load(odoo, page) {
      const values = await widen(
        odoo,
        page.map((r) => r.id),
      );
      const variants = await odoo.searchReadIn(model, field, values, [], {
        fields: await productFields(odoo),
        context: WITH_ARCHIVED,
      });
      return loadProducts(
        odoo,
        variants.sort((a, b) => a.id - b.id),
      );
    },
  };
}

/**
 * The companions of the registry's entry, by model (a companion the registry
 * names without a source here is a compile error).
 */
const COMPANIONS: { readonly [M in (typeof companions)[number]]: Omit<PullSource, 'model'> } = {
  /**
   * A template's own fields (name, sales price, category, description, type,
   * sale_ok, is_published, unit) are written on product.template alone: Odoo
   * does not move its variants' write_date. So templates are pulled too, and
   * their variants read again; the diff finds the ones that did not change.
   * Read a chunk of templates at a time; sorted by id over all chunks, so that
   * of two variants sharing a SKU the same one wins whatever the chunk size.
   */
  'product.template': variantsThrough('product_tmpl_id'),
  /**
   * A value's `price_extra` lives on product.template.attribute.value: writing
   * it moves the ptav's write_date and no variant's, yet changes the variants'
   * `lst_price` (and their data's `attributes`).
   */
  'product.template.attribute.value': variantsThrough('product_template_attribute_value_ids'),
  /** A value renamed ("XL" → "Extra large") is written on product.attribute.value alone. */
  'product.attribute.value': variantsThrough('product_template_attribute_value_ids.product_attribute_value_id', {
    broad: true,
  }),
  /** An attribute renamed ("Colour" → "Color"): every variant with one of its values. */
  'product.attribute': variantsThrough('product_template_attribute_value_ids.attribute_id', { broad: true }),
  /** A unit renamed, or its factor changed: the variants sold in it. */
  'uom.uom': variantsThrough('uom_id', { broad: true }),
  /**
   * website_sale (skipped where it is not installed): a category renamed or
   * moved changes the path of every product in it and under it.
   */
  'product.public.category': variantsThrough('public_categ_ids', {
    broad: true,
    // The products of its subcategories too: their paths name it.
    widen: (odoo, ids) => odoo.search('product.public.category', [['id', 'child_of', ids]], { context: WITH_ARCHIVED }),
  }),
};

export const PRODUCTS: PulledModel = {
  entityType: EntityType.PRODUCT,
  model,
  fields: PRODUCT_FIELDS,
  optionalFields: WEBSITE_SALE_FIELDS,
  domain: [],
  load: loadProducts,
  companions: companions.map((companion) => ({ model: companion, ...COMPANIONS[companion] })),
};
