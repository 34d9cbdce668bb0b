import type { EntityManager } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { sqlQuery } from '../db/sql.js';
import { OutboundQueueStatus } from '../modules/common/enums.js';
import { OutboundQueueItem } from '../modules/outbound-queue/outbound-queue.entity.js';
import { enqueuePush } from '../modules/outbound-queue/outbound-queue.service.js';
import { DeliveryStatus } from '../modules/common/enums.js';
import { DELIVER_WEBHOOK_TASK, DELIVERY_JOB_MAX_ATTEMPTS, deliveryJobKey } from '../webhooks/webhook-fan-out.js';
import { enqueueJob } from './enqueue.js';

const Payload = z.object({
  /** Rows untouched for this long, and without a job that can still run, get their job again. */
  olderThanSeconds: z.number().int().min(1).default(300),
});

export type RequeueOutboundPayload = z.input<typeof Payload>;

// A queued or running push always has a job with its key that can still run.
// A row without one lost it: the database went away between a retry's row
// update and its job (two statements), or the job itself failed its attempts.
const ORPHANS = `select q."id" from "outbound_queue" q
  where q."status" = any($1::text[]) and q."updated_at" < now() - make_interval(secs => $2)
    and not exists (select 1 from graphile_worker.jobs j
                     where j.key = 'push:' || q."id" and (j.attempts < j.max_attempts or j.locked_at is not null))
  order by q."id" limit 500`;

/** Queues a push again for each OutboundQueue row that is waiting without a job; returns how many. */
export async function requeueOrphanedPushes(em: EntityManager, olderThanSeconds: number): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await sqlQuery<{ id: string }>(tx, ORPHANS, [
      [OutboundQueueStatus.PENDING, OutboundQueueStatus.PROCESSING],
      olderThanSeconds,
    ]);
    if (!rows.length) return 0;
    const items = await tx.find(OutboundQueueItem, { id: { $in: rows.map((r) => r.id) } });
    for (const item of items) await enqueuePush(tx, item);
    return items.length;
  });
}

// The same for webhook deliveries: a delivery job that threw its graphile-worker
// attempts away (the database gone mid-job) leaves a PENDING row behind.
const ORPHAN_DELIVERIES = `select d."id" from "webhook_delivery" d
  where d."status" = $1 and coalesce(d."next_attempt_at", d."created_at") < now() - make_interval(secs => $2)
    and not exists (select 1 from graphile_worker.jobs j
                     where j.key = $3 || ':' || d."id" and (j.attempts < j.max_attempts or j.locked_at is not null))
  order by d."id" limit 500`;

/** Queues an attempt again for each PENDING webhook delivery that is waiting without a job; returns how many. */
export async function requeueOrphanedDeliveries(em: EntityManager, olderThanSeconds: number): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await sqlQuery<{ id: string }>(tx, ORPHAN_DELIVERIES, [
      DeliveryStatus.PENDING,
      olderThanSeconds,
      DELIVER_WEBHOOK_TASK,
    ]);
    for (const { id } of rows) {
      await enqueueJob(
        tx,
        DELIVER_WEBHOOK_TASK,
        { deliveryId: id },
        { jobKey: deliveryJobKey(id), maxAttempts: DELIVERY_JOB_MAX_ATTEMPTS },
      );
    }
    return rows.length;
  });
}

/**
 * requeue_outbound: scheduled every five minutes (task-list.ts), so no push to
 * Odoo and no webhook delivery waits forever for a job it lost.
 */
export function requeueOutboundTask(em: EntityManager): Task {
  return async (payload, helpers) => {
    const { olderThanSeconds } = Payload.parse(payload ?? {});
    const pushes = await requeueOrphanedPushes(em.fork(), olderThanSeconds);
    if (pushes) helpers.logger.warn(`queued ${pushes} push(es) to Odoo again that had lost their job`);
    const deliveries = await requeueOrphanedDeliveries(em.fork(), olderThanSeconds);
    if (deliveries) helpers.logger.warn(`queued ${deliveries} webhook delivery(ies) again that had lost their job`);
  };
}
