import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { SyncableEntity } from '../modules/common/base.entity.js';
import { EntityType, FailureSource, OutboundQueueStatus, ProcessingState } from '../modules/common/enums.js';
import { OutboundQueueItem } from '../modules/outbound-queue/outbound-queue.entity.js';
import { enqueuePush, resolveFailuresOf } from '../modules/outbound-queue/outbound-queue.service.js';
import { Partner } from '../modules/partner/partner.entity.js';
import { PurchaseOrder } from '../modules/purchase-order/purchase-order.entity.js';
import { SaleOrder } from '../modules/sale-order/sale-order.entity.js';
import { recordSyncFailure } from '../modules/sync-failure/sync-failure.service.js';
import type { OdooClient } from '../odoo/odoo-client.js';
import { OdooError } from '../odoo/odoo-error.js';
import { pushCustomer, pushPurchaseOrder, pushSaleOrder } from '../odoo/odoo-push.js';
import { sqlQuery } from '../db/sql.js';
import type { OdooTaskDeps } from './odoo.tasks.js';

const Payload = z.object({ queueItemId: z.uuid() });

const PUSHES: Partial<
  Record<
    EntityType,
    {
      entity: EntityClass<SyncableEntity>;
      push: (odoo: OdooClient, em: EntityManager, record: never) => Promise<number>;
    }
  >
> = {
  [EntityType.PARTNER]: { entity: Partner, push: pushCustomer as never },
  [EntityType.SALE_ORDER]: { entity: SaleOrder, push: pushSaleOrder as never },
  [EntityType.PURCHASE_ORDER]: { entity: PurchaseOrder, push: pushPurchaseOrder as never },
};

/**
 * The advisory lock a push holds: a partner's top-most parent (the customer its
 * addresses belong to), a sale order's customer, a purchase order itself.
 */
async function pushLockKey(em: EntityManager, entityType: EntityType, record: SyncableEntity): Promise<string> {
  let partner: Partner | null =
    entityType === EntityType.PARTNER
      ? (record as Partner)
      : entityType === EntityType.SALE_ORDER
        ? await em.findOne(Partner, {
            externalId: String((record as SaleOrder).currentData.customerExternalId),
          })
        : null;
  if (!partner) return `odoo_push:${entityType}:${record.externalId}`;
  for (let depth = 0; partner.parent && depth < 32; depth++) {
    partner = await em.findOneOrFail(Partner, { id: partner.parent.id });
  }
  return `odoo_push:PARTNER:${partner.externalId}`;
}

/** Milliseconds before try `attempt + 1`: exponential from `baseMs`, capped at an hour, with ±50% jitter so retries do not march in step. */
export function backoffMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** (attempt - 1), 3_600_000) * (0.5 + Math.random());
}

/**
 * push_partner, push_sale_order, push_purchase_order: push one OutboundQueue row. Success records odooId and
 * completes the row (closing failures a retry was for). A transient error
 * schedules the next try itself (the row shows attempts and nextAttemptAt);
 * a permanent one, or the last try, fails the row and the record, opens a
 * SyncFailure with Odoo's own message, and the job completes either way.
 */
export function pushToOdooTask(deps: OdooTaskDeps & { maxAttempts: number; config: Config }): Task {
  return async (payload, helpers) => {
    const { queueItemId } = Payload.parse(payload);
    const em = deps.orm.em.fork();
    // Not managed: the row is written by single statements below, never by a flush.
    const item = await em.findOne(OutboundQueueItem, { id: queueItemId }, { disableIdentityMap: true });
    if (!item || item.status === OutboundQueueStatus.COMPLETED) return;
    const spec = PUSHES[item.entityType];
    if (!spec) throw new Error(`No push for ${item.entityType}`);
    const record = await em.findOne(
      spec.entity,
      { id: item.entityId },
      item.entityType === EntityType.PARTNER ? { populate: ['parent' as never] } : {},
    );
    if (!record) {
      await em.nativeUpdate(
        OutboundQueueItem,
        { id: item.id },
        { status: OutboundQueueStatus.FAILED, lastError: 'The record to push no longer exists in the hub.' },
      );
      return;
    }
    if (!deps.odoo) {
      helpers.logger.warn('Odoo is not configured; the push stays queued until it is and the item is retried');
      await em.nativeUpdate(
        OutboundQueueItem,
        { id: item.id },
        { lastError: 'Odoo is not configured (ODOO_URL, ODOO_DB, ODOO_USERNAME, ODOO_API_KEY).' },
      );
      return;
    }
    // Counted before Odoo is called, in one statement: a crash mid-push still counts as an attempt.
    const [bumped] = await sqlQuery<{ attempts: number }>(
      em,
      `update "outbound_queue" set "status" = $1, "attempts" = "attempts" + 1, "updated_at" = now()
        where "id" = $2 returning "attempts"`,
      [OutboundQueueStatus.PROCESSING, item.id],
    );
    item.attempts = bumped!.attempts;
    const odoo = deps.odoo;
    try {
      const lockKey = await pushLockKey(em, item.entityType, record);
      const odooId = await em.transactional(async (tx) => {
        // Held while talking to Odoo, so two pushes for one customer never both
        // search, find nothing and both create; released by commit or rollback.
        await sqlQuery(tx, 'select pg_advisory_xact_lock(hashtext($1))', [lockKey]);
        const odooId = await spec.push(odoo, tx, record as never);
        await tx.nativeUpdate(spec.entity, { id: record.id }, {
          odooId,
          processingState: ProcessingState.COMPLETED,
          errorMessage: null,
        } as never);
        await tx.nativeUpdate(
          OutboundQueueItem,
          { id: item.id },
          { status: OutboundQueueStatus.COMPLETED, lastError: null, nextAttemptAt: null },
        );
        await resolveFailuresOf(tx, item, `pushed to Odoo (id ${odooId}) on attempt ${item.attempts}`);
        return odooId;
      });
      helpers.logger.debug(`pushed ${item.entityType} ${record.externalId} to Odoo as ${odooId}`);
    } catch (err) {
      const odooError = err instanceof OdooError ? err : null;
      const message = odooError ? odooError.message : String((err as Error).message ?? err);
      item.lastError = odooError ? `${odooError.odooName}: ${message}` : message;
      // Anything but Odoo's own verdict (the hub's database busy, a lost connection) may pass too.
      const transient = odooError ? odooError.transient : true;
      if (transient && item.attempts < deps.maxAttempts) {
        const nextAttemptAt = new Date(Date.now() + backoffMs(item.attempts, deps.config.odoo.pushRetryBaseMs));
        // The row and its next job together: never a waiting row without a job.
        await em.transactional(async (tx) => {
          await tx.nativeUpdate(
            OutboundQueueItem,
            { id: item.id },
            { status: OutboundQueueStatus.PENDING, nextAttemptAt, lastError: item.lastError },
          );
          await enqueuePush(tx, item, nextAttemptAt);
        });
        return;
      }
      // The row, the record and the SyncFailure together: whoever sees one FAILED sees the others.
      await em.transactional(async (tx) => {
        await tx.nativeUpdate(
          OutboundQueueItem,
          { id: item.id },
          { status: OutboundQueueStatus.FAILED, nextAttemptAt: null, lastError: item.lastError },
        );
        await tx.nativeUpdate(spec.entity, { id: record.id }, {
          processingState: ProcessingState.FAILED,
          errorMessage: message,
        } as never);
        await recordSyncFailure(tx, {
          entityType: item.entityType,
          externalId: record.externalId,
          entityId: record.id,
          outboundQueueItemId: item.id,
          source: FailureSource.ODOO,
          errorMessage: message,
        });
      });
      helpers.logger.error(`push of ${item.entityType} ${record.externalId} failed for good: ${item.lastError}`);
    }
  };
}
