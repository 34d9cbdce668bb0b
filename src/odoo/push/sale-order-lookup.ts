import { EntityType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { findCreate } from '../../modules/odoo-create/odoo-create.service.js';
import type { SaleOrder } from '../../modules/sale-order/sale-order.entity.js';
import { findByReference, isOurs, madeInOdoo } from './create-once.js';
import type { PushScope } from './push-scope.js';

const ODOO_MODEL = SYNCABLE_TYPES[EntityType.SALE_ORDER].pull.model;

/**
 * The Odoo order the hub created for this one before (an earlier try whose
 * commit was lost), if any: the id the create noted, else the order carrying
 * the hub's reference, if the hub made it. An order Odoo made with that
 * reference is never adopted (a permanent failure).
 */
export async function ourOrder(scope: PushScope, order: SaleOrder): Promise<number | null> {
  const note =
    scope.recordNote !== undefined ? scope.recordNote : await findCreate(scope.tx, EntityType.SALE_ORDER, order.id);
  if (note?.odooId) return note.odooId;
  const found = await findByReference(scope.odoo, ODOO_MODEL, 'client_order_ref', order.externalId);
  if (!found) return null;
  if (await isOurs(scope, ODOO_MODEL, EntityType.SALE_ORDER, order.id, found)) return found;
  throw madeInOdoo(ODOO_MODEL, found, 'client_order_ref', order.externalId);
}
