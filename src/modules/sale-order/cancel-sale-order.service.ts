import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { EntityType, ProcessingState } from '../../domain/enums.js';
import { badInput, DomainError, notFound } from '../../domain/errors.js';
import { directionOf, refuseForeignRecords, type Writer } from '../../domain/record-origin.js';
import { inRetryingTransaction } from '../../ingest/transaction.js';
import { checkKey } from '../../ingest/validate.js';
import { notifyInTransaction } from '../../outbox/notify.js';
import { queuePush } from '../outbound-queue/outbound-queue.service.js';
import { SaleOrder } from './sale-order.entity.js';

const MAX_REASON = 2000;

/**
 * `cancelSaleOrder`: the webshop cancels one of its own orders, through the
 * outbox like every write towards Odoo. In one transaction the order's data
 * records the cancellation (`cancellation: { reason, requestedAt }`, so the
 * order's own push never creates or confirms it from then on) and a push row
 * with `action: 'cancel'` is queued (src/odoo/push/sale-order-cancel.ts does
 * the rest in Odoo). An order Odoo made, or another user's, is FORBIDDEN; an
 * order cancelled already (or being cancelled) is a CONFLICT: an order is
 * cancelled once.
 */
export async function cancelSaleOrder(
  em: EntityManager,
  externalId: string,
  reason: string | null | undefined,
  writer: Writer,
): Promise<SaleOrder> {
  checkKey(externalId, 'externalId');
  if (reason != null && reason.length > MAX_REASON) {
    throw badInput(`reason takes at most ${MAX_REASON} characters; got ${reason.length}.`);
  }
  const id = await inRetryingTransaction(em, async (tx) => {
    // The lock placeSaleOrder takes: a cancellation never interleaves with the order's placing.
    await sqlQuery(tx, 'select pg_advisory_xact_lock(hashtext($1))', [`sale_order:${externalId}`]);
    const order = await tx.findOne(SaleOrder, { externalId });
    if (!order) throw notFound(`No sale order with externalId ${JSON.stringify(externalId)}.`);
    refuseForeignRecords(
      EntityType.SALE_ORDER,
      [{ external_id: order.externalId, origin: order.origin, owner_user_id: order.ownerUserId ?? null }],
      writer,
    );
    const requested = order.currentData.cancellation as { requestedAt?: string } | undefined;
    if (requested || order.odooStatus?.state === 'cancel') {
      throw new DomainError(
        'CONFLICT',
        requested
          ? `Sale order ${externalId} is already cancelled (requested at ${requested.requestedAt ?? 'an earlier call'}); an order is cancelled once.`
          : `Sale order ${externalId} is already cancelled in Odoo; an order is cancelled once.`,
      );
    }
    const [{ now }] = await sqlQuery<{ now: string }>(tx, `select to_json(now())#>>'{}' as "now"`);
    order.previousData = order.currentData;
    order.currentData = { ...order.currentData, cancellation: { reason: reason ?? null, requestedAt: now } };
    order.changedFields = ['cancellation'];
    order.isNew = false;
    if (order.processingState !== ProcessingState.PROCESSING) order.processingState = ProcessingState.PENDING;
    await tx.flush();
    await queuePush(tx, EntityType.SALE_ORDER, order.id, { externalId, action: 'cancel', reason: reason ?? null });
    await notifyInTransaction(tx, [
      {
        kind: 'entity',
        change: {
          entityType: EntityType.SALE_ORDER,
          id: order.id,
          externalId,
          changedFields: order.changedFields,
          isNew: false,
          changedAt: order.updatedAt,
        },
        direction: directionOf(writer),
      },
    ]);
    return order.id;
  });
  return em.fork().findOneOrFail(SaleOrder, { id });
}
