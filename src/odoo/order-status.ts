import { Decimal } from 'decimal.js';
import type { OdooStatus } from '../modules/sale-order/odoo-status.type.js';
import type { OdooClient, RawRecord } from './odoo-client.js';
import { isoFromOdoo } from './odoo-values.js';
import { WITH_ARCHIVED } from './pull/pull-source.js';

/**
 * What became of sale orders in Odoo: the order's own stored values (state,
 * invoice_status, delivery_status, amounts, currency, date_order) and what only
 * its pickings and invoices know (tracking references, payment state), read the
 * same way after a push and on every pull.
 *
 * Versions differ: `delivery_status` is sale_stock's from 17 on
 * (addons/sale_stock/models/sale_order.py `_compute_delivery_status`); on 16 it
 * is derived here from the pickings' states with 17's rules. An Odoo without
 * sale_stock has no `picking_ids` (nothing is delivered through the hub's eyes:
 * deliveryStatus stays null).
 */

const ORDER_FIELDS = [
  'name',
  'state',
  'invoice_status',
  'amount_untaxed',
  'amount_tax',
  'amount_total',
  'currency_id',
  'date_order',
  'invoice_ids',
  'order_line',
];

/** The sale.order fields readOrderStatuses needs, for this Odoo's version and modules. */
export async function orderStatusFields(odoo: OdooClient): Promise<string[]> {
  // sale_stock's delivery status and pickings; 17+'s `locked` flag (16 locks with state 'done').
  const optional = ['delivery_status', 'picking_ids', 'locked'];
  const present = await Promise.all(optional.map((f) => odoo.hasField('sale.order', f)));
  return [...ORDER_FIELDS, ...optional.filter((_, i) => present[i])];
}

/** Odoo's monetary float as a decimal string: "119.00", never "119" or 118.99999999. */
function money(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const d = new Decimal(value).toDecimalPlaces(6);
  return d.decimalPlaces() <= 2 ? d.toFixed(2) : d.toString();
}

const idList = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];

/** `delivery_status` as sale_stock computes it (17.0), from the pickings' states: for Odoo 16. */
function deliveryFromPickings(pickings: RawRecord[]): string | null {
  if (!pickings.length || pickings.every((p) => p.state === 'cancel')) return null;
  if (pickings.every((p) => p.state === 'done' || p.state === 'cancel')) return 'full';
  if (pickings.some((p) => p.state === 'done')) return 'partial';
  return 'pending';
}

/**
 * The order's payment, from its posted customer invoices' `payment_state`
 * (account.move, addons/account/models/account_move.py): none posted → null;
 * all settled → paid (reversed when every one was reversed by a credit note);
 * settled but some only in payment → in_payment; some money in → partial.
 */
function paymentFromInvoices(invoices: RawRecord[]): string | null {
  const posted = invoices.filter((i) => i.state === 'posted' && i.move_type === 'out_invoice');
  if (!posted.length) return null;
  const all = posted.map((i) => String(i.payment_state || 'not_paid'));
  if (all.every((s) => s === 'reversed')) return 'reversed';
  // An invoice reversed by a credit note no longer asks for money: the others say what is paid.
  const states = all.filter((s) => s !== 'reversed');
  if (states.every((s) => s === 'paid')) return 'paid';
  if (states.every((s) => s === 'paid' || s === 'in_payment')) return 'in_payment';
  if (states.some((s) => s !== 'not_paid')) return 'partial';
  return 'not_paid';
}

/**
 * Each order's status (orders read with orderStatusFields), by Odoo id. The
 * pickings and invoices of all the orders are read together, `readChunk` ids
 * a call (a page of orders can name thousands).
 */
export async function readOrderStatuses(odoo: OdooClient, orders: RawRecord[]): Promise<Map<number, OdooStatus>> {
  const pickingIds = [...new Set(orders.flatMap((o) => idList(o.picking_ids)))];
  const invoiceIds = [...new Set(orders.flatMap((o) => idList(o.invoice_ids)))];
  const pickingFields = [
    'state',
    ...((await odoo.hasField('stock.picking', 'carrier_tracking_ref').catch(() => false))
      ? ['carrier_tracking_ref']
      : []),
  ];
  const [pickings, invoices] = await Promise.all([
    odoo.read('stock.picking', pickingIds, pickingFields, WITH_ARCHIVED),
    odoo.read('account.move', invoiceIds, ['state', 'move_type', 'payment_state']),
  ]);
  const pickingById = new Map(pickings.map((p) => [p.id, p]));
  const invoiceById = new Map(invoices.map((i) => [i.id, i]));
  const statuses = new Map<number, OdooStatus>();
  for (const order of orders) {
    const own = <T>(ids: number[], by: Map<number, T>) => ids.flatMap((id) => (by.has(id) ? [by.get(id)!] : []));
    const orderPickings = own(idList(order.picking_ids), pickingById).sort((a, b) => a.id - b.id);
    const state = String(order.state);
    statuses.set(order.id, {
      state,
      invoiceStatus: typeof order.invoice_status === 'string' ? order.invoice_status : null,
      deliveryStatus:
        'delivery_status' in order
          ? typeof order.delivery_status === 'string'
            ? order.delivery_status
            : null
          : 'picking_ids' in order
            ? deliveryFromPickings(orderPickings)
            : null,
      paymentState: paymentFromInvoices(own(idList(order.invoice_ids), invoiceById)),
      amountUntaxed: money(order.amount_untaxed),
      amountTax: money(order.amount_tax),
      amountTotal: money(order.amount_total),
      currency: Array.isArray(order.currency_id) ? String(order.currency_id[1]) : null,
      trackingRefs: [
        ...new Set(
          orderPickings.flatMap((p) =>
            typeof p.carrier_tracking_ref === 'string' && p.carrier_tracking_ref.trim()
              ? [p.carrier_tracking_ref.trim()]
              : [],
          ),
        ),
      ],
      // Confirmation sets date_order to its own time (sale_order.py `_prepare_confirmation_values`).
      confirmedAt:
        (state === 'sale' || state === 'done') && typeof order.date_order === 'string'
          ? isoFromOdoo(order.date_order)
          : null,
    });
  }
  return statuses;
}

/** One order's status, read afresh (after a push's create, confirmation or cancellation). */
export async function readOrderStatus(
  odoo: OdooClient,
  odooId: number,
): Promise<{ order: RawRecord; status: OdooStatus } | null> {
  const [order] = await odoo.read('sale.order', [odooId], await orderStatusFields(odoo), WITH_ARCHIVED);
  if (!order) return null;
  const status = (await readOrderStatuses(odoo, [order])).get(order.id)!;
  return { order, status };
}
