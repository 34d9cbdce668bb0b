/**
 * What the sale addon does with invoices (addons/sale/models/sale_order.py
 * `_create_invoices`, `_get_invoiced`, `_search_invoice_ids`,
 * `_compute_invoice_status`, `_action_cancel`; sale_order_line.py
 * `_compute_qty_invoiced`, `_compute_qty_to_invoice`, `_compute_invoice_status`;
 * addons/sale/models/product_template.py `invoice_policy`).
 */
import { userError } from '../odoo-exception.js';
import { col, recomputed } from '../orm/compute-helpers.js';
import { always, float, integer, many2many, selection } from '../orm/fields.js';
import type { ModelExtension } from '../orm/inherit.js';
import type { Context, MethodSpec, Row } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';
import { cancelMoves } from './account-move.js';
import { saleTaxField } from './sale-line-pricing.js';

const INVOICE_STATUS: Array<[string, string]> = [
  ['upselling', 'Upselling Opportunity'],
  ['invoiced', 'Fully Invoiced'],
  ['to invoice', 'To Invoice'],
  ['no', 'Nothing to Invoice'],
];

/** The invoice lines of a sale line (the other side of account.move.line.sale_line_ids). */
function invoiceLines(env: SimEnv, lineId: number): number[] {
  const ids: number[] = [];
  for (const row of env.rows('account.move.line')) {
    if ((row.sale_line_ids as number[]).includes(lineId)) ids.push(row.id);
  }
  return ids;
}

/** qty_invoiced: invoiced minus refunded, over invoices not cancelled. */
function qtyInvoiced(env: SimEnv, row: Row): number {
  let qty = 0;
  for (const id of invoiceLines(env, row.id)) {
    const line = env.row('account.move.line', id)!;
    const move = env.row('account.move', line.move_id as number)!;
    if (move.state === 'cancel') continue;
    if (move.move_type === 'out_invoice') qty += line.quantity as number;
    else if (move.move_type === 'out_refund') qty -= line.quantity as number;
  }
  return qty;
}

const orderState = (env: SimEnv, row: Row) => col(env, 'sale.order', row.order_id, 'state') as string;
const policy = (env: SimEnv, row: Row) =>
  typeof row.product_id === 'number' ? env.get('product.product', row.product_id, 'invoice_policy') : 'order';

function qtyToInvoice(env: SimEnv, row: Row): number {
  if (row.display_type || !['sale', 'done'].includes(orderState(env, row))) return 0;
  const target = policy(env, row) === 'delivery' ? (row.qty_delivered as number) : (row.product_uom_qty as number);
  return target - qtyInvoiced(env, row);
}

function lineInvoiceStatus(env: SimEnv, row: Row): string {
  if (!['sale', 'done'].includes(orderState(env, row))) return 'no';
  if (qtyToInvoice(env, row) !== 0) return 'to invoice';
  const invoiced = qtyInvoiced(env, row);
  const ordered = row.product_uom_qty as number;
  if (policy(env, row) === 'order' && invoiced >= ordered && (row.qty_delivered as number) > ordered)
    return 'upselling';
  if (policy(env, row) === 'delivery' && (row.qty_delivered as number) > ordered) return 'upselling';
  if (invoiced >= ordered) return 'invoiced';
  return 'no';
}

function orderInvoiceStatus(env: SimEnv, row: Row): string {
  if (!['sale', 'done'].includes(row.state as string)) return 'no';
  const statuses = env
    .o2mIds('sale.order.line', 'order_id', row.id)
    .map((id) => env.row('sale.order.line', id)!)
    .filter((l) => !l.display_type)
    .map((l) => lineInvoiceStatus(env, l));
  if (statuses.some((s) => s === 'to invoice')) return 'to invoice';
  if (statuses.length && statuses.every((s) => s === 'invoiced')) return 'invoiced';
  if (statuses.length && statuses.every((s) => s === 'invoiced' || s === 'upselling')) return 'upselling';
  return 'no';
}

/** _get_invoiced(): the customer invoices and credit notes of the order's lines. */
function orderInvoices(env: SimEnv, row: Row): number[] {
  const moves = new Set<number>();
  for (const lineId of env.o2mIds('sale.order.line', 'order_id', row.id)) {
    for (const id of invoiceLines(env, lineId)) {
      const move = env.row('account.move.line', id)!.move_id as number;
      if (['out_invoice', 'out_refund'].includes(env.row('account.move', move)!.move_type as string)) moves.add(move);
    }
  }
  return [...moves].sort((a, b) => a - b);
}

/**
 * _create_invoices() for the quantities to invoice: one draft customer
 * invoice per order, its lines linked to the sale lines; the lines'
 * qty_invoiced (stored) change, which re-dates the lines and the order.
 */
export function createInvoices(env: SimEnv, orderIds: number[], ctx: Context = {}): number[] {
  const taxField = saleTaxField(env.version);
  const invoices: number[] = [];
  for (const orderId of orderIds) {
    const order = env.row('sale.order', orderId)!;
    const lines = env
      .o2mIds('sale.order.line', 'order_id', orderId)
      .map((id) => env.row('sale.order.line', id)!)
      .filter((l) => !l.display_type && qtyToInvoice(env, l) !== 0);
    if (!lines.length) continue;
    const [invoice] = env.createRecords(
      'account.move',
      [
        {
          move_type: 'out_invoice',
          partner_id: order.partner_invoice_id,
          invoice_origin: order.name,
          currency_id: order.currency_id,
          company_id: order.company_id,
          fiscal_position_id: order.fiscal_position_id ?? false,
          invoice_line_ids: lines.map((l) => [
            0,
            0,
            {
              product_id: l.product_id,
              name: l.name,
              quantity: qtyToInvoice(env, l),
              price_unit: l.price_unit,
              discount: l.discount,
              tax_ids: [[6, 0, (l[taxField] as number[]) ?? []]],
              sale_line_ids: [[6, 0, [l.id]]],
            },
          ]),
        },
      ],
      ctx,
    );
    invoices.push(invoice);
    recomputed(
      env,
      'sale.order.line',
      lines.map((l) => l.id),
    );
  }
  if (!invoices.length) {
    throw userError(
      'There is no invoiceable line. If a product has a Delivered quantities invoicing policy, please make sure that a quantity has been delivered.',
    );
  }
  return invoices;
}

export function saleInvoicingExtensions(): ModelExtension[] {
  return [
    {
      inherit: 'product.template',
      fields: {
        invoice_policy: selection(
          [
            ['order', 'Ordered quantities'],
            ['delivery', 'Delivered quantities'],
          ],
          'Invoicing Policy',
          { default: always('order') },
        ),
      },
    },
    {
      inherit: 'account.move.line',
      fields: { sale_line_ids: many2many('sale.order.line', 'Sales Order Lines') },
    },
    {
      inherit: 'sale.order.line',
      fields: {
        invoice_lines: many2many('account.move.line', 'Invoice Lines', {
          compute: (env, row) => invoiceLines(env, row.id),
        }),
        qty_invoiced: float('Invoiced Quantity', { compute: qtyInvoiced, store: true }),
        qty_to_invoice: float('Quantity To Invoice', { compute: qtyToInvoice, store: true }),
        invoice_status: selection(INVOICE_STATUS, 'Invoice Status', { compute: lineInvoiceStatus, store: true }),
      },
    },
    {
      inherit: 'sale.order',
      fields: {
        invoice_ids: many2many('account.move', 'Invoices', { compute: orderInvoices }),
        invoice_count: integer('Invoice Count', { compute: (env, row) => orderInvoices(env, row).length }),
        invoice_status: selection(INVOICE_STATUS, 'Invoice Status', { compute: orderInvoiceStatus, store: true }),
      },
      methods: {
        // _action_cancel(): draft invoices are cancelled with the order; posted ones stay posted.
        action_cancel: (parent): MethodSpec => ({
          ...parent!,
          call(env, model, ids, args, ctx) {
            const drafts = ids.flatMap((id) =>
              orderInvoices(env, env.row(model, id)!).filter((m) => env.row('account.move', m)!.state === 'draft'),
            );
            const result = parent!.call(env, model, ids, args, ctx);
            if (result === true && drafts.length) {
              cancelMoves(env, drafts, ctx);
              recomputed(env, 'sale.order', ids);
            }
            return result;
          },
        }),
      },
    },
  ];
}
