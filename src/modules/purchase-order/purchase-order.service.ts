import type { EntityManager } from '@mikro-orm/postgresql';
import { ingestPurchaseOrders, type PurchaseOrderIngest } from '../../sync/ingest/ingest.service.js';
import { inRetryingTransaction } from '../../sync/ingest/transaction.js';
import { EntityType, WebhookDirection } from '../common/enums.js';
import { queuePush } from '../outbound-queue/outbound-queue.service.js';
import { PurchaseOrder } from './purchase-order.entity.js';

/**
 * `createPurchaseOrder`: stores the order (diffed like any other, so the same
 * order again changes nothing) and, when it is new or changed, queues its push
 * to Odoo in the same transaction.
 */
export function createPurchaseOrder(em: EntityManager, input: PurchaseOrderIngest): Promise<PurchaseOrder> {
  return inRetryingTransaction(em, async (tx) => {
    // Written by the webshop: the webhooks that tell Odoo hear of it.
    const outcome = await ingestPurchaseOrders(tx, [input], WebhookDirection.TO_ODOO);
    const order = await tx.findOneOrFail(PurchaseOrder, { externalId: input.externalId });
    if (outcome.created + outcome.updated > 0) {
      await queuePush(tx, EntityType.PURCHASE_ORDER, order.id, { externalId: input.externalId });
    }
    return order;
  });
}
