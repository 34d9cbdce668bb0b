/**
 * The sale addon (addons/sale/models/sale_order.py, sale_order_line.py):
 * quotations and sales orders, priced from the pricelist and taxed through
 * the order's fiscal position. Odoo 16 has the 'done' state (17 replaced it
 * with the `locked` flag); the lines' taxes are `tax_id` in 16–18 and
 * `tax_ids` in 19.
 */
import { userError, valueError } from '../odoo-exception.js';
import { col } from '../orm/compute-helpers.js';
import {
  always,
  boolean,
  char,
  datetime,
  float,
  html,
  integer,
  many2one,
  now,
  one2many,
  selection,
  text,
  currentCompanyDefault,
} from '../orm/fields.js';
import type { MethodSpec, ModelSpec, OdooVersion, Vals } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';
import { addressOf } from './base.js';
import { fiscalPositionFor } from './fiscal-position.js';
import { productDefaults, touchesOrder } from './order-lines.js';
import {
  saleLineAmountFields,
  saleLinePriceAndTaxes,
  saleOrderAmountFields,
  updatePrices,
} from './sale-line-pricing.js';

function saleOrderMethods(version: OdooVersion): Record<string, MethodSpec> {
  const records = (qualname: string, call: MethodSpec['call']): MethodSpec => ({
    qualname: `SaleOrder.${qualname}`,
    api: 'records',
    params: [],
    call,
  });
  const state = (env: SimEnv, id: number) => env.get('sale.order', id, 'state') as string;
  const methods: Record<string, MethodSpec> = {
    action_confirm: records('action_confirm', (env, model, ids, _a, ctx) => {
      const states = ids.map((id) => state(env, id));
      if (version === 16) {
        // _get_forbidden_state_confirm(): a confirmed order is confirmed again (re-dated), silently.
        if (states.some((s) => s === 'done' || s === 'cancel')) {
          throw userError('It is not allowed to confirm an order in the following states: done, cancel');
        }
      } else if (version === 17) {
        if (states.some((s) => s !== 'draft' && s !== 'sent')) {
          const names = ids.map((id) => env.displayName(model, id));
          throw userError(`The following orders are not in a state requiring confirmation: ${names.join(', ')}`);
        }
      } else {
        // 18+: _confirmation_error_message(), order by order.
        for (const [i, id] of ids.entries()) {
          if (states[i] !== 'draft' && states[i] !== 'sent') {
            throw userError('Some orders are not in a state requiring confirmation.');
          }
          const lines = env.o2mIds('sale.order.line', 'order_id', id).map((l) => env.row('sale.order.line', l)!);
          if (lines.some((l) => !l.display_type && l.product_id === null)) {
            throw userError('A line on these orders missing a product, you cannot confirm it.');
          }
        }
      }
      env.writeRecords(model, ids, { state: 'sale', date_order: env.nowString() }, ctx);
      return true;
    }),
    action_cancel: records('action_cancel', (env, model, ids, _a, ctx) => {
      if (version >= 17 && ids.some((id) => env.get(model, id, 'locked'))) {
        throw userError('You cannot cancel a locked order. Please unlock it first.');
      }
      const states = ids.map((id) => state(env, id));
      // _show_cancel_wizard(): a non-draft order is cancelled through the sale.order.cancel wizard.
      if (!ctx.disable_cancel_warning && states.some((s) => s !== 'draft')) {
        if (ids.length !== 1) throw valueError(`Expected singleton: ${model}(${ids.join(', ')})`);
        const typeName = ['draft', 'sent', 'cancel'].includes(states[0]) ? 'Quotation' : 'Sales Order';
        return {
          name: `Cancel ${typeName}`,
          view_mode: 'form',
          res_model: 'sale.order.cancel',
          view_id: 1101,
          type: 'ir.actions.act_window',
          context: {
            default_template_id: 14,
            default_order_id: ids[0],
            mark_so_as_canceled: true,
            default_email_layout_xmlid: 'mail.mail_notification_layout_with_responsible_signature',
            model_description: typeName,
          },
          target: 'new',
        };
      }
      return env.writeRecords(model, ids, { state: 'cancel' }, ctx);
    }),
    action_draft: records('action_draft', (env, model, ids, _a, ctx) => {
      const drafts = ids.filter((id) => ['cancel', 'sent'].includes(state(env, id)));
      return env.writeRecords(model, drafts, { state: 'draft' }, ctx);
    }),
  };
  if (version === 16) {
    methods.action_done = records('action_done', (env, model, ids, _a, ctx) =>
      env.writeRecords(model, ids, { state: 'done' }, ctx),
    );
    methods.action_unlock = records('action_unlock', (env, model, ids, _a, ctx) =>
      env.writeRecords(model, ids, { state: 'sale' }, ctx),
    );
  } else {
    // `self.locked = True`: these return None.
    methods.action_lock = records('action_lock', (env, model, ids, _a, ctx) => {
      env.writeRecords(model, ids, { locked: true }, ctx);
      return undefined;
    });
    methods.action_unlock = records('action_unlock', (env, model, ids, _a, ctx) => {
      env.writeRecords(model, ids, { locked: false }, ctx);
      return undefined;
    });
  }
  return methods;
}

export function saleModels(version: OdooVersion): ModelSpec[] {
  const states: Array<[string, string]> = [
    ['draft', 'Quotation'],
    ['sent', 'Quotation Sent'],
    ['sale', 'Sales Order'],
  ];
  if (version === 16) states.push(['done', 'Locked']);
  states.push(['cancel', 'Cancelled']);
  const uomField = version >= 19 ? 'product_uom_id' : 'product_uom';
  const setAddresses = (env: SimEnv, vals: Vals) => {
    if (typeof vals.partner_id !== 'number' || !env.row('res.partner', vals.partner_id)) return;
    if (vals.partner_invoice_id === undefined) vals.partner_invoice_id = addressOf(env, vals.partner_id, 'invoice');
    if (vals.partner_shipping_id === undefined) vals.partner_shipping_id = addressOf(env, vals.partner_id, 'delivery');
  };
  /** _compute_fiscal_position_id: from the customer and the delivery address, unless given. */
  const setFiscalPosition = (
    env: SimEnv,
    vals: Vals,
    current?: { partner: number; shipping: number; company: number },
  ) => {
    if (vals.fiscal_position_id !== undefined) return;
    const partner = typeof vals.partner_id === 'number' ? vals.partner_id : current?.partner;
    const shipping =
      typeof vals.partner_shipping_id === 'number' ? vals.partner_shipping_id : (current?.shipping ?? partner);
    const company = typeof vals.company_id === 'number' ? vals.company_id : (current?.company ?? 1);
    if (partner === undefined) return;
    vals.fiscal_position_id = fiscalPositionFor(env, partner, shipping ?? partner, company) ?? false;
  };
  const methods = saleOrderMethods(version);
  // The "Update Prices" button (action_update_prices → _recompute_prices), 16 included.
  methods.action_update_prices = {
    qualname: 'SaleOrder.action_update_prices',
    api: 'records',
    params: [],
    call(env, model, ids, _a, ctx) {
      if (ids.length !== 1) throw valueError(`Expected singleton: ${model}(${ids.join(', ')})`);
      updatePrices(env, ids[0], ctx);
      return undefined;
    },
  };
  return [
    {
      name: 'sale.order',
      description: 'Sales Order',
      order: 'date_order desc, id desc',
      fields: {
        name: char('Order Reference', { required: true, default: always('New') }),
        partner_id: many2one('res.partner', 'Customer', { required: true }),
        partner_invoice_id: many2one('res.partner', 'Invoice Address', { required: true }),
        partner_shipping_id: many2one('res.partner', 'Delivery Address', { required: true }),
        client_order_ref: char('Customer Reference'),
        origin: char('Source Document'),
        note: html('Terms and conditions'),
        state: selection(states, 'Status', { readonly: true, default: always('draft') }),
        ...(version >= 17 ? { locked: boolean('Locked', { default: always(false) }) } : {}),
        date_order: datetime('Order Date', { required: true, default: now }),
        pricelist_id: many2one('product.pricelist', 'Pricelist'),
        currency_id: many2one('res.currency', 'Currency', { default: always(1) }),
        user_id: many2one('res.users', 'Salesperson', { default: (env) => env.uid }),
        company_id: many2one('res.company', 'Company', { required: true, default: currentCompanyDefault }),
        fiscal_position_id: many2one('account.fiscal.position', 'Fiscal Position'),
        order_line: one2many('sale.order.line', 'order_id', 'Order Lines'),
        ...saleOrderAmountFields(),
      },
      methods,
      hooks: {
        prepareCreate(env, vals) {
          if (vals.name === 'New' || !vals.name) vals.name = env.nextSequence('sale.order', 'S');
          setAddresses(env, vals);
          setFiscalPosition(env, vals);
        },
        prepareWrite(env, ids, vals) {
          if ('partner_id' in vals) setAddresses(env, vals);
          if (['partner_id', 'partner_shipping_id', 'company_id'].some((f) => f in vals)) {
            const row = env.row('sale.order', ids[0])!;
            setFiscalPosition(env, vals, {
              partner: row.partner_id as number,
              shipping: row.partner_shipping_id as number,
              company: row.company_id as number,
            });
          }
        },
        beforeUnlink(env, ids) {
          if (ids.some((id) => !['draft', 'cancel'].includes(env.get('sale.order', id, 'state') as string))) {
            throw userError(
              'You can not delete a sent quotation or a confirmed sales order. You must first cancel it.',
            );
          }
        },
      },
    },
    {
      name: 'sale.order.line',
      description: 'Sales Order Line',
      order: 'order_id, sequence, id',
      displayName: (env, row) =>
        `${col(env, 'sale.order', row.order_id, 'name')} - ${((row.name as string) ?? '').split('\n')[0] || env.displayName('product.product', row.product_id as number)}`,
      fields: {
        order_id: many2one('sale.order', 'Order Reference', { required: true, ondelete: 'cascade' }),
        sequence: integer('Sequence', { default: always(10) }),
        display_type: selection(
          [
            ['line_section', 'Section'],
            ['line_note', 'Note'],
          ],
          'Display Type',
        ),
        product_id: many2one('product.product', 'Product', { ondelete: 'restrict' }),
        name: text('Description', { required: true }),
        product_uom_qty: float('Quantity', { required: true, default: always(1.0) }),
        [uomField]: many2one('uom.uom', 'Unit of Measure'),
        price_unit: float('Unit Price', { required: true }),
        discount: float('Discount (%)'),
        ...saleLineAmountFields(version),
        // Stored; sale_stock sets it from the done moves (method 'stock_move'), a user types it for services.
        qty_delivered: float('Delivery Quantity'),
        company_id: many2one('res.company', 'Company', {
          compute: (env, row) => col(env, 'sale.order', row.order_id, 'company_id'),
          store: true,
        }),
        state: selection(states, 'Order Status', {
          compute: (env, row) => col(env, 'sale.order', row.order_id, 'state'),
        }),
      },
      hooks: {
        ...touchesOrder('sale.order.line', 'sale.order'),
        prepareCreate(env, vals) {
          productDefaults(env, vals, uomField, (productId) => {
            const description = env.get('product.product', productId, 'description_sale');
            return description
              ? `${env.displayName('product.product', productId)}\n${description}`
              : env.displayName('product.product', productId);
          });
          if (typeof vals.product_id === 'number' && env.row('product.product', vals.product_id)) {
            saleLinePriceAndTaxes(env, vals, typeof vals.order_id === 'number' ? vals.order_id : null);
          }
        },
        prepareWrite(env, ids, vals) {
          if (
            typeof vals.product_id === 'number' &&
            vals.price_unit === undefined &&
            env.row('product.product', vals.product_id)
          ) {
            const orderId = env.row('sale.order.line', ids[0])!.order_id as number;
            saleLinePriceAndTaxes(env, { product_uom_qty: 1, ...vals }, orderId, vals);
          }
        },
        beforeUnlink(env, ids) {
          const confirmed = ids.some(
            (id) => col(env, 'sale.order', env.row('sale.order.line', id)!.order_id, 'state') === 'sale',
          );
          if (confirmed) {
            throw userError(
              "Once a sales order is confirmed, you can't remove one of its lines (we need to track if something gets invoiced or delivered).\n" +
                'Set the quantity to 0 instead.',
            );
          }
        },
      },
    },
  ];
}
