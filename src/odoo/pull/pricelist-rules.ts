/**
 * Odoo's pricelist computation, done in the hub from the rules it read
 * (the same in 16–19, read in Odoo's source):
 * addons/product/models/product_pricelist.py `_compute_price_rule` takes the
 * first rule of `_get_applicable_rules` (the pricelist's rules whose
 * category is the product's or one above it, whose template and variant are
 * the product's or empty, valid on the date with both ends included, in the
 * rules' `_order`: applied_on, min_quantity desc, categ_id desc, id desc) that
 * product_pricelist_item.py `_is_applicable_for` the quantity (min_quantity)
 * and scope (applied_on), and prices with its `_compute_price`:
 * fixed: fixed_price; percentage: base − base × percent_price / 100; formula:
 * base − base × price_discount / 100 (18+ shows a cost base's discount as
 * `price_markup`, stored as the negated discount: the same number), rounded
 * with tools.float_round to price_round, plus price_surcharge, then kept
 * within base + price_min_margin and base + price_max_margin. No rule: the
 * base price. `_compute_base_price`: the sales price, the cost, or another
 * pricelist's price for the same quantity, converted into the pricelist's
 * currency (res.currency._convert, unrounded).
 */

/** A product.pricelist.item, in the hub's shape. */
export interface PricingRule {
  id: number;
  pricelistId: number;
  appliedOn: string;
  categId: number | null;
  productTmplId: number | null;
  productId: number | null;
  minQuantity: number;
  /** Naive UTC `YYYY-MM-DD HH:MM:SS`, as Odoo writes it. */
  dateStart: string | null;
  dateEnd: string | null;
  computePrice: string;
  fixedPrice: number;
  percentPrice: number;
  base: string;
  basePricelistId: number | null;
  priceDiscount: number;
  priceRound: number;
  priceSurcharge: number;
  priceMinMargin: number;
  priceMaxMargin: number;
}

/** What pricing needs of a product.product. */
export interface PricedProduct {
  id: number;
  sku: string;
  templateId: number | null;
  categId: number | null;
  /** `lst_price`: the template's list price plus the variant's extra. */
  salesPrice: number;
  cost: number;
  currencyId: number | null;
  costCurrencyId: number | null;
}

export interface PricingCatalog {
  /** Each pricelist's rules, in Odoo's rule order (sortRules). */
  rules: Map<number, PricingRule[]>;
  pricelistCurrency: Map<number, number | null>;
  /** res.currency `rate` (today's, for the API user's company). */
  currencyRate: Map<number, number>;
  /** Each category's ancestors, itself first. */
  categoryLine: Map<number, number[]>;
}

/** Odoo's rule `_order`; categ_id desc sorts by the category's complete name (its comodel's order), empty first. */
export function sortRules(rules: PricingRule[], categoryName: Map<number, string>): PricingRule[] {
  const name = (r: PricingRule) => (r.categId === null ? null : (categoryName.get(r.categId) ?? ''));
  return [...rules].sort((a, b) => {
    if (a.appliedOn !== b.appliedOn) return a.appliedOn < b.appliedOn ? -1 : 1;
    if (a.minQuantity !== b.minQuantity) return b.minQuantity - a.minQuantity;
    const [x, y] = [name(a), name(b)];
    if (x !== y) {
      if (x === null) return -1;
      if (y === null) return 1;
      return x < y ? 1 : -1;
    }
    return b.id - a.id;
  });
}

/** Whether the rule names the product at all (its category, template, variant), whatever its dates and quantity. */
export function ruleCovers(catalog: PricingCatalog, rule: PricingRule, product: PricedProduct): boolean {
  const line = product.categId === null ? [] : (catalog.categoryLine.get(product.categId) ?? [product.categId]);
  return (
    (rule.categId === null || line.includes(rule.categId)) &&
    (rule.productTmplId === null || rule.productTmplId === product.templateId) &&
    (rule.productId === null || rule.productId === product.id)
  );
}

/** `_get_applicable_rules_domain`'s date part: date_start <= date <= date_end, an empty end open. */
export const validOn = (rule: PricingRule, date: string) =>
  (rule.dateStart === null || rule.dateStart <= date) && (rule.dateEnd === null || rule.dateEnd >= date);

/** `_is_applicable_for(product, qty)`. */
function isApplicableFor(catalog: PricingCatalog, rule: PricingRule, product: PricedProduct, qty: number): boolean {
  if (rule.minQuantity && qty < rule.minQuantity) return false;
  switch (rule.appliedOn) {
    case '2_product_category':
      return product.categId !== null && (catalog.categoryLine.get(product.categId) ?? []).includes(rule.categId!);
    case '1_product':
      return product.templateId === rule.productTmplId;
    case '0_product_variant':
      return product.id === rule.productId;
    default:
      return true;
  }
}

/** odoo.tools.float_round(value, precision_rounding=r), HALF-UP with Odoo's epsilon (tools/float_utils.py). */
export function floatRound(value: number, rounding: number): number {
  if (rounding === 0 || value === 0) return 0;
  const normalized = value / rounding;
  const sign = Math.sign(normalized);
  const epsilon = 2 ** (Math.log2(Math.abs(normalized)) - 52);
  return sign * Math.round(Math.abs(normalized + sign * epsilon)) * rounding;
}

/** Pricelists that price from each other deeper than this are a loop (Odoo would recurse until it fails). */
const MAX_DEPTH = 20;

/** The first rule Odoo applies, or null (the sales price). */
export function winningRule(
  catalog: PricingCatalog,
  pricelistId: number,
  product: PricedProduct,
  qty: number,
  date: string,
): PricingRule | null {
  const rules = catalog.rules.get(pricelistId) ?? [];
  return (
    rules.find(
      (r) => ruleCovers(catalog, r, product) && validOn(r, date) && isApplicableFor(catalog, r, product, qty),
    ) ?? null
  );
}

/** `_compute_price_rule(product, qty, date=date)`: the price in the pricelist's currency, unrounded. */
export function priceOf(
  catalog: PricingCatalog,
  pricelistId: number,
  product: PricedProduct,
  qty: number,
  date: string,
  depth = 0,
): number {
  if (depth > MAX_DEPTH) {
    throw new Error(`Pricelist ${pricelistId} prices from other pricelists more than ${MAX_DEPTH} deep (a loop?)`);
  }
  const currency = catalog.pricelistCurrency.get(pricelistId) ?? null;
  const rule = winningRule(catalog, pricelistId, product, qty, date);
  const convert = (amount: number, from: number | null) => {
    if (from === null || currency === null || from === currency) return amount;
    return (amount * (catalog.currencyRate.get(currency) ?? 1)) / (catalog.currencyRate.get(from) ?? 1);
  };
  const basePrice = () => {
    if (rule?.base === 'pricelist' && rule.basePricelistId !== null) {
      const other = rule.basePricelistId;
      const price = priceOf(catalog, other, product, qty, date, depth + 1);
      return convert(price, catalog.pricelistCurrency.get(other) ?? null);
    }
    if (rule?.base === 'standard_price') return convert(product.cost, product.costCurrencyId);
    return convert(product.salesPrice, product.currencyId);
  };
  if (rule?.computePrice === 'fixed') return rule.fixedPrice;
  const base = basePrice();
  if (rule?.computePrice === 'percentage') return base - base * (rule.percentPrice / 100) || 0;
  if (rule?.computePrice !== 'formula') return base;
  let price = base - base * (rule.priceDiscount / 100) || 0;
  if (rule.priceRound) price = floatRound(price, rule.priceRound);
  if (rule.priceSurcharge) price += rule.priceSurcharge;
  if (rule.priceMinMargin) price = Math.max(price, base + rule.priceMinMargin);
  if (rule.priceMaxMargin) price = Math.min(price, base + rule.priceMaxMargin);
  return price;
}

/** The pricelists a pricelist prices from (its rules' other pricelists, and theirs), itself included. */
function withBases(catalog: PricingCatalog, pricelistId: number): number[] {
  const seen = new Set<number>([pricelistId]);
  for (const id of seen) {
    for (const r of catalog.rules.get(id) ?? []) {
      if (r.base === 'pricelist' && r.basePricelistId !== null) seen.add(r.basePricelistId);
    }
  }
  return [...seen];
}

/** One price of a product in a pricelist: from `minQuantity` units on (0: the price of one unit). */
export interface QuantityPrice {
  minQuantity: number;
  price: number;
}

/**
 * A product's prices in a pricelist on `date`: the price of one unit, then
 * each quantity break where the price changes. Between the minimum
 * quantities of the rules that apply (the pricelist's and those of the
 * pricelists it prices from) Odoo's price cannot change, so the price at
 * each such quantity, kept where it differs from the one below, is the whole
 * price curve.
 */
export function quantityPrices(
  catalog: PricingCatalog,
  pricelistId: number,
  product: PricedProduct,
  date: string,
): QuantityPrice[] {
  const breaks = new Set<number>();
  for (const id of withBases(catalog, pricelistId)) {
    for (const r of catalog.rules.get(id) ?? []) {
      if (r.minQuantity > 1 && ruleCovers(catalog, r, product) && validOn(r, date)) breaks.add(r.minQuantity);
    }
  }
  const prices: QuantityPrice[] = [{ minQuantity: 0, price: priceOf(catalog, pricelistId, product, 1, date) }];
  for (const qty of [...breaks].sort((a, b) => a - b)) {
    const price = priceOf(catalog, pricelistId, product, qty, date);
    if (price !== prices.at(-1)!.price) prices.push({ minQuantity: qty, price });
  }
  return prices;
}

/**
 * When the prices of these pricelists next change by the clock alone: the
 * earliest rule window that opens (date_start) or closes (the second after
 * date_end, which is still inside) after `now`. Null when none will.
 */
export function nextBoundary(catalog: PricingCatalog, pricelistId: number, now: Date): Date | null {
  let next: Date | null = null;
  for (const id of withBases(catalog, pricelistId)) {
    for (const r of catalog.rules.get(id) ?? []) {
      const moments = [
        r.dateStart === null ? null : odooDatetime(r.dateStart),
        r.dateEnd === null ? null : new Date(odooDatetime(r.dateEnd).getTime() + 1000),
      ];
      for (const m of moments) if (m !== null && m > now && (next === null || m < next)) next = m;
    }
  }
  return next;
}

/** Odoo's naive UTC datetime as an instant. */
export const odooDatetime = (value: string): Date => new Date(`${value.replace(' ', 'T')}Z`);

/** An instant as Odoo's naive UTC datetime (what its domains compare). */
export const toOdooDatetime = (at: Date): string => at.toISOString().slice(0, 19).replace('T', ' ');
