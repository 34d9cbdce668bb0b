import { sqlQuery } from '../../db/sql.js';
import { EntityType, OutboundQueueStatus } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { findCreate } from '../../modules/odoo-create/odoo-create.service.js';
import { resolveOpenFailuresOf } from '../../modules/outbound-queue/outbound-queue.service.js';
import type { SaleOrder } from '../../modules/sale-order/sale-order.entity.js';
import { OdooError } from '../odoo-error.js';
import { readOrderStatus } from '../order-status.js';
import { ourOrder } from './sale-order-lookup.js';
import type { PushScope } from './push-scope.js';
import { recordInPush } from './sale-order-record.js';

const ODOO_MODEL = SYNCABLE_TYPES[EntityType.SALE_ORDER].pull.model;

/**
 * cancelSaleOrder's push (and the order's own push, when it finds in Odoo an
 * order that was cancelled in the hub meanwhile). Odoo's `action_cancel` on
 * anything but a draft answers with the `sale.order.cancel` wizard instead of
 * cancelling (16–18, `_show_cancel_wizard` in addons/sale/models/sale_order.py),
 * unless the context carries `disable_cancel_warning`, as the wizard's own
 * button does; with it, Odoo cancels even an order whose invoice is posted (only
 * draft invoices are cancelled with it). The hub does not: a posted invoice that
 * is not reversed by a credit note needs one first, so the push fails naming the
 * invoice and changes nothing in Odoo. A locked order ("Lock Confirmed Sales":
 * 17+ `locked`, 16 state `done`) is unlocked first, as a user would before
 * cancelling. An order already cancelled is left as it is (a retry after a lost
 * answer cancels once).
 *
 * An order that never reached Odoo has nothing to cancel there, and its own push
 * sees the cancellation and never creates it. One exception: a create of the
 * order whose answer was lost (Odoo may still be committing it) — then the
 * cancellation waits, as the create's retry does, and looks again.
 */
export async function cancelInOdoo(scope: PushScope, order: SaleOrder): Promise<number | null> {
  const { odoo } = scope;
  const odooId = order.odooId ?? (await ourOrder(scope, order));
  if (!odooId) {
    await waitForUncertainCreate(scope, order);
    return null;
  }
  let read = await readOrderStatus(odoo, odooId);
  if (!read) return odooId; // deleted in Odoo: nothing left to cancel
  const name = String(read.order.name);
  if (read.status.state !== 'cancel') {
    const invoiceIds = Array.isArray(read.order.invoice_ids) ? (read.order.invoice_ids as number[]) : [];
    const posted = (
      await odoo.read('account.move', invoiceIds, ['name', 'state', 'move_type', 'payment_state'])
    ).filter((i) => i.state === 'posted' && i.move_type === 'out_invoice' && i.payment_state !== 'reversed');
    if (posted.length) {
      const names = posted.map((i) => String(i.name)).join(', ');
      throw new OdooError(
        `Sale order ${name} has posted invoice ${names}: cancelling it needs a credit note in Odoo first ` +
          '(Odoo would cancel the order and leave the invoice posted). The hub left the order as it is; ' +
          'reverse the invoice, then retry.',
        { odooName: 'hub.PostedInvoice', kind: 'permanent' },
      );
    }
    if (read.order.locked === true || read.status.state === 'done') {
      await odoo.call(ODOO_MODEL, 'action_unlock', [odooId]);
    }
    const answer = await odoo.call(ODOO_MODEL, 'action_cancel', [odooId], {
      context: { disable_cancel_warning: true },
    });
    if (answer && typeof answer === 'object' && 'res_model' in answer) {
      throw new OdooError(
        `Odoo answered the cancellation of ${name} with the ${String((answer as { res_model: unknown }).res_model)} wizard instead of cancelling it.`,
        { odooName: 'hub.CancelWizard', kind: 'permanent' },
      );
    }
    read = (await readOrderStatus(odoo, odooId)) ?? read;
  }
  // What the order's earlier pushes failed on (a total off, a refused confirmation) no longer matters.
  await resolveOpenFailuresOf(scope.tx, EntityType.SALE_ORDER, order.id, `the order was cancelled in Odoo (${name})`);
  return recordInPush(scope, order.id, odooId, read.status);
}

/** A transient, uncertain failure while the order's own create may still be running in Odoo. */
async function waitForUncertainCreate(scope: PushScope, order: SaleOrder): Promise<void> {
  const note = await findCreate(scope.tx, EntityType.SALE_ORDER, order.id);
  if (!note || note.odooId !== null) return;
  const [running] = await sqlQuery<{ n: number }>(
    scope.tx,
    `select count(*)::int as "n" from "outbound_queue"
      where "entity_type" = $1 and "entity_id" = $2 and "status" not in ($3, $4)
        and coalesce("payload"->>'action', 'place') = 'place'`,
    [EntityType.SALE_ORDER, order.id, OutboundQueueStatus.COMPLETED, OutboundQueueStatus.FAILED],
  );
  if (!running?.n) return;
  const err = new OdooError(
    `The create of sale order ${order.externalId} may still be running in Odoo (its answer was lost); the cancellation waits for it.`,
    { odooName: 'timeout', kind: 'transient' },
  );
  err.uncertain = true;
  throw err;
}
