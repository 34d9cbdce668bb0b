import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityType } from '../domain/enums.js';
import { SYNCABLE_TYPES } from '../domain/syncable-types.js';
import { sqlQuery } from '../db/sql.js';
import { currentTraceparent } from '../observability/tracing.js';
import { enqueueJob } from './enqueue-job.js';

/** One job per OutboundQueue row at a time: a retry or a replay replaces one still waiting. */
export const pushJobKey = (queueItemId: string) => `push:${queueItemId}`;

/** The push task of an entity type (the registry's), or an error for a type the hub never pushes. */
function pushTask(entityType: EntityType): string {
  const push = SYNCABLE_TYPES[entityType].push;
  if (!push) throw new Error(`No push to Odoo for ${entityType}`);
  return push.task;
}

/** A push job's own tries (not the push's: see enqueuePush). */
const PUSH_JOB_MAX_ATTEMPTS = 3;

/**
 * Adds (or, for a row whose job has not started, replaces) the job that pushes
 * an OutboundQueue row, on `em`'s connection: with the caller's transaction, or
 * not at all. The task is the entity type's push task in the registry.
 */
export async function enqueuePush(
  em: EntityManager,
  item: { id: string; entityType: EntityType },
  runAt?: Date,
): Promise<void> {
  // The task schedules its own retries (the row shows them); these attempts are
  // for the job itself failing (the database gone mid-job).
  // The traceparent of the span that enqueues (the mutation's, a retry's job): the push job's span continues that trace.
  const traceparent = currentTraceparent();
  await enqueueJob(
    em,
    pushTask(item.entityType),
    traceparent ? { queueItemId: item.id, traceparent } : { queueItemId: item.id },
    { jobKey: pushJobKey(item.id), maxAttempts: PUSH_JOB_MAX_ATTEMPTS, runAt },
  );
}

/**
 * enqueuePush for many rows in one statement (graphile-worker's add_jobs), as
 * when the pushes paused by an open circuit all resume at once.
 */
export async function enqueuePushes(
  em: EntityManager,
  items: { id: string; entityType: EntityType; runAt?: Date | null }[],
): Promise<void> {
  if (!items.length) return;
  await sqlQuery(
    em,
    `select count(*) from graphile_worker.add_jobs(array(
       select (t.task, json_build_object('queueItemId', t.id), null, t.run_at, $4::int, $5 || t.id, null, null)::graphile_worker.job_spec
         from unnest($1::text[], $2::text[], $3::timestamptz[]) as t(task, id, run_at)))`,
    [
      items.map((i) => pushTask(i.entityType)),
      items.map((i) => i.id),
      items.map((i) => i.runAt ?? null),
      PUSH_JOB_MAX_ATTEMPTS,
      pushJobKey(''),
    ],
  );
}
