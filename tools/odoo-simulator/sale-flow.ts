/**
 * What people do in Odoo's UI after an order is confirmed, for tests to
 * play: "Create Invoice", "Confirm" on the invoice, "Register Payment",
 * "Validate" on the delivery, and the carrier's tracking number. Each is one
 * transaction, as one click is.
 */
import { createInvoices } from './addons/sale-invoicing.js';
import { doneField } from './addons/stock-picking.js';
import { userError } from './odoo-exception.js';
import type { SimEnv } from './orm/sim-env.js';

/** The "Create Invoice" button (regular invoice): a draft invoice for the quantities to invoice; its id. */
export function invoiceOrder(env: SimEnv, orderId: number): number {
  return env.transaction(() => createInvoices(env, [orderId])[0]);
}

/** The invoice's "Confirm" button (action_post). */
export function postInvoice(env: SimEnv, invoiceId: number): void {
  env.call('account.move', 'action_post', [invoiceId]);
}

/**
 * "Register Payment" with the wizard's defaults: the amount due (or `amount`),
 * a partial amount keeping the invoice open. The payment is 'posted' in 16–17
 * and 'in_process' in 18+ (no journal entry until the bank statement).
 */
export function payInvoice(env: SimEnv, invoiceId: number, amount?: number): void {
  env.transaction(() => {
    const [invoice] = env.read('account.move', invoiceId, ['state', 'partner_id', 'amount_residual']);
    if (invoice?.state !== 'posted') throw userError('You can only register payment for posted journal entries.');
    env.createRecords(
      'account.payment',
      [
        {
          amount: amount ?? invoice.amount_residual,
          partner_id: (invoice.partner_id as [number, string] | false) ? (invoice.partner_id as [number])[0] : false,
          payment_type: 'inbound',
          partner_type: 'customer',
          state: env.version >= 18 ? 'in_process' : 'posted',
          reconciled_invoice_ids: [[6, 0, [invoiceId]]],
        },
      ],
      {},
    );
  });
}

/**
 * A warehouse user delivering the order: every open outgoing picking gets
 * its full demand as done quantity and is validated (one transaction); then,
 * if given, the carrier integration writes the tracking reference (another).
 */
export function shipOrder(env: SimEnv, orderId: number, options: { trackingRef?: string } = {}): void {
  const pickings = env.search('stock.picking', [
    ['sale_id', '=', orderId],
    ['picking_type_code', '=', 'outgoing'],
    ['state', 'not in', ['done', 'cancel']],
  ]);
  if (!pickings.length) throw new Error(`odoo-simulator: sale.order ${orderId} has no delivery to ship`);
  env.transaction(() => {
    for (const moveId of env.search('stock.move', [
      ['picking_id', 'in', pickings],
      ['state', 'not in', ['done', 'cancel']],
    ])) {
      const demand = env.row('stock.move', moveId)!.product_uom_qty;
      env.writeRecords(
        'stock.move',
        [moveId],
        { [doneField(env)]: demand, ...(env.version >= 17 ? { picked: true } : {}) },
        {},
      );
    }
    env.call('stock.picking', 'button_validate', pickings);
  });
  if (options.trackingRef !== undefined) {
    env.write('stock.picking', pickings, { carrier_tracking_ref: options.trackingRef });
  }
}

export interface TaxOptions {
  name: string;
  /** Percentage (or fixed amount per unit with `amountType: 'fixed'`). */
  amount: number;
  /** Included in price: `price_include` in 16–17, `price_include_override: 'tax_included'` in 18+. */
  priceIncluded?: boolean;
  amountType?: 'percent' | 'fixed';
  typeTaxUse?: 'sale' | 'purchase' | 'none';
}

/** Creates a tax the way this version spells "included in price"; its id. */
export function createTax(env: SimEnv, options: TaxOptions): number {
  const included =
    env.version <= 17
      ? { price_include: !!options.priceIncluded }
      : { price_include_override: options.priceIncluded ? 'tax_included' : 'tax_excluded' };
  return env.create('account.tax', {
    name: options.name,
    amount: options.amount,
    amount_type: options.amountType ?? 'percent',
    type_tax_use: options.typeTaxUse ?? 'sale',
    ...included,
  });
}
