import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityType } from '../domain/enums.js';
import { SYNCABLE_TYPES } from '../domain/syncable-types.js';
import { enqueueJob } from './enqueue-job.js';

/** One job per OutboundQueue row at a time: a retry or a replay replaces one still waiting. */
export const pushJobKey = (queueItemId: string) => `push:${queueItemId}`;

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
  const push = SYNCABLE_TYPES[item.entityType].push;
  if (!push) throw new Error(`No push to Odoo for ${item.entityType}`);
  // The task schedules its own retries (the row shows them); these attempts are
  // for the job itself failing (the database gone mid-job).
  await enqueueJob(em, push.task, { queueItemId: item.id }, { jobKey: pushJobKey(item.id), maxAttempts: 3, runAt });
}
