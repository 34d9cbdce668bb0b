/** The stock addon: locations and quants (the quantity of a product at a location). */
import { col } from '../orm/compute-helpers.js';
import { active, always, boolean, char, datetime, float, many2one, now, one2many, selection } from '../orm/fields.js';
import type { ModelSpec } from '../orm/model-spec.js';

export const stockModels = (): ModelSpec[] => [
  {
    name: 'stock.location',
    description: 'Inventory Locations',
    order: 'complete_name, id',
    parentName: 'location_id',
    displayName: (env, row) => env.value(env.model('stock.location'), row, 'complete_name') as string,
    fields: {
      name: char('Location Name', { required: true }),
      complete_name: char('Full Location Name', {
        // A view location starts the path afresh: "WH" then "WH/Stock".
        compute(env, row) {
          const parent = row.location_id === null ? null : env.row('stock.location', row.location_id as number);
          if (!parent || row.usage === 'view') return row.name;
          return `${env.value(env.model('stock.location'), parent, 'complete_name')}/${row.name}`;
        },
        store: true,
      }),
      location_id: many2one('stock.location', 'Parent Location', { ondelete: 'cascade' }),
      child_ids: one2many('stock.location', 'location_id', 'Contains'),
      usage: selection(
        [
          ['supplier', 'Vendor Location'],
          ['view', 'View'],
          ['internal', 'Internal Location'],
          ['customer', 'Customer Location'],
          ['inventory', 'Inventory Loss'],
          ['production', 'Production'],
          ['transit', 'Transit Location'],
        ],
        'Location Type',
        { required: true, default: always('internal') },
      ),
      company_id: many2one('res.company', 'Company', {
        // Partner and virtual locations are shared between companies; the others belong to one.
        default: (_env, vals) => (['customer', 'supplier', 'view'].includes(String(vals.usage)) ? false : 1),
      }),
      active: active(),
    },
  },
  {
    name: 'stock.quant',
    description: 'Quants',
    order: 'id',
    displayName: (env, row) => env.displayName('stock.location', row.location_id as number),
    fields: {
      product_id: many2one('product.product', 'Product', { required: true, ondelete: 'restrict' }),
      product_tmpl_id: many2one('product.template', 'Product Template', {
        compute: (env, row) => col(env, 'product.product', row.product_id, 'product_tmpl_id'),
      }),
      location_id: many2one('stock.location', 'Location', { required: true, ondelete: 'restrict' }),
      company_id: many2one('res.company', 'Company', {
        compute: (env, row) => col(env, 'stock.location', row.location_id, 'company_id'),
        store: true,
      }),
      quantity: float('Quantity', { readonly: true }),
      reserved_quantity: float('Reserved Quantity', { readonly: true }),
      available_quantity: float('Available Quantity', {
        compute: (_env, row) => (row.quantity as number) - (row.reserved_quantity as number),
      }),
      inventory_quantity: float('Counted Quantity'),
      inventory_quantity_set: boolean('Inventory Quantity Set'),
      in_date: datetime('Incoming Date', { default: now }),
    },
    hooks: {
      prepareWrite(_env, _ids, vals) {
        if ('inventory_quantity' in vals && !('inventory_quantity_set' in vals)) vals.inventory_quantity_set = true;
      },
    },
    methods: {
      action_apply_inventory: {
        qualname: 'StockQuant.action_apply_inventory',
        api: 'records',
        params: [],
        call(env, model, ids) {
          for (const id of ids) {
            const row = env.row(model, id);
            if (!row || !row.inventory_quantity_set) continue;
            env.writeRecords(
              model,
              [id],
              { quantity: row.inventory_quantity, inventory_quantity: 0, inventory_quantity_set: false },
              {},
            );
          }
          return undefined;
        },
      },
    },
  },
];
