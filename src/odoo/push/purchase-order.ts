import { EntityType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { PurchaseOrderLine } from '../../modules/purchase-order/purchase-order-line.entity.js';
import type { PurchaseOrder } from '../../modules/purchase-order/purchase-order.entity.js';
import { companyVals } from './company-vals.js';
import { createOnce, findByReference, isOurs, madeInOdoo } from './create-once.js';
import { productIds } from './product-ids.js';
import { missingInOdoo, type PushScope } from './push-scope.js';

/** The model purchase orders are pulled from is the one they are pushed to. */
const ODOO_MODEL = SYNCABLE_TYPES[EntityType.PURCHASE_ORDER].pull.model;

/** The vendor (by name) and the purchase order, found again by `partner_ref` (the hub's externalId). */
export async function pushPurchaseOrder(scope: PushScope, order: PurchaseOrder): Promise<number> {
  const { odoo, tx: em } = scope;
  const lines = await em.find(PurchaseOrderLine, { purchaseOrder: order.id }, { orderBy: { id: 'asc' } });
  const orderLines = async () => {
    const products = await productIds(
      odoo,
      em,
      lines.map((l) => l.productExternalId),
    );
    return lines.map((l) => [
      0,
      0,
      {
        product_id: products.get(l.productExternalId),
        product_qty: l.quantity,
        price_unit: Number(l.priceUnit),
        name: l.productExternalId,
      },
    ]);
  };
  if (order.odooId) {
    // Changed after it reached Odoo: its lines are replaced (command 5, then 0s), in
    // the order the hub made only. Odoo refuses that once the order is confirmed,
    // with a message that becomes the SyncFailure.
    if (!(await isOurs(scope, ODOO_MODEL, EntityType.PURCHASE_ORDER, order.id, order.odooId))) {
      throw madeInOdoo(ODOO_MODEL, order.odooId, 'partner_ref', order.externalId);
    }
    await odoo.write(ODOO_MODEL, [order.odooId], { order_line: [[5, 0, 0], ...(await orderLines())] });
    return order.odooId;
  }
  const found = await findByReference(odoo, ODOO_MODEL, 'partner_ref', order.externalId);
  if (found) {
    if (await isOurs(scope, ODOO_MODEL, EntityType.PURCHASE_ORDER, order.id, found)) return found;
    throw madeInOdoo(ODOO_MODEL, found, 'partner_ref', order.externalId);
  }
  const [vendor] = await odoo.search('res.partner', [['name', '=', order.vendor]], { limit: 1 });
  if (!vendor) throw missingInOdoo(`Vendor ${JSON.stringify(order.vendor)}`);
  return createOnce(scope, ODOO_MODEL, EntityType.PURCHASE_ORDER, order.id, {
    partner_id: vendor,
    partner_ref: order.externalId,
    order_line: await orderLines(),
    ...(await companyVals(odoo, ODOO_MODEL)),
  });
}
