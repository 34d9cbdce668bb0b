import type { CronItem, TaskList } from 'graphile-worker';
import type { Config } from '../config.js';
import { pruneApiLog, type PruneApiLogPayload } from './prune-api-log.task.js';

/**
 * Every graphile-worker task of the hub, by its snake_case name. Tasks are
 * idempotent and call the same services as the resolvers.
 */
export const taskList: TaskList = {
  prune_api_log: pruneApiLog,
};

/** The hub's schedule; worker.ts hands it to graphile-worker, which runs each item once across all workers. */
export function cronItems(config: Config): CronItem[] {
  const prune: PruneApiLogPayload = { retentionDays: config.apiLog.retentionDays };
  return [
    {
      task: 'prune_api_log',
      identifier: 'prune_api_log',
      // Hourly, so each run deletes about an hour of rows rather than a day's worth.
      match: '17 * * * *',
      payload: prune,
      // A missed run needs no catching up: the next one deletes the same rows. jobKey: never two queued.
      options: { backfillPeriod: 0, jobKey: 'prune_api_log', maxAttempts: 5 },
    },
  ];
}
