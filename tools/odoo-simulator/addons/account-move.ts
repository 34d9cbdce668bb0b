/**
 * Customer invoices and their payments (addons/account/models/account_move.py,
 * account_move_line.py, account_payment.py): a draft named '/', posted with
 * a yearly sequence (INV/2026/00001), cancelled only from draft (a posted one
 * is reset to draft first, as button_cancel's shortcut does). `payment_state`
 * after a full payment registered with default settings: 'paid' in 16–17
 * (community's `_get_invoice_in_payment_state`); 'in_payment' in 18+, where
 * a payment without journal entry stays 'in_process' until the bank
 * statement matches it.
 */
import { userError } from '../odoo-exception.js';
import { col, recomputed } from '../orm/compute-helpers.js';
import {
  always,
  char,
  date,
  float,
  many2many,
  many2one,
  monetary,
  one2many,
  selection,
  currentCompanyDefault,
} from '../orm/fields.js';
import type { MethodSpec, ModelSpec, OdooVersion, Row } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';
import { computeAll, roundCurrency } from './tax-computation.js';

function lineAmounts(env: SimEnv, row: Row) {
  const price = ((row.price_unit as number) ?? 0) * (1 - ((row.discount as number) ?? 0) / 100);
  const taxes = (row.tax_ids as number[] | null) ?? [];
  return computeAll(env, taxes, price, (row.quantity as number) ?? 0);
}

function moveTotals(env: SimEnv, moveId: number) {
  let untaxed = 0;
  let total = 0;
  for (const id of env.o2mIds('account.move.line', 'move_id', moveId)) {
    const amounts = lineAmounts(env, env.row('account.move.line', id)!);
    untaxed += amounts.totalExcluded;
    total += amounts.totalIncluded;
  }
  return { untaxed: roundCurrency(untaxed), tax: roundCurrency(total - untaxed), total: roundCurrency(total) };
}

/** What the invoice's payments (not cancelled) cover. */
function paidAmount(env: SimEnv, moveId: number): number {
  let paid = 0;
  for (const payment of env.rows('account.payment')) {
    if (['cancel', 'canceled', 'rejected', 'draft'].includes(payment.state as string)) continue;
    if ((payment.reconciled_invoice_ids as number[]).includes(moveId)) paid += payment.amount as number;
  }
  return roundCurrency(paid);
}

function residual(env: SimEnv, row: Row): number {
  if (row.state === 'cancel') return 0;
  const { total } = moveTotals(env, row.id);
  return row.state === 'posted' ? roundCurrency(Math.max(total - paidAmount(env, row.id), 0)) : total;
}

/** _compute_payment_state, for invoices paid by registered payments. */
function paymentState(env: SimEnv, row: Row): string {
  if (row.state !== 'posted') return 'not_paid';
  const { total } = moveTotals(env, row.id);
  const paid = paidAmount(env, row.id);
  if (total !== 0 && paid <= 0) return 'not_paid';
  if (paid < total) return 'partial';
  return env.version >= 18 && paid > 0 ? 'in_payment' : 'paid';
}

const PAYMENT_STATES = (version: OdooVersion): Array<[string, string]> => [
  ['not_paid', 'Not Paid'],
  ['in_payment', 'In Payment'],
  ['paid', 'Paid'],
  ['partial', 'Partially Paid'],
  ['reversed', 'Reversed'],
  ...(version >= 18 ? [['blocked', 'Blocked'] as [string, string]] : []),
  ['invoicing_legacy', 'Invoicing App Legacy'],
];

function moveMethods(): Record<string, MethodSpec> {
  const records = (qualname: string, call: MethodSpec['call']): MethodSpec => ({
    qualname: `AccountMove.${qualname}`,
    api: 'records',
    params: [],
    call,
  });
  return {
    action_post: records('action_post', (env, model, ids, _a, ctx) => {
      for (const id of ids) {
        const row = env.row(model, id)!;
        if (row.state === 'posted') throw userError(`The entry ${row.name} (id ${id}) is already posted.`);
        if (!env.o2mIds('account.move.line', 'move_id', id).length) {
          throw userError('You need to add a line before posting.');
        }
        if (row.partner_id === null && ['out_invoice', 'out_refund'].includes(row.move_type as string)) {
          throw userError("The field 'Customer' is required, please complete it to validate the Customer Invoice.");
        }
        const invoiceDate = (row.invoice_date as string | null) ?? env.nowString().slice(0, 10);
        const year = invoiceDate.slice(0, 4);
        const name =
          row.name && row.name !== '/'
            ? row.name
            : env.nextSequence(
                `account.move.${row.move_type}.${year}`,
                `${row.move_type === 'out_refund' ? 'RINV' : 'INV'}/${year}/`,
              );
        env.writeRecords(model, [id], { state: 'posted', name, invoice_date: invoiceDate, date: invoiceDate }, ctx);
      }
      return false;
    }),
    button_draft: records('button_draft', (env, model, ids, _a, ctx) => {
      // Resetting to draft undoes the reconciliation with its payments.
      for (const payment of [...env.rows('account.payment')]) {
        const linked = payment.reconciled_invoice_ids as number[];
        if (linked.some((id) => ids.includes(id))) {
          env.writeRecords(
            'account.payment',
            [payment.id],
            { reconciled_invoice_ids: [[6, 0, linked.filter((id) => !ids.includes(id))]] },
            ctx,
          );
        }
      }
      env.writeRecords(model, ids, { state: 'draft' }, ctx);
      return undefined;
    }),
    button_cancel: records('button_cancel', (env, _model, ids, _a, ctx) => {
      cancelMoves(env, ids, ctx);
      return undefined;
    }),
  };
}

/** button_cancel(): posted moves go back to draft first, then every one must be a draft. */
export function cancelMoves(env: SimEnv, ids: number[], ctx: Record<string, unknown> = {}): void {
  const posted = ids.filter((id) => env.row('account.move', id)!.state === 'posted');
  if (posted.length) env.model('account.move').methods.button_draft.call(env, 'account.move', posted, {}, ctx);
  if (ids.some((id) => env.row('account.move', id)!.state !== 'draft')) {
    throw userError('Only draft journal entries can be cancelled.');
  }
  env.writeRecords('account.move', ids, { state: 'cancel' }, ctx);
}

export function accountMoveModels(version: OdooVersion): ModelSpec[] {
  return [
    {
      name: 'account.move',
      description: 'Journal Entry',
      order: 'date desc, name desc, id desc',
      fields: {
        name: char('Number', { default: always('/') }),
        ref: char('Reference'),
        move_type: selection(
          [
            ['entry', 'Journal Entry'],
            ['out_invoice', 'Customer Invoice'],
            ['out_refund', 'Customer Credit Note'],
            ['in_invoice', 'Vendor Bill'],
            ['in_refund', 'Vendor Credit Note'],
            ['out_receipt', 'Sales Receipt'],
            ['in_receipt', 'Purchase Receipt'],
          ],
          'Type',
          { required: true, readonly: true, default: always('entry') },
        ),
        state: selection(
          [
            ['draft', 'Draft'],
            ['posted', 'Posted'],
            ['cancel', 'Cancelled'],
          ],
          'Status',
          { required: true, readonly: true, default: always('draft') },
        ),
        date: date('Date', { required: true, default: (env) => env.nowString().slice(0, 10) }),
        invoice_date: date('Invoice/Bill Date'),
        partner_id: many2one('res.partner', 'Partner'),
        invoice_origin: char('Origin'),
        currency_id: many2one('res.currency', 'Currency', { required: true, default: always(1) }),
        company_id: many2one('res.company', 'Company', { required: true, default: currentCompanyDefault }),
        fiscal_position_id: many2one('account.fiscal.position', 'Fiscal Position'),
        invoice_line_ids: one2many('account.move.line', 'move_id', 'Invoice lines'),
        amount_untaxed: monetary('Untaxed Amount', {
          compute: (env, row) => moveTotals(env, row.id).untaxed,
          store: true,
        }),
        amount_tax: monetary('Tax', { compute: (env, row) => moveTotals(env, row.id).tax, store: true }),
        amount_total: monetary('Total', { compute: (env, row) => moveTotals(env, row.id).total, store: true }),
        amount_residual: monetary('Amount Due', { compute: residual, store: true }),
        payment_state: selection(PAYMENT_STATES(version), 'Payment Status', { compute: paymentState, store: true }),
      },
      methods: moveMethods(),
      hooks: {
        beforeUnlink(env, ids) {
          if (ids.some((id) => env.row('account.move', id)!.state === 'posted')) {
            throw userError('You cannot delete an entry which has been posted once.');
          }
        },
      },
    },
    {
      name: 'account.move.line',
      description: 'Journal Item',
      order: 'date desc, move_name desc, id',
      fields: {
        move_id: many2one('account.move', 'Journal Entry', { required: true, ondelete: 'cascade' }),
        move_name: char('Number', { compute: (env, row) => col(env, 'account.move', row.move_id, 'name') }),
        date: date('Date', { compute: (env, row) => col(env, 'account.move', row.move_id, 'date') }),
        product_id: many2one('product.product', 'Product'),
        name: char('Label'),
        quantity: float('Quantity', { default: always(1.0) }),
        price_unit: float('Unit Price'),
        discount: float('Discount (%)'),
        tax_ids: many2many('account.tax', 'Taxes'),
        price_subtotal: monetary('Subtotal', {
          compute: (env, row) => lineAmounts(env, row).totalExcluded,
          store: true,
        }),
        price_total: monetary('Total', { compute: (env, row) => lineAmounts(env, row).totalIncluded, store: true }),
        company_id: many2one('res.company', 'Company', {
          compute: (env, row) => col(env, 'account.move', row.move_id, 'company_id'),
          store: true,
        }),
      },
    },
    {
      name: 'account.payment',
      description: 'Payments',
      order: 'date desc, name desc',
      fields: {
        name: char('Number', { default: always('/') }),
        amount: monetary('Amount'),
        date: date('Date', { default: (env) => env.nowString().slice(0, 10) }),
        payment_type: selection(
          [
            ['outbound', 'Send'],
            ['inbound', 'Receive'],
          ],
          'Payment Type',
          { required: true, default: always('inbound') },
        ),
        partner_type: selection(
          [
            ['customer', 'Customer'],
            ['supplier', 'Vendor'],
          ],
          'Partner Type',
          { default: always('customer') },
        ),
        state: selection(
          version >= 18
            ? [
                ['draft', 'Draft'],
                ['in_process', 'In Process'],
                ['paid', 'Paid'],
                ['canceled', 'Canceled'],
                ['rejected', 'Rejected'],
              ]
            : [
                ['draft', 'Draft'],
                ['posted', 'Posted'],
                ['cancel', 'Cancelled'],
              ],
          'Status',
          { required: true, default: always('draft') },
        ),
        partner_id: many2one('res.partner', 'Customer/Vendor'),
        currency_id: many2one('res.currency', 'Currency', { default: always(1) }),
        company_id: many2one('res.company', 'Company', { default: currentCompanyDefault }),
        reconciled_invoice_ids: many2many('account.move', 'Reconciled Invoices'),
      },
      hooks: {
        // An invoice's payment_state and amount_residual are stored: a payment re-dates the invoice, nothing else.
        afterCreate: (env, id) =>
          recomputed(env, 'account.move', env.row('account.payment', id)!.reconciled_invoice_ids as number[]),
      },
    },
  ];
}
