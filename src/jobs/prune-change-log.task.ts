import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { PRUNE_CHUNK, pruneChangeLog } from '../modules/change-log/change-log.service.js';

const Payload = z.object({
  retentionDays: z.number().int().min(1),
  /** Rows per DELETE: each its own short transaction, so a big backlog never holds locks for long. */
  chunk: z.number().int().min(1).max(100_000).default(PRUNE_CHUNK),
});

export type PruneChangeLogPayload = z.input<typeof Payload>;

/**
 * prune_change_log: deletes change log rows older than CHANGE_LOG_RETENTION_DAYS,
 * oldest first, in chunks. Scheduled hourly (task-list.ts); a reader that asks to
 * resume from a pruned position is told so (CHANGE_LOG_EXPIRED).
 */
export const pruneChangeLogTask: Task = async (payload, helpers) => {
  const { retentionDays, chunk } = Payload.parse(payload);
  const deleted = await pruneChangeLog(
    async (text, params) => (await helpers.query(text, [...params])).rowCount ?? 0,
    retentionDays,
    chunk,
  );
  helpers.logger.info(`pruned ${deleted} change log row(s) older than ${retentionDays} day(s)`, {
    deleted,
    retentionDays,
  });
};
