import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { notFound } from '../../errors.js';
import { parseId } from '../../graphql/ids.js';
import { enqueueJob } from '../../jobs/enqueue.js';
import { notifyInTransaction } from '../../sync/events.js';
import { EntityType, FailureSource, FailureStatus, OutboundQueueStatus } from '../common/enums.js';
import { OutboundQueueItem } from './outbound-queue.entity.js';

/** The tasks that push one OutboundQueue row into Odoo, one per entity type (src/jobs/push-to-odoo.task.ts). */
export const PUSH_TASKS = {
  [EntityType.PARTNER]: 'push_partner',
  [EntityType.SALE_ORDER]: 'push_sale_order',
  [EntityType.PURCHASE_ORDER]: 'push_purchase_order',
} as const satisfies Partial<Record<EntityType, string>>;

/** One job per OutboundQueue row at a time: a retry or a replay replaces one still waiting. */
export const pushJobKey = (queueItemId: string) => `push:${queueItemId}`;

/**
 * Adds (or, for a row whose job has not started, replaces) the job that pushes
 * `item`, on `em`'s connection: with the caller's transaction, or not at all.
 */
export async function enqueuePush(em: EntityManager, item: OutboundQueueItem, runAt?: Date): Promise<void> {
  const task = PUSH_TASKS[item.entityType as keyof typeof PUSH_TASKS];
  if (!task) throw new Error(`No push to Odoo for ${item.entityType}`);
  // The task schedules its own retries (the row shows them); these attempts are
  // for the job itself failing (the database gone mid-job).
  await enqueueJob(em, task, { queueItemId: item.id }, { jobKey: pushJobKey(item.id), maxAttempts: 3, runAt });
}

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
  const rows = await sqlQuery<{ id: string; source: FailureSource; entity_type: EntityType }>(
    tx,
    `update "sync_failure" set "status" = $1, "resolved_at" = now(), "resolution_note" = $2, "updated_at" = now()
      where "outbound_queue_id" = $3 and "status" = $4 returning "id", "source", "entity_type"`,
    [FailureStatus.RESOLVED, note, item.id, FailureStatus.OPEN],
  );
  await notifyInTransaction(
    tx,
    rows.map((r) => ({ kind: 'failure', failure: { id: r.id, source: r.source, entityType: r.entity_type } })),
  );
}
