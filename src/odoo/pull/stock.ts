import { EntityType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { ingestStock } from '../../ingest/ingest.service.js';
import { many2oneId } from '../odoo-values.js';
import { productKeys, skuOf } from './product.js';
import { ids, inBatches, type PulledModel } from './pull-source.js';

const { model } = SYNCABLE_TYPES[EntityType.STOCK].pull;

/**
 * Stock is read from stock.quant: the quants changed since the cursor name the
 * products whose stock moved; their quantity is then summed over all internal
 * locations (supplier `odoo`), so a move between shelves changes nothing and
 * stock in customer, vendor or transit locations counts for nothing.
 */
export const STOCK: PulledModel = {
  entityType: EntityType.STOCK,
  model,
  fields: ['product_id'],
  domain: [],
  async load(odoo, page) {
    const productIds = ids(page.map((q) => q.product_id));
    // Two reads that need only the ids: side by side.
    const [quants, skus] = await Promise.all([
      productIds.length
        ? odoo.searchRead(
            model,
            [
              ['product_id', 'in', productIds],
              ['location_id.usage', '=', 'internal'],
            ],
            { fields: ['product_id', 'quantity'] },
          )
        : [],
      productKeys(odoo, productIds),
    ]);
    const totals = new Map<number, number>(productIds.map((id) => [id, 0]));
    for (const q of quants) {
      const id = many2oneId(q.product_id);
      if (id !== null) totals.set(id, (totals.get(id) ?? 0) + Number(q.quantity));
    }
    // Odoo allows negative quants (sold before received); the webshop has nothing to sell then.
    const stock = [...totals].map(([id, qty]) => ({
      supplierExternalId: 'odoo',
      productExternalId: skus.get(id) ?? skuOf(null, id),
      quantity: Math.max(0, qty),
    }));
    return async (tx) => [
      await inBatches(
        stock,
        (r) => `${r.supplierExternalId} ${r.productExternalId}`,
        (b) => ingestStock(tx, b),
      ),
    ];
  },
};
