import type { EntityManager } from '@mikro-orm/postgresql';
import { ingestPurchaseOrders } from '../../ingest/ingest.service.js';
import type { PurchaseOrderIngest } from '../../ingest/ingest.types.js';
import { inRetryingTransaction } from '../../ingest/transaction.js';
import { EntityType } from '../../domain/enums.js';
import type { Writer } from '../../domain/record-origin.js';
import { queuePush } from '../outbound-queue/outbound-queue.service.js';
import { PurchaseOrder } from './purchase-order.entity.js';

/**
 * `createPurchaseOrder`: stores the order (diffed like any other, so the same
 * order again changes nothing) and, when it is new or changed, queues its push
 * to Odoo in the same transaction. An order Odoo made (a pulled PO's name) or
 * another user made is refused: `writer` does not own it.
 */
export function createPurchaseOrder(
  em: EntityManager,
  input: PurchaseOrderIngest,
  writer: Writer,
): Promise<PurchaseOrder> {
  return inRetryingTransaction(em, async (tx) => {
    const outcome = await ingestPurchaseOrders(tx, [input], writer);
    const order = await tx.findOneOrFail(PurchaseOrder, { externalId: input.externalId });
    if (outcome.created + outcome.updated > 0) {
      await queuePush(tx, EntityType.PURCHASE_ORDER, order.id, { externalId: input.externalId });
    }
    return order;
  });
}
