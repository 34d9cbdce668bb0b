/**
 * What sale and purchase orders share: line fields, amounts, the product's
 * defaults on a new line, and the order re-dated when its lines change.
 * Odoo 19 renamed the lines' `product_uom` to `product_uom_id` (saas~18.1).
 */
import { recomputed } from '../orm/compute-helpers.js';
import { always, float, integer, many2one, monetary, text } from '../orm/fields.js';
import type { FieldSpec, OdooVersion, Row, Vals } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';

const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

export function lineFields(
  version: OdooVersion,
  order: string,
  qtyField: string,
  qtyLabel: string,
): Record<string, FieldSpec> {
  const qty = (row: Row) => (row[qtyField] as number) ?? 0;
  const subtotal = (row: Row) =>
    round2(qty(row) * (row.price_unit as number) * (1 - ((row.discount as number) ?? 0) / 100));
  return {
    order_id: many2one(order, 'Order Reference', { required: true, ondelete: 'cascade' }),
    sequence: integer('Sequence', { default: always(10) }),
    product_id: many2one('product.product', 'Product', { ondelete: 'restrict' }),
    name: text('Description', { required: true }),
    [qtyField]: float(qtyLabel, { required: true, default: always(1.0) }),
    [version >= 19 ? 'product_uom_id' : 'product_uom']: many2one('uom.uom', 'Unit of Measure'),
    price_unit: float('Unit Price', { required: true }),
    discount: float('Discount (%)'),
    price_subtotal: monetary('Subtotal', { compute: (_env, row) => subtotal(row), store: true }),
    price_total: monetary('Total', { compute: (_env, row) => subtotal(row), store: true }),
  };
}

/** Purchase orders' amounts: their lines carry no taxes in the simulator (untaxed = total); sale orders are taxed (sale-line-pricing.ts). */
export function amountFields(lineModel: string): Record<string, FieldSpec> {
  const total = (env: SimEnv, row: Row) =>
    round2(
      env
        .o2mIds(lineModel, 'order_id', row.id)
        .reduce((sum, id) => sum + (env.get(lineModel, id, 'price_subtotal') as number), 0),
    );
  return {
    amount_untaxed: monetary('Untaxed Amount', { compute: total, store: true }),
    amount_tax: monetary('Taxes', { compute: () => 0, store: true }),
    amount_total: monetary('Total', { compute: total, store: true }),
  };
}

/** Lines change their order's stored amounts, which re-dates the order. */
export const touchesOrder = (lineModel: string, orderModel: string) => ({
  afterCreate: (env: SimEnv, id: number) => recomputed(env, orderModel, [env.row(lineModel, id)!.order_id]),
  afterWrite: (env: SimEnv, ids: number[]) =>
    recomputed(
      env,
      orderModel,
      ids.map((id) => env.row(lineModel, id)!.order_id),
    ),
  afterUnlink: (env: SimEnv, _ids: number[], rows: Row[]) =>
    recomputed(
      env,
      orderModel,
      rows.map((row) => row.order_id),
    ),
});

export function productDefaults(
  env: SimEnv,
  vals: Vals,
  uomField: string,
  describe: (productId: number) => string,
): void {
  if (!vals.product_id) return;
  const productId = vals.product_id as number;
  if (!env.row('product.product', productId)) return;
  if (vals.name === undefined || vals.name === false) vals.name = describe(productId);
  if (vals[uomField] === undefined) vals[uomField] = env.get('product.product', productId, 'uom_id');
}
