/**
 * sale_stock (addons/sale_stock/models/sale_order.py, sale_order_line.py,
 * stock.py): confirming an order launches the procurement of its goods
 * (`_action_launch_stock_rule`: one outgoing picking with a move per line of
 * goods, reserved at once), validating a delivery sets the lines' delivered
 * quantities, cancelling the order cancels its pickings not done
 * (`_action_cancel`). `delivery_status` exists from 17.
 */
import { userError } from '../odoo-exception.js';
import { col } from '../orm/compute-helpers.js';
import { integer, many2one, one2many, selection } from '../orm/fields.js';
import type { ModelExtension } from '../orm/inherit.js';
import type { Context, MethodSpec, OdooVersion, Row } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';
import { cancelPickings, doneField, reserveMoves } from './stock-picking.js';

/** Goods go through stock: consu/product in 16–17, consu in 18+ (services and combos do not). */
function isGoods(env: SimEnv, productId: number): boolean {
  const type = env.get('product.product', productId, 'type');
  return env.version >= 18 ? type === 'consu' : type === 'consu' || type === 'product';
}

/** _action_launch_stock_rule(): what the lines' moves do not cover yet goes into the open delivery. */
function launchStockRules(env: SimEnv, orderId: number): void {
  const order = env.row('sale.order', orderId)!;
  const type = env.searchIds('stock.picking.type', [
    ['code', '=', 'outgoing'],
    ['company_id', '=', order.company_id],
  ])[0];
  if (type === undefined) throw userError('No rule has been found to replenish the products of this order.');
  const source = col(env, 'stock.picking.type', type, 'default_location_src_id') as number;
  const dest = col(env, 'stock.picking.type', type, 'default_location_dest_id') as number;
  const newMoves: number[] = [];
  let pickingId: number | undefined;
  for (const lineId of env.o2mIds('sale.order.line', 'order_id', orderId)) {
    const line = env.row('sale.order.line', lineId)!;
    if (typeof line.product_id !== 'number' || !isGoods(env, line.product_id)) continue;
    const covered = env
      .o2mIds('stock.move', 'sale_line_id', lineId)
      .map((id) => env.row('stock.move', id)!)
      .filter((m) => m.state !== 'cancel')
      .reduce((sum, m) => sum + (m.product_uom_qty as number), 0);
    const missing = (line.product_uom_qty as number) - covered;
    if (missing <= 0) continue;
    pickingId ??=
      env
        .o2mIds('stock.picking', 'sale_id', orderId)
        .find((id) => !['done', 'cancel'].includes(env.get('stock.picking', id, 'state') as string)) ??
      env.createRecords(
        'stock.picking',
        [
          {
            picking_type_id: type,
            partner_id: order.partner_shipping_id,
            origin: order.name,
            sale_id: orderId,
            location_id: source,
            location_dest_id: dest,
            scheduled_date: env.nowString(),
            company_id: order.company_id,
          },
        ],
        {},
      )[0];
    const [moveId] = env.createRecords(
      'stock.move',
      [
        {
          name: line.name,
          product_id: line.product_id,
          product_uom_qty: missing,
          picking_id: pickingId,
          sale_line_id: lineId,
          location_id: source,
          location_dest_id: dest,
          partner_id: order.partner_shipping_id,
          origin: order.name,
          company_id: order.company_id,
          state: 'confirmed',
        },
      ],
      {},
    );
    newMoves.push(moveId);
  }
  reserveMoves(env, newMoves);
}

/** _compute_qty_delivered (method 'stock_move'): the done quantities of the line's outgoing moves. */
function updateDelivered(env: SimEnv, pickingIds: number[], ctx: Context): void {
  const lines = new Set<number>();
  for (const id of pickingIds) {
    for (const moveId of env.o2mIds('stock.move', 'picking_id', id)) {
      const line = env.row('stock.move', moveId)!.sale_line_id;
      if (typeof line === 'number') lines.add(line);
    }
  }
  for (const lineId of lines) {
    const delivered = env
      .o2mIds('stock.move', 'sale_line_id', lineId)
      .map((id) => env.row('stock.move', id)!)
      .filter((m) => m.state === 'done')
      .reduce((sum, m) => sum + ((m[doneField(env)] as number) ?? 0), 0);
    if (env.row('sale.order.line', lineId)!.qty_delivered !== delivered) {
      env.writeRecords('sale.order.line', [lineId], { qty_delivered: delivered }, ctx);
    }
  }
}

/** _compute_delivery_status (17+), as sale_stock computes it from the pickings' states. */
function deliveryStatus(env: SimEnv, row: Row): string | null {
  const states = env.o2mIds('stock.picking', 'sale_id', row.id).map((id) => env.get('stock.picking', id, 'state'));
  if (!states.length || states.every((s) => s === 'cancel')) return null;
  if (states.every((s) => s === 'done' || s === 'cancel')) return 'full';
  const anyDone = states.some((s) => s === 'done');
  const anyDelivered = env
    .o2mIds('sale.order.line', 'order_id', row.id)
    .some((id) => ((env.row('sale.order.line', id)!.qty_delivered as number) ?? 0) > 0);
  if (anyDone && anyDelivered) return 'partial';
  if (anyDone) return 'started';
  return 'pending';
}

const wrap =
  (name: string, after: (env: SimEnv, ids: number[], result: unknown, ctx: Context) => void) =>
  (parent: MethodSpec | undefined): MethodSpec => ({
    ...parent!,
    call(env, model, ids, args, ctx) {
      const result = parent!.call(env, model, ids, args, ctx);
      after(env, ids, result, ctx);
      return result;
    },
    qualname: parent?.qualname ?? name,
  });

export function saleStockExtensions(version: OdooVersion): ModelExtension[] {
  return [
    {
      inherit: 'sale.order',
      fields: {
        picking_ids: one2many('stock.picking', 'sale_id', 'Transfers'),
        delivery_count: integer('Delivery Orders', {
          compute: (env, row) => env.o2mIds('stock.picking', 'sale_id', row.id).length,
        }),
        ...(version >= 17
          ? {
              delivery_status: selection(
                [
                  ['pending', 'Not Delivered'],
                  ['started', 'Started'],
                  ['partial', 'Partially Delivered'],
                  ['full', 'Fully Delivered'],
                ],
                'Delivery Status',
                { compute: deliveryStatus, store: true },
              ),
            }
          : {}),
      },
      methods: {
        action_confirm: wrap('SaleOrder.action_confirm', (env, ids) => {
          for (const id of ids) launchStockRules(env, id);
        }),
        // _action_cancel(): the pickings not done are cancelled with the order.
        action_cancel: wrap('SaleOrder.action_cancel', (env, ids, result) => {
          if (result !== true) return;
          const open = ids
            .flatMap((id) => env.o2mIds('stock.picking', 'sale_id', id))
            .filter((id) => env.get('stock.picking', id, 'state') !== 'done');
          if (open.length) cancelPickings(env, open);
        }),
      },
    },
    {
      inherit: 'sale.order.line',
      fields: { move_ids: one2many('stock.move', 'sale_line_id', 'Stock Moves') },
    },
    {
      inherit: 'stock.picking',
      fields: { sale_id: many2one('sale.order', 'Sales Order') },
      methods: {
        button_validate: wrap('Picking.button_validate', (env, ids, result, ctx) => {
          if (result === true) updateDelivered(env, ids, ctx);
        }),
      },
    },
    {
      inherit: 'stock.move',
      fields: { sale_line_id: many2one('sale.order.line', 'Sale Line') },
    },
  ];
}
