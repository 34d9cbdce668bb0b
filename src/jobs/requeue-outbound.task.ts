import type { EntityManager } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { sqlQuery } from '../db/sql.js';
import { OutboundQueueStatus } from '../modules/common/enums.js';
import { OutboundQueueItem } from '../modules/outbound-queue/outbound-queue.entity.js';
import { enqueuePush } from '../modules/outbound-queue/outbound-queue.service.js';

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

/** requeue_outbound: scheduled every five minutes (task-list.ts), so no push waits forever for a job it lost. */
export function requeueOutboundTask(em: EntityManager): Task {
  return async (payload, helpers) => {
    const { olderThanSeconds } = Payload.parse(payload ?? {});
    const requeued = await requeueOrphanedPushes(em.fork(), olderThanSeconds);
    if (requeued) helpers.logger.warn(`queued ${requeued} push(es) to Odoo again that had lost their job`);
  };
}
