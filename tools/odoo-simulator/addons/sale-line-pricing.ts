/**
 * How a sale order line is priced and taxed (addons/sale/models/sale_order_line.py):
 * `_compute_tax_id` takes the product's customer taxes of the order's
 * company through the order's fiscal position; `_compute_price_unit` takes
 * the pricelist's price and adapts it when the fiscal position replaced a
 * price-included tax; `_compute_amount` gives subtotal, tax and total
 * (account_tax.py, rounded per line). The order's stored amounts
 * (sale_order.py `_compute_amounts`) add the lines up.
 */
import { col } from '../orm/compute-helpers.js';
import { many2many, monetary } from '../orm/fields.js';
import type { Context, FieldSpec, OdooVersion, Row, Vals } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';
import { mapTaxes } from './fiscal-position.js';
import { pricelistRulePrice } from './pricelist-price.js';
import { adaptPriceToTaxes, computeAll, roundCurrency } from './tax-computation.js';

/** The lines' taxes: `tax_id` in 16–18, `tax_ids` in 19. */
export const saleTaxField = (version: OdooVersion) => (version >= 19 ? 'tax_ids' : 'tax_id');

/**
 * The line's unit price before taxes are adapted (sale_order_line.py
 * `_get_pricelist_price` / `_get_display_price`): the order's pricelist rule
 * for the product and quantity (at least 1) on the order's date, computed as
 * Odoo does (pricelist-price.ts); without a pricelist, the product's sales
 * price. The pricelist's discount policy is Odoo's default (16–17
 * `with_discount`; 18+ without "Discounts on lines"): the discount is in the
 * price, the line's `discount` stays 0.
 */
export function pricelistPrice(env: SimEnv, orderId: number | null, productId: number, qty: number): number {
  const pricelist = orderId === null ? null : col(env, 'sale.order', orderId, 'pricelist_id');
  if (typeof pricelist !== 'number') return env.get('product.product', productId, 'lst_price') as number;
  const date =
    (orderId === null ? null : (col(env, 'sale.order', orderId, 'date_order') as string | null)) ?? env.nowString();
  return pricelistRulePrice(env, pricelist, productId, qty || 1, date).price;
}

/** The product's customer taxes that belong to the company (product.taxes_id.filtered(company)). */
function productTaxes(env: SimEnv, productId: number, companyId: number): number[] {
  const taxes = (env.get('product.product', productId, 'taxes_id') as number[]) ?? [];
  return taxes.filter((id) => col(env, 'account.tax', id, 'company_id') === companyId);
}

const lineTaxIds = (row: Row | Vals, field: string): number[] => {
  const v = row[field];
  return Array.isArray(v) ? (v as number[]) : [];
};

/**
 * Completes a new (or re-producted) line's taxes and unit price, unless the
 * client gave them, into `into` (default: `vals`).
 */
export function saleLinePriceAndTaxes(env: SimEnv, vals: Vals, orderId: number | null, into: Vals = vals): void {
  const field = saleTaxField(env.version);
  const productId = vals.product_id as number;
  const companyId = orderId === null ? 1 : ((col(env, 'sale.order', orderId, 'company_id') as number | null) ?? 1);
  const position = orderId === null ? null : (col(env, 'sale.order', orderId, 'fiscal_position_id') as number | null);
  const fromProduct = productTaxes(env, productId, companyId);
  let taxes: number[];
  if (vals[field] === undefined) {
    taxes = mapTaxes(env, position, fromProduct);
    into[field] = [[6, 0, taxes]];
  } else {
    taxes = commandIds(vals[field]);
  }
  if (vals.price_unit === undefined) {
    const qty = typeof vals.product_uom_qty === 'number' ? vals.product_uom_qty : 1;
    into.price_unit = adaptPriceToTaxes(env, pricelistPrice(env, orderId, productId, qty), fromProduct, taxes);
  }
}

/** The ids a client's many2many value sets (a list of ids, or (6, 0, ids) / (4, id) commands). */
function commandIds(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  if (value.every((v) => typeof v === 'number')) return value as number[];
  const ids: number[] = [];
  for (const cmd of value as unknown[][]) {
    if (cmd[0] === 6) ids.splice(0, ids.length, ...((cmd[2] as number[]) ?? []));
    else if (cmd[0] === 4) ids.push(cmd[1] as number);
    else if (cmd[0] === 5) ids.splice(0);
  }
  return ids;
}

function lineAmounts(env: SimEnv, row: Row) {
  const price = ((row.price_unit as number) ?? 0) * (1 - ((row.discount as number) ?? 0) / 100);
  const result = computeAll(
    env,
    lineTaxIds(row, saleTaxField(env.version)),
    price,
    (row.product_uom_qty as number) ?? 0,
  );
  return { subtotal: result.totalExcluded, total: result.totalIncluded };
}

export function saleLineAmountFields(version: OdooVersion): Record<string, FieldSpec> {
  return {
    [saleTaxField(version)]: many2many('account.tax', 'Taxes'),
    price_subtotal: monetary('Subtotal', { compute: (env, row) => lineAmounts(env, row).subtotal, store: true }),
    price_tax: monetary('Total Tax', {
      compute: (env, row) => {
        const { subtotal, total } = lineAmounts(env, row);
        return roundCurrency(total - subtotal);
      },
      store: true,
    }),
    price_total: monetary('Total', { compute: (env, row) => lineAmounts(env, row).total, store: true }),
  };
}

/** The order's stored amounts: the lines' untaxed amounts and taxes, added up (round per line). */
export function saleOrderAmountFields(): Record<string, FieldSpec> {
  const sum = (env: SimEnv, row: Row, field: string) =>
    roundCurrency(
      env
        .o2mIds('sale.order.line', 'order_id', row.id)
        .reduce((total, id) => total + (env.get('sale.order.line', id, field) as number), 0),
    );
  return {
    amount_untaxed: monetary('Untaxed Amount', { compute: (env, row) => sum(env, row, 'price_subtotal'), store: true }),
    amount_tax: monetary('Taxes', { compute: (env, row) => sum(env, row, 'price_tax'), store: true }),
    amount_total: monetary('Total', {
      compute: (env, row) => roundCurrency(sum(env, row, 'price_subtotal') + sum(env, row, 'price_tax')),
      store: true,
    }),
  };
}

/**
 * _recompute_prices(): every line with a product gets the pricelist's price
 * again (lines already invoiced keep theirs, as `_compute_price_unit` skips them).
 */
export function updatePrices(env: SimEnv, orderId: number, ctx: Context): void {
  const field = saleTaxField(env.version);
  const companyId = (col(env, 'sale.order', orderId, 'company_id') as number | null) ?? 1;
  for (const lineId of env.o2mIds('sale.order.line', 'order_id', orderId)) {
    const row = env.row('sale.order.line', lineId)!;
    if (row.display_type || typeof row.product_id !== 'number') continue;
    const invoiced = env.model('sale.order.line').fields.qty_invoiced
      ? (env.get('sale.order.line', lineId, 'qty_invoiced') as number)
      : 0;
    if (invoiced > 0) continue;
    const price = adaptPriceToTaxes(
      env,
      pricelistPrice(env, orderId, row.product_id, row.product_uom_qty as number),
      productTaxes(env, row.product_id, companyId),
      lineTaxIds(row, field),
    );
    env.writeRecords('sale.order.line', [lineId], { price_unit: price, discount: 0 }, ctx);
  }
}
