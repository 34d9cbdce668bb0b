import type { OdooStatus } from '../../modules/sale-order/odoo-status.type.js';
import { recordOdooStatus } from '../../modules/sale-order/odoo-status.service.js';
import type { PushScope } from './push-scope.js';

/**
 * Records what became of a pushed order in Odoo (its odooStatus and Odoo id) in
 * the push's transaction. When the row was as the push read it, its new
 * updated_at is noted on the scope (the push changed it, nobody else did: the
 * row may still be COMPLETED); a change someone made meanwhile (a cancellation)
 * keeps it out of COMPLETED, so the change feed still hands it out. Returns the
 * Odoo id for the queue row.
 */
export async function recordInPush(
  scope: PushScope,
  orderId: string,
  odooId: number,
  status: OdooStatus,
): Promise<number> {
  const { written } = await recordOdooStatus(scope.tx, [{ id: orderId, odooId, status }]);
  const at = written.get(orderId);
  if (at && at.before === scope.recordReadAt) scope.recordUpdatedAt = at.after;
  return odooId;
}

/** The same outside the push's transaction, which a failure is about to roll back: the shop still sees Odoo's amounts. */
export async function recordBeforeFailing(
  scope: PushScope,
  orderId: string,
  odooId: number,
  status: OdooStatus,
): Promise<void> {
  await scope.outside.transactional((tx) => recordOdooStatus(tx, [{ id: orderId, odooId, status }]));
}
