import type { EntityManager } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { sqlQuery } from '../db/sql.js';
import { OutboundQueueItem } from '../modules/outbound-queue/outbound-queue.entity.js';
import { enqueuePush, pushJobKey } from '../outbox/push-jobs.js';
import { CircuitState, DeliveryStatus, OutboundQueueStatus } from '../domain/enums.js';
import type { OdooCircuitBreaker } from '../odoo/odoo-circuit.js';
import { isCircuitOpen } from '../modules/odoo-circuit/odoo-circuit.service.js';
import { enqueueCircuitProbe } from '../outbox/odoo-jobs.js';
import { deliveryJobKey, enqueueDelivery } from '../outbox/webhook-fan-out.js';

const Payload = z.object({
  /** Rows untouched for this long, and without a job that can still run, get their job again. */
  olderThanSeconds: z.number().int().min(1).default(300),
});

export type RequeueOutboundPayload = z.input<typeof Payload>;

/**
 * Ids of rows of `table` that wait (`waiting`, a condition on the row `r` that
 * may use `$1`, the seconds it must have waited) and have no job keyed `key(id)`
 * that can still run. A
 * waiting row always has one; a row without one lost it: the database went away
 * between a retry's row update and its job, or the job used up its own attempts.
 */
async function orphans(
  em: EntityManager,
  table: string,
  waiting: string,
  olderThanSeconds: number,
  key: (id: string) => string,
): Promise<string[]> {
  const rows = await sqlQuery<{ id: string }>(
    em,
    `select r."id" from "${table}" r
      where ${waiting}
        and not exists (select 1 from graphile_worker.jobs j
                         where j.key = $2 || r."id" and (j.attempts < j.max_attempts or j.locked_at is not null))
      order by r."id" limit 500`,
    [olderThanSeconds, key('')],
  );
  return rows.map((r) => r.id);
}

/**
 * Queues a push again for each OutboundQueue row that is waiting without a job;
 * returns how many. A push paused by an open circuit waits without a job on
 * purpose (the probe resumes it), so it is left alone while a circuit is open
 * and `circuitOn`; with the circuit closed or switched off it is an orphan too.
 */
export async function requeueOrphanedPushes(
  em: EntityManager,
  olderThanSeconds: number,
  circuitOn = true,
): Promise<number> {
  return em.transactional(async (tx) => {
    const heldByCircuit = circuitOn
      ? `exists (select 1 from "odoo_circuit" c where c."state" = '${CircuitState.OPEN}')`
      : 'false';
    const waiting = `r."status" in ('${OutboundQueueStatus.PENDING}', '${OutboundQueueStatus.PROCESSING}')
      and r."updated_at" < now() - make_interval(secs => $1)
      and (r."paused_at" is null or not ${heldByCircuit})`;
    const ids = await orphans(tx, 'outbound_queue', waiting, olderThanSeconds, pushJobKey);
    if (!ids.length) return 0;
    const items = await tx.find(OutboundQueueItem, { id: { $in: ids } });
    for (const item of items) await enqueuePush(tx, item);
    return items.length;
  });
}

/** Queues an attempt again for each PENDING webhook delivery that is waiting without a job; returns how many. */
export async function requeueOrphanedDeliveries(em: EntityManager, olderThanSeconds: number): Promise<number> {
  return em.transactional(async (tx) => {
    const waiting = `r."status" = '${DeliveryStatus.PENDING}' and coalesce(r."next_attempt_at", r."created_at") < now() - make_interval(secs => $1)`;
    const ids = await orphans(tx, 'webhook_delivery', waiting, olderThanSeconds, deliveryJobKey);
    for (const id of ids) await enqueueDelivery(tx, id);
    return ids.length;
  });
}

/**
 * requeue_outbound: scheduled every five minutes (task-list.ts), so no push to
 * Odoo and no webhook delivery waits forever for a job it lost, and an open
 * circuit always has its probe (a probe already waiting keeps its time).
 */
export function requeueOutboundTask(em: EntityManager, circuit: OdooCircuitBreaker | null): Task {
  return async (payload, helpers) => {
    const { olderThanSeconds } = Payload.parse(payload ?? {});
    const circuitOn = circuit?.enabled ?? false;
    if (circuitOn && (await isCircuitOpen(em.fork(), circuit!.connection))) {
      await enqueueCircuitProbe(em.fork(), new Date());
    }
    const pushes = await requeueOrphanedPushes(em.fork(), olderThanSeconds, circuitOn);
    if (pushes) helpers.logger.warn(`queued ${pushes} push(es) to Odoo again that had lost their job`);
    const deliveries = await requeueOrphanedDeliveries(em.fork(), olderThanSeconds);
    if (deliveries) helpers.logger.warn(`queued ${deliveries} webhook delivery(ies) again that had lost their job`);
  };
}
