/**
 * The purchase addon: requests for quotation and purchase orders. Odoo 19
 * renamed purchase.order.notes to `note` (saas~18.4).
 */
import { userError } from '../odoo-exception.js';
import { col } from '../orm/compute-helpers.js';
import {
  always,
  char,
  currentCompanyDefault,
  datetime,
  float,
  html,
  many2one,
  now,
  one2many,
  selection,
} from '../orm/fields.js';
import type { MethodSpec, ModelSpec, OdooVersion } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';
import { amountFields, lineFields, productDefaults, touchesOrder } from './order-lines.js';

export function purchaseModels(version: OdooVersion): ModelSpec[] {
  const uomField = version >= 19 ? 'product_uom_id' : 'product_uom';
  const records = (qualname: string, call: MethodSpec['call']): MethodSpec => ({
    qualname: `PurchaseOrder.${qualname}`,
    api: 'records',
    params: [],
    call,
  });
  /** _add_supplier_to_product(): a vendor not yet listed on a product becomes one of its vendors. */
  const addSupplier = (env: SimEnv, orderId: number) => {
    const partner = env.get('purchase.order', orderId, 'partner_id') as number;
    const vendor = (col(env, 'res.partner', partner, 'parent_id') as number | null) ?? partner;
    for (const lineId of env.o2mIds('purchase.order.line', 'order_id', orderId)) {
      const line = env.row('purchase.order.line', lineId)!;
      if (line.product_id === null) continue;
      const template = col(env, 'product.product', line.product_id, 'product_tmpl_id') as number;
      const sellers = env.o2mIds('product.supplierinfo', 'product_tmpl_id', template);
      const known = sellers.some((s) =>
        [vendor, partner].includes(env.row('product.supplierinfo', s)!.partner_id as number),
      );
      if (!known && sellers.length <= 10) {
        env.createRecords(
          'product.supplierinfo',
          [
            {
              partner_id: vendor,
              product_tmpl_id: template,
              price: line.price_unit,
              min_qty: 1.0,
              sequence: sellers.length + 1,
            },
          ],
          {},
        );
      }
    }
  };
  return [
    {
      name: 'purchase.order',
      description: 'Purchase Order',
      order: 'id desc',
      displayName: (_env, row) => (row.partner_ref ? `${row.name} (${row.partner_ref})` : (row.name as string)),
      fields: {
        name: char('Order Reference', { required: true, default: always('New') }),
        origin: char('Source'),
        partner_ref: char('Vendor Reference'),
        date_order: datetime('Order Deadline', { required: true, default: now }),
        date_approve: datetime('Confirmation Date', { readonly: true }),
        partner_id: many2one('res.partner', 'Vendor', { required: true }),
        currency_id: many2one('res.currency', 'Currency', { required: true, default: always(1) }),
        state: selection(
          [
            ['draft', 'RFQ'],
            ['sent', 'RFQ Sent'],
            ['to approve', 'To Approve'],
            ['purchase', 'Purchase Order'],
            ['done', 'Locked'],
            ['cancel', 'Cancelled'],
          ],
          'Status',
          { readonly: true, default: always('draft') },
        ),
        order_line: one2many('purchase.order.line', 'order_id', 'Order Lines'),
        [version >= 19 ? 'note' : 'notes']: html('Terms and Conditions'),
        user_id: many2one('res.users', 'Buyer', { default: (env) => env.uid }),
        company_id: many2one('res.company', 'Company', { required: true, default: currentCompanyDefault }),
        ...amountFields('purchase.order.line'),
      },
      methods: {
        button_confirm: records('button_confirm', (env, model, ids, _a, ctx) => {
          for (const id of ids) {
            if (!['draft', 'sent'].includes(env.get(model, id, 'state') as string)) continue;
            const lines = env.o2mIds('purchase.order.line', 'order_id', id);
            if (lines.some((l) => env.row('purchase.order.line', l)!.product_id === null)) {
              throw userError('Some order lines are missing a product, you need to correct them before going further.');
            }
            addSupplier(env, id);
            env.writeRecords(model, [id], { state: 'purchase', date_approve: env.nowString() }, ctx);
          }
          return true;
        }),
        button_approve: records('button_approve', (env, model, ids, _a, ctx) => {
          env.writeRecords(model, ids, { state: 'purchase', date_approve: env.nowString() }, ctx);
          return {};
        }),
        button_draft: records('button_draft', (env, model, ids, _a, ctx) => {
          env.writeRecords(model, ids, { state: 'draft' }, ctx);
          return {};
        }),
        button_cancel: records('button_cancel', (env, model, ids, _a, ctx) => {
          env.writeRecords(model, ids, { state: 'cancel' }, ctx);
          return undefined;
        }),
        button_done: records('button_done', (env, model, ids, _a, ctx) => {
          env.writeRecords(model, ids, { state: 'done' }, ctx);
          return undefined;
        }),
        button_unlock: records('button_unlock', (env, model, ids, _a, ctx) => {
          env.writeRecords(model, ids, { state: 'purchase' }, ctx);
          return undefined;
        }),
      },
      hooks: {
        prepareCreate(env, vals) {
          if (vals.name === 'New' || !vals.name) vals.name = env.nextSequence('purchase.order', 'P');
        },
        beforeUnlink(env, ids) {
          if (ids.some((id) => env.get('purchase.order', id, 'state') !== 'cancel')) {
            throw userError('In order to delete a purchase order, you must cancel it first.');
          }
        },
      },
    },
    {
      name: 'purchase.order.line',
      description: 'Purchase Order Line',
      order: 'order_id, sequence, id',
      fields: {
        ...lineFields(version, 'purchase.order', 'product_qty', 'Quantity'),
        date_planned: datetime('Expected Arrival', { default: now }),
        qty_received: float('Received Qty'),
      },
      hooks: {
        ...touchesOrder('purchase.order.line', 'purchase.order'),
        prepareCreate(env, vals) {
          productDefaults(env, vals, uomField, (productId) => env.displayName('product.product', productId));
          if (
            vals.price_unit === undefined &&
            typeof vals.product_id === 'number' &&
            env.row('product.product', vals.product_id)
          ) {
            // The vendor's price from the product's vendor list, else the product's cost.
            const template = env.get('product.product', vals.product_id, 'product_tmpl_id') as number;
            const vendor = col(env, 'purchase.order', vals.order_id as number, 'partner_id');
            const seller = env
              .sortIds('product.supplierinfo', env.o2mIds('product.supplierinfo', 'product_tmpl_id', template))
              .map((id) => env.row('product.supplierinfo', id)!)
              .find((s) => s.partner_id === vendor);
            vals.price_unit = seller ? seller.price : env.get('product.product', vals.product_id, 'standard_price');
          }
        },
      },
    },
  ];
}
