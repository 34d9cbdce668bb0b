import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { badInput, notFound } from '../../domain/errors.js';
import { parseId } from '../common/ids.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { type EntityType, FailureSource, FailureStatus, ProcessingState } from '../../domain/enums.js';
import { retryOutboundItem } from '../outbound-queue/outbound-queue.service.js';
import { WebhookDelivery } from '../webhook/webhook-delivery.entity.js';
import { redeliverWebhook } from '../webhook/webhook.service.js';
import { SyncFailure } from './sync-failure.entity.js';
import { enqueueOdooPull, enqueueOdooReadBack } from '../../outbox/odoo-jobs.js';
import { notifyInTransaction } from '../../outbox/notify.js';

async function load(em: EntityManager, id: string): Promise<SyncFailure> {
  const failure = await em.findOne(SyncFailure, { id: parseId(id) }, { populate: ['outboundQueueItem'] });
  if (!failure) throw notFound(`No sync failure with id ${id}.`);
  return failure;
}

/** `resolveSyncFailure`: closes a failure by hand, with a note saying what was done. */
export async function resolveSyncFailure(
  em: EntityManager,
  id: string,
  note: string | null | undefined,
): Promise<SyncFailure> {
  return em.fork().transactional(async (tx) => {
    const failure = await load(tx, id);
    if (failure.status === FailureStatus.OPEN) {
      failure.status = FailureStatus.RESOLVED;
      failure.resolvedAt = new Date();
      failure.resolutionNote = note?.trim() || 'resolved by hand';
      await tx.flush();
      await notifyInTransaction(tx, [
        { kind: 'failure', failure: { id: failure.id, source: failure.source, entityType: failure.entityType } },
      ]);
    }
    return failure;
  });
}

/**
 * `retrySyncFailure`: does again what failed, and leaves the failure open until
 * that succeeds. A failed push to Odoo is queued again (its success resolves the
 * failure); a failed Odoo pull or read-back is queued again; a record the
 * webshop reported as failed is handed out again (PENDING) and the failure closed.
 */
export async function retrySyncFailure(em: EntityManager, id: string): Promise<SyncFailure> {
  const failure = await load(em.fork(), id);
  if (failure.status !== FailureStatus.OPEN) throw badInput(`Sync failure ${id} is already resolved.`);
  if (failure.outboundQueueItem) {
    await retryOutboundItem(em, failure.outboundQueueItem.id);
    return failure;
  }
  // A webhook that failed for good: the same message again; its delivery resolves the failure.
  const delivery = await em.fork().findOne(WebhookDelivery, { syncFailure: failure.id }, { orderBy: { id: 'desc' } });
  if (delivery) {
    await redeliverWebhook(em, delivery.id);
    return failure;
  }
  const pull = /^odoo:pull:(\w+)$/.exec(failure.externalId);
  const readBack = /^odoo:([\w.]+):(\d+)$/.exec(failure.externalId);
  if (failure.source === FailureSource.ODOO && pull) {
    await enqueueOdooPull(em, pull[1] as EntityType);
    return resolveSyncFailure(em, id, 'retried: the pull was queued again');
  }
  if (failure.source === FailureSource.ODOO && readBack) {
    await enqueueOdooReadBack(em, readBack[1]!, Number(readBack[2]));
    return resolveSyncFailure(em, id, 'retried: the read-back was queued again');
  }
  const spec = SYNCABLE_TYPES[failure.entityType as EntityType];
  const table = spec?.feed.kind === 'claim' ? spec.table : null;
  if (failure.source === FailureSource.WEBSHOP && table && failure.entityId) {
    await sqlQuery(em, `update "${table}" set "processing_state" = $1 where "id" = $2`, [
      ProcessingState.PENDING,
      failure.entityId,
    ]);
    return resolveSyncFailure(em, id, 'retried: the record is handed out again by the change feed');
  }
  throw badInput(`Sync failure ${id} has nothing the hub can retry; resolve it with a note instead.`);
}
