import { EntityType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { findCreate } from '../../modules/odoo-create/odoo-create.service.js';
import type { SaleOrder } from '../../modules/sale-order/sale-order.entity.js';
import { findByReference, isOurs, madeInOdoo } from './create-once.js';
import type { OdooClient } from '../odoo-client.js';
import type { PushScope } from './push-scope.js';

const ODOO_MODEL = SYNCABLE_TYPES[EntityType.SALE_ORDER].pull.model;

/**
 * The Odoo order the hub created for this one before (an earlier try whose
 * commit was lost), if any: the id the create noted, else the order carrying
 * the hub's reference, if the hub made it. An order Odoo made with that
 * reference is never adopted (a permanent failure).
 */
export async function ourOrder(
  scope: PushScope,
  order: SaleOrder,
  searching: Promise<number | undefined> | null = null,
): Promise<number | null> {
  const note =
    scope.recordNote !== undefined ? scope.recordNote : await findCreate(scope.tx, EntityType.SALE_ORDER, order.id);
  if (note?.odooId) return note.odooId;
  const found = await (searching ?? findByReference(scope.odoo, ODOO_MODEL, 'client_order_ref', order.externalId));
  if (!found) return null;
  if (await isOurs(scope, ODOO_MODEL, EntityType.SALE_ORDER, order.id, found)) return found;
  throw madeInOdoo(ODOO_MODEL, found, 'client_order_ref', order.externalId);
}

/**
 * ourOrder's Odoo search, started ahead (as soon as the order is read under the
 * push's lock, which is the customer's: every push of this order holds it), so it
 * runs beside the reads and locks that come before the partners' searches; null
 * where ourOrder would not search (the note of the hub's create names the id) or
 * the note was not read with the order. Read-only; ourOrder awaits it instead of
 * searching, so what it finds is what that search would find.
 */
export function searchOrderAhead(scope: PushScope, order: SaleOrder): Promise<number | undefined> | null {
  if (order.odooId || scope.recordNote === undefined || scope.recordNote?.odooId) return null;
  if (scope.recordSearch?.reference === order.externalId) return scope.recordSearch.found;
  const searching = findByReference(scope.odoo, ODOO_MODEL, 'client_order_ref', order.externalId);
  searching.catch(() => undefined); // awaited by ourOrder, unless the push stops before it
  return searching;
}

/**
 * That search started earlier still: from the queue row's payload (placeSaleOrder
 * queues the order's externalId with it), once the push holds its lock and has
 * claimed the row, beside the read under the lock (Push.searchAhead). The lock is
 * the customer's, read from the order in the lock's statement: every push of the
 * order holds it, so what the search finds is what it would find after the read.
 * searchOrderAhead uses it only where the order's reference is the one searched;
 * where the push needs no search (the order's Odoo id is known), it goes unused.
 * Not for a cancellation's push (sale-order-cancel.ts searches as it needs).
 */
export function searchOrderByPayload(
  odoo: OdooClient,
  payload: Record<string, unknown>,
): { reference: string; found: Promise<number | undefined> } | null {
  if (payload.action === 'cancel' || typeof payload.externalId !== 'string') return null;
  const found = findByReference(odoo, ODOO_MODEL, 'client_order_ref', payload.externalId);
  found.catch(() => undefined); // awaited by ourOrder, unless the push does not need it
  return { reference: payload.externalId, found };
}
