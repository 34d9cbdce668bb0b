import type { StockIngest } from '../../ingest/ingest.types.js';
import type { OdooClient } from '../odoo-client.js';
import { many2oneId } from '../odoo-values.js';
import { TOTAL_SUPPLIER, warehouseSupplier, type Warehouse } from './warehouses.js';

/** On hand and reserved of one product in one warehouse: sums over its quants. */
export interface Level {
  onHand: number;
  reserved: number;
}

/** Per product id, per warehouse code: the product's level there (absent: no quant there). */
export type Levels = Map<number, Map<string, Level>>;

/**
 * Reads the quants of the products in each warehouse: those in internal
 * locations under the warehouse's view location (stock.warehouse
 * `view_location_id`; `child_of` works alike in 16–19, where the location's
 * own `warehouse_id` is not stored in 16) and of the warehouse's company (a
 * quant's company is its location's: stock_quant.py). Quants of customer,
 * vendor, transit or inventory-loss locations count for nothing, nor do
 * another company's. The products are named `readChunk` at a time.
 */
export async function readLevels(odoo: OdooClient, productIds: number[], warehouses: Warehouse[]): Promise<Levels> {
  const levels: Levels = new Map();
  for (const warehouse of warehouses) {
    const quants = await odoo.searchReadIn(
      'stock.quant',
      'product_id',
      productIds,
      [
        ['location_id', 'child_of', warehouse.viewLocationId],
        ['location_id.usage', '=', 'internal'],
        ['company_id', '=', warehouse.companyId],
      ],
      { fields: ['product_id', 'quantity', 'reserved_quantity'] },
    );
    for (const quant of quants) {
      const productId = many2oneId(quant.product_id);
      if (productId === null) continue;
      const byWarehouse = levels.get(productId) ?? new Map<string, Level>();
      levels.set(productId, byWarehouse);
      const level = byWarehouse.get(warehouse.code) ?? { onHand: 0, reserved: 0 };
      level.onHand += Number(quant.quantity) || 0;
      level.reserved += Number(quant.reserved_quantity) || 0;
      byWarehouse.set(warehouse.code, level);
    }
  }
  return levels;
}

/**
 * What may be sold: on hand minus reserved (stock.quant `available_quantity`,
 * summed as Odoo's `_get_available_quantity` does), never below 0: Odoo allows
 * negative quants (sold before received), and the shop has nothing to sell then.
 */
export const sellable = (level: Level): number => Math.max(0, level.onHand - level.reserved);

/**
 * The Stock rows of the products that have quants in the warehouses: one per
 * warehouse they lie in, and their total (`odoo`), whose quantity is the sum
 * of the warehouses' sellable quantities (a shortfall in one warehouse does
 * not take from another's stock).
 */
export function stockRows(levels: Levels, skus: Map<number, string>): StockIngest[] {
  const rows: StockIngest[] = [];
  for (const [productId, byWarehouse] of levels) {
    const productExternalId = skus.get(productId);
    if (productExternalId === undefined) continue;
    const total = { quantity: 0, onHand: 0, reserved: 0 };
    for (const [code, level] of byWarehouse) {
      const quantity = sellable(level);
      rows.push(row(warehouseSupplier(code), productExternalId, quantity, level));
      total.quantity += quantity;
      total.onHand += level.onHand;
      total.reserved += level.reserved;
    }
    rows.push(row(TOTAL_SUPPLIER, productExternalId, total.quantity, total));
  }
  return rows;
}

function row(supplierExternalId: string, productExternalId: string, quantity: number, level: Level): StockIngest {
  return {
    supplierExternalId,
    productExternalId,
    quantity: round(quantity),
    onHandQuantity: round(level.onHand),
    reservedQuantity: round(level.reserved),
  };
}

/** Sums of floats drift (0.1 + 0.2); Odoo rounds quantities to its UoM precision, far coarser than this. */
const round = (n: number): number => Math.round(n * 1e6) / 1e6 + 0;
