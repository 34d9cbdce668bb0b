import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { notFound } from '../../domain/errors.js';
import { parseId } from '../common/ids.js';
import { enqueuePush } from '../../outbox/push-jobs.js';
import { EntityType, FailureSource, FailureStatus, OutboundQueueStatus } from '../../domain/enums.js';
import { OutboundQueueItem } from './outbound-queue.entity.js';
import { notifyInTransaction } from '../../outbox/notify.js';

/**
 * Queues a push of one record: the OutboundQueue row and its graphile-worker job,
 * on `tx`'s connection, so they exist exactly when the caller's transaction
 * commits (the transactional outbox). The job key makes a second queueing of the
 * same row replace a job that has not started.
 */
export async function queuePush(
  tx: EntityManager,
  entityType: EntityType,
  entityId: string,
  payload: Record<string, unknown>,
): Promise<OutboundQueueItem> {
  const item = tx.create(OutboundQueueItem, {
    entityType,
    entityId,
    payload,
    status: OutboundQueueStatus.PENDING,
  } as OutboundQueueItem);
  await tx.flush();
  await enqueuePush(tx, item);
  return item;
}

/** `retryOutboundItem`: a FAILED (or stuck) push is queued again, from attempt zero. */
export async function retryOutboundItem(em: EntityManager, id: string): Promise<OutboundQueueItem> {
  return em.fork().transactional(async (tx) => {
    const item = await tx.findOne(OutboundQueueItem, { id: parseId(id) });
    if (!item) throw notFound(`No outbound queue item with id ${id}.`);
    if (item.status !== OutboundQueueStatus.COMPLETED) {
      item.status = OutboundQueueStatus.PENDING;
      item.attempts = 0;
      item.nextAttemptAt = null;
      await tx.flush();
      await enqueuePush(tx, item);
    }
    return item;
  });
}

/** Closes the open failures of a push that has now succeeded, announcing each. */
export async function resolveFailuresOf(tx: EntityManager, item: OutboundQueueItem, note: string): Promise<void> {
  const rows = await sqlQuery<ResolvedRow>(
    tx,
    `update "sync_failure" set "status" = $1, "resolved_at" = now(), "resolution_note" = $2, "updated_at" = now()
      where "outbound_queue_id" = $3 and "status" = $4 returning "id", "source", "entity_type"`,
    [FailureStatus.RESOLVED, note, item.id, FailureStatus.OPEN],
  );
  await announceResolved(tx, rows);
}

type ResolvedRow = { id: string; source: FailureSource; entity_type: EntityType };

/** Subscribers and webhooks hear of each failure closed. */
async function announceResolved(tx: EntityManager, rows: ResolvedRow[]): Promise<void> {
  await notifyInTransaction(
    tx,
    rows.map((r) => ({ kind: 'failure', failure: { id: r.id, source: r.source, entityType: r.entity_type } })),
  );
}

/** Closes every open failure of one record (all its pushes), announcing each: what they were about is settled. */
export async function resolveOpenFailuresOf(
  tx: EntityManager,
  entityType: EntityType,
  entityId: string,
  note: string,
): Promise<void> {
  const rows = await sqlQuery<ResolvedRow>(
    tx,
    `update "sync_failure" set "status" = $1, "resolved_at" = now(), "resolution_note" = $2, "updated_at" = now()
      where "entity_type" = $3 and "entity_id" = $4 and "status" = $5 returning "id", "source", "entity_type"`,
    [FailureStatus.RESOLVED, note, entityType, entityId, FailureStatus.OPEN],
  );
  await announceResolved(tx, rows);
}
