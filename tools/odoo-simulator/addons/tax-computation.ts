/**
 * What account.tax computes (addons/account/models/account_tax.py):
 * `compute_all` for a line (16–17; `_get_tax_details` / `_add_tax_details_in_base_line`
 * in 18+ give the same figures for percent and fixed taxes without
 * `include_base_amount`), rounded per line as a company's default
 * `tax_calculation_rounding_method` ('round_per_line') does, and the price
 * adaptation when a fiscal position swaps a price-included tax
 * (`_fix_tax_included_price_company` in 16, `_adapt_price_unit_to_another_taxes` in 17+).
 */
import { col } from '../orm/compute-helpers.js';
import type { SimEnv } from '../orm/sim-env.js';

/** odoo.tools.float_round to 2 digits (EUR's rounding): half away from zero, with Odoo's epsilon. */
export function roundCurrency(value: number, digits = 2): number {
  const factor = 10 ** digits;
  const normalized = value * factor;
  if (normalized === 0) return 0;
  const epsilon = 2 ** (Math.log2(Math.abs(normalized)) - 52);
  const adjusted = Math.abs(normalized) + epsilon;
  return (Math.sign(normalized) * Math.round(adjusted)) / factor;
}

interface TaxRow {
  id: number;
  amountType: string;
  amount: number;
  priceInclude: boolean;
}

/** Whether a tax is included in price: the stored boolean (16–17), or the override else the company's setting (18+). */
export function taxPriceInclude(env: SimEnv, taxId: number): boolean {
  if (env.version <= 17) return col(env, 'account.tax', taxId, 'price_include') === true;
  const override = col(env, 'account.tax', taxId, 'price_include_override');
  if (override) return override === 'tax_included';
  return (
    col(env, 'res.company', col(env, 'account.tax', taxId, 'company_id'), 'account_price_include') === 'tax_included'
  );
}

function taxRows(env: SimEnv, taxIds: number[]): TaxRow[] {
  return env.sortIds('account.tax', taxIds).map((id) => ({
    id,
    amountType: String(col(env, 'account.tax', id, 'amount_type')),
    amount: Number(col(env, 'account.tax', id, 'amount') ?? 0),
    priceInclude: taxPriceInclude(env, id),
  }));
}

export interface TaxResult {
  totalExcluded: number;
  totalIncluded: number;
  taxes: Array<{ id: number; amount: number }>;
}

/**
 * compute_all(price_unit, quantity) with round_per_line: the base is
 * price × quantity rounded; price-included taxes are taken out of it (their
 * percentages together, as Odoo divides by 1 + the sum of included rates),
 * each tax amount is rounded, the others are added on the untaxed base.
 */
export function computeAll(env: SimEnv, taxIds: number[], priceUnit: number, quantity: number): TaxResult {
  const taxes = taxRows(env, taxIds);
  const base = roundCurrency(priceUnit * quantity);
  const included = taxes.filter((t) => t.priceInclude);
  const fixedIncluded = included.filter((t) => t.amountType === 'fixed').reduce((s, t) => s + t.amount * quantity, 0);
  const percentIncluded = included.filter((t) => t.amountType === 'percent').reduce((s, t) => s + t.amount, 0);
  const untaxed = (base - fixedIncluded) / (1 + percentIncluded / 100);
  const amounts = new Map<number, number>();
  for (const tax of included) {
    amounts.set(
      tax.id,
      roundCurrency(tax.amountType === 'fixed' ? tax.amount * quantity : (untaxed * tax.amount) / 100),
    );
  }
  const totalExcluded = roundCurrency(base - [...amounts.values()].reduce((s, a) => s + a, 0));
  for (const tax of taxes) {
    if (tax.priceInclude) continue;
    amounts.set(
      tax.id,
      roundCurrency(tax.amountType === 'fixed' ? tax.amount * quantity : (totalExcluded * tax.amount) / 100),
    );
  }
  const list = taxes.map((t) => ({ id: t.id, amount: amounts.get(t.id) ?? 0 }));
  const totalIncluded = roundCurrency(totalExcluded + list.reduce((s, t) => s + t.amount, 0));
  return { totalExcluded, totalIncluded, taxes: list };
}

/**
 * The unit price once the product's price-included taxes are replaced by the
 * line's: 16 only takes out the included taxes the line lost
 * (`_fix_tax_included_price_company`); 17+ also adds the line's own included
 * taxes (`_adapt_price_unit_to_another_taxes`). Odoo rounds the intermediate
 * figures globally, so only the result is rounded (to the price's 2 digits).
 */
export function adaptPriceToTaxes(env: SimEnv, price: number, productTaxes: number[], lineTaxes: number[]): number {
  const lost = productTaxes.filter((id) => !lineTaxes.includes(id) && taxPriceInclude(env, id));
  if (env.version === 16) {
    if (!lost.length) return price;
    return roundCurrency(unround(env, lost, price));
  }
  const before = productTaxes.filter((id) => taxPriceInclude(env, id));
  const after = lineTaxes.filter((id) => taxPriceInclude(env, id));
  if (before.length === after.length && before.every((id) => after.includes(id))) return price;
  const untaxed = unround(env, before, price);
  const added = taxRows(env, after).reduce(
    (sum, t) => sum + (t.amountType === 'fixed' ? t.amount : (untaxed * t.amount) / 100),
    0,
  );
  return roundCurrency(untaxed + added);
}

/** The untaxed part of a price that includes `taxIds` (all of them taken as included), unrounded. */
function unround(env: SimEnv, taxIds: number[], price: number): number {
  const taxes = taxRows(env, taxIds);
  const fixed = taxes.filter((t) => t.amountType === 'fixed').reduce((s, t) => s + t.amount, 0);
  const percent = taxes.filter((t) => t.amountType === 'percent').reduce((s, t) => s + t.amount, 0);
  return (price - fixed) / (1 + percent / 100);
}
