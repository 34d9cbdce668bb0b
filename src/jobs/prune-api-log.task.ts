import type { Task } from 'graphile-worker';
import { z } from 'zod';

const Payload = z.object({
  retentionDays: z.number().int().min(1),
  /** Rows per DELETE: each batch is its own short transaction, so a huge backlog never holds locks for long. */
  batchSize: z.number().int().min(1).max(100_000).default(5000),
});

export type PruneApiLogPayload = z.input<typeof Payload>;

// Oldest first, through api_log_created_at_index.
const DELETE_BATCH = `delete from api_log where id in (
  select id from api_log where created_at < now() - make_interval(days => $1::int) order by created_at limit $2::int
)`;

/** prune_api_log: deletes ApiLog rows older than the retention, batch by batch. Scheduled hourly (task-list.ts). */
export const pruneApiLog: Task = async (payload, helpers) => {
  const { retentionDays, batchSize } = Payload.parse(payload);
  let deleted = 0;
  for (;;) {
    const { rowCount } = await helpers.query(DELETE_BATCH, [retentionDays, batchSize]);
    deleted += rowCount ?? 0;
    if ((rowCount ?? 0) < batchSize) break;
  }
  helpers.logger.info(`pruned ${deleted} ApiLog row(s) older than ${retentionDays} day(s)`, { deleted, retentionDays });
};
