/**
 * Warehouses (addons/stock/models/stock_warehouse.py, 16–19): a warehouse is
 * a view location (named by its short code, under "Physical Locations") with
 * its stock location inside, and the operation types that receive into and
 * deliver from it. `create` makes them, as Odoo's `create` does
 * (`_get_locations_values`, `_create_or_update_sequences_and_picking_types`);
 * the input, quality-control, output and packing locations of multi-step
 * routes are left out (Odoo creates them archived for one-step warehouses).
 *
 * A location's warehouse (stock_location.py `_compute_warehouse_id`) is the
 * warehouse whose view location is the location itself or one of its parents;
 * Odoo computes it from `parent_path` and does not store it in 16.
 */
import { validationError } from '../odoo-exception.js';
import { col } from '../orm/compute-helpers.js';
import type { ModelExtension } from '../orm/inherit.js';
import { always, boolean, char, currentCompanyDefault, integer, many2one, one2many } from '../orm/fields.js';
import type { CacheValue, Context, ModelSpec, Row, Vals } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';

/** stock.stock_location_locations: the view every warehouse's location sits under. */
function physicalLocations(env: SimEnv): number | false {
  const [id] = env.searchIds('stock.location', [
    ['name', '=', 'Physical Locations'],
    ['usage', '=', 'view'],
    ['location_id', '=', false],
  ]);
  return id ?? false;
}

/** create(): the view location named by the code, then WH/Stock inside it, in the warehouse's company. */
function makeLocations(env: SimEnv, vals: Vals, ctx: Context): void {
  const company = vals.company_id ?? currentCompanyDefault(env, vals, ctx);
  const create = (v: Vals) => env.createRecords('stock.location', [{ ...v, company_id: company }], ctx)[0];
  const view = create({ name: vals.code, usage: 'view', location_id: physicalLocations(env) });
  vals.view_location_id = view;
  vals.lot_stock_id = create({ name: 'Stock', usage: 'internal', location_id: view });
}

/** The receipt and delivery operation types of a new warehouse (one-step reception and delivery). */
function makeOperationTypes(env: SimEnv, id: number, ctx: Context): void {
  const warehouse = env.row('stock.warehouse', id)!;
  const supplier = env.searchIds('stock.location', [['usage', '=', 'supplier']], { limit: 1 })[0];
  const customer = env.searchIds('stock.location', [['usage', '=', 'customer']], { limit: 1 })[0];
  const common = { warehouse_id: id, company_id: warehouse.company_id };
  env.createRecords(
    'stock.picking.type',
    [
      {
        ...common,
        name: 'Receipts',
        code: 'incoming',
        sequence_code: 'IN',
        default_location_src_id: supplier ?? false,
        default_location_dest_id: warehouse.lot_stock_id,
      },
      {
        ...common,
        name: 'Delivery Orders',
        code: 'outgoing',
        sequence_code: 'OUT',
        default_location_src_id: warehouse.lot_stock_id,
        default_location_dest_id: customer ?? false,
      },
    ],
    ctx,
  );
}

/** _compute_warehouse_id: the first warehouse (in the warehouses' order) whose view location is on the location's path. */
function locationWarehouse(env: SimEnv, row: Row): CacheValue {
  const path = new Set<number>();
  for (let at: Row | undefined = row; at;) {
    if (path.has(at.id)) break;
    path.add(at.id);
    at = typeof at.location_id === 'number' ? env.row('stock.location', at.location_id) : undefined;
  }
  const warehouses = env.searchIds('stock.warehouse', [['view_location_id', 'in', [...path]]], {
    activeTest: false,
  });
  return warehouses[0] ?? null;
}

export const stockWarehouseModels = (): ModelSpec[] => [
  {
    name: 'stock.warehouse',
    description: 'Warehouse',
    order: 'sequence,id',
    fields: {
      name: char('Warehouse', { required: true }),
      active: boolean('Active', { default: always(true) }),
      company_id: many2one('res.company', 'Company', { required: true, default: currentCompanyDefault }),
      partner_id: many2one('res.partner', 'Address'),
      view_location_id: many2one('stock.location', 'View Location', { required: true }),
      lot_stock_id: many2one('stock.location', 'Location Stock', { required: true }),
      code: char('Short Name', { required: true }),
      sequence: integer('Sequence', { default: always(10) }),
    },
    hooks: {
      prepareCreate(env, vals, ctx) {
        if (!vals.view_location_id && typeof vals.code === 'string') makeLocations(env, vals, ctx);
      },
      afterCreate(env, id, _vals, ctx) {
        makeOperationTypes(env, id, ctx);
      },
      // _sql_constraints warehouse_code_uniq / warehouse_name_uniq: unique per company.
      constrain(env, ids) {
        for (const id of ids) {
          const row = env.row('stock.warehouse', id)!;
          for (const [field, message] of [
            ['code', 'The short name of the warehouse must be unique per company!'],
            ['name', 'The name of the warehouse must be unique per company!'],
          ] as const) {
            const twins = env.searchIds(
              'stock.warehouse',
              [
                [field, '=', row[field]],
                ['company_id', '=', row.company_id],
                ['id', '!=', id],
              ],
              { activeTest: false },
            );
            if (twins.length) throw validationError(message);
          }
        }
      },
    },
  },
];

export const stockWarehouseExtensions = (): ModelExtension[] => [
  {
    inherit: 'stock.location',
    fields: {
      warehouse_view_ids: one2many('stock.warehouse', 'view_location_id', 'Warehouse View'),
      warehouse_id: many2one('stock.warehouse', 'Warehouse', { compute: locationWarehouse }),
    },
  },
  {
    inherit: 'stock.quant',
    fields: {
      // related='location_id.warehouse_id' (stock_quant.py), not stored.
      warehouse_id: many2one('stock.warehouse', 'Warehouse', {
        compute: (env, row) => col(env, 'stock.location', row.location_id, 'warehouse_id'),
      }),
    },
  },
  {
    inherit: 'stock.picking.type',
    fields: { warehouse_id: many2one('stock.warehouse', 'Warehouse', { ondelete: 'cascade' }) },
  },
];
