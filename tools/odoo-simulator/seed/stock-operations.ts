/**
 * The warehouse's operation types a fresh database holds once stock is
 * installed (addons/stock/models/stock_warehouse.py `_create_or_update_sequences_and_picking_types`):
 * receipts into WH/Stock and deliveries from it to the customers.
 */
import type { SimEnv } from '../orm/sim-env.js';
import type { BaseIds } from './install.js';

export function installStockOperations(env: SimEnv, base: BaseIds): void {
  const supplier = env.searchIds('stock.location', [['usage', '=', 'supplier']], { limit: 1 })[0];
  env.createRecords(
    'stock.picking.type',
    [
      {
        name: 'Receipts',
        code: 'incoming',
        sequence_code: 'IN',
        default_location_src_id: supplier ?? false,
        default_location_dest_id: base.stock,
      },
      {
        name: 'Delivery Orders',
        code: 'outgoing',
        sequence_code: 'OUT',
        default_location_src_id: base.stock,
        default_location_dest_id: base.customers,
      },
    ],
    {},
  );
}
