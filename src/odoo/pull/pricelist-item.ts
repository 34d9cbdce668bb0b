import { EntityType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { ingestPricelistItems } from '../../ingest/ingest.service.js';
import type { PricelistItemIngest } from '../../ingest/ingest.types.js';
import type { RawRecord } from '../odoo-client.js';
import { many2oneId } from '../odoo-values.js';
import { skuOf } from './product.js';
import { byPriceKey, ids, inBatches, nothingIngested, WITH_ARCHIVED, type PulledModel } from './pull-source.js';

const { model } = SYNCABLE_TYPES[EntityType.PRICELIST_ITEM].pull;

/**
 * Odoo's product.pricelist.item `_order` (applied_on, min_quantity desc,
 * categ_id desc, id desc; categories play no part among product and variant
 * rules): the first applicable rule is the one Odoo prices with.
 */
function ruleOrder(a: RawRecord, b: RawRecord): number {
  return (
    String(a.applied_on).localeCompare(String(b.applied_on)) ||
    Number(b.min_quantity) - Number(a.min_quantity) ||
    b.id - a.id
  );
}

const RULE_FIELDS = [
  'pricelist_id',
  'product_id',
  'product_tmpl_id',
  'applied_on',
  'compute_price',
  'fixed_price',
  'min_quantity',
];

/**
 * Pricelist rules on one product (template) or one variant. A changed rule
 * makes the hub price again every variant of its template on its pricelist,
 * the way Odoo prices one unit: among the rules of that pricelist for the
 * variant or its template with a minimum quantity of at most 1, the first in
 * Odoo's rule order (variant before template, larger minimum quantity first,
 * newer first). When that rule is a fixed price, it becomes the PricelistItem
 * `odoo:product.pricelist:<id>`; other computations (discounts, formulas) and
 * category or global rules are not the hub's to compute.
 */
export const PRICELIST_ITEMS: PulledModel = {
  entityType: EntityType.PRICELIST_ITEM,
  model,
  fields: RULE_FIELDS,
  domain: [['applied_on', 'in', ['0_product_variant', '1_product']]],
  async load(odoo, page) {
    // A variant rule may come without its template (older clients): look it up.
    const variantOnly = ids(page.filter((r) => many2oneId(r.product_tmpl_id) === null).map((r) => r.product_id));
    const templateOf = new Map(
      (await odoo.read('product.product', variantOnly, ['product_tmpl_id'], WITH_ARCHIVED)).map((v) => [
        v.id,
        many2oneId(v.product_tmpl_id),
      ]),
    );
    const pricelists = ids(page.map((r) => r.pricelist_id));
    const templates = [
      ...new Set(
        page
          .map((r) => many2oneId(r.product_tmpl_id) ?? templateOf.get(many2oneId(r.product_id) ?? -1) ?? null)
          .filter((id): id is number => id !== null),
      ),
    ];
    if (!pricelists.length || !templates.length) return () => Promise.resolve([nothingIngested()]);
    const [rules, variants] = await Promise.all([
      odoo.searchRead(
        model,
        [
          ['pricelist_id', 'in', pricelists],
          ['applied_on', 'in', ['0_product_variant', '1_product']],
          ['min_quantity', '<=', 1],
          '|',
          ['product_tmpl_id', 'in', templates],
          ['product_id.product_tmpl_id', 'in', templates],
        ],
        { fields: RULE_FIELDS },
      ),
      odoo.searchRead('product.product', [['product_tmpl_id', 'in', templates]], {
        fields: ['product_tmpl_id', 'default_code'],
        context: WITH_ARCHIVED,
      }),
    ]);
    rules.sort(ruleOrder);
    // Only the pairs the page touched are priced again (the rules read cover their whole templates).
    const touched = new Set(
      page.map(
        (r) =>
          `${many2oneId(r.pricelist_id)}/${many2oneId(r.product_tmpl_id) ?? templateOf.get(many2oneId(r.product_id) ?? -1)}`,
      ),
    );
    const items: PricelistItemIngest[] = [];
    for (const pricelist of pricelists) {
      for (const v of variants) {
        const template = many2oneId(v.product_tmpl_id);
        if (!touched.has(`${pricelist}/${template}`)) continue;
        const winner = rules.find(
          (r) =>
            many2oneId(r.pricelist_id) === pricelist &&
            (r.applied_on === '0_product_variant'
              ? many2oneId(r.product_id) === v.id
              : many2oneId(r.product_tmpl_id) === template),
        );
        if (winner?.compute_price !== 'fixed') continue;
        items.push({
          pricelistExternalId: `odoo:product.pricelist:${pricelist}`,
          productExternalId: skuOf(v.default_code, v.id),
          price: String(winner.fixed_price),
        });
      }
    }
    return async (tx) => [await inBatches(items, byPriceKey, (b) => ingestPricelistItems(tx, b))];
  },
};
