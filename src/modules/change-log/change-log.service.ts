import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { badInput } from '../../domain/errors.js';
import { pruneChangeLogBefore, resumePoint, type LogQuery } from '../../outbox/change-log.js';

/*
 * The change log's service API (the table: migrations/Migration20261206000045_change_log.ts;
 * writing and the low-level reads: src/outbox/change-log.ts, which the event
 * listener uses too). Readers resume from a position; rows older than
 * CHANGE_LOG_RETENTION_DAYS are pruned hourly (src/jobs/prune-change-log.task.ts).
 */

/** Statements of `em` (its transaction when it has one) in the shape the log's readers take. */
export function logQueryOf(em: EntityManager): LogQuery {
  return (text, params) => sqlQuery(em, text, params);
}

/**
 * Checks that a reader may resume after `since` and returns the snapshot its
 * row was written in, which finds its stragglers (see src/outbox/change-log.ts). A position the log no longer holds (pruned:
 * older than the retention) or has not handed out is a BAD_USER_INPUT with a
 * `reason` (CHANGE_LOG_EXPIRED, CHANGE_LOG_UNKNOWN_POSITION) the client can act on.
 */
export async function checkResumePoint(query: LogQuery, since: number, retentionDays: number): Promise<string> {
  const point = await resumePoint(query, since);
  if (point.kind === 'ok') return point.snapshot;
  if (point.kind === 'expired') {
    throw badInput(
      `position ${since} is older than the change log keeps (CHANGE_LOG_RETENTION_DAYS=${retentionDays}): ` +
        'resume from the change feed (claimChanges) or subscribe without since',
      { reason: 'CHANGE_LOG_EXPIRED', oldestPosition: point.oldest === null ? null : String(point.oldest) },
    );
  }
  throw badInput(`position ${since} has not been written to the change log`, {
    reason: 'CHANGE_LOG_UNKNOWN_POSITION',
    lastPosition: point.last === null ? null : String(point.last),
  });
}

/** Rows per DELETE when pruning: each its own short transaction. */
export const PRUNE_CHUNK = 10_000;

/** Deletes log rows older than `retentionDays`, `chunk` per statement; returns how many. */
export async function pruneChangeLog(
  run: (text: string, params: readonly unknown[]) => Promise<number>,
  retentionDays: number,
  chunk = PRUNE_CHUNK,
  now = new Date(),
): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 86_400_000);
  return pruneChangeLogBefore(run, before, chunk);
}
