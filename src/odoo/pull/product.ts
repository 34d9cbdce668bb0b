import { EntityType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { ingestPricelistItems, ingestProducts } from '../../ingest/ingest.service.js';
import type { PricelistItemIngest, ProductIngest } from '../../ingest/ingest.types.js';
import type { OdooClient, RawRecord } from '../odoo-client.js';
import { normalizeRecord } from '../odoo-values.js';
import type { Translations } from '../../domain/translated-fields.js';
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
];

/**
 * product.product records as products plus their `list_price` PricelistItems;
 * a product's picture is in data as its checksum (`image`, product-images.ts), never its bytes.
 */
function productWriter(
  page: RawRecord[],
  translations: Map<number, Translations>,
  images: Map<number, string>,
): PageWriter {
  // The sales price goes to a PricelistItem, never into product data, so a price change does not rewrite the product.
  const products: ProductIngest[] = page.map((r) => ({
    externalId: skuOf(r.default_code, r.id),
    odooId: r.id,
    data: withTranslations(
      normalizeRecord(r, {
        booleans: ['active'],
        omit: ['id', 'lst_price', 'list_price', 'qty_available', 'virtual_available'],
        // The template's display name follows its variants' codes (and their
        // archiving), so keeping it would report changes this product never had.
        idOnly: ['product_tmpl_id'],
      }),
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

/**
 * The companions of the registry's entry, by model (a companion the registry
 * names without a source here is a compile error).
 */
const COMPANIONS: { readonly [M in (typeof companions)[number]]: Omit<PullSource, 'model'> } = {
  /**
   * A template's own fields (name, sales price, category, description, type)
   * are written on product.template alone: Odoo does not move its variants'
   * write_date. So templates are pulled too, and their variants read again;
   * the diff finds the ones that did not change. Read a chunk of templates
   * at a time; sorted by id over all chunks, so that of two variants sharing
   * a SKU the same one wins whatever the chunk size.
   */
  'product.template': {
    fields: ['id'],
    domain: [],
    async load(odoo, page) {
      const variants = await odoo.searchReadIn(
        model,
        'product_tmpl_id',
        page.map((t) => t.id),
        [],
        { fields: PRODUCT_FIELDS, context: WITH_ARCHIVED },
      );
      const sorted = variants.sort((a, b) => a.id - b.id);
      return productWriter(
        sorted,
        await readTranslations(odoo, 'product.product', sorted),
        await productImageChecksums(odoo, sorted),
      );
    },
  },
};

export const PRODUCTS: PulledModel = {
  entityType: EntityType.PRODUCT,
  model,
  fields: PRODUCT_FIELDS,
  domain: [],
  load: async (odoo, page) =>
    productWriter(page, await readTranslations(odoo, 'product.product', page), await productImageChecksums(odoo, page)),
  companions: companions.map((companion) => ({ model: companion, ...COMPANIONS[companion] })),
};
