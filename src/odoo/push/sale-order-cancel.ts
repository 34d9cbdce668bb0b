import { EntityType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import type { SaleOrder } from '../../modules/sale-order/sale-order.entity.js';
import { OdooError } from '../odoo-error.js';
import { readOrderStatus } from '../order-status.js';
import { findByReference, isOurs } from './create-once.js';
import type { PushScope } from './push-scope.js';
import { recordInPush } from './sale-order-record.js';

const ODOO_MODEL = SYNCABLE_TYPES[EntityType.SALE_ORDER].pull.model;

/**
 * cancelSaleOrder's push. Odoo's `action_cancel` on anything but a draft answers
 * with the `sale.order.cancel` wizard instead of cancelling (16–18,
 * `_show_cancel_wizard` in addons/sale/models/sale_order.py), unless the context
 * carries `disable_cancel_warning`, as the wizard's own button does; with it,
 * Odoo cancels even an order whose invoice is posted (only draft invoices are
 * cancelled with it). The hub does not: a posted invoice needs a credit note,
 * so the push fails naming the invoice and changes nothing in Odoo. An order
 * already cancelled is left as it is (a retry after a lost answer cancels once).
 * An order that never reached Odoo has nothing to cancel there; its own push
 * sees the cancellation and never creates it.
 */
export async function cancelInOdoo(scope: PushScope, order: SaleOrder): Promise<number | null> {
  const { odoo } = scope;
  let odooId = order.odooId ?? null;
  if (!odooId) {
    const found = await findByReference(odoo, ODOO_MODEL, 'client_order_ref', order.externalId);
    if (found && (await isOurs(scope, ODOO_MODEL, EntityType.SALE_ORDER, order.id, found))) odooId = found;
  }
  if (!odooId) return null;
  let read = await readOrderStatus(odoo, odooId);
  if (!read) return odooId; // deleted in Odoo: nothing left to cancel
  if (read.status.state !== 'cancel') {
    const invoiceIds = Array.isArray(read.order.invoice_ids) ? (read.order.invoice_ids as number[]) : [];
    const posted = (await odoo.read('account.move', invoiceIds, ['name', 'state', 'move_type'])).filter(
      (i) => i.state === 'posted' && i.move_type === 'out_invoice',
    );
    if (posted.length) {
      const names = posted.map((i) => String(i.name)).join(', ');
      throw new OdooError(
        `Sale order ${String(read.order.name)} has posted invoice ${names}: cancelling it needs a credit note in Odoo ` +
          '(Odoo would cancel the order and leave the invoice posted). The hub left the order as it is.',
        { odooName: 'hub.PostedInvoice', kind: 'permanent' },
      );
    }
    const answer = await odoo.call(ODOO_MODEL, 'action_cancel', [odooId], {
      context: { disable_cancel_warning: true },
    });
    if (answer && typeof answer === 'object' && 'res_model' in answer) {
      throw new OdooError(
        `Odoo answered the cancellation of ${String(read.order.name)} with the ${String((answer as { res_model: unknown }).res_model)} wizard instead of cancelling it.`,
        { odooName: 'hub.CancelWizard', kind: 'permanent' },
      );
    }
    read = (await readOrderStatus(odoo, odooId)) ?? read;
  }
  return recordInPush(scope, order.id, odooId, read.status);
}
