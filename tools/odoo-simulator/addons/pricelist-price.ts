/**
 * What a pricelist asks for a product, as Odoo computes it (16–19):
 * addons/product/models/product_pricelist.py `_compute_price_rule` (the first
 * rule of `_get_applicable_rules` that `_is_applicable_for` the product and
 * quantity, in the rules' `_order`) and product_pricelist_item.py
 * `_compute_price` / `_compute_base_price`:
 * - fixed: `fixed_price`;
 * - percentage: base − base × percent_price / 100;
 * - formula: base − base × price_discount / 100 (18+: `-price_markup` for a
 *   cost base, the same number, as price_markup is the negated discount),
 *   then `tools.float_round` to price_round, then + price_surcharge, then at
 *   least base + price_min_margin and at most base + price_max_margin (the
 *   margins measured on the base, not on the discounted price);
 * - no rule: the base price (the sales price).
 * The base is the product's sales price (`lst_price`: list price plus variant
 * extra), its cost (`standard_price`), or another pricelist's price for the
 * same quantity, converted from its currency (the company's, or the other
 * pricelist's) into the pricelist's (`res.currency._convert`, unrounded).
 * Units of measure are the product's own (the simulator's lines never change them).
 */
import { col } from '../orm/compute-helpers.js';
import type { Row } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';

const RULE = 'product.pricelist.item';

/** odoo.tools.float_round(value, precision_rounding=r), HALF-UP (tools/float_utils.py). */
export function floatRound(value: number, rounding: number): number {
  if (rounding === 0 || value === 0) return 0;
  const normalized = value / rounding;
  const sign = Math.sign(normalized);
  const epsilon = 2 ** (Math.log2(Math.abs(normalized)) - 52);
  // Python's round() of a value nudged off the tie: half away from zero.
  const rounded = sign * Math.round(Math.abs(normalized + sign * epsilon));
  return rounded * rounding;
}

/** res.currency._convert(amount, to, company, date, round=False): amount × to.rate / from.rate. */
function convert(env: SimEnv, amount: number, from: number | null, to: number | null): number {
  if (from === null || to === null || from === to) return amount;
  const rate = (id: number) => (col(env, 'res.currency', id, 'rate') as number | null) ?? 1;
  return (amount * rate(to)) / rate(from);
}

/**
 * `_get_applicable_rules`: the pricelist's rules for the product's category
 * (or one above it), template and variant, valid on `date` (both ends
 * included), in the model's order (applied_on, min_quantity desc, categ_id
 * desc, id desc), archived ones too (`active_test=False`).
 */
function applicableRules(env: SimEnv, pricelistId: number, productId: number, date: string): Row[] {
  const template = col(env, 'product.product', productId, 'product_tmpl_id');
  const categ = col(env, 'product.template', template, 'categ_id');
  const ids = env.searchIds(
    RULE,
    [
      ['pricelist_id', '=', pricelistId],
      '|',
      ['categ_id', '=', false],
      ['categ_id', 'parent_of', categ === null ? [] : [categ]],
      '|',
      ['product_tmpl_id', '=', false],
      ['product_tmpl_id', 'in', [template]],
      '|',
      ['product_id', '=', false],
      ['product_id', 'in', [productId]],
      '|',
      ['date_start', '=', false],
      ['date_start', '<=', date],
      '|',
      ['date_end', '=', false],
      ['date_end', '>=', date],
    ],
    { activeTest: false },
  );
  return ids.map((id) => env.row(RULE, id)!);
}

/** `_is_applicable_for(product, qty)` (16, 18: by applied_on; a category rule takes its subcategories). */
function isApplicableFor(env: SimEnv, rule: Row, productId: number, qty: number): boolean {
  const minQuantity = (rule.min_quantity as number) ?? 0;
  if (minQuantity && qty < minQuantity) return false;
  const template = col(env, 'product.product', productId, 'product_tmpl_id');
  if (rule.applied_on === '2_product_category') {
    for (let c = col(env, 'product.template', template, 'categ_id'); c !== null;) {
      if (c === rule.categ_id) return true;
      c = col(env, 'product.category', c, 'parent_id');
    }
    return false;
  }
  if (rule.applied_on === '1_product') return template === rule.product_tmpl_id;
  if (rule.applied_on === '0_product_variant') return productId === rule.product_id;
  return true;
}

/** `_compute_base_price`: the rule's base, in `currency`. */
function basePrice(
  env: SimEnv,
  rule: Row | null,
  productId: number,
  qty: number,
  date: string,
  currency: number | null,
) {
  const base = (rule?.base as string | undefined) ?? 'list_price';
  if (rule && base === 'pricelist' && typeof rule.base_pricelist_id === 'number') {
    const other = rule.base_pricelist_id;
    const price = pricelistRulePrice(env, other, productId, qty, date).price;
    return convert(env, price, col(env, 'product.pricelist', other, 'currency_id') as number | null, currency);
  }
  if (base === 'standard_price') {
    const cost = (env.get('product.product', productId, 'standard_price') as number) ?? 0;
    return convert(env, cost, env.get('product.product', productId, 'cost_currency_id') as number | null, currency);
  }
  const sales = (env.get('product.product', productId, 'lst_price') as number) ?? 0;
  return convert(env, sales, env.get('product.product', productId, 'currency_id') as number | null, currency);
}

/** `_compute_price` of one rule (or of none: the base price). */
function rulePrice(
  env: SimEnv,
  rule: Row | null,
  productId: number,
  qty: number,
  date: string,
  currency: number | null,
) {
  const n = (field: string) => ((rule?.[field] as number | null) ?? 0) || 0;
  if (rule?.compute_price === 'fixed') return n('fixed_price');
  const base = basePrice(env, rule, productId, qty, date, currency);
  if (rule?.compute_price === 'percentage') return base - base * (n('percent_price') / 100) || 0;
  if (rule?.compute_price !== 'formula') return base;
  let price = base - base * (n('price_discount') / 100) || 0;
  if (n('price_round')) price = floatRound(price, n('price_round'));
  if (n('price_surcharge')) price += n('price_surcharge');
  if (n('price_min_margin')) price = Math.max(price, base + n('price_min_margin'));
  if (n('price_max_margin')) price = Math.min(price, base + n('price_max_margin'));
  return price;
}

/**
 * `pricelist._compute_price_rule(product, qty, date=date)[product.id]`: the
 * price (unrounded, in the pricelist's currency) and the rule that gave it.
 */
export function pricelistRulePrice(
  env: SimEnv,
  pricelistId: number,
  productId: number,
  qty: number,
  date: string,
): { price: number; ruleId: number | null } {
  const currency = col(env, 'product.pricelist', pricelistId, 'currency_id') as number | null;
  const rule = applicableRules(env, pricelistId, productId, date).find((r) => isApplicableFor(env, r, productId, qty));
  return { price: rulePrice(env, rule ?? null, productId, qty, date, currency), ruleId: rule?.id ?? null };
}
