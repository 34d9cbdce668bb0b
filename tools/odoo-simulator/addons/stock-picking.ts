/**
 * Transfers (addons/stock/models/stock_picking.py, stock_move.py): operation
 * types, pickings and their moves, reservation of quants and validation.
 * 16 records what was done in `quantity_done` (reserved: `reserved_availability`)
 * and answers an unprocessed validation with the immediate-transfer wizard;
 * 17+ keeps one `quantity` (reserved, then picked) and validates what is reserved.
 */
import { userError } from '../odoo-exception.js';
import { col, recomputed } from '../orm/compute-helpers.js';
import {
  always,
  boolean,
  char,
  datetime,
  float,
  integer,
  many2one,
  now,
  one2many,
  selection,
  currentCompanyDefault,
} from '../orm/fields.js';
import type { Context, MethodSpec, ModelSpec, OdooVersion, Row } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';

const MOVE_STATES: Array<[string, string]> = [
  ['draft', 'New'],
  ['waiting', 'Waiting Another Move'],
  ['confirmed', 'Waiting Availability'],
  ['partially_available', 'Partially Available'],
  ['assigned', 'Available'],
  ['done', 'Done'],
  ['cancel', 'Cancelled'],
];
const PICKING_STATES: Array<[string, string]> = [
  ['draft', 'Draft'],
  ['waiting', 'Waiting Another Operation'],
  ['confirmed', 'Waiting'],
  ['assigned', 'Ready'],
  ['done', 'Done'],
  ['cancel', 'Cancelled'],
];
const TYPE_CODES: Array<[string, string]> = [
  ['incoming', 'Receipt'],
  ['outgoing', 'Delivery'],
  ['internal', 'Internal Transfer'],
];

/** The move's reserved quantity field: 16 `reserved_availability`, 17+ `quantity`. */
const reservedField = (env: SimEnv) => (env.version === 16 ? 'reserved_availability' : 'quantity');
/** The move's processed quantity field: 16 `quantity_done`, 17+ `quantity`. */
export const doneField = (env: SimEnv) => (env.version === 16 ? 'quantity_done' : 'quantity');

/** Tracked in stock: type 'product' in 16–17, `is_storable` goods in 18+. */
export function isStorable(env: SimEnv, productId: number): boolean {
  return env.version >= 18
    ? env.get('product.product', productId, 'is_storable') === true
    : env.get('product.product', productId, 'type') === 'product';
}

/** picking._compute_state, for the 'direct' shipping policy: ready as soon as something is reserved. */
function pickingState(env: SimEnv, row: Row): string {
  const states = env.o2mIds('stock.move', 'picking_id', row.id).map((id) => env.row('stock.move', id)!.state as string);
  if (!states.length || states.some((s) => s === 'draft')) return 'draft';
  if (states.every((s) => s === 'cancel')) return 'cancel';
  if (states.every((s) => s === 'cancel' || s === 'done')) return 'done';
  if (states.some((s) => s === 'assigned' || s === 'partially_available')) return 'assigned';
  return states.some((s) => s === 'waiting') ? 'waiting' : 'confirmed';
}

/** Internal quants of the product under `locationId`, in their reservation order (oldest first). */
function quantsUnder(env: SimEnv, productId: number, locationId: number): Row[] {
  const ids = env.searchIds('stock.quant', [
    ['product_id', '=', productId],
    ['location_id', 'child_of', locationId],
  ]);
  return ids.map((id) => env.row('stock.quant', id)!).sort((a, b) => a.id - b.id);
}

/**
 * _action_assign(): a consumable (not tracked in stock) is always available;
 * storable goods reserve what the quants under the source location have
 * free (quantity − reserved_quantity).
 */
export function reserveMoves(env: SimEnv, moveIds: number[]): void {
  const field = reservedField(env);
  for (const id of moveIds) {
    const move = env.row('stock.move', id)!;
    if (!['confirmed', 'partially_available', 'waiting'].includes(move.state as string)) continue;
    const demand = move.product_uom_qty as number;
    const productId = move.product_id as number;
    if (!isStorable(env, productId)) {
      env.writeRecords('stock.move', [id], { [field]: demand, state: 'assigned' }, {});
      continue;
    }
    let missing = demand - ((move[field] as number) ?? 0);
    for (const quant of quantsUnder(env, productId, move.location_id as number)) {
      if (missing <= 0) break;
      const free = (quant.quantity as number) - (quant.reserved_quantity as number);
      if (free <= 0) continue;
      const take = Math.min(free, missing);
      env.writeRecords(
        'stock.quant',
        [quant.id],
        { reserved_quantity: (quant.reserved_quantity as number) + take },
        {},
      );
      missing -= take;
    }
    const reserved = demand - missing;
    const state = missing <= 0 ? 'assigned' : reserved > 0 ? 'partially_available' : 'confirmed';
    env.writeRecords('stock.move', [id], { [field]: reserved, state }, {});
  }
}

/** Frees what the moves reserved (_do_unreserve). */
function unreserveMoves(env: SimEnv, moveIds: number[]): void {
  const field = reservedField(env);
  for (const id of moveIds) {
    const move = env.row('stock.move', id)!;
    let reserved = (move[field] as number) ?? 0;
    if (reserved > 0 && isStorable(env, move.product_id as number)) {
      for (const quant of quantsUnder(env, move.product_id as number, move.location_id as number)) {
        if (reserved <= 0) break;
        const give = Math.min(reserved, quant.reserved_quantity as number);
        if (give <= 0) continue;
        env.writeRecords(
          'stock.quant',
          [quant.id],
          { reserved_quantity: (quant.reserved_quantity as number) - give },
          {},
        );
        reserved -= give;
      }
    }
    if (env.version === 16) env.writeRecords('stock.move', [id], { reserved_availability: 0 }, {});
  }
}

/** _action_done(): the quants under the source location give the quantity (going negative when short). */
function takeFromStock(env: SimEnv, move: Row, qty: number): void {
  if (!isStorable(env, move.product_id as number)) return;
  const reservedBefore = (move[reservedField(env)] as number) ?? 0;
  let toUnreserve = Math.min(reservedBefore, qty);
  let left = qty;
  const quants = quantsUnder(env, move.product_id as number, move.location_id as number);
  for (const quant of quants) {
    if (left <= 0) break;
    const unreserve = Math.min(toUnreserve, quant.reserved_quantity as number);
    const take = Math.min(left, Math.max(quant.quantity as number, 0));
    if (take <= 0 && unreserve <= 0) continue;
    env.writeRecords(
      'stock.quant',
      [quant.id],
      {
        quantity: (quant.quantity as number) - take,
        reserved_quantity: (quant.reserved_quantity as number) - unreserve,
      },
      {},
    );
    toUnreserve -= unreserve;
    left -= take;
  }
  if (left > 0) {
    const at = quants.find((q) => q.location_id === move.location_id) ?? quants[0];
    if (at) env.writeRecords('stock.quant', [at.id], { quantity: (at.quantity as number) - left }, {});
    else
      env.createRecords(
        'stock.quant',
        [{ product_id: move.product_id, location_id: move.location_id, quantity: -left }],
        {},
      );
  }
}

function wizardAction(name: string, resModel: string, pickingIds: number[], ctx: Context) {
  return {
    name,
    type: 'ir.actions.act_window',
    view_mode: 'form',
    res_model: resModel,
    views: [[false, 'form']],
    view_id: false,
    target: 'new',
    context: { ...ctx, button_validate_picking_ids: pickingIds, default_pick_ids: pickingIds.map((id) => [4, id]) },
  };
}

/** button_validate(), per version. */
function buttonValidate(env: SimEnv, ids: number[], ctx: Context): unknown {
  const done = doneField(env);
  const pickings = ids.map((id) => env.row('stock.picking', id)!);
  if (pickings.some((p) => ['done', 'cancel'].includes(pickingState(env, p)))) {
    throw userError('You cannot validate a transfer that is done or cancelled.');
  }
  const moves = ids.flatMap((id) => env.o2mIds('stock.move', 'picking_id', id)).map((id) => env.row('stock.move', id)!);
  const open = moves.filter((m) => !['done', 'cancel'].includes(m.state as string));
  if (env.version === 16) {
    // _sanity_check / _check_immediate: nothing processed yet → the stock.immediate.transfer wizard.
    if (open.every((m) => !((m.quantity_done as number) > 0)) && !ctx.skip_immediate) {
      return wizardAction('Immediate Transfer?', 'stock.immediate.transfer', ids, ctx);
    }
  } else if (open.every((m) => !((m.quantity as number) > 0))) {
    throw userError(
      'You cannot validate a transfer if no quantities are reserved nor done. You can use the info button to find out why.',
    );
  }
  const quantityOf = (m: Row) =>
    env.version === 16 && !((m.quantity_done as number) > 0) && ctx.skip_immediate
      ? (m.product_uom_qty as number)
      : ((m[done] as number) ?? 0);
  if (open.some((m) => quantityOf(m) < (m.product_uom_qty as number)) && !ctx.skip_backorder) {
    return wizardAction('Create Backorder?', 'stock.backorder.confirmation', ids, ctx);
  }
  for (const move of open) {
    const qty = quantityOf(move);
    if (qty <= 0) {
      unreserveMoves(env, [move.id]);
      env.writeRecords('stock.move', [move.id], { state: 'cancel' }, {});
      continue;
    }
    takeFromStock(env, move, qty);
    env.writeRecords(
      'stock.move',
      [move.id],
      {
        state: 'done',
        [done]: qty,
        ...(env.version === 16 ? { reserved_availability: 0 } : { picked: true }),
      },
      {},
    );
  }
  env.writeRecords('stock.picking', ids, { date_done: env.nowString() }, ctx);
  return true;
}

/** action_cancel(): moves not done are cancelled and give back their reservation. */
export function cancelPickings(env: SimEnv, ids: number[]): void {
  const moves = ids
    .flatMap((id) => env.o2mIds('stock.move', 'picking_id', id))
    .filter((id) => !['done', 'cancel'].includes(env.row('stock.move', id)!.state as string));
  unreserveMoves(env, moves);
  if (moves.length) env.writeRecords('stock.move', moves, { state: 'cancel' }, {});
  recomputed(env, 'stock.picking', ids);
}

function pickingMethods(): Record<string, MethodSpec> {
  const records = (qualname: string, call: MethodSpec['call']): MethodSpec => ({
    qualname: `Picking.${qualname}`,
    api: 'records',
    params: [],
    call,
  });
  return {
    button_validate: records('button_validate', (env, _model, ids, _a, ctx) => buttonValidate(env, ids, ctx)),
    action_assign: records('action_assign', (env, _model, ids) => {
      reserveMoves(
        env,
        ids.flatMap((id) => env.o2mIds('stock.move', 'picking_id', id)),
      );
      recomputed(env, 'stock.picking', ids);
      return true;
    }),
    action_cancel: records('action_cancel', (env, _model, ids) => {
      cancelPickings(env, ids);
      return true;
    }),
  };
}

export function stockPickingModels(version: OdooVersion): ModelSpec[] {
  return [
    {
      name: 'stock.picking.type',
      description: 'Picking Type',
      order: 'sequence, id',
      fields: {
        name: char('Operation Type', { required: true }),
        code: selection(TYPE_CODES, 'Type of Operation', { required: true }),
        sequence_code: char('Sequence Prefix', { required: true }),
        sequence: integer('Sequence', { default: always(1) }),
        default_location_src_id: many2one('stock.location', 'Default Source Location'),
        default_location_dest_id: many2one('stock.location', 'Default Destination Location'),
        company_id: many2one('res.company', 'Company', { required: true, default: currentCompanyDefault }),
        active: boolean('Active', { default: always(true) }),
      },
    },
    {
      name: 'stock.picking',
      description: 'Transfer',
      order: 'priority desc, scheduled_date asc, id desc',
      fields: {
        name: char('Reference', { default: always('/') }),
        origin: char('Source Document'),
        priority: selection(
          [
            ['0', 'Normal'],
            ['1', 'Urgent'],
          ],
          'Priority',
          { default: always('0') },
        ),
        state: selection(PICKING_STATES, 'Status', { compute: pickingState, store: true }),
        move_type: selection(
          [
            ['direct', 'As soon as possible'],
            ['one', 'When all products are ready'],
          ],
          'Shipping Policy',
          { required: true, default: always('direct') },
        ),
        scheduled_date: datetime('Scheduled Date', { default: now }),
        date_done: datetime('Date of Transfer', { readonly: true }),
        partner_id: many2one('res.partner', 'Contact'),
        picking_type_id: many2one('stock.picking.type', 'Operation Type', { required: true }),
        picking_type_code: selection(TYPE_CODES, 'Type of Operation', {
          compute: (env, row) => col(env, 'stock.picking.type', row.picking_type_id, 'code'),
        }),
        location_id: many2one('stock.location', 'Source Location', { required: true }),
        location_dest_id: many2one('stock.location', 'Destination Location', { required: true }),
        move_ids: one2many('stock.move', 'picking_id', 'Operations'),
        company_id: many2one('res.company', 'Company', { required: true, default: currentCompanyDefault }),
      },
      methods: pickingMethods(),
      hooks: {
        prepareCreate(env, vals) {
          if ((vals.name === '/' || !vals.name) && typeof vals.picking_type_id === 'number') {
            // The type's sequence: "<warehouse code>/<sequence code>/" (stock_warehouse.py _get_sequence_values).
            const prefix = col(env, 'stock.picking.type', vals.picking_type_id, 'sequence_code');
            const warehouse = col(env, 'stock.picking.type', vals.picking_type_id, 'warehouse_id');
            const code = col(env, 'stock.warehouse', warehouse, 'code') ?? 'WH';
            vals.name = env.nextSequence(`stock.picking.${vals.picking_type_id}`, `${String(code)}/${String(prefix)}/`);
          }
        },
      },
    },
    {
      name: 'stock.move',
      description: 'Stock Move',
      order: 'sequence, id',
      displayName: (env, row) => `${env.displayName('product.product', row.product_id as number)}`,
      fields: {
        name: char('Description', { required: true }),
        sequence: integer('Sequence', { default: always(10) }),
        product_id: many2one('product.product', 'Product', { required: true }),
        product_uom_qty: float('Demand', { required: true, default: always(0) }),
        ...(version === 16
          ? {
              quantity_done: float('Quantity Done'),
              reserved_availability: float('Quantity Reserved', { readonly: true }),
            }
          : { quantity: float('Quantity'), picked: boolean('Picked', { default: always(false) }) }),
        state: selection(MOVE_STATES, 'Status', { readonly: true, default: always('draft') }),
        picking_id: many2one('stock.picking', 'Transfer', { ondelete: 'cascade' }),
        location_id: many2one('stock.location', 'Source Location', { required: true }),
        location_dest_id: many2one('stock.location', 'Destination Location', { required: true }),
        partner_id: many2one('res.partner', 'Destination Address'),
        origin: char('Source Document'),
        date: datetime('Date Scheduled', { default: now }),
        company_id: many2one('res.company', 'Company', { required: true, default: currentCompanyDefault }),
      },
      hooks: {
        // A move's state is the picking's stored state: changing it re-dates the picking.
        afterWrite(env, ids, vals) {
          if ('state' in vals) {
            recomputed(
              env,
              'stock.picking',
              ids.map((id) => env.row('stock.move', id)!.picking_id),
            );
          }
        },
      },
    },
  ];
}
